#include "hierarchy.hpp"

#include "allot/error.hpp"

#include <algorithm>
#include <unordered_map>

namespace allot {
namespace {

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

std::string_view trimmed(const std::optional<std::string>& label) {
    if (!label)
        return {};
    constexpr std::string_view spaces = " \t\r\n";
    const std::string_view text = *label;
    const auto first = text.find_first_not_of(spaces);
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(spaces);
    return text.substr(first, last - first + 1);
}

Hierarchy build_hierarchy(const std::vector<std::optional<std::string>>& ids,
                          const std::vector<std::optional<std::string>>& parents) {
    Hierarchy tree;
    const std::size_t n = ids.size();
    tree.size = n;
    tree.ids.reserve(n);
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view id = trimmed(ids[i]);
        if (id.empty())
            throw Error(Problem::BlankId, {std::to_string(i + 1)});
        if (!index.emplace(id, i).second)
            throw Error(Problem::DuplicateId, {std::string(id)});
        tree.ids.push_back(id);
    }

    tree.parent.assign(n, n);
    // Siblings usually sit together: the previous parent saves a look-up.
    std::string_view previous;
    std::size_t previous_index = n;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view parent = i < parents.size() ? trimmed(parents[i]) : "";
        if (parent.empty()) {
            tree.tops.push_back(i);
            continue;
        }
        if (previous_index == n || parent != previous) {
            auto found = index.find(parent);
            if (found == index.end())
                throw Error(Problem::UnknownParent, {tree.id(i), std::string(parent)});
            previous = parent;
            previous_index = found->second;
        }
        tree.parent[i] = previous_index;
    }

    // Children in compressed rows, in listing order.
    tree.first.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        if (tree.parent[i] != n)
            ++tree.first[tree.parent[i] + 1];
    for (std::size_t i = 0; i < n; ++i)
        tree.first[i + 1] += tree.first[i];
    tree.child.resize(tree.first[n]);
    std::vector<std::size_t> fill(tree.first.begin(), tree.first.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        if (tree.parent[i] != n)
            tree.child[fill[tree.parent[i]]++] = i;

    // Every node must hang from a top; the others sit on or under a cycle.
    tree.order.reserve(n);
    tree.order.assign(tree.tops.begin(), tree.tops.end());
    for (std::size_t k = 0; k < tree.order.size(); ++k) {
        const std::size_t v = tree.order[k];
        for (std::size_t c = tree.first[v]; c < tree.first[v + 1]; ++c)
            tree.order.push_back(tree.child[c]);
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
