#include "large_memory.hpp"

#include <cstdint>
#include <cstring>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace allot::detail {

namespace {

void* from_heap(std::size_t bytes, bool zeroed) {
    void* memory = ::operator new(bytes);
    if (zeroed)
        std::memset(memory, 0, bytes);
    return memory;
}

} // namespace

#if defined(__linux__) && defined(MADV_HUGEPAGE)

namespace {

constexpr std::size_t huge_page = std::size_t(2) << 20;

// Where the mapping starts and how long it is, kept just before the array.
struct Mapping {
    void* start;
    std::size_t length;
};

} // namespace

void* allocate_large(std::size_t bytes, bool zeroed) {
    if (bytes < large_array_bytes)
        return from_heap(bytes, zeroed);
    // Room for the record and for aligning to a huge page; the pages of the
    // slack are never touched, so they cost nothing.
    const std::size_t length = bytes + huge_page + sizeof(Mapping);
    void* start = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (start == MAP_FAILED)
        throw std::bad_alloc();
    const auto first = reinterpret_cast<std::uintptr_t>(start) + sizeof(Mapping);
    const std::uintptr_t aligned = (first + huge_page - 1) / huge_page * huge_page;
    auto* array = reinterpret_cast<char*>(aligned);
    madvise(array, bytes, MADV_HUGEPAGE); // a hint: without it, 4 kB pages
    // Anonymous pages come zeroed: `zeroed` asks for nothing more.
    new (array - sizeof(Mapping)) Mapping{start, length};
    return array;
}

void free_large(void* memory, std::size_t bytes) noexcept {
    if (bytes < large_array_bytes) {
        ::operator delete(memory);
        return;
    }
    const Mapping mapping =
        *reinterpret_cast<Mapping*>(static_cast<char*>(memory) - sizeof(Mapping));
    munmap(mapping.start, mapping.length);
}

#else

void* allocate_large(std::size_t bytes, bool zeroed) {
    return from_heap(bytes, zeroed);
}

void free_large(void* memory, std::size_t) noexcept {
    ::operator delete(memory);
}

#endif

} // namespace allot::detail
