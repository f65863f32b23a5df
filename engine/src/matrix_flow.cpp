// Flows for ALLOT.MATRIX: Dinic's maximum flow, Tarjan's strongly connected
// components and controlled rounding by a minimum-cost flow. All iterative
// (no recursion on big tables), all in a fixed order (deterministic).
#include "matrix_flow.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace allot::detail {

namespace {

constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

// A flow network with paired edges (edge e and its reverse e ^ 1).
class Network {
public:
    explicit Network(std::size_t nodes) : first_(nodes, none) {}

    std::size_t add(std::size_t from, std::size_t to, long double capacity) {
        const std::size_t e = to_.size();
        push(from, to, capacity);
        push(to, from, 0);
        return e;
    }

    // Dinic: breadth-first levels, then blocking flows by depth-first search
    // with a current-edge pointer per node.
    long double max_flow(std::size_t source, std::size_t sink, long double tiny) {
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

    long double residual(std::size_t e) const { return capacity_[e]; }
    std::size_t first(std::size_t u) const { return first_[u]; }
    std::size_t next(std::size_t e) const { return next_[e]; }
    std::size_t to(std::size_t e) const { return to_[e]; }

private:
    void push(std::size_t from, std::size_t to, long double capacity) {
        to_.push_back(to);
        capacity_.push_back(capacity);
        next_.push_back(none);
        // Append at the end of the list so edges keep their insertion order.
        if (last_.size() < first_.size())
            last_.assign(first_.size(), none);
        const std::size_t e = to_.size() - 1;
        if (last_[from] == none)
            first_[from] = e;
        else
            next_[last_[from]] = e;
        last_[from] = e;
    }

    std::vector<std::size_t> first_;
    std::vector<std::size_t> last_;
    std::vector<std::size_t> next_;
    std::vector<std::size_t> to_;
    std::vector<long double> capacity_;
};

} // namespace

Transport max_transport(const Bipartite& cells, std::span<const long double> row_totals,
                        std::span<const long double> column_totals, long double tiny) {
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::size_t source = n + m;
    const std::size_t sink = n + m + 1;
    long double everything = 1;
    for (long double r : row_totals)
        everything += r;
    Network network(n + m + 2);
    for (std::size_t i = 0; i < n; ++i)
        network.add(source, i, row_totals[i]);
    std::vector<std::size_t> cell_edge(cells.cells());
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k)
            cell_edge[k] = network.add(i, n + cells.column[k], everything);
    for (std::size_t j = 0; j < m; ++j)
        network.add(n + j, sink, column_totals[j]);

    Transport result;
    result.flow = network.max_flow(source, sink, tiny);
    result.cell_flow.resize(cells.cells());
    for (std::size_t k = 0; k < cells.cells(); ++k)
        result.cell_flow[k] = network.residual(cell_edge[k] ^ 1);

    // Forward from the source and backward from the sink in the residual graph.
    std::vector<bool> from_source(n + m + 2, false);
    std::vector<std::size_t> queue{source};
    from_source[source] = true;
    for (std::size_t q = 0; q < queue.size(); ++q)
        for (std::size_t e = network.first(queue[q]); e != none; e = network.next(e))
            if (network.residual(e) > tiny && !from_source[network.to(e)]) {
                from_source[network.to(e)] = true;
                queue.push_back(network.to(e));
            }
    std::vector<bool> to_sink(n + m + 2, false);
    queue.assign(1, sink);
    to_sink[sink] = true;
    for (std::size_t q = 0; q < queue.size(); ++q)
        for (std::size_t e = network.first(queue[q]); e != none; e = network.next(e))
            if (network.residual(e ^ 1) > tiny && !to_sink[network.to(e)]) {
                to_sink[network.to(e)] = true;
                queue.push_back(network.to(e));
            }
    result.row_source_side.assign(from_source.begin(), from_source.begin() + std::ptrdiff_t(n));
    result.column_sink_side.assign(to_sink.begin() + std::ptrdiff_t(n),
                                   to_sink.begin() + std::ptrdiff_t(n + m));
    return result;
}

std::vector<bool> free_cells(const Bipartite& cells, std::span<const long double> cell_flow,
                             long double tiny) {
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::size_t nodes = n + m;
    // Residual graph: row → column for every cell, column → row where the
    // cell carries flow. Adjacency in CSR form, columns' lists by row order.
    std::vector<std::size_t> start(nodes + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        start[i + 1] = cells.row_start[i + 1] - cells.row_start[i];
    for (std::size_t k = 0; k < cells.cells(); ++k)
        if (cell_flow[k] > tiny)
            ++start[n + cells.column[k] + 1];
    for (std::size_t u = 0; u < nodes; ++u)
        start[u + 1] += start[u];
    std::vector<std::size_t> target(start[nodes]);
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k) {
            target[fill[i]++] = n + cells.column[k];
            if (cell_flow[k] > tiny)
                target[fill[n + cells.column[k]]++] = i;
        }

    // Tarjan's strongly connected components, with an explicit stack.
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

    std::vector<bool> result(cells.cells(), false);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k)
            result[k] = component[i] == component[n + cells.column[k]];
    return result;
}

