// Network flows on the bipartite graph of a two-way table (rows × columns,
// an edge for every cell where the seed is positive), for ALLOT.MATRIX:
// the transportation feasibility check, the cells that can be positive at
// all, and controlled rounding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace allot::detail {

// The cells of a table where the seed is positive, in reading order: the
// cells of row i are row_start[i] .. row_start[i+1], each with its column.
struct Bipartite {
    std::size_t rows = 0;
    std::size_t columns = 0;
    std::vector<std::size_t> row_start; // rows + 1 entries
    std::vector<std::size_t> column;    // one per cell
    std::size_t cells() const { return column.size(); }
};

// A maximum flow from the rows (supply row_totals) through the cells
// (unbounded) to the columns (demand column_totals): Dinic's algorithm
// (Dinic 1970), deterministic edge order. Residual capacities at or below
// `tiny` count as zero (0.5 for whole units).
struct Transport {
    long double flow = 0;
    std::vector<long double> cell_flow; // one per cell
    // The minimum cut seen from each side: rows still reachable from the
    // source, and columns that still reach the sink, in the residual graph.
    // When the flow falls short, the reachable rows need more than all the
    // columns they have cells in can take (Hall's condition), and the
    // columns that reach the sink need more than their rows can give.
    std::vector<bool> row_source_side;
    std::vector<bool> column_sink_side;
};
Transport max_transport(const Bipartite& cells, std::span<const long double> row_totals,
                        std::span<const long double> column_totals, long double tiny);

// Given a saturating flow, the cells that are positive in some table with
// these margins and this zero pattern: those whose row and column are in the
// same strongly connected component of the residual graph (a positive cell
// can only grow along a residual cycle through it). The others are 0 in
// every such table. Tarjan's algorithm (1972), iterative.
std::vector<bool> free_cells(const Bipartite& cells, std::span<const long double> cell_flow,
                             long double tiny);

// Controlled rounding (Bacharach 1966; Cox & Ernst 1982): every cell of
// `fit` (in units) goes to an integer such that each row adds up to
// row_totals and each column to column_totals exactly. Plain: each cell
// rounds down or up (a cell that is already whole stays). Widened (a
// fallback for a fit whose margins are off by floating-point drift): each
// cell may take any whole value within one unit of round(fit). Of all such
// roundings, one closest to the fit: least Σ|rounded − fit| (a minimum-cost
// flow). Rows first take their largest fractions (largest remainder, ties
// to the earlier column); then each unit too many in a column moves along
// a cheapest path of cell flips (successive shortest paths) to a column
// short of units. Ties go to fewer flips, then to earlier cells.
// Deterministic. A table wider than tall is rounded transposed; above
// 100,000 cells the repair takes the path of fewest flips instead (not
// always the closest rounding, but linear work per unit). False if no such
// rounding exists.
bool controlled_rounding(const Bipartite& cells, std::span<const long double> fit,
                         std::span<const std::int64_t> row_totals,
                         std::span<const std::int64_t> column_totals, bool widened,
                         std::vector<std::int64_t>& rounded);

} // namespace allot::detail
