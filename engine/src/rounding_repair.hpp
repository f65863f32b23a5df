// The second half of controlled rounding (controlled_rounding.cpp): once
// every row adds up, the units too many in some columns move, one at a time
// along a path of cell flips, to columns short of units. Two ways: the
// closest (a minimum-cost flow) and, for the biggest tables, the fewest
// flips.
#pragma once

#include "bipartite.hpp"

#include <cstdint>
#include <vector>

namespace allot::detail {

// A table being rounded: each cell is base + taken, taken from 0 to room;
// `fraction` is the fit above the base (how much the cell wants its next
// unit); excess[j] is how many units column j has above its total.
struct Rounding {
    const Bipartite& cells;
    const ColumnIndex& by_column;
    std::vector<std::int64_t> base;
    std::vector<std::int64_t> room;
    std::vector<long double> fraction;
    std::vector<std::int64_t> taken;
    std::vector<std::int64_t> excess;
};

// Moves every unit too many to a column short of one, each along a
// cheapest path: the result is the closest rounding (least Σ|result − fit|)
// with these margins. False if some unit cannot move.
bool closest_repair(Rounding& table);

// The same along the paths of fewest flips: linear work per unit, not
// always the closest rounding.
bool fewest_flips(Rounding& table);

} // namespace allot::detail
