// Memory for arrays of megabytes (a million parts or nodes): on Linux each
// gets a mapping of its own in huge pages where the system allows (2 MB
// pages: one page fault and one TLB entry where 4 kB pages take 512 of
// each; a fault costs a microsecond or more, and a million-part SPLIT
// touched 80 MB). Smaller arrays, and other systems, use the heap.
#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace allot::detail {

// Arrays from this size on get a mapping of their own.
inline constexpr std::size_t large_array_bytes = std::size_t(4) << 20;

// Zeroed when `zeroed` (a mapping comes zeroed: no second pass to clear it).
void* allocate_large(std::size_t bytes, bool zeroed = false);
void free_large(void* memory, std::size_t bytes) noexcept;

// For std::vector<T, LargeAllocator<T>>: the same vector, its storage from
// allocate_large (and see construct below).
template <class T> struct LargeAllocator {
    using value_type = T;

    LargeAllocator() = default;
    template <class U> LargeAllocator(const LargeAllocator<U>&) noexcept {}

    T* allocate(std::size_t n) { return static_cast<T*>(allocate_large(n * sizeof(T))); }
    // vector(n) and resize(n) leave trivial values uninitialised (like
    // `new T[n]`): every use here writes each element before reading it,
    // and clearing megabytes first is a pass for nothing. A value given
    // (vector(n, 0), assign(n, 0)) is written as usual.
    template <class U> void construct(U* place) { ::new (static_cast<void*>(place)) U; }
    template <class U, class... Args> void construct(U* place, Args&&... args) {
        ::new (static_cast<void*>(place)) U(std::forward<Args>(args)...);
    }
    void deallocate(T* memory, std::size_t n) noexcept { free_large(memory, n * sizeof(T)); }

    friend bool operator==(const LargeAllocator&, const LargeAllocator&) { return true; }
};

template <class T> using LargeVector = std::vector<T, LargeAllocator<T>>;

// An array of n trivial values, left uninitialised (the pages an array
// never writes are never faulted in).
template <class T> class LargeArray {
    static_assert(std::is_trivially_default_constructible_v<T> &&
                  std::is_trivially_destructible_v<T>);

public:
    // Zeroed (all bits 0) when `zeroed`, uninitialised otherwise.
    explicit LargeArray(std::size_t n, bool zeroed = false)
        : data_(static_cast<T*>(allocate_large(n * sizeof(T), zeroed))), size_(n) {}
    ~LargeArray() {
        if (data_)
            free_large(data_, size_ * sizeof(T));
    }
    LargeArray(LargeArray&& other) noexcept : data_(other.data_), size_(other.size_) {
        other.data_ = nullptr;
    }
    LargeArray(const LargeArray&) = delete;
    LargeArray& operator=(const LargeArray&) = delete;

    T& operator[](std::size_t i) { return data_[i]; }
    const T& operator[](std::size_t i) const { return data_[i]; }
    T* data() { return data_; }
    const T* data() const { return data_; }

private:
    T* data_;
    std::size_t size_;
};

} // namespace allot::detail
