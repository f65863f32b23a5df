// The closest repair: a minimum-cost flow in exact integer costs (grains),
// by phases of one Dijkstra search (on rows and columns, or on the columns
// alone) and as many units as its shortest paths carry; then, among the
// equally close tables, the first in reading order.
#include "rounding_repair.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <utility>

namespace allot::detail {

namespace {

constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
constexpr std::int64_t unreached = std::numeric_limits<std::int64_t>::max();

// The residual graph of a table being rounded. Nodes: rows 0..n-1,
// columns n..n+m-1. Edges: row i → column j where cell (i, j) can take
// another unit, at the cost (in grains) of that unit; column j → row i
// where the cell can give its last unit back, at minus that unit's cost.
// A unit too many in a column travels column → row → column … to a column
// short of one; each edge flips a cell and a path's cost is the change in
// Σ|result − fit|. Each cell's two costs are kept up to date, the give
// costs also in column order (for cache-friendly column scans).
class Residual {
public:
    // `by_columns`: the column search's use only (costs by cell; no column
    // order, no start potentials: it sets its own).
    Residual(Rounding& table, bool by_columns)
        : t_(table), cells_(table.cells), n_(table.cells.rows), m_(table.cells.columns),
          column_start_(table.by_column.column_start), column_cell_(table.by_column.cell),
          cell_row_(table.by_column.row), potential_(n_ + m_, 0), in_columns_(!by_columns) {
        const std::size_t count = cells_.cells();
        take_.resize(count);
        if (in_columns_) {
            place_.resize(count);
            give_.resize(count);
            column_row_.resize(count);
            for (std::size_t p = 0; p < count; ++p) {
                place_[column_cell_[p]] = p;
                column_row_[p] = cell_row_[column_cell_[p]];
            }
        }
        for (std::size_t k = 0; k < count; ++k)
            refresh(k);
        if (!in_columns_)
            return;
        // The start's potentials: 0 on columns, on each row the least its
        // taken cells allow (minus the dearest unit it took or, taking
        // none, minus its cheapest untaken unit): the row took its cheapest
        // units, so both kinds of edge have reduced cost ≥ 0.
        fit_row_potentials();
    }

    std::size_t rows() const { return n_; }
    std::size_t nodes() const { return n_ + m_; }
    std::int64_t& potential(std::size_t v) { return potential_[v]; }

    // Reduced costs (≥ 0 on every edge throughout), or `unreached` for no
    // edge: a row's k-th cell by its number, a column's by its place.
    std::int64_t take_reduced(std::size_t i, std::size_t k) const {
        return take_[k] == unreached ? unreached
                                     : take_[k] + potential_[i] - potential_[n_ + cells_.column[k]];
    }
    std::int64_t give_reduced(std::size_t j, std::size_t p) const {
        return give_[p] == unreached ? unreached
                                     : give_[p] + potential_[n_ + j] - potential_[column_row_[p]];
    }
    // The same for cell k, from the cell (either construction).
    std::int64_t give_reduced_cell(std::size_t k) const {
        const std::int64_t give = give_cost(k);
        return give == unreached
                   ? unreached
                   : give + potential_[n_ + cells_.column[k]] - potential_[cell_row_[k]];
    }

    // Node v's edges: (next node, cell, reduced cost) for each.
    template <class Visit> void edges(std::size_t v, Visit&& visit) const {
        if (v < n_) {
            for (std::size_t k = cells_.row_start[v]; k < cells_.row_start[v + 1]; ++k)
                if (take_[k] != unreached)
                    visit(n_ + cells_.column[k], k, take_reduced(v, k));
        } else {
            const std::size_t j = v - n_;
            for (std::size_t p = column_start_[j]; p < column_start_[j + 1]; ++p)
                if (give_[p] != unreached)
                    visit(column_row_[p], column_cell_[p], give_reduced(j, p));
        }
    }

    // Flips cell k on the way from node `from` (its row: it takes a unit;
    // its column: it gives one back); returns the node reached.
    std::size_t flip(std::size_t from, std::size_t k) {
        std::size_t to;
        if (from < n_) {
            ++t_.taken[k];
            to = n_ + cells_.column[k];
        } else {
            --t_.taken[k];
            to = cell_row_[k];
        }
        refresh(k);
        return to;
    }