namespace {

// How much |value − fit| changes when a cell takes its unit number t
// (0-based) above its base, d = fit − base: +1 when t ≥ d, −1 when
// t + 1 ≤ d, 1 − 2(d − t) between. For a cell rounded down or up this is
// 1 − 2·fraction; the steps of one cell never decrease (|value − fit| is
// convex), so its units are taken in order.
double step_cost(double d, std::int64_t t) {
    const auto u = static_cast<double>(t);
    return std::fabs(u + 1 - d) - std::fabs(u - d);
}

// Above closest_limit cells: each unit too many in a column moves to a
// column short of one along a shortest augmenting path (breadth first,
// fewest cell flips), ignoring how far each flip moves a cell from its fit.
// Linear work per unit; the minimum-cost repair below explores far more of
// the table per unit and would take seconds on the biggest tables.
constexpr std::size_t closest_limit = 100'000;

// `column_cells` (each column's cells in reading order, from `column_start`)
// is taken by value: it is re-sorted here.
bool fewest_flips(const Bipartite& cells, std::span<const long double> fraction,
                  std::span<const std::int64_t> room, std::vector<std::int64_t>& taken,
                  std::vector<std::int64_t>& excess, std::span<const std::size_t> cell_row,
                  std::span<const std::size_t> column_start,
                  std::vector<std::size_t> column_cells) {
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::size_t count = cells.cells();
    // Cells of a row most wanting first; of a column least wanting first
    // (the first to give a unit back).
    std::vector<std::size_t> row_order(count);
    for (std::size_t k = 0; k < count; ++k)
        row_order[k] = k;
    for (std::size_t i = 0; i < n; ++i)
        std::stable_sort(row_order.begin() + std::ptrdiff_t(cells.row_start[i]),
                         row_order.begin() + std::ptrdiff_t(cells.row_start[i + 1]),
                         [&](std::size_t a, std::size_t b) { return fraction[a] > fraction[b]; });
    for (std::size_t j = 0; j < m; ++j)
        std::stable_sort(column_cells.begin() + std::ptrdiff_t(column_start[j]),
                         column_cells.begin() + std::ptrdiff_t(column_start[j + 1]),
                         [&](std::size_t a, std::size_t b) { return fraction[a] < fraction[b]; });

    // column → (a cell of it gives its unit back) → row → (another cell of
    // the row takes it) → column …, breadth first from every full column.
    std::vector<std::size_t> reached_row(n);    // cell by which a row was reached
    std::vector<std::size_t> reached_column(m); // cell by which a column was reached
    std::vector<std::size_t> queue;             // rows as r, columns as n + j
    while (true) {
        std::fill(reached_row.begin(), reached_row.end(), none);
        std::fill(reached_column.begin(), reached_column.end(), none);
        queue.clear();
        std::vector<bool> seen_column(m, false);
        for (std::size_t j = 0; j < m; ++j)
            if (excess[j] > 0) {
                queue.push_back(n + j);
                seen_column[j] = true;
            }
        if (queue.empty())
            return true;
        std::size_t found = none;
        for (std::size_t q = 0; q < queue.size() && found == none; ++q) {
            const std::size_t node = queue[q];
            if (node >= n) {
                const std::size_t j = node - n;
                for (std::size_t p = column_start[j]; p < column_start[j + 1]; ++p) {
                    const std::size_t k = column_cells[p];
                    const std::size_t i = cell_row[k];
                    if (taken[k] > 0 && reached_row[i] == none) {
                        reached_row[i] = k;
                        queue.push_back(i);
                    }
                }
            } else {
                const std::size_t i = node;
                for (std::size_t p = cells.row_start[i]; p < cells.row_start[i + 1]; ++p) {
                    const std::size_t k = row_order[p];
                    const std::size_t j = cells.column[k];
                    if (taken[k] < room[k] && !seen_column[j]) {
                        seen_column[j] = true;
                        reached_column[j] = k;
                        if (excess[j] < 0) {
                            found = j;
                            break;
                        }
                        queue.push_back(n + j);
                    }
                }
            }
        }
        if (found == none)
            return false;
        ++excess[found];
        std::size_t j = found;
        while (true) {
            const std::size_t up = reached_column[j];
            if (up == none) { // a full column the search started from
                --excess[j];
                break;
            }
            ++taken[up];
            const std::size_t i = cell_row[up];
            const std::size_t down = reached_row[i];
            --taken[down];
            j = cells.column[down];
        }
    }
}

} // namespace

