// Tarjan's strongly connected components (Tarjan 1972), with an explicit
// stack: no recursion however deep the graph.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace allot::detail {

// The component of every node of a directed graph given by adjacency
// lists: the edges of node u go to target[start[u]] .. target[start[u+1]]
// (start has one entry more than there are nodes). Nodes with the same
// number are in the same component.
std::vector<std::size_t> strong_components(std::span<const std::size_t> start,
                                           std::span<const std::size_t> target);

} // namespace allot::detail