    // A cell's cost (grains) to take its next unit or to give its last one
    // back, or `unreached`.
    std::int64_t take_cost(std::size_t k) const { return take_[k]; }
    std::int64_t give_cost(std::size_t k) const {
        // From the cell itself (no scattered read of give_ by place).
        const std::int64_t taken = t_.taken[k];
        return taken > 0 ? -step_grains(t_.want[k], taken - 1) : unreached;
    }

    // Rows' potentials that keep every reduced cost ≥ 0, given the
    // columns': each row at the least that its taken cells allow (one
    // exists when no path through the row has negative reduced cost).
    void fit_row_potentials() {
        for (std::size_t i = 0; i < n_; ++i) {
            std::int64_t give_bound = unreached;
            std::int64_t take_bound = std::numeric_limits<std::int64_t>::min();
            for (std::size_t k = cells_.row_start[i]; k < cells_.row_start[i + 1]; ++k) {
                const std::int64_t column = potential_[n_ + cells_.column[k]];
                if (give_cost(k) != unreached)
                    give_bound = std::min(give_bound, give_cost(k) + column);
                if (take_[k] != unreached)
                    take_bound = std::max(take_bound, column - take_[k]);
            }
            potential_[i] = give_bound != unreached                                  ? give_bound
                            : take_bound != std::numeric_limits<std::int64_t>::min() ? take_bound
                                                                                     : 0;
        }
    }

    std::size_t row_of(std::size_t k) const { return cell_row_[k]; }
    std::size_t column_node_of(std::size_t k) const { return n_ + cells_.column[k]; }

private:
    void refresh(std::size_t k) {
        const std::int64_t taken = t_.taken[k];
        take_[k] = taken < t_.room[k] ? step_grains(t_.want[k], taken) : unreached;
        if (in_columns_)
            give_[place_[k]] = give_cost(k);
    }

