// ALLOT.TREE (SPEC §1): build the forest, fill in blank inner weights bottom
// up, then split top down, one ALLOT.SPLIT per parent, so every level has
// SPLIT's exactness, quota rule and tie rule.
#include "allot/tree.hpp"

#include "hierarchy.hpp"

#include "allot/error.hpp"
#include "allot/split.hpp"

#include <cmath>

namespace allot {

std::vector<double> tree(const TreeRequest& request) {
    const std::size_t n = request.ids.size();
    if (n == 0)
        throw Error(Problem::TreeNoNodes, {});
    if (request.parents.size() != n)
        throw Error(Problem::ShapeMismatch,
                    {"parents", std::to_string(n), std::to_string(request.parents.size())});
    if (request.weights.size() != n)
        throw Error(Problem::ShapeMismatch,
                    {"weights", std::to_string(n), std::to_string(request.weights.size())});
    if (!std::isfinite(request.total))
        throw Error(Problem::NotFinite, {"total", "1"});

    const Hierarchy forest = build_hierarchy(request.ids, request.parents);

    for (std::size_t v = 0; v < n; ++v) {
        const std::optional<double>& weight = request.weights[v];
        if (weight && !std::isfinite(*weight))
            throw Error(Problem::NotFinite, {"weights", std::to_string(v + 1)});
        if (weight && *weight < 0)
            throw Error(Problem::TreeNegativeWeight, {forest.id(v), format_number(*weight)});
    }

    // Blank inner weights are the sums of their leaves: children come after
    // their parents in `order`, so walking it backwards sees them first.
    std::vector<double> leaves_weight(n, 0.0);
    for (std::size_t k = n; k-- > 0;) {
        const std::size_t v = forest.order[k];
        if (forest.is_leaf(v))
            leaves_weight[v] = request.weights[v].value_or(0.0);
        if (forest.parent[v] != n)
            leaves_weight[forest.parent[v]] += leaves_weight[v];
    }
    const auto weight_of = [&](std::size_t v) {
        return request.weights[v].value_or(leaves_weight[v]);
    };

    std::vector<double> value(n, 0.0);
    SplitRequest level;
    level.unit = request.unit;
    const auto split_over = [&](double total, const std::size_t* begin, const std::size_t* end) {
        level.total = total;
        level.weights.clear();
        for (const std::size_t* c = begin; c != end; ++c)
            level.weights.push_back(weight_of(*c));
        const std::vector<double> parts = split(level);
        for (std::size_t i = 0; i < parts.size(); ++i)
            value[begin[i]] = parts[i];
    };

    split_over(request.total, forest.tops.data(), forest.tops.data() + forest.tops.size());
    for (std::size_t v : forest.order) {
        if (forest.is_leaf(v))
            continue;
        const std::size_t* children = forest.child.data() + forest.first[v];
        split_over(value[v], children, children + forest.children(v));
    }
    return value;
}

} // namespace allot
