// ALLOT.MATRIX's controlled rounding on its own: the fast closest repair
// (phases of one search, integer costs in grains of 2^-40 of a unit, ties
// to reading order) against the one it replaced (one unit per search,
// floating-point costs), kept as a reference: the same Σ|result − fit| on
// thousands of random fits; and against brute force on small tables: the
// least cost in grains and, of the tables with that cost, the first in
// reading order to have a cell higher.
#include "closest_repair_reference.hpp"
#include "controlled_rounding.hpp"
#include "rounding_repair.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

namespace {

using allot::detail::Bipartite;
using allot::detail::Repair;
using allot::testing::Random;
using allot::testing::rounds;

struct Fit {
    std::size_t n = 0;
    std::size_t m = 0;
    Bipartite cells;                // every cell, in reading order
    std::vector<std::size_t> place; // each support cell's place in the grid
    std::vector<long double> x;     // per support cell
    std::vector<std::int64_t> rows;
    std::vector<std::int64_t> columns;
};

// A random fit with whole margins: a whole table plus a perturbation whose
// rows and columns add up to 0 (double-centred). Some
// fits have few distinct fractions (ties everywhere), some are noisy.
Fit random_fit(Random& random, std::size_t max_side) {
    Fit f;
    f.n = static_cast<std::size_t>(random.integer(1, static_cast<std::int64_t>(max_side)));
    f.m = static_cast<std::size_t>(random.integer(1, static_cast<std::int64_t>(max_side)));
    const std::size_t n = f.n, m = f.m;
    const bool tied = random.chance(0.5);
    std::vector<long double> p(n * m, 0);
    for (std::size_t c = 0; c < n * m; ++c)
        p[c] = tied ? static_cast<long double>(random.integer(0, 3))
                    : static_cast<long double>(random.uniform(0, 1));
    std::vector<long double> row_mean(n, 0), column_mean(m, 0);
    long double mean = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < m; ++j) {
            row_mean[i] += p[i * m + j] / static_cast<long double>(m);
            column_mean[j] += p[i * m + j] / static_cast<long double>(n);
            mean += p[i * m + j] / static_cast<long double>(n * m);
        }
    long double largest = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < m; ++j) {
            p[i * m + j] += mean - row_mean[i] - column_mean[j];
            largest = std::max(largest, std::fabs(p[i * m + j]));
        }
    long double scale = largest > 0 ? random.uniform(0.3, 3) / largest : 0;
    // A third of the tied fits: every cell the same fraction t/g, g the
    // greatest common divisor of the sides (so that rows and columns stay
    // whole), the most ties there are.
    const std::size_t g = std::gcd(n, m);
    const bool uniform = tied && g > 1 && random.chance(0.33);
    const long double same =
        uniform ? static_cast<long double>(random.integer(1, static_cast<std::int64_t>(g) - 1)) /
                      static_cast<long double>(g)
                : 0;
    if (uniform)
        scale = 0;
    f.rows.assign(n, 0);
    f.columns.assign(m, 0);
    f.cells.rows = n;
    f.cells.columns = m;
    f.cells.row_start.assign(1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < m; ++j) {
            const long double x =
                static_cast<long double>(random.integer(3, 9)) + p[i * m + j] * scale + same;
            f.cells.column.push_back(j);
            f.place.push_back(i * m + j);
            f.x.push_back(x);
        }
        f.cells.row_start.push_back(f.cells.column.size());
    }
    // Margins: the fit's sums, whole up to floating point.
    std::vector<long double> row_sum(n, 0), column_sum(m, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = f.cells.row_start[i]; k < f.cells.row_start[i + 1]; ++k) {
            row_sum[i] += f.x[k];
            column_sum[f.cells.column[k]] += f.x[k];
        }
    for (std::size_t i = 0; i < n; ++i)
        f.rows[i] = std::llround(row_sum[i]);
    for (std::size_t j = 0; j < m; ++j)
        f.columns[j] = std::llround(column_sum[j]);
    return f;
}

