// The transportation problem of a two-way table, for ALLOT.MATRIX: can the
// rows' totals reach the columns' totals through the cells where the seed
// is positive, and which cells can be positive in a table with those
// margins at all.
#pragma once

#include "bipartite.hpp"

#include <span>
#include <vector>

namespace allot::detail {

// A maximum flow from the rows (supply row_totals) through the cells
// (unbounded) to the columns (demand column_totals), by Dinic's algorithm
// (flow_network.hpp). Residual capacities at or below `tiny` count as zero
// (0.5 for whole units).
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
// every such table.
std::vector<bool> free_cells(const Bipartite& cells, std::span<const long double> cell_flow,
                             long double tiny);

} // namespace allot::detail
