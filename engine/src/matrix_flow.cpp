// Flows for ALLOT.MATRIX: Dinic's maximum flow, Tarjan's strongly connected
// components and controlled rounding by augmenting paths. All iterative
// (no recursion on big tables), all in a fixed order (deterministic).
#include "matrix_flow.hpp"

#include <algorithm>
#include <cmath>
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

bool controlled_rounding(const Bipartite& cells, std::span<const long double> fit,
                         std::span<const std::int64_t> row_totals,
                         std::span<const std::int64_t> column_totals, bool widened,
                         std::vector<std::int64_t>& rounded) {
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::size_t count = cells.cells();
    // Each cell is base + taken, taken from 0 to room; `preference` says how
    // much a cell wants its next unit (its fraction above the base).
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
    // second unit, when widened, wants it one less than its first).
    std::vector<std::size_t> order; // cells of a row by preference
    std::vector<std::size_t> row_order(count);
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
        // Cells of the row, most wanting first, for the search below.
        order.assign(end - begin, 0);
        for (std::size_t k = begin; k < end; ++k)
            order[k - begin] = k;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return fraction[a] > fraction[b]; });
        std::copy(order.begin(), order.end(), row_order.begin() + std::ptrdiff_t(begin));
    }

    // Columns: their cells, least wanting first (the first to give a unit back).
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
    for (std::size_t j = 0; j < m; ++j)
        std::stable_sort(column_cells.begin() + std::ptrdiff_t(column_start[j]),
                         column_cells.begin() + std::ptrdiff_t(column_start[j + 1]),
                         [&](std::size_t a, std::size_t b) { return fraction[a] < fraction[b]; });

    std::vector<std::int64_t> excess(m);
    for (std::size_t j = 0; j < m; ++j)
        excess[j] = -column_totals[j];
    for (std::size_t k = 0; k < count; ++k)
        excess[cells.column[k]] += base[k] + taken[k];

    // Each unit too many in a column moves to a column short of one:
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
            break;
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

    rounded.resize(count);
    for (std::size_t k = 0; k < count; ++k)
        rounded[k] = base[k] + taken[k];
    return true;
}

} // namespace allot::detail