    Rounding& t_;
    const Bipartite& cells_;
    std::size_t n_;
    std::size_t m_;
    const std::vector<std::size_t>& column_start_;
    const std::vector<std::size_t>& column_cell_;
    const std::vector<std::size_t>& cell_row_;
    std::vector<std::int64_t> potential_;
    std::vector<std::int64_t> take_;      // by cell
    std::vector<std::size_t> place_;      // each cell's place in column order
    std::vector<std::int64_t> give_;      // by place in column order
    std::vector<std::size_t> column_row_; // by place in column order
    bool in_columns_;                     // place_, give_ and column_row_ kept
};

// Among the closest tables, the first in the user's reading order to have a
// cell higher. Two closest tables differ by cycles of cell flips of cost 0,
// and with potentials that leave every reduced cost ≥ 0 (any optimal ones
// serve every closest table) such a cycle uses only edges of reduced cost
// 0 ("tight" cells). A closest table is the first in reading order iff no
// such cycle raises its earliest cell: go through the cells in reading
// order, raise each (while it can) along a tight cycle through cells not
// yet settled, then settle it. Only tight cells on some undirected cycle of
// tight cells can be raised (a bridge lies on no cycle), so for tables
// without ties there is nothing to search. A search that fails marks what
// it reached as unable to reach its target, which stays true until a cycle
// is flipped or the target changes: at most one full search per user row
// and flip.
void first_in_reading_order(Rounding& table, Residual& graph) {
    const Bipartite& cells = table.cells;
    const std::size_t n = cells.rows;
    const std::size_t count = cells.cells();
    const std::size_t nodes = graph.nodes();
    std::vector<bool> tight(count, false);
    std::size_t tight_count = 0;
    for (std::size_t k = 0; k < count; ++k) {
        tight[k] = graph.take_reduced(graph.row_of(k), k) == 0 || graph.give_reduced_cell(k) == 0;
        tight_count += tight[k] ? 1 : 0;
    }
    if (tight_count < 2)
        return;
    {
        // Most tables have no ties: the tight cells form a forest. A
        // union-find finds a cycle, if any, before anything is built.
        std::vector<std::size_t> parent(nodes);
        for (std::size_t v = 0; v < nodes; ++v)
            parent[v] = v;
        const auto find = [&](std::size_t v) {
            while (parent[v] != v)
                v = parent[v] = parent[parent[v]];
            return v;
        };
        bool cycle = false;
        for (std::size_t k = 0; k < count && !cycle; ++k)
            if (tight[k]) {
                const std::size_t a = find(graph.row_of(k));
                const std::size_t b = find(graph.column_node_of(k));
                cycle = a == b;
                parent[a] = b;
            }
        if (!cycle)
            return;
    }
    // Bridges of the undirected graph of tight cells (Tarjan 1974),
    // iteratively.
    std::vector<std::vector<std::size_t>> incident(nodes);
    for (std::size_t k = 0; k < count; ++k)
        if (tight[k]) {
            incident[graph.row_of(k)].push_back(k);
            incident[graph.column_node_of(k)].push_back(k);
        }
    const auto other = [&](std::size_t v, std::size_t k) {
        return v < n ? graph.column_node_of(k) : graph.row_of(k);
    };
    std::vector<std::size_t> order(nodes, none);
    std::vector<std::size_t> low(nodes, 0);
    std::vector<bool> on_cycle(count, false);
    struct Frame {
        std::size_t node;
        std::size_t parent_cell;
        std::size_t next;
    };
    std::vector<Frame> stack;
    std::size_t clock = 0;
    for (std::size_t root = 0; root < nodes; ++root) {
        if (order[root] != none || incident[root].empty())
            continue;
        order[root] = low[root] = clock++;
        stack.push_back({root, none, 0});
        while (!stack.empty()) {
            Frame& f = stack.back();
            if (f.next < incident[f.node].size()) {
                const std::size_t k = incident[f.node][f.next++];
                if (k == f.parent_cell)
                    continue;
                const std::size_t w = other(f.node, k);
                if (order[w] == none) {
                    order[w] = low[w] = clock++;
                    stack.push_back({w, k, 0});
                } else { // a back edge: on a cycle
                    low[f.node] = std::min(low[f.node], order[w]);
                    on_cycle[k] = true;
                }
                continue;
            }
            const Frame done = f;
            stack.pop_back();
            if (!stack.empty()) {
                const std::size_t parent = stack.back().node;
                low[parent] = std::min(low[parent], low[done.node]);
                if (low[done.node] <= order[parent])
                    on_cycle[done.parent_cell] = true; // not a bridge
            }
        }
    }
    std::size_t cyclic = 0;
    for (std::size_t k = 0; k < count; ++k)
        cyclic += on_cycle[k] ? 1 : 0;
    if (cyclic == 0)
        return;

    // The cells that may still change: tight, on a cycle, not settled.
    std::vector<bool> open(count, false);
    for (std::size_t k = 0; k < count; ++k)
        open[k] = on_cycle[k];
    // Cell k's edge out of node v in a search that goes forward (from the
    // column of a cell to its row) or backward (the reversed edges, from its
    // row to its column), if open and tight.
    const auto usable_forward = [&](std::size_t v, std::size_t k) {
        if (v < n)
            return graph.take_reduced(v, k) == 0;
        return graph.give_reduced_cell(k) == 0;
    };
    const auto usable_backward = [&](std::size_t v, std::size_t k) {
        // Reversed: at a row, the edges into it (its cells giving back);
        // at a column, the edges into it (its cells taking).
        if (v < n)
            return graph.give_reduced_cell(k) == 0;
        return graph.take_reduced(graph.row_of(k), k) == 0;
    };
    std::vector<bool> dead(nodes, false);
    std::vector<std::size_t> dead_list;
    std::vector<std::size_t> seen_list;
    std::vector<bool> seen(nodes, false);
    std::vector<std::size_t> via(nodes, none);
    std::vector<std::size_t> queue;
    std::size_t memo_target = none;
    const auto forget = [&] {
        for (std::size_t v : dead_list)
            dead[v] = false;
        dead_list.clear();
    };
    const std::size_t reading_count = table.reading.empty() ? count : table.reading.size();
    for (std::size_t r = 0; r < reading_count; ++r) {
        const std::size_t k = table.reading.empty() ? r : table.reading[r];
        if (!open[k])
            continue;
        open[k] = false; // settled once decided; not part of its own cycle
        const std::size_t row = graph.row_of(k);
        const std::size_t column = graph.column_node_of(k);
        // The cycle takes a unit in k (row → column) and returns from the
        // column to the row. The user's row is the search's fixed end, so
        // that failures can be remembered: forward from the column to the
        // row, or (transposed) backward from the row to the column.
        const bool forward = !table.transposed;
        const std::size_t start = forward ? column : row;
        const std::size_t target = forward ? row : column;
        if (target != memo_target) {
            forget();
            memo_target = target;
        }
        while (graph.take_reduced(row, k) == 0) {
            // Breadth first over open tight cells, skipping dead nodes.
            seen_list.clear();
            queue.clear();
            queue.push_back(start);
            seen[start] = true;
            seen_list.push_back(start);
            bool found = false;
            for (std::size_t q = 0; q < queue.size() && !found; ++q) {
                const std::size_t v = queue[q];
                for (std::size_t e : incident[v]) {
                    if (!open[e])
                        continue;
                    if (!(forward ? usable_forward(v, e) : usable_backward(v, e)))
                        continue;
                    const std::size_t w = other(v, e);
                    if (seen[w] || dead[w])
                        continue;
                    seen[w] = true;
                    seen_list.push_back(w);
                    via[w] = e;
                    if (w == target) {
                        found = true;
                        break;
                    }
                    queue.push_back(w);
                }
            }
            if (!found) {
                for (std::size_t v : seen_list) {
                    seen[v] = false;
                    dead[v] = true;
                    dead_list.push_back(v);
                }
                break;
            }
            // Flip the cycle: k, then the path from the column to the row.
            std::vector<std::pair<std::size_t, std::size_t>> path; // (from, cell)
            for (std::size_t v = target; v != start;) {
                const std::size_t e = via[v];
                const std::size_t u = other(v, e);
                path.emplace_back(forward ? u : v, e);
                v = u;
            }
            for (std::size_t v : seen_list)
                seen[v] = false;
            graph.flip(row, k);
            for (const auto& [from, e] : path)
                graph.flip(from, e);
            forget();
        }
    }
}

// The repair for a table with room 1 per cell: every path
// alternates column → row → column, and a row's potential cancels out of a
// step column c → row i → column c' (reduced cost: give(i, c) + take(i, c')
// + π(c) − π(c')). So the search runs on the columns alone, over the
// cheapest step between each two columns, M(c, c') = min over rows of
// give(i, c) + take(i, c') (ties to the earlier row), kept up to date as
// rows change: shortest paths with column potentials (a whole Dijkstra
// search on m nodes in O(m²)), its tree then carrying units to each short
// column while the path stays of reduced cost 0 (each move changes some
// steps; the first move always can). Room 1 per cell matters: a path
// then never takes and gives back the same cell. Afterwards each row gets
// a potential that keeps all its reduced costs ≥ 0 (possible because no
// step has negative reduced cost), for the ties.
bool repair_by_columns(Rounding& table, Residual& graph) {
    const Bipartite& cells = table.cells;
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    std::vector<std::int64_t>& excess = table.excess;
    constexpr std::int64_t far = unreached;
    // The cell at (row, column), or none.
    std::vector<std::size_t> at(n * m, none);
    // Give and take costs by column, then row, as doubles (whole numbers
    // of grains below 2^42: exact) so that the minimum over the rows is a
    // tight loop; `never` where there is no such edge.
    constexpr double never = 1e300;
    std::vector<double> give(m * n, never);
    std::vector<double> take(m * n, never);
    std::vector<std::int64_t> step(m * m, far);
    std::vector<std::size_t> via(m * m, none);
    // M(c, d) and its row from scratch.
    const auto recompute = [&](std::size_t c, std::size_t d) {
        const std::size_t pair = c * m + d;
        step[pair] = far;
        via[pair] = none;
        if (c == d)
            return;
        const double* g = give.data() + c * n;
        const double* t = take.data() + d * n;
        // Four running minimums with their rows (independent chains; no
        // NaN in sight), the earliest row on a tie.
        double best[4] = {never, never, never, never};
        std::size_t row[4] = {none, none, none, none};
        std::size_t i = 0;
        for (; i + 4 <= n; i += 4)
            for (std::size_t lane = 0; lane < 4; ++lane) {
                const double value = g[i + lane] + t[i + lane];
                if (value < best[lane]) {
                    best[lane] = value;
                    row[lane] = i + lane;
                }
            }
        for (; i < n; ++i)
            if (g[i] + t[i] < best[0] || (g[i] + t[i] == best[0] && i < row[0])) {
                best[0] = g[i] + t[i];
                row[0] = i;
            }
        for (std::size_t lane = 1; lane < 4; ++lane)
            if (best[lane] < best[0] || (best[lane] == best[0] && row[lane] < row[0])) {
                best[0] = best[lane];
                row[0] = row[lane];
            }
        if (!(best[0] < never))
            return;
        step[pair] = static_cast<std::int64_t>(best[0]);
        via[pair] = row[0];
    };
    std::vector<bool> stale(m * m, false); // to be recomputed
    std::vector<std::size_t> stale_pairs;
    // Pairs (c, ·) of row i's cell k if it gives, (·, c) if it takes,
    // lowered where row i's step is cheaper (ties to the earlier row).
    const auto lower = [&](std::size_t pair, std::int64_t value, std::size_t i) {
        if (value < step[pair] || (value == step[pair] && i < via[pair])) {
            step[pair] = value;
            via[pair] = i;
        }
    };
    const auto offer = [&](std::size_t i, std::size_t k) {
        const std::size_t c = cells.column[k];
        const std::int64_t g = graph.give_cost(k);
        const std::int64_t t = graph.take_cost(k);
        for (std::size_t l = cells.row_start[i]; l < cells.row_start[i + 1]; ++l) {
            const std::size_t d = cells.column[l];
            if (d == c)
                continue;
            if (g != unreached && graph.take_cost(l) != unreached && !stale[c * m + d])
                lower(c * m + d, g + graph.take_cost(l), i);
            if (t != unreached && graph.give_cost(l) != unreached && !stale[d * m + c])
                lower(d * m + c, graph.give_cost(l) + t, i);
        }
    };
    // Every row's cells and steps, rows in order (so the first cheapest row
    // stays).
    std::vector<std::size_t> taking_column;
    std::vector<std::int64_t> taking_cost;
    for (std::size_t i = 0; i < n; ++i) {
        taking_column.clear();
        taking_cost.clear();
        for (std::size_t l = cells.row_start[i]; l < cells.row_start[i + 1]; ++l) {
            const std::size_t c = cells.column[l];
            at[i * m + c] = l;
            const std::int64_t t = graph.take_cost(l);
            const std::int64_t g = graph.give_cost(l);
            give[c * n + i] = g == unreached ? never : static_cast<double>(g);
            take[c * n + i] = t == unreached ? never : static_cast<double>(t);
            if (t != unreached) {
                taking_column.push_back(c);
                taking_cost.push_back(t);
            }
        }
        for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k) {
            const std::int64_t g = graph.give_cost(k);
            if (g == unreached)
                continue;
            // Room 1: a giving cell does not take, so d ≠ c.
            std::int64_t* row_of_steps = step.data() + cells.column[k] * m;
            std::size_t* row_of_via = via.data() + cells.column[k] * m;
            for (std::size_t t = 0; t < taking_column.size(); ++t) {
                const std::int64_t value = g + taking_cost[t];
                if (value < row_of_steps[taking_column[t]]) {
                    row_of_steps[taking_column[t]] = value;
                    row_of_via[taking_column[t]] = i;
                }
            }
        }
    }

