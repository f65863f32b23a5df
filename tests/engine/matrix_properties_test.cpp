// ALLOT.MATRIX on random tables: margins drawn from a random whole table on
// the seed's support (so a fit exists), then every row and column adds up
// exactly in whole units, seed zeros stay zero, every cell is within one
// unit of the fit, the fit keeps the seed's cross-product ratios, and the
// result is the same every time. Random margins that do not fit must fail
// with an error whose numbers are true.
#include "allot/error.hpp"
#include "allot/matrix.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>

namespace {

using allot::MatrixRequest;
using allot::Problem;
using allot::testing::Random;
using allot::testing::rounds;

struct Table {
    MatrixRequest request;
    bool positive = true; // every seed cell > 0
};

Table random_table(Random& random, bool consistent) {
    Table t;
    MatrixRequest& r = t.request;
    r.rows = static_cast<std::size_t>(random.integer(1, 14));
    r.columns = static_cast<std::size_t>(random.integer(1, 14));
    const std::vector<double> units{1, 1, 1000, 0.01, 0.25, 5};
    r.unit = random.pick(units);
    const double zero_chance = random.chance(0.5) ? 0.0 : random.uniform(0, 0.6);
    const int kind = static_cast<int>(random.integer(0, 2));
    const std::int64_t scale = random.pick(std::vector<std::int64_t>{3, 20, 1000, 1000000});
    std::vector<std::int64_t> rows(r.rows, 0), columns(r.columns, 0);
    for (std::size_t i = 0; i < r.rows; ++i)
        for (std::size_t j = 0; j < r.columns; ++j) {
            double s = 0;
            if (!random.chance(zero_chance))
                s = kind == 0   ? random.uniform(0.01, 100)
                    : kind == 1 ? static_cast<double>(random.integer(1, 9))
                                : std::pow(10.0, random.uniform(-6, 6));
            if (s == 0)
                t.positive = false;
            r.seed.push_back(s == 0 && random.chance(0.5) ? std::nullopt
                                                          : std::optional<double>(s));
            // A whole table on the support gives margins that fit.
            const std::int64_t cell = s > 0 ? random.integer(0, scale) : 0;
            rows[i] += cell;
            columns[j] += cell;
        }
    if (!consistent) { // shuffle a few units between totals of the same side
        for (int k = 0; k < 3; ++k) {
            const auto a = static_cast<std::size_t>(random.integer(0, std::int64_t(r.rows) - 1));
            const auto b = static_cast<std::size_t>(random.integer(0, std::int64_t(r.rows) - 1));
            const std::int64_t moved = std::min(rows[a], random.integer(0, scale));
            rows[a] -= moved;
            rows[b] += moved;
        }
    }
    for (std::int64_t v : rows)
        r.row_totals.push_back(static_cast<double>(v) * r.unit);
    for (std::int64_t v : columns)
        r.column_totals.push_back(static_cast<double>(v) * r.unit);
    return t;
}

std::string describe(const MatrixRequest& r) {
    std::ostringstream out;
    out.precision(17);
    out << r.rows << "x" << r.columns << " unit=" << r.unit << " rows={";
    for (const auto& v : r.row_totals)
        out << *v << ",";
    out << "} columns={";
    for (const auto& v : r.column_totals)
        out << *v << ",";
    out << "} seed={";
    for (const auto& v : r.seed)
        out << v.value_or(0) << ",";
    out << "}";
    return out.str();
}

void check_result(const MatrixRequest& r, const std::vector<double>& v,
                  const std::vector<double>& fit, bool positive) {
    const std::size_t n = r.rows, m = r.columns;
    ASSERT_EQ(v.size(), n * m);
    std::vector<std::int64_t> row_units(n, 0), column_units(m, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < m; ++j) {
            const std::size_t c = i * m + j;
            const double units = v[c] / r.unit;
            ASSERT_NEAR(units, std::round(units), 1e-9 * std::max(1.0, units))
                << "whole units, cell " << c;
            const auto whole = static_cast<std::int64_t>(std::llround(units));
            row_units[i] += whole;
            column_units[j] += whole;
            if (r.seed[c].value_or(0) == 0) {
                ASSERT_EQ(v[c], 0) << "zero stays zero, cell " << c;
            }
            ASSERT_GE(v[c], 0);
            ASSERT_LT(std::fabs(v[c] - fit[c]), r.unit * (1 + 1e-9)) << "quota rule, cell " << c;
        }
    for (std::size_t i = 0; i < n; ++i)
        ASSERT_EQ(row_units[i], std::llround(*r.row_totals[i] / r.unit)) << "row " << i + 1;
    for (std::size_t j = 0; j < m; ++j)
        ASSERT_EQ(column_units[j], std::llround(*r.column_totals[j] / r.unit))
            << "column " << j + 1;
    if (!positive)
        return;
    // A positive seed: the fit is a_i·seed_ij·b_j, so cross-product ratios
    // (of cells with a positive fit) are the seed's.
    for (std::size_t i = 0; i + 1 < n; ++i)
        for (std::size_t j = 0; j + 1 < m; ++j) {
            const double a = fit[i * m + j], b = fit[i * m + j + 1];
            const double c = fit[(i + 1) * m + j], d = fit[(i + 1) * m + j + 1];
            if (a <= 0 || b <= 0 || c <= 0 || d <= 0)
                continue;
            const double s = *r.seed[i * m + j] * *r.seed[(i + 1) * m + j + 1] /
                             (*r.seed[i * m + j + 1] * *r.seed[(i + 1) * m + j]);
            ASSERT_NEAR(a * d / (b * c) / s, 1, 1e-6) << "cross-product ratio at " << i << "," << j;
        }
}

TEST(MatrixProperties, ConsistentTotalsAlwaysFitAndAddUp) {
    Random random(20261201);
    for (int round = 0; round < rounds(2000); ++round) {
        const Table t = random_table(random, true);
        SCOPED_TRACE(describe(t.request));
        std::vector<double> v, fit;
        try {
            v = allot::matrix(t.request);
            fit = allot::matrix_fit(t.request);
        } catch (const allot::Error& e) {
            FAIL() << "round " << round << ": " << e.what();
        }
        check_result(t.request, v, fit, t.positive);
        ASSERT_EQ(v, allot::matrix(t.request)) << "deterministic";
        if (::testing::Test::HasFatalFailure())
            return;
    }
}

TEST(MatrixProperties, NoRoundingMeetsBothMarginsWithin1e9) {
    Random random(77);
    for (int round = 0; round < rounds(800); ++round) {
        Table t = random_table(random, true);
        t.request.unit = 0;
        SCOPED_TRACE(describe(t.request));
        const auto v = allot::matrix(t.request);
        const std::size_t n = t.request.rows, m = t.request.columns;
        for (std::size_t i = 0; i < n; ++i) {
            double s = 0;
            for (std::size_t j = 0; j < m; ++j)
                s += v[i * m + j];
            ASSERT_NEAR(s, *t.request.row_totals[i], 1e-9 * std::max(1.0, s));
        }
        for (std::size_t j = 0; j < m; ++j) {
            double s = 0;
            for (std::size_t i = 0; i < n; ++i)
                s += v[i * m + j];
            ASSERT_NEAR(s, *t.request.column_totals[j], 1e-9 * std::max(1.0, s));
        }
    }
}

// Margins that may not fit: either a correct table or an error whose
// numbers say why (the named rows need more than their columns can take).
TEST(MatrixProperties, InconsistentTotalsFailWithTrueReasons) {
    Random random(4242);
    int failures = 0;
    for (int round = 0; round < rounds(2000); ++round) {
        const Table t = random_table(random, false);
        const MatrixRequest& r = t.request;
        SCOPED_TRACE(describe(r));
        try {
            const auto v = allot::matrix(r);
            check_result(r, v, allot::matrix_fit(r), t.positive);
        } catch (const allot::Error& e) {
            ++failures;
            const Problem p = e.problem();
            ASSERT_TRUE(p == Problem::MatrixRowsUnreachable ||
                        p == Problem::MatrixColumnsUnreachable || p == Problem::MatrixZeroSeedRow ||
                        p == Problem::MatrixZeroSeedColumn)
                << e.what();
            if (p == Problem::MatrixRowsUnreachable || p == Problem::MatrixColumnsUnreachable) {
                ASSERT_GT(std::stod(e.args()[1]), std::stod(e.args()[3])) << e.what();
            }
        }
        if (::testing::Test::HasFatalFailure())
            return;
    }
    EXPECT_GT(failures, 0) << "the test should see some infeasible margins";
}

// The least Σ|cell − fit| over all tables with these margins whose cells
// are each the fit rounded down or up (whole fits stay): every choice, row
// by row, pruned as soon as a row or column cannot add up.
struct Brute {
    std::size_t n = 0, m = 0;
    std::vector<std::int64_t> low, high; // per cell
    std::vector<double> fit;
    std::vector<std::int64_t> rows, columns;
    std::vector<std::int64_t> row_sum, column_sum,
        column_left; // column_left: the most still to come
    double best = std::numeric_limits<double>::infinity();

