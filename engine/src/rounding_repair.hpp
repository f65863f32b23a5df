// The second half of controlled rounding (controlled_rounding.cpp): once
// every row adds up, the units too many in some columns move, one at a time
// along a path of cell flips, to columns short of units. Two ways: the
// closest (a minimum-cost flow) and, for the biggest tables, the fewest
// flips.
#pragma once

#include "bipartite.hpp"

#include <cmath>
#include <cstdint>
#include <vector>

namespace allot::detail {

// The closest rounding compares the fit in grains of 2^-40 of a unit
// (about 9.1e-13): a cell's fit above its base, `fraction`, counts as
// grains(fraction) grains, the nearest whole number of them. Distances are
// then exact integers, and fits closer than the fit's own accuracy are
// equal, so ties are ties and not binary noise.
constexpr std::int64_t grain_scale = std::int64_t{1} << 40;

inline std::int64_t grains(long double fraction) {
    // fraction ≥ 0 here: adding a half and truncating rounds to nearest
    // (halves up). Through a double (a fraction below 4 keeps 51 bits,
    // far finer than a grain): much faster than a long double conversion.
    return static_cast<std::int64_t>(
        static_cast<double>(fraction) * static_cast<double>(grain_scale) + 0.5);
}

// How much |value − fit| changes, in grains, when a cell takes its unit
// number t (0-based) above its base, the fit being `want` grains above the
// base: +1 unit when t ≥ fit, −1 unit when t + 1 ≤ fit, between the two
// 1 − 2·(fit − t). A cell's steps never decrease (|value − fit| is convex),
// so its units are taken in order.
inline std::int64_t step_grains(std::int64_t want, std::int64_t t) {
    const std::int64_t low = t * grain_scale - want;
    const std::int64_t high = low + grain_scale;
    return (high < 0 ? -high : high) - (low < 0 ? -low : low);
}

// A table being rounded: each cell is base + taken, taken from 0 to room;
// `fraction` is the fit above the base (how much the cell wants its next
// unit; filled for the fewest-flips repair only) and `want` the same in
// grains; excess[j] is how many units column j
// has above its total. `reading` lists the cells in the user's reading
// order (empty: the cells' own order), and `transposed` says the user's
// rows are this table's columns.
struct Rounding {
    const Bipartite& cells;
    const ColumnIndex& by_column;
    std::vector<std::int64_t> base;
    std::vector<std::int64_t> room;
    std::vector<long double> fraction;
    std::vector<std::int64_t> want;
    std::vector<std::int64_t> taken;
    std::vector<std::int64_t> excess;
    std::vector<std::size_t> reading;
    bool transposed = false;
};

// Moves every unit too many to a column short of one along cheapest paths
// (the rows' start must be the cheapest in every row, in grains): the
// result is the closest rounding (least Σ|result − fit| in grains) with
// these margins, and of the equally close ones the first in the user's
// reading order to have a cell higher (ties to the earlier row, then the
// earlier column). False if some unit cannot move.
// The search runs on the columns alone (room 1 per cell only; `automatic`
// takes it whenever it can) or on rows and columns; either way each
// Dijkstra search moves as many units as its shortest paths carry. Both
// give the same table.
enum class Repair { automatic, by_nodes, by_columns };
bool closest_repair(Rounding& table, Repair repair = Repair::automatic);

// The same along the paths of fewest flips: linear work per unit, not
// always the closest rounding.
bool fewest_flips(Rounding& table);

} // namespace allot::detail
