// A forest given as two label columns, ids and parents, the way people list
// an org chart or a driver tree in a sheet. Shared by ALLOT.TREE and
// ALLOT.KPI, so both name bad rows the same way.
#pragma once

#include "large_memory.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace allot {

// A node's position in the listing. 32 bits: a million-node tree's arrays
// are half the memory (fewer pages to fault in, fewer cache misses), and
// build_hierarchy refuses 2^32 − 1 nodes or more.
using Node = std::uint32_t;

struct Hierarchy {
    std::size_t size = 0;
    const std::vector<std::optional<std::string>>* labels = nullptr; // the caller's ids
    // Arrays of a million nodes in huge pages where the system allows.
    detail::LargeVector<Node> parent; // `size` for a top-level node
    std::vector<Node> tops;           // top-level nodes in listing order
    // Children of v: child[first[v] .. first[v + 1]), in listing order.
    detail::LargeVector<Node> first;
    detail::LargeVector<Node> child;
    // Every node once, parents before children (breadth first from the tops).
    detail::LargeVector<Node> order;

    std::size_t children(std::size_t v) const { return first[v + 1] - first[v]; }
    bool is_leaf(std::size_t v) const { return first[v + 1] == first[v]; }
    std::string id(std::size_t v) const;
};

// A label without the spaces around it; empty for a blank cell.
inline std::string_view trimmed(const std::optional<std::string>& label) {
    if (!label)
        return {};
    // The spaces " \t\r\n", tested by hand: find_first_not_of calls
    // memchr for every character.
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    const char* first = label->data();
    const char* last = first + label->size();
    while (first != last && space(*first))
        ++first;
    while (last != first && space(last[-1]))
        --last;
    return {first, static_cast<std::size_t>(last - first)};
}

inline std::string Hierarchy::id(std::size_t v) const {
    return std::string(trimmed((*labels)[v]));
}

// Builds the forest in time linear in the nodes, without recursion; the
// labels must outlive the result. Throws allot::Error: BlankId, DuplicateId,
// UnknownParent, Cycle (naming the first-listed node on the cycle).
// `parents` must have as many entries as `ids`.
Hierarchy build_hierarchy(const std::vector<std::optional<std::string>>& ids,
                          const std::vector<std::optional<std::string>>& parents);

} // namespace allot
