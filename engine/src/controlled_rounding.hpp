// Controlled rounding of a two-way table for ALLOT.MATRIX (Bacharach 1966;
// Cox & Ernst 1982): every cell to a whole number of units such that each
// row and each column adds up to its total exactly.
#pragma once

#include "bipartite.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace allot::detail {

// Every cell of `fit` (in units) goes to an integer such that each row adds
// up to row_totals and each column to column_totals exactly. Plain: each
// cell rounds down or up (a cell that is already whole stays). Widened (a
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
