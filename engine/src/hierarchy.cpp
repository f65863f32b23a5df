#include "hierarchy.hpp"

#include "allot/error.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace allot {
namespace {

// The ids' index: open addressing with linear probing in one flat array
// (a node-based std::unordered_map spends most of a million-node tree's
// time allocating, chasing and freeing its nodes). Each slot keeps the
// node's position + 1 (0: empty) and 32 bits of its hash, so probes
// rarely compare text.
class IdIndex {
public:
    IdIndex(const std::vector<std::optional<std::string>>& ids, std::size_t capacity_for)
        : ids_(ids),
          mask_(std::bit_ceil(std::max<std::size_t>(capacity_for + capacity_for / 2, 16)) - 1),
          slots_(mask_ + 1, true) {}

    // Eight bytes at a time, multiplied and mixed (splitmix64's finaliser):
    // inline, and good in the low bits that pick the slot. The last bytes
    // are read as one load that overlaps the ones before (or two for 4–7
    // bytes), not one by one.
    static std::size_t hash_of(std::string_view id) {
        const char* data = id.data();
        const std::size_t size = id.size();
        std::uint64_t h = 0x9e3779b97f4a7c15ULL * (size + 1);
        const auto mix = [&h](std::uint64_t chunk) {
            h = (h ^ chunk) * 0xbf58476d1ce4e5b9ULL;
            h ^= h >> 31;
        };
        if (size >= 8) {
            std::size_t k = 0;
            for (; k + 8 <= size; k += 8)
                mix(load<std::uint64_t>(data + k));
            if (k < size)
                mix(load<std::uint64_t>(data + size - 8));
        } else if (size >= 4) {
            mix(load<std::uint32_t>(data) | std::uint64_t(load<std::uint32_t>(data + size - 4))
                                                << 32);
        } else {
            std::uint64_t chunk = 0;
            for (std::size_t j = 0; j < size; ++j)
                chunk |= std::uint64_t(static_cast<unsigned char>(data[j])) << (8 * j);
            mix(chunk);
        }
        h ^= h >> 29;
        h *= 0x94d049bb133111ebULL;
        h ^= h >> 32;
        return static_cast<std::size_t>(h);
    }

    // Loads the slot where a search for this hash starts (a million ids
    // miss the cache on nearly every slot: asked for ahead, the misses
    // overlap).
    void prefetch(std::size_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }

    // Adds id (listed at `position`, of this hash); false if it is there
    // already.
    bool insert(std::string_view id, std::size_t hash, std::size_t position) {
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        for (std::size_t s = hash & mask_;; s = (s + 1) & mask_) {
            Slot& slot = slots_[s];
            if (slot.position == 0) {
                slot = {static_cast<std::uint32_t>(position + 1), tag};
                return true;
            }
            if (slot.tag == tag && trimmed(ids_[slot.position - 1]) == id)
                return false;
        }
    }

    // The position of id, or `missing`.
    std::size_t find(std::string_view id, std::size_t missing) const {
        const std::size_t hash = hash_of(id);
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        for (std::size_t s = hash & mask_;; s = (s + 1) & mask_) {
            const Slot& slot = slots_[s];
            if (slot.position == 0)
                return missing;
            if (slot.tag == tag && trimmed(ids_[slot.position - 1]) == id)
                return slot.position - 1;
        }
    }

private:
    template <class Word> static Word load(const char* bytes) {
        Word word;
        std::memcpy(&word, bytes, sizeof word);
        return word;
    }

    struct Slot {
        std::uint32_t position; // + 1; 0 when empty
        std::uint32_t tag;
    };
    // Trimmed when compared (rarely: the tags differ), not kept as views:
    // a million views are 16 MB more to allocate and fault in.
    const std::vector<std::optional<std::string>>& ids_;
    std::size_t mask_;
    // All 0 (empty) at first; in huge pages where the system allows (a
    // million ids probe 16 MB at random: one TLB entry per 2 MB).
    detail::LargeArray<Slot> slots_;
};

// a == b, without a call to memcmp for labels of up to 16 bytes (a
// million siblings compare their parents' labels with the one before).
bool same_text(std::string_view a, std::string_view b) {
    const std::size_t size = a.size();
    if (size != b.size())
        return false;
    if (size < 8 || size > 16)
        return a == b;
    std::uint64_t x[2];
    std::uint64_t y[2];
    std::memcpy(&x[0], a.data(), 8);
    std::memcpy(&y[0], b.data(), 8);
    std::memcpy(&x[1], a.data() + size - 8, 8);
    std::memcpy(&y[1], b.data() + size - 8, 8);
    return ((x[0] ^ y[0]) | (x[1] ^ y[1])) == 0;
}

// A node on the cycle that `start` (not reachable from a top) hangs from: the
// one listed first among the cycle's nodes.
std::size_t node_on_cycle(const Hierarchy& tree, std::size_t start) {
    std::vector<std::size_t> seen_at(tree.size, tree.size);
    std::size_t v = start;
    // Unreachable nodes have parents, all unreachable too: the walk up must
    // come back to a node it has seen, within `size` steps.
    for (std::size_t step = 0; seen_at[v] == tree.size; ++step) {
        seen_at[v] = step;
        v = tree.parent[v];
    }
    std::size_t first_listed = v;
    for (std::size_t u = tree.parent[v]; u != v; u = tree.parent[u])
        first_listed = std::min(first_listed, u);
    return first_listed;
}

} // namespace

