// ALLOT.TREE (the README's "How each function decides"): build the forest, fill in blank inner
// weights bottom up, then split top down, one ALLOT.SPLIT per parent, so every level has SPLIT's
// exactness, quota rule and tie rule.
#include "allot/tree.hpp"

#include "checks.hpp"
#include "hierarchy.hpp"

#include "allot/error.hpp"
#include "allot/split.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace allot {

namespace {

// The values of the listed nodes (no wholly blank rows), aligned with them.
std::vector<double> tree_of_listed(const TreeRequest& request) {
    const std::size_t n = request.ids.size();
    const Hierarchy forest = build_hierarchy(request.ids, request.parents);
    for (std::size_t v = 0; v < n; ++v) {
        const std::optional<double>& weight = request.weights[v];
        if (weight && *weight < 0)
            throw Error(Problem::TreeNegativeWeight, {forest.id(v), format_number(*weight)});
    }

    // Blank inner weights are the sums of their leaves: children come after
    // their parents in `order`, so walking it backwards sees them first.
    // Long double: leaves near DBL_MAX add up beyond the double range.
    std::vector<long double> leaves_weight(n, 0.0L);
    for (std::size_t k = n; k-- > 0;) {
        const std::size_t v = forest.order[k];
        if (forest.is_leaf(v))
            leaves_weight[v] = request.weights[v].value_or(0.0);
        if (forest.parent[v] != n)
            leaves_weight[forest.parent[v]] += leaves_weight[v];
    }
    const auto weight_of = [&](std::size_t v) -> long double {
        return request.weights[v] ? static_cast<long double>(*request.weights[v])
                                  : leaves_weight[v];
    };
    // Siblings' weights as doubles. Only their ratios matter, so a group
    // whose sums overflow double is scaled by a power of two first.
    std::vector<long double> group;
    const auto group_weights = [&](std::vector<double>& weights) {
        long double largest = 0;
        for (long double w : group)
            largest = std::max(largest, w);
        int exponent = 0;
        std::frexp(largest, &exponent);
        const int shift = largest > std::numeric_limits<double>::max() ? 1022 - exponent : 0;
        weights.clear();
        if (shift == 0) { // nearly always: no ldexp call per weight
            for (long double w : group)
                weights.push_back(static_cast<double>(w));
            return;
        }
        for (long double w : group)
            weights.push_back(static_cast<double>(std::ldexp(w, shift)));
    };

    std::vector<double> value(n, 0.0);
    SplitRequest level;
    level.unit = request.unit;
    const auto split_over = [&](double total, const Node* begin, const Node* end) {
        level.total = total;
        group.clear();
        for (const Node* c = begin; c != end; ++c)
            group.push_back(weight_of(*c));
        group_weights(level.weights);
        const std::vector<double> parts = split(level);
        for (std::size_t i = 0; i < parts.size(); ++i)
            value[begin[i]] = parts[i];
    };

    split_over(request.total, forest.tops.data(), forest.tops.data() + forest.tops.size());
    for (std::size_t v : forest.order) {
        if (forest.is_leaf(v))
            continue;
        const Node* children = forest.child.data() + forest.first[v];
        split_over(value[v], children, children + forest.children(v));
    }
    return value;
}

} // namespace

std::vector<double> tree(const TreeRequest& request) {
    const std::size_t n = request.ids.size();
    if (request.parents.size() != n)
        throw Error(Problem::CountMismatch,
                    {std::to_string(request.parents.size()), std::to_string(n)},
                    TreeArgument::parents, std::optional(TreeArgument::ids));
    if (request.weights.size() != n)
        throw Error(Problem::CountMismatch,
                    {std::to_string(request.weights.size()), std::to_string(n)},
                    TreeArgument::weights, std::optional(TreeArgument::ids));
    detail::check_finite(request.total, TreeArgument::total);

    // A wholly blank row (no id, parent or weight) is room left in the range
    // for more nodes: it is skipped and gets 0. A blank id with a parent or a
    // weight is a mistake, named by its position in the range.
    std::vector<std::size_t> listed;
    listed.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::optional<double>& weight = request.weights[i];
        detail::check_finite(weight, TreeArgument::weights, i);
        const bool has_id = !trimmed(request.ids[i]).empty();
        if (!has_id && (weight || !trimmed(request.parents[i]).empty()))
            throw Error(Problem::BlankId, {std::to_string(i + 1)});
        if (has_id)
            listed.push_back(i);
    }
    if (listed.empty())
        throw Error(Problem::TreeNoNodes, {});
    if (listed.size() == n)
        return tree_of_listed(request);

    TreeRequest compact;
    compact.total = request.total;
    compact.unit = request.unit;
    for (std::size_t i : listed) {
        compact.ids.push_back(request.ids[i]);
        compact.parents.push_back(request.parents[i]);
        compact.weights.push_back(request.weights[i]);
    }
    const std::vector<double> values = tree_of_listed(compact);
    std::vector<double> all(n, 0.0);
    for (std::size_t k = 0; k < listed.size(); ++k)
        all[listed[k]] = values[k];
    return all;
}

} // namespace allot
