// A flow network with paired edges (edge e and its reverse e ^ 1) and
// Dinic's maximum flow (Dinic 1970). Iterative, and deterministic: edges
// are kept and tried in the order they were added.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace allot::detail {

class Network {
public:
    // No edge, or no node.
    static constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

    explicit Network(std::size_t nodes) : first_(nodes, none), last_(nodes, none) {}

    // A new edge and its reverse (capacity 0); returns the new edge.
    std::size_t add(std::size_t from, std::size_t to, long double capacity);

    // The maximum flow from `source` to `sink`; residual capacities at or
    // below `tiny` count as zero.
    long double max_flow(std::size_t source, std::size_t sink, long double tiny);

    long double residual(std::size_t e) const { return capacity_[e]; }
    // A node's edges: first(u), then next(e) until none.
    std::size_t first(std::size_t u) const { return first_[u]; }
    std::size_t next(std::size_t e) const { return next_[e]; }
    std::size_t to(std::size_t e) const { return to_[e]; }

private:
    void push(std::size_t from, std::size_t to, long double capacity);

    std::vector<std::size_t> first_;
    std::vector<std::size_t> last_;
    std::vector<std::size_t> next_;
    std::vector<std::size_t> to_;
    std::vector<long double> capacity_;
};

} // namespace allot::detail