bool controlled_rounding(const Bipartite& cells, std::span<const long double> fit,
                         std::span<const std::int64_t> row_totals,
                         std::span<const std::int64_t> column_totals, bool widened,
                         std::vector<std::int64_t>& rounded) {
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::size_t count = cells.cells();
    if (m > n) {
        // Wider than tall: round the transposed table. The repair sends
        // the columns' surplus units one at a time, about √rows each, so
        // the longer side should be the rows'.
        Bipartite flipped;
        flipped.rows = m;
        flipped.columns = n;
        flipped.row_start.assign(m + 1, 0);
        for (std::size_t k = 0; k < count; ++k)
            ++flipped.row_start[cells.column[k] + 1];
        for (std::size_t j = 0; j < m; ++j)
            flipped.row_start[j + 1] += flipped.row_start[j];
        flipped.column.resize(count);
        std::vector<std::size_t> original(count); // cell of the table for each flipped cell
        std::vector<long double> flipped_fit(count);
        std::vector<std::size_t> fill(flipped.row_start.begin(), flipped.row_start.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k) {
                const std::size_t f = fill[cells.column[k]]++;
                flipped.column[f] = i;
                original[f] = k;
                flipped_fit[f] = fit[k];
            }
        std::vector<std::int64_t> flipped_rounded;
        if (!controlled_rounding(flipped, flipped_fit, column_totals, row_totals, widened,
                                 flipped_rounded))
            return false;
        rounded.resize(count);
        for (std::size_t f = 0; f < count; ++f)
            rounded[original[f]] = flipped_rounded[f];
        return true;
    }
    // Each cell is base + taken, taken from 0 to room; `fraction` is the fit
    // above the base (how much the cell wants its next unit).
    std::vector<std::int64_t> base(count);
    std::vector<std::int64_t> room(count);
    std::vector<long double> fraction(count);
    for (std::size_t k = 0; k < count; ++k) {
        const long double x = fit[k];
        if (!widened) {
            const long double down = std::floor(x);
            base[k] = static_cast<std::int64_t>(down);
            room[k] = x > down ? 1 : 0;
        } else {
            const auto nearest = static_cast<std::int64_t>(std::llround(x));
            base[k] = std::max<std::int64_t>(0, nearest - 1);
            room[k] = nearest + 1 - base[k];
        }
        fraction[k] = x - static_cast<long double>(base[k]);
    }
    std::vector<std::int64_t> taken(count, 0);

    // Rows: the units each row lacks go to its largest fractions (a cell's
    // second unit, when widened, wants it one less than its first), ties to
    // the earlier column. Each row on its own is then as close to the fit
    // as it can be.
    struct Unit {
        long double want;
        std::size_t cell;
    };
    std::vector<Unit> units;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t begin = cells.row_start[i];
        const std::size_t end = cells.row_start[i + 1];
        std::int64_t lacking = row_totals[i];
        std::int64_t space = 0;
        units.clear();
        for (std::size_t k = begin; k < end; ++k) {
            lacking -= base[k];
            space += room[k];
            for (std::int64_t u = 0; u < room[k]; ++u)
                units.push_back({fraction[k] - static_cast<long double>(u), k});
        }
        if (lacking < 0 || lacking > space)
            return false;
        const auto before = [](const Unit& a, const Unit& b) {
            return a.want != b.want ? a.want > b.want : a.cell < b.cell;
        };
        std::sort(units.begin(), units.end(), before);
        for (std::size_t u = 0; u < static_cast<std::size_t>(lacking); ++u)
            ++taken[units[u].cell];
    }

    // Columns: their cells in reading order.
    std::vector<std::size_t> column_start(m + 1, 0);
    for (std::size_t k = 0; k < count; ++k)
        ++column_start[cells.column[k] + 1];
    for (std::size_t j = 0; j < m; ++j)
        column_start[j + 1] += column_start[j];
    std::vector<std::size_t> column_cells(count);
    std::vector<std::size_t> cell_row(count);
    {
        std::vector<std::size_t> fill(column_start.begin(), column_start.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k) {
                column_cells[fill[cells.column[k]]++] = k;
                cell_row[k] = i;
            }
    }

    std::vector<std::int64_t> excess(m);
    for (std::size_t j = 0; j < m; ++j)
        excess[j] = -column_totals[j];
    for (std::size_t k = 0; k < count; ++k)
        excess[cells.column[k]] += base[k] + taken[k];

    if (count > closest_limit) {
        if (!fewest_flips(cells, fraction, room, taken, excess, cell_row, column_start,
                          column_cells))
            return false;
        rounded.resize(count);
        for (std::size_t k = 0; k < count; ++k)
            rounded[k] = base[k] + taken[k];
        return true;
    }

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
    std::vector<double> above(fraction.begin(), fraction.end());
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

    rounded.resize(count);
    for (std::size_t k = 0; k < count; ++k)
        rounded[k] = base[k] + taken[k];
    return true;
}

} // namespace allot::detail
