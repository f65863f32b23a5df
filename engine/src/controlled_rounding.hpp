// Controlled rounding of a two-way table for ALLOT.MATRIX (Bacharach 1966;
// Cox & Ernst 1982): every cell to a whole number of units such that each
// row and each column adds up to its total exactly.
#pragma once

#include "bipartite.hpp"
#include "rounding_repair.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace allot::detail {

// Every cell of `fit` (in units) goes to an integer such that each row adds
// up to row_totals and each column to column_totals exactly. Plain: each
// cell rounds down or up (a cell that is already whole stays). Widened (a
// fallback for a fit whose margins are off by floating-point drift): each
// cell may take any whole value within one unit of round(fit). Of all such
// roundings, one closest to the fit: least Σ|rounded − fit|, the fit's
// fractions counted in grains of 2^-40 of a unit (rounding_repair.hpp), so
// that fits closer than that are equal; of the equally close ones, the one
// whose first differing cell in reading order is higher (ties to the
// earlier row, then the earlier column). Rows first take their largest
// fractions; then units too many in some columns move along cheapest paths
// of cell flips (a minimum-cost flow) to columns short of units. A table
// wider than tall is rounded transposed (ties still in the caller's reading
// order); above 100,000 cells the repair takes the paths of fewest flips
// instead (not always the closest rounding, and ties as those paths meet
// them, but linear work per unit). False if no such rounding exists.
bool controlled_rounding(const Bipartite& cells, std::span<const long double> fit,
                         std::span<const std::int64_t> row_totals,
                         std::span<const std::int64_t> column_totals, bool widened,
                         std::vector<std::int64_t>& rounded, Repair repair = Repair::automatic);

} // namespace allot::detail