Hierarchy build_hierarchy(const std::vector<std::optional<std::string>>& ids,
                          const std::vector<std::optional<std::string>>& parents) {
    Hierarchy tree;
    const std::size_t n = ids.size();
    tree.size = n;
    tree.labels = &ids;
    if (n >= (std::size_t(1) << 32) - 1)
        throw std::length_error("allot: too many nodes");
    // The first blank id is reported unless a duplicate comes before it.
    // One pass: trim, hash and ask for the slot; insert `ahead` ids later,
    // when the slot has arrived.
    IdIndex index(ids, n);
    constexpr std::size_t ahead = 16; // slots asked for before they are used
    std::array<std::size_t, ahead> hashes{};
    std::array<std::string_view, ahead> pending{};
    std::size_t first_blank = n;
    for (std::size_t i = 0; i < first_blank + ahead && i < n + ahead; ++i) {
        const std::size_t slot = i % ahead; // of id i − ahead, then of id i
        if (i >= ahead && !index.insert(pending[slot], hashes[slot], i - ahead))
            throw Error(Problem::DuplicateId, {std::string(pending[slot])});
        if (i < n && i < first_blank) {
            const std::string_view id = trimmed(ids[i]);
            if (id.empty()) {
                first_blank = i;
                continue;
            }
            pending[slot] = id;
            hashes[slot] = IdIndex::hash_of(id);
            index.prefetch(hashes[slot]);
        }
    }
    if (first_blank < n)
        throw Error(Problem::BlankId, {std::to_string(first_blank + 1)});

    tree.parent.resize(n);
    // Children in compressed rows, in listing order: parent p's count is
    // kept at first[p + 2], so that after the running sums first[p + 1]
    // is where p's children start, and moves to where they end (the
    // start of p + 1's) as they are placed.
    tree.first.assign(n + 2, 0);
    // Siblings usually sit together: the previous parent saves a look-up.
    std::string_view previous;
    std::size_t previous_index = n;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view parent = i < parents.size() ? trimmed(parents[i]) : "";
        if (parent.empty()) {
            tree.tops.push_back(static_cast<Node>(i));
            tree.parent[i] = static_cast<Node>(n);
            continue;
        }
        if (previous_index == n || !same_text(parent, previous)) {
            const std::size_t found = index.find(parent, n);
            if (found == n)
                throw Error(Problem::UnknownParent, {tree.id(i), std::string(parent)});
            previous = parent;
            previous_index = found;
        }
        tree.parent[i] = static_cast<Node>(previous_index);
        ++tree.first[previous_index + 2];
    }
    for (std::size_t i = 2; i < n + 2; ++i)
        tree.first[i] += tree.first[i - 1];
    tree.child.resize(n - tree.tops.size());
    for (std::size_t i = 0; i < n; ++i)
        if (tree.parent[i] != n)
            tree.child[tree.first[tree.parent[i] + 1]++] = static_cast<Node>(i);
    tree.first.pop_back();

    // Every node must hang from a top; the others sit on or under a cycle.
    tree.order.reserve(n);
    tree.order.assign(tree.tops.begin(), tree.tops.end());
    for (std::size_t k = 0; k < tree.order.size(); ++k) {
        const std::size_t v = tree.order[k];
        tree.order.insert(tree.order.end(), tree.child.begin() + tree.first[v],
                          tree.child.begin() + tree.first[v + 1]);
    }
    if (tree.order.size() < n) {
        std::vector<bool> reached(n, false);
        for (std::size_t v : tree.order)
            reached[v] = true;
        const auto start = static_cast<std::size_t>(
            std::find(reached.begin(), reached.end(), false) - reached.begin());
        throw Error(Problem::Cycle, {tree.id(node_on_cycle(tree, start))});
    }
    return tree;
}

} // namespace allot