    std::vector<std::int64_t> potential(m, 0);
    std::vector<std::int64_t> distance(m);
    std::vector<std::int64_t> key(m); // the distance until settled, then `far`
    std::vector<std::size_t> previous(m);
    std::vector<char> done(m);
    std::vector<std::pair<std::size_t, std::size_t>> flipped; // (row, cell)
    std::vector<std::size_t> shorts;
    while (true) {
        bool any_over = false;
        for (std::size_t j = 0; j < m; ++j) {
            distance[j] = key[j] = excess[j] > 0 ? 0 : far;
            any_over = any_over || excess[j] > 0;
            previous[j] = none;
            done[j] = 0;
        }
        if (!any_over)
            break;
        // The whole search (every column it reaches), the short columns in
        // the order reached.
        shorts.clear();
        std::int64_t reached = 0;
        while (true) {
            std::size_t u = 0;
            for (std::size_t j = 1; j < m; ++j)
                if (key[j] < key[u])
                    u = j;
            if (key[u] == far)
                break;
            done[u] = 1;
            key[u] = far;
            reached = distance[u];
            if (excess[u] < 0)
                shorts.push_back(u);
            const std::int64_t* steps = step.data() + u * m;
            const std::int64_t from = potential[u];
            for (std::size_t v = 0; v < m; ++v) {
                if (done[v] || steps[v] == far)
                    continue;
                const std::int64_t through =
                    distance[u] + std::max<std::int64_t>(0, steps[v] + from - potential[v]);
                if (through < distance[v]) {
                    distance[v] = key[v] = through;
                    previous[v] = u;
                }
            }
        }
        if (shorts.empty())
            return false;
        for (std::size_t j = 0; j < m; ++j)
            if (done[j])
                potential[j] += distance[j] - reached;
        // Every path of the search's tree now has reduced cost 0: units move
        // along each to a short column while it still has (each move
        // changes some steps); the first one always can.
        for (const std::size_t target : shorts) {
            while (excess[target] < 0) {
                std::size_t v = target;
                bool tight = true;
                while (tight && previous[v] != none) {
                    const std::size_t u = previous[v];
                    const std::int64_t cost = step[u * m + v];
                    tight = cost != far && cost + potential[u] - potential[v] == 0;
                    v = u;
                }
                if (!tight || excess[v] <= 0)
                    break;
                // Flip the cells along the path, back to its column with
                // units too many.
                v = target;
                flipped.clear();
                while (previous[v] != none) {
                    const std::size_t u = previous[v];
                    const std::size_t i = via[u * m + v];
                    graph.flip(n + u, at[i * m + u]);
                    graph.flip(i, at[i * m + v]);
                    flipped.emplace_back(i, at[i * m + u]);
                    flipped.emplace_back(i, at[i * m + v]);
                    v = u;
                }
                ++excess[target];
                --excess[v];
                // Only the steps of a row through a flipped cell change: those
                // whose cheapest row it was are recomputed, the others lowered
                // where it is now cheaper.
                for (const auto& [i, k] : flipped) {
                    const std::size_t c = cells.column[k];
                    give[c * n + i] = graph.give_cost(k) == unreached
                                          ? never
                                          : static_cast<double>(graph.give_cost(k));
                    take[c * n + i] = graph.take_cost(k) == unreached
                                          ? never
                                          : static_cast<double>(graph.take_cost(k));
                    for (std::size_t d = 0; d < m; ++d)
                        for (const std::size_t pair : {c * m + d, d * m + c})
                            if (via[pair] == i && !stale[pair]) {
                                stale[pair] = true;
                                stale_pairs.push_back(pair);
                            }
                }
                for (const auto& [i, k] : flipped)
                    offer(i, k);
                for (std::size_t pair : stale_pairs) {
                    recompute(pair / m, pair % m);
                    stale[pair] = false;
                }
                stale_pairs.clear();
            }
        }
    }
    for (std::size_t j = 0; j < m; ++j)
        graph.potential(n + j) = potential[j];
    graph.fit_row_potentials();
    return true;
}

} // namespace

