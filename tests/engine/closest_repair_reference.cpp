// The closest repair as it was before issue 10's speed work, kept as the
// reference the fast one (engine/src/closest_repair.cpp) is held to on
// cost: a minimum-cost flow by successive shortest paths, one unit per
// Dijkstra search, in floating point on the fit's own fractions.
#include "closest_repair_reference.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace allot::detail {

namespace {

constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

// How much |value − fit| changes when a cell takes its unit number t
// (0-based) above its base, d = fit − base: +1 when t ≥ d, −1 when
// t + 1 ≤ d, 1 − 2(d − t) between. For a cell rounded down or up this is
// 1 − 2·fraction; the steps of one cell never decrease (|value − fit| is
// convex), so its units are taken in order.
double step_cost(double d, std::int64_t t) {
    const auto u = static_cast<double>(t);
    return std::fabs(u + 1 - d) - std::fabs(u - d);
}

} // namespace

bool closest_repair_reference(Rounding& table) {
    const Bipartite& cells = table.cells;
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::vector<std::int64_t>& room = table.room;
    std::vector<std::int64_t>& taken = table.taken;
    std::vector<std::int64_t>& excess = table.excess;
    const std::vector<std::size_t>& cell_row = table.by_column.row;
    const std::vector<std::size_t>& column_start = table.by_column.column_start;
    const std::vector<std::size_t>& column_cells = table.by_column.cell;
    // The repair is a minimum-cost flow (successive shortest paths; Ahuja,
    // Magnanti & Orlin, "Network Flows" (1993), §9.7). Nodes: rows 0..n-1,
    // columns n..n+m-1. Residual edges: row i → column j where cell (i, j)
    // can take another unit, at the cost step_cost of that unit; column j →
    // row i where it can give its last unit back, at minus that unit's cost.
    // A unit too many in a column travels column → row → column … to a
    // column short of one; each edge flips a cell and the path's cost is the
    // change in Σ|result − fit|.
    //
    // Why the result is the closest rounding: a rounding with all margins
    // met is optimal iff its residual graph has no cycle of negative cost
    // (the difference between two roundings with the same margins splits
    // into such cycles). The rows' start has none: a simple cycle enters
    // and leaves each row it visits by giving back one taken unit and
    // taking one untaken unit of that row, and the row took its cheapest
    // units, so each such swap costs ≥ 0. Sending one unit along a path of
    // least cost from the columns with units too many (a super source) to a
    // column short of one keeps the residual graph free of negative cycles
    // (the standard SSP invariant, loc. cit. Lemma 9.12); when no column is
    // over, the margins hold and there is still no negative cycle.
    //
    // Shortest paths by Dijkstra on reduced costs c + π(u) − π(v) ≥ 0
    // (Edmonds & Karp 1972). The start's potentials: 0 on columns, on row i
    // minus the dearest unit it took (or, taking none, minus its cheapest
    // untaken unit), so both kinds of edge have reduced cost ≥ 0. Each
    // search stops at the first column short of a unit (distance D); every
    // node then adds min(distance, D) to its potential, which keeps all
    // reduced costs ≥ 0 and those on the path 0. As D is added to every
    // node, only the nodes the search reached need a change. Costs are
    // floating point (for choosing only: the caller verifies the result in
    // integers); tiny negative reduced costs from rounding count as 0.
    // Ties: smaller cost, then fewer flips, then the earlier node; edges
    // are relaxed in reading order and only on a strict improvement, so
    // the earlier cell wins. Deterministic.
    std::vector<double> above(table.fraction.begin(), table.fraction.end());
    const std::size_t nodes = n + m;
    std::vector<double> potential(nodes, 0.0);
    constexpr double infinity = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i) {
        double dearest_taken = -infinity;
        double cheapest_left = infinity;
        for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k) {
            if (taken[k] > 0)
                dearest_taken = std::max(dearest_taken, step_cost(above[k], taken[k] - 1));
            if (taken[k] < room[k])
                cheapest_left = std::min(cheapest_left, step_cost(above[k], taken[k]));
        }
        potential[i] = dearest_taken > -infinity  ? -dearest_taken
                       : cheapest_left < infinity ? -cheapest_left
                                                  : 0.0;
    }

    std::vector<std::size_t> over; // columns with units too many, in order
    for (std::size_t j = 0; j < m; ++j)
        if (excess[j] > 0)
            over.push_back(j);
    std::size_t first_over = 0;

    struct Label {
        double distance;
        std::size_t flips;
        std::size_t node;
        bool operator>(const Label& other) const {
            if (distance != other.distance)
                return distance > other.distance;
            if (flips != other.flips)
                return flips > other.flips;
            return node > other.node;
        }
    };
    std::vector<double> distance(nodes, infinity);
    std::vector<std::size_t> flips(nodes, 0);
    std::vector<std::size_t> via(nodes, none); // the cell flipped to reach a node
    std::vector<bool> done(nodes, false);
    std::vector<std::size_t> touched;
    std::vector<Label> heap;
    const auto reach = [&](std::size_t v, double d, std::size_t f, std::size_t k) {
        if (d < distance[v] || (d == distance[v] && f < flips[v])) {
            if (distance[v] == infinity)
                touched.push_back(v);
            distance[v] = d;
            flips[v] = f;
            via[v] = k;
            heap.push_back({d, f, v});
            std::push_heap(heap.begin(), heap.end(), std::greater<>{});
        }
    };
    while (true) {
        while (first_over < over.size() && excess[over[first_over]] == 0)
            ++first_over;
        if (first_over == over.size())
            break;
        heap.clear();
        for (std::size_t q = first_over; q < over.size(); ++q)
            if (excess[over[q]] > 0)
                reach(n + over[q], 0.0, 0, none);
        std::size_t target = none;
        while (!heap.empty()) {
            std::pop_heap(heap.begin(), heap.end(), std::greater<>{});
            const Label label = heap.back();
            heap.pop_back();
            const std::size_t u = label.node;
            if (done[u] || label.distance != distance[u] || label.flips != flips[u])
                continue;
            done[u] = true;
            if (u >= n && excess[u - n] < 0) {
                target = u;
                break;
            }
            if (u >= n) { // a column gives a unit back in one of its rows
                const std::size_t j = u - n;
                for (std::size_t p = column_start[j]; p < column_start[j + 1]; ++p) {
                    const std::size_t k = column_cells[p];
                    if (taken[k] == 0)
                        continue;
                    const std::size_t v = cell_row[k];
                    if (done[v])
                        continue;
                    const double cost = -step_cost(above[k], taken[k] - 1);
                    const double reduced = std::max(0.0, cost + potential[u] - potential[v]);
                    reach(v, label.distance + reduced, label.flips + 1, k);
                }
            } else { // a row takes the unit in another of its cells
                for (std::size_t k = cells.row_start[u]; k < cells.row_start[u + 1]; ++k) {
                    if (taken[k] >= room[k])
                        continue;
                    const std::size_t v = n + cells.column[k];
                    if (done[v])
                        continue;
                    const double cost = step_cost(above[k], taken[k]);
                    const double reduced = std::max(0.0, cost + potential[u] - potential[v]);
                    reach(v, label.distance + reduced, label.flips + 1, k);
                }
            }
        }
        if (target == none)
            return false;
        const double reached = distance[target];
        for (std::size_t v : touched) {
            if (distance[v] < reached)
                potential[v] += distance[v] - reached;
            distance[v] = infinity;
            done[v] = false;
        }
        touched.clear();
        // Flip the cells along the path, back to the column it started from.
        std::size_t v = target;
        while (via[v] != none) {
            const std::size_t k = via[v];
            if (v >= n) {
                ++taken[k];
                v = cell_row[k];
            } else {
                --taken[k];
                v = n + cells.column[k];
            }
        }
        ++excess[target - n];
        --excess[v - n];
    }
    return true;
}

} // namespace allot::detail