    void search(std::size_t c, double deviation) {
        if (c == n * m) {
            for (std::size_t j = 0; j < m; ++j)
                if (column_sum[j] != columns[j])
                    return;
            best = std::min(best, deviation);
            return;
        }
        const std::size_t i = c / m, j = c % m;
        for (std::int64_t v = low[c]; v <= high[c]; ++v) {
            row_sum[i] += v;
            column_sum[j] += v;
            column_left[j] -= high[c];
            const bool row_ok = j + 1 < m ? row_sum[i] <= rows[i] : row_sum[i] == rows[i];
            const bool column_ok =
                column_sum[j] <= columns[j] && column_sum[j] + column_left[j] >= columns[j];
            if (row_ok && column_ok)
                search(c + 1, deviation + std::fabs(static_cast<double>(v) - fit[c]));
            column_left[j] += high[c];
            row_sum[i] -= v;
            column_sum[j] -= v;
        }
    }
};

// Controlled rounding is the closest one: no table of floors and ceilings
// of the fit with the same margins is nearer to the fit in Σ|cell − fit|.
TEST(MatrixProperties, RoundingIsTheClosestByBruteForce) {
    Random random(31337);
    int fractional = 0;
    for (int round = 0; round < rounds(3000); ++round) {
        MatrixRequest r;
        r.rows = static_cast<std::size_t>(random.integer(1, 4));
        r.columns = static_cast<std::size_t>(random.integer(1, 4));
        r.unit = 1;
        const std::size_t n = r.rows, m = r.columns;
        const int kind = static_cast<int>(random.integer(0, 2));
        const std::int64_t scale = random.pick(std::vector<std::int64_t>{2, 5, 20});
        std::vector<std::int64_t> rows(n, 0), columns(m, 0);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < m; ++j) {
                double s = 0;
                if (!random.chance(0.15))
                    s = kind == 0   ? random.uniform(0.1, 10)
                        : kind == 1 ? static_cast<double>(random.integer(1, 4))
                                    : 1.0; // ties everywhere
                r.seed.emplace_back(s);
                const std::int64_t cell = s > 0 ? random.integer(0, scale) : 0;
                rows[i] += cell;
                columns[j] += cell;
            }
        for (std::int64_t v : rows)
            r.row_totals.emplace_back(static_cast<double>(v));
        for (std::int64_t v : columns)
            r.column_totals.emplace_back(static_cast<double>(v));
        SCOPED_TRACE(describe(r));
        std::vector<double> v, fit;
        try {
            v = allot::matrix(r);
            fit = allot::matrix_fit(r);
        } catch (const allot::Error& e) {
            FAIL() << "round " << round << ": " << e.what();
        }
        Brute b;
        b.n = n;
        b.m = m;
        b.fit = fit;
        b.rows = rows;
        b.columns = columns;
        b.row_sum.assign(n, 0);
        b.column_sum.assign(m, 0);
        b.column_left.assign(m, 0);
        double deviation = 0;
        for (std::size_t c = 0; c < n * m; ++c) {
            // Whole fits (up to the fit's last bits) stay.
            const double nearest = std::round(fit[c]);
            const bool whole = std::fabs(fit[c] - nearest) <= 1e-9 * std::max(1.0, fit[c]);
            b.low.push_back(static_cast<std::int64_t>(whole ? nearest : std::floor(fit[c])));
            b.high.push_back(static_cast<std::int64_t>(whole ? nearest : std::ceil(fit[c])));
            if (!whole)
                ++fractional;
            b.column_left[c % m] += b.high.back();
            ASSERT_GE(v[c], static_cast<double>(b.low[c])) << "cell " << c;
            ASSERT_LE(v[c], static_cast<double>(b.high[c])) << "cell " << c;
            deviation += std::fabs(v[c] - fit[c]);
        }
        b.search(0, 0);
        ASSERT_LT(b.best, std::numeric_limits<double>::infinity()) << "some rounding exists";
        ASSERT_NEAR(deviation, b.best, 1e-9) << "round " << round;
    }
    EXPECT_GT(fractional, 0);
}

TEST(MatrixProperties, LargeTotalsStayExact) {
    Random random(9);
    for (int round = 0; round < rounds(200); ++round) {
        Table t = random_table(random, true);
        // Scale the whole table up: totals around 10^12 units.
        for (auto& v : t.request.row_totals)
            v = *v * 1e6;
        for (auto& v : t.request.column_totals)
            v = *v * 1e6;
        SCOPED_TRACE(describe(t.request));
        try {
            check_result(t.request, allot::matrix(t.request), allot::matrix_fit(t.request),
                         t.positive);
        } catch (const allot::Error& e) {
            ASSERT_EQ(e.problem(), Problem::TooManyUnits) << e.what();
        }
        if (::testing::Test::HasFatalFailure())
            return;
    }
}

} // namespace
