// ALLOT.TREE: multi-level decomposition (company → region → team → person)
// in one call (the README's "How each function decides"). Pure C++; knows nothing of UNO.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace allot {

// ALLOT.TREE's arguments in order: an error names one by its position.
enum class TreeArgument { total, ids, parents, weights, unit };

// One entry per node in ids, parents and weights (an empty optional is a
// blank cell). Ids are compared with surrounding spaces removed. A wholly
// blank row (room left in the range) is skipped and gets 0.
struct TreeRequest {
    double total = 0.0;
    std::vector<std::optional<std::string>> ids;
    std::vector<std::optional<std::string>> parents; // blank: top level
    // Blank on an inner node: the sum of its leaves' weights; on a leaf: 0.
    std::vector<std::optional<double>> weights;
    double unit = 1.0; // as in ALLOT.SPLIT; 0 means no rounding
};

// Every node's value, aligned with the ids. The top-level nodes share the
// total and every node's value splits over its children by their weights,
// each with ALLOT.SPLIT's rounding: every parent is the sum of its children
// exactly, and every node is within one unit of its exact share of its
// parent. Linear in the nodes (plus the sorting in each split), without
// recursion. Throws allot::Error for bad trees and weights.
std::vector<double> tree(const TreeRequest& request);

} // namespace allot
