// Controlled rounding in two halves: every row first takes the units it
// lacks at its largest fractions (each row on its own is then as close to
// the fit as it can be); then the repair (rounding_repair.hpp) moves the
// units too many in some columns to the columns short of them.
#include "controlled_rounding.hpp"

#include "rounding_repair.hpp"

#include <algorithm>
#include <cmath>

namespace allot::detail {

namespace {

// Above this many cells the repair takes the paths of fewest flips: the
// closest repair explores far more of the table per unit and would take
// seconds on the biggest tables.
constexpr std::size_t closest_limit = 100'000;

// The table with rows and columns swapped: its rows are the columns,
// their cells in reading order; `original` is each cell's number in `cells`.
Bipartite transposed(const Bipartite& cells, const ColumnIndex& by_column,
                     std::vector<std::size_t>& original) {
    Bipartite flipped;
    flipped.rows = cells.columns;
    flipped.columns = cells.rows;
    flipped.row_start = by_column.column_start;
    flipped.column.resize(cells.cells());
    original = by_column.cell;
    for (std::size_t f = 0; f < cells.cells(); ++f)
        flipped.column[f] = by_column.row[original[f]];
    return flipped;
}

// The rounding of a table whose rows are at least as many as its columns;
// `reading` and `transposed` as in Rounding.
bool round_tall(const Bipartite& cells, const ColumnIndex& by_column,
                std::span<const long double> fit, std::span<const std::int64_t> row_totals,
                std::span<const std::int64_t> column_totals, bool widened,
                std::vector<std::size_t> reading, bool transposed,
                std::vector<std::int64_t>& rounded, Repair repair) {
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::size_t count = cells.cells();
    Rounding table{cells, by_column, {}, {}, {}, {}, {}, {}, std::move(reading), transposed};
    table.base.resize(count);
    table.room.resize(count);
    table.want.resize(count);
    // The fractions themselves only for the fewest-flips repair.
    const bool fewest = count > closest_limit;
    if (fewest)
        table.fraction.resize(count);
    for (std::size_t k = 0; k < count; ++k) {
        const long double x = fit[k];
        if (!widened) {
            // The floor through a double (x ≥ 0), one down where the double
            // rounded up past x: much faster than floorl or a long double
            // conversion, and exact below 2^53 (MATRIX refuses more units;
            // floorl all the same beyond, where a double skips whole numbers).
            auto down = static_cast<std::int64_t>(static_cast<double>(x));
            if (static_cast<long double>(down) > x)
                --down;
            if (x >= 0x1p53L)
                down = static_cast<std::int64_t>(std::floor(x));
            table.base[k] = down;
            table.room[k] = x > static_cast<long double>(down) ? 1 : 0;
        } else {
            const auto nearest = static_cast<std::int64_t>(std::llround(x));
            table.base[k] = std::max<std::int64_t>(0, nearest - 1);
            table.room[k] = nearest + 1 - table.base[k];
        }
        const long double fraction = x - static_cast<long double>(table.base[k]);
        table.want[k] = grains(fraction);
        if (fewest)
            table.fraction[k] = fraction;
    }
    table.taken.assign(count, 0);

    // Rows: the units each row lacks go to its largest fractions in grains
    // (the cheapest units; a cell's second unit, when widened, wants it one
    // less than its first), ties to the earlier column.
    struct Unit {
        std::int64_t cost;
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
            lacking -= table.base[k];
            space += table.room[k];
            for (std::int64_t u = 0; u < table.room[k]; ++u)
                units.push_back({step_grains(table.want[k], u), k});
        }
        if (lacking < 0 || lacking > space)
            return false;
        const auto before = [](const Unit& a, const Unit& b) {
            return a.cost != b.cost ? a.cost < b.cost : a.cell < b.cell;
        };
        const auto lacking_end = units.begin() + static_cast<std::ptrdiff_t>(lacking);
        std::nth_element(units.begin(), lacking_end, units.end(), before);
        for (std::size_t u = 0; u < static_cast<std::size_t>(lacking); ++u)
            ++table.taken[units[u].cell];
    }

    table.excess.resize(m);
    for (std::size_t j = 0; j < m; ++j)
        table.excess[j] = -column_totals[j];
    for (std::size_t k = 0; k < count; ++k)
        table.excess[cells.column[k]] += table.base[k] + table.taken[k];

    if (!(count > closest_limit ? fewest_flips(table) : closest_repair(table, repair)))
        return false;
    rounded.resize(count);
    for (std::size_t k = 0; k < count; ++k)
        rounded[k] = table.base[k] + table.taken[k];
    return true;
}

} // namespace

bool controlled_rounding(const Bipartite& cells, std::span<const long double> fit,
                         std::span<const std::int64_t> row_totals,
                         std::span<const std::int64_t> column_totals, bool widened,
                         std::vector<std::int64_t>& rounded, Repair repair) {
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::size_t count = cells.cells();
    const ColumnIndex by_column = column_index(cells);
    if (m <= n)
        return round_tall(cells, by_column, fit, row_totals, column_totals, widened, {}, false,
                          rounded, repair);
    // Wider than tall: round the transposed table. The repair sends the
    // columns' surplus units, about √rows each, so the longer side should
    // be the rows'. Ties still go by the user's reading order.
    std::vector<std::size_t> original;
    const Bipartite flipped = transposed(cells, by_column, original);
    const ColumnIndex flipped_by_column = column_index(flipped);
    std::vector<long double> flipped_fit(count);
    std::vector<std::size_t> reading(count);
    for (std::size_t f = 0; f < count; ++f) {
        flipped_fit[f] = fit[original[f]];
        reading[original[f]] = f;
    }
    std::vector<std::int64_t> flipped_rounded;
    if (!round_tall(flipped, flipped_by_column, flipped_fit, column_totals, row_totals, widened,
                    std::move(reading), true, flipped_rounded, repair))
        return false;
    rounded.resize(count);
    for (std::size_t f = 0; f < count; ++f)
        rounded[original[f]] = flipped_rounded[f];
    return true;
}

} // namespace allot::detail
