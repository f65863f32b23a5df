#include "strong_components.hpp"

#include <algorithm>
#include <limits>
#include <utility>

namespace allot::detail {

std::vector<std::size_t> strong_components(std::span<const std::size_t> start,
                                           std::span<const std::size_t> target) {
    constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
    const std::size_t nodes = start.size() - 1;
    std::vector<std::size_t> index(nodes, none);
    std::vector<std::size_t> low(nodes, 0);
    std::vector<std::size_t> component(nodes, none);
    std::vector<bool> on_stack(nodes, false);
    std::vector<std::size_t> stack;
    std::vector<std::pair<std::size_t, std::size_t>> calls; // node, next edge
    std::size_t counter = 0;
    std::size_t components = 0;
    for (std::size_t root = 0; root < nodes; ++root) {
        if (index[root] != none)
            continue;
        calls.emplace_back(root, start[root]);
        index[root] = low[root] = counter++;
        stack.push_back(root);
        on_stack[root] = true;
        while (!calls.empty()) {
            auto& [u, e] = calls.back();
            if (e < start[u + 1]) {
                const std::size_t v = target[e++];
                if (index[v] == none) {
                    index[v] = low[v] = counter++;
                    stack.push_back(v);
                    on_stack[v] = true;
                    calls.emplace_back(v, start[v]);
                } else if (on_stack[v]) {
                    low[u] = std::min(low[u], index[v]);
                }
                continue;
            }
            const std::size_t done = u;
            calls.pop_back();
            if (!calls.empty())
                low[calls.back().first] = std::min(low[calls.back().first], low[done]);
            if (low[done] == index[done]) {
                std::size_t v = none;
                do {
                    v = stack.back();
                    stack.pop_back();
                    on_stack[v] = false;
                    component[v] = components;
                } while (v != done);
                ++components;
            }
        }
    }
    return component;
}

} // namespace allot::detail
