#include "flow_network.hpp"

#include <algorithm>

namespace allot::detail {

std::size_t Network::add(std::size_t from, std::size_t to, long double capacity) {
    const std::size_t e = to_.size();
    push(from, to, capacity);
    push(to, from, 0);
    return e;
}

// Breadth-first levels, then blocking flows by depth-first search with a
// current-edge pointer per node.
long double Network::max_flow(std::size_t source, std::size_t sink, long double tiny) {
    long double total = 0;
    const std::size_t n = first_.size();
    std::vector<std::size_t> level(n);
    std::vector<std::size_t> current(n);
    std::vector<std::size_t> path; // edges from the source
    while (true) {
        std::fill(level.begin(), level.end(), none);
        std::vector<std::size_t> queue{source};
        level[source] = 0;
        for (std::size_t q = 0; q < queue.size(); ++q) {
            const std::size_t u = queue[q];
            for (std::size_t e = first_[u]; e != none; e = next_[e])
                if (capacity_[e] > tiny && level[to_[e]] == none) {
                    level[to_[e]] = level[u] + 1;
                    queue.push_back(to_[e]);
                }
        }
        if (level[sink] == none)
            return total;
        current = first_;
        path.clear();
        std::size_t u = source;
        while (true) {
            if (u == sink) {
                long double pushed = capacity_[path.front()];
                for (std::size_t e : path)
                    pushed = std::min(pushed, capacity_[e]);
                for (std::size_t e : path) {
                    capacity_[e] -= pushed;
                    capacity_[e ^ 1] += pushed;
                }
                total += pushed;
                path.clear();
                u = source;
                continue;
            }
            std::size_t& e = current[u];
            while (e != none && !(capacity_[e] > tiny && level[to_[e]] == level[u] + 1))
                e = next_[e];
            if (e != none) {
                path.push_back(e);
                u = to_[e];
                continue;
            }
            if (u == source)
                break;
            level[u] = none; // a dead end in this phase
            const std::size_t back = path.back();
            path.pop_back();
            u = to_[back ^ 1];
            current[u] = next_[current[u]];
        }
    }
}

// Appended at the end of the node's list, so edges keep their insertion order.
void Network::push(std::size_t from, std::size_t to, long double capacity) {
    to_.push_back(to);
    capacity_.push_back(capacity);
    next_.push_back(none);
    const std::size_t e = to_.size() - 1;
    if (last_[from] == none)
        first_[from] = e;
    else
        next_[last_[from]] = e;
    last_[from] = e;
}

} // namespace allot::detail