long double distance(const Fit& f, const std::vector<std::int64_t>& rounded) {
    long double d = 0;
    for (std::size_t k = 0; k < f.x.size(); ++k)
        d += std::fabs(static_cast<long double>(rounded[k]) - f.x[k]);
    return d;
}

bool margins_hold(const Fit& f, const std::vector<std::int64_t>& rounded) {
    std::vector<std::int64_t> row(f.n, 0), column(f.m, 0);
    for (std::size_t i = 0; i < f.n; ++i)
        for (std::size_t k = f.cells.row_start[i]; k < f.cells.row_start[i + 1]; ++k) {
            row[i] += rounded[k];
            column[f.cells.column[k]] += rounded[k];
        }
    return row == f.rows && column == f.columns;
}

// The rounding before issue 10's speed work: rows take their largest
// fractions (ties to the earlier column), then the reference repair.
bool reference_rounding(const Fit& f, std::vector<std::int64_t>& rounded) {
    const std::size_t count = f.x.size();
    const allot::detail::ColumnIndex by_column = allot::detail::column_index(f.cells);
    allot::detail::Rounding table{f.cells, by_column, {}, {}, {}, {}, {}, {}, {}, false};
    table.base.resize(count);
    table.room.resize(count);
    table.fraction.resize(count);
    table.taken.assign(count, 0);
    for (std::size_t k = 0; k < count; ++k) {
        const long double down = std::floor(f.x[k]);
        table.base[k] = static_cast<std::int64_t>(down);
        table.room[k] = f.x[k] > down ? 1 : 0;
        table.fraction[k] = f.x[k] - down;
    }
    for (std::size_t i = 0; i < f.n; ++i) {
        std::vector<std::size_t> order;
        std::int64_t lacking = f.rows[i];
        for (std::size_t k = f.cells.row_start[i]; k < f.cells.row_start[i + 1]; ++k) {
            lacking -= table.base[k];
            if (table.room[k] > 0)
                order.push_back(k);
        }
        if (lacking < 0 || lacking > static_cast<std::int64_t>(order.size()))
            return false;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return table.fraction[a] > table.fraction[b];
        });
        for (std::int64_t u = 0; u < lacking; ++u)
            table.taken[order[static_cast<std::size_t>(u)]] = 1;
    }
    table.excess.assign(f.m, 0);
    for (std::size_t j = 0; j < f.m; ++j)
        table.excess[j] = -f.columns[j];
    for (std::size_t k = 0; k < count; ++k)
        table.excess[f.cells.column[k]] += table.base[k] + table.taken[k];
    if (!allot::detail::closest_repair_reference(table))
        return false;
    rounded.resize(count);
    for (std::size_t k = 0; k < count; ++k)
        rounded[k] = table.base[k] + table.taken[k];
    return true;
}

TEST(MatrixRounding, FastRepairIsAsCloseAsTheReference) {
    Random random(2026);
    int compared = 0;
    for (int round = 0; round < rounds(4000); ++round) {
        const Fit f = random_fit(random, round % 4 == 0 ? 24 : 8);
        std::vector<std::int64_t> fast, by_nodes, by_columns, reference;
        const bool fast_ok =
            allot::detail::controlled_rounding(f.cells, f.x, f.rows, f.columns, false, fast);
        const bool reference_ok = reference_rounding(f, reference);
        ASSERT_EQ(fast_ok, reference_ok) << "round " << round;
        if (!fast_ok)
            continue;
        // Both searches, whichever the table's shape picks: the same table.
        ASSERT_TRUE(allot::detail::controlled_rounding(f.cells, f.x, f.rows, f.columns, false,
                                                       by_nodes, Repair::by_nodes));
        ASSERT_TRUE(allot::detail::controlled_rounding(f.cells, f.x, f.rows, f.columns, false,
                                                       by_columns, Repair::by_columns));
        ASSERT_EQ(by_nodes, fast) << "round " << round;
        ASSERT_EQ(by_columns, fast) << "round " << round;
        ++compared;
        ASSERT_TRUE(margins_hold(f, fast)) << "round " << round;
        for (std::size_t k = 0; k < f.x.size(); ++k)
            ASSERT_LT(std::fabs(static_cast<long double>(fast[k]) - f.x[k]), 1.0L);
        // Equal up to the grains (2^-40 of a unit per cell).
        const long double slack = static_cast<long double>(f.x.size() + 1) * std::ldexp(1.0L, -39);
        ASSERT_NEAR(static_cast<double>(distance(f, fast)),
                    static_cast<double>(distance(f, reference)), static_cast<double>(slack))
            << "round " << round << ", " << f.n << "×" << f.m;
    }
    EXPECT_GT(compared, rounds(4000) / 2);
}