bool closest_repair(Rounding& table, Repair repair) {
    const std::size_t m = table.cells.columns;
    std::vector<std::int64_t>& excess = table.excess;
    const bool room_one =
        std::all_of(table.room.begin(), table.room.end(), [](std::int64_t r) { return r <= 1; });
    // The columns alone whenever they can (the shorter side: the caller
    // transposes a wide table): measured several times faster at every
    // shape tried (2,000 × 12, 200 × 52, 1,000 × 100, and even 100 × 100
    // and 300 × 300, about twice); rows and columns for the widened
    // fallback (room 2).
    if (repair == Repair::automatic || !room_one)
        repair = room_one ? Repair::by_columns : Repair::by_nodes;
    Residual graph(table, repair == Repair::by_columns);
    const std::size_t n = graph.rows();
    const std::size_t nodes = graph.nodes();
    if (repair == Repair::by_columns) {
        if (!repair_by_columns(table, graph))
            return false;
        first_in_reading_order(table, graph);
        return true;
    }
    std::vector<std::int64_t> distance(nodes, unreached);
    std::vector<std::size_t> touched;
    std::vector<bool> done(nodes, false);
    using Label = std::pair<std::int64_t, std::size_t>;
    std::vector<Label> heap;
    // Depth-first state of a phase.
    std::vector<std::size_t> cursor(nodes, 0);
    std::vector<bool> dead(nodes, false);
    std::vector<bool> on_path(nodes, false);
    std::vector<std::pair<std::size_t, std::size_t>> path; // (node, cell that left it)
    // A node's k-th edge for the cursor: rows by cell, columns by place.
    const auto& row_start = table.cells.row_start;
    const auto& column_start = table.by_column.column_start;
    const auto& column_cell = table.by_column.cell;
    const auto& column_of = table.cells.column;
    while (true) {
        std::size_t short_columns = 0;
        bool any_over = false;
        heap.clear();
        for (std::size_t j = 0; j < m; ++j) {
            if (excess[j] < 0)
                ++short_columns;
            if (excess[j] > 0) {
                any_over = true;
                distance[n + j] = 0;
                touched.push_back(n + j);
                heap.emplace_back(0, n + j);
            }
        }
        if (!any_over)
            break;
        std::make_heap(heap.begin(), heap.end(), std::greater<>{});
        std::int64_t reached = 0;
        std::size_t short_reached = 0;
        while (!heap.empty() && short_reached < short_columns) {
            std::pop_heap(heap.begin(), heap.end(), std::greater<>{});
            // Not a structured binding: the lambda below uses them (clang 14).
            const std::int64_t d = heap.back().first;
            const std::size_t u = heap.back().second;
            heap.pop_back();
            if (done[u] || d != distance[u])
                continue;
            done[u] = true;
            reached = d;
            if (u >= n && excess[u - n] < 0)
                ++short_reached;
            graph.edges(u, [&](std::size_t v, std::size_t, std::int64_t reduced) {
                if (done[v])
                    return;
                const std::int64_t through = d + std::max<std::int64_t>(reduced, 0);
                if (through < distance[v]) {
                    if (distance[v] == unreached)
                        touched.push_back(v);
                    distance[v] = through;
                    heap.emplace_back(through, v);
                    std::push_heap(heap.begin(), heap.end(), std::greater<>{});
                }
            });
        }
        if (short_reached == 0)
            return false;
        for (std::size_t v : touched) {
            if (distance[v] < reached)
                graph.potential(v) += distance[v] - reached;
            distance[v] = unreached;
            done[v] = false;
        }
        touched.clear();

        // Move units along paths of reduced cost 0, depth first from each
        // column with units too many, in order; a node from which no such
        // path was found is not tried again this phase.
        std::vector<std::size_t> visited;
        for (std::size_t j = 0; j < m; ++j) {
            const std::size_t source = n + j;
            while (excess[j] > 0 && !dead[source]) {
                path.clear();
                std::size_t u = source;
                on_path[u] = true;
                visited.push_back(u);
                std::size_t target = none;
                while (true) {
                    if (u >= n && u != source && excess[u - n] < 0) {
                        target = u;
                        break;
                    }
                    // The next usable edge at u's cursor.
                    std::size_t next = none;
                    std::size_t cell = none;
                    if (u < n) {
                        const std::size_t end = row_start[u + 1] - row_start[u];
                        for (; cursor[u] < end; ++cursor[u]) {
                            const std::size_t k = row_start[u] + cursor[u];
                            const std::size_t v = n + column_of[k];
                            if (!dead[v] && !on_path[v] && graph.take_reduced(u, k) == 0) {
                                next = v;
                                cell = k;
                                break;
                            }
                        }
                    } else {
                        const std::size_t c = u - n;
                        const std::size_t end = column_start[c + 1] - column_start[c];
                        for (; cursor[u] < end; ++cursor[u]) {
                            const std::size_t p = column_start[c] + cursor[u];
                            const std::size_t k = column_cell[p];
                            const std::size_t v = graph.row_of(k);
                            if (!dead[v] && !on_path[v] && graph.give_reduced(c, p) == 0) {
                                next = v;
                                cell = k;
                                break;
                            }
                        }
                    }
                    if (next == none) {
                        dead[u] = true;
                        on_path[u] = false;
                        if (path.empty())
                            break;
                        u = path.back().first;
                        path.pop_back();
                        ++cursor[u];
                        continue;
                    }
                    path.emplace_back(u, cell);
                    on_path[next] = true;
                    visited.push_back(next);
                    u = next;
                }
                if (target == none)
                    break;
                for (const auto& [from, k] : path) {
                    on_path[from] = false;
                    graph.flip(from, k);
                }
                on_path[target] = false;
                ++excess[target - n];
                --excess[j];
            }
        }
        for (std::size_t v : visited) {
            cursor[v] = 0;
            dead[v] = false;
            on_path[v] = false;
        }
    }
    first_in_reading_order(table, graph);
    return true;
}

} // namespace allot::detail