// Brute force over every table of floors and ceilings (at most 16 cells
// with a fraction): the least cost in grains, and of those the first in
// reading order to have a cell higher.
TEST(MatrixRounding, TiesGoToTheEarlierCellsInReadingOrder) {
    Random random(77);
    int tied = 0;
    for (int round = 0; round < rounds(2000); ++round) {
        const Fit f = random_fit(random, 4);
        const std::size_t count = f.x.size();
        std::vector<std::int64_t> fast, by_nodes, by_columns;
        if (!allot::detail::controlled_rounding(f.cells, f.x, f.rows, f.columns, false, fast))
            continue;
        ASSERT_TRUE(allot::detail::controlled_rounding(f.cells, f.x, f.rows, f.columns, false,
                                                       by_nodes, Repair::by_nodes));
        ASSERT_TRUE(allot::detail::controlled_rounding(f.cells, f.x, f.rows, f.columns, false,
                                                       by_columns, Repair::by_columns));
        ASSERT_EQ(by_nodes, fast) << "round " << round;
        ASSERT_EQ(by_columns, fast) << "round " << round;
        // Cells by place in the grid: the support is in reading order.
        std::vector<std::int64_t> low(count), want(count);
        std::vector<std::size_t> open;
        for (std::size_t k = 0; k < count; ++k) {
            const long double down = std::floor(f.x[k]);
            low[k] = static_cast<std::int64_t>(down);
            want[k] = allot::detail::grains(f.x[k] - down);
            if (f.x[k] > down)
                open.push_back(k);
        }
        ASSERT_LE(open.size(), 16u);
        std::int64_t best = std::numeric_limits<std::int64_t>::max();
        std::vector<std::int64_t> best_table;
        int best_count = 0;
        std::vector<std::int64_t> table(count);
        for (std::uint32_t mask = 0; mask < (1u << open.size()); ++mask) {
            table = low;
            for (std::size_t b = 0; b < open.size(); ++b)
                if (mask & (1u << b))
                    ++table[open[b]];
            if (!margins_hold(f, table))
                continue;
            std::int64_t cost = 0;
            for (std::size_t b = 0; b < open.size(); ++b)
                cost +=
                    (mask & (1u << b)) ? allot::detail::grain_scale - want[open[b]] : want[open[b]];
            if (cost < best) {
                best = cost;
                best_table = table;
                best_count = 1;
            } else if (cost == best) {
                ++best_count;
                if (std::lexicographical_compare(best_table.begin(), best_table.end(),
                                                 table.begin(), table.end()))
                    best_table = table;
            }
        }
        ASSERT_FALSE(best_table.empty()) << "round " << round;
        tied += best_count > 1 ? 1 : 0;
        ASSERT_EQ(fast, best_table) << "round " << round << ", " << f.n << "×" << f.m << ", "
                                    << best_count << " tables tie";
    }
    EXPECT_GT(tied, 40);
}

} // namespace
