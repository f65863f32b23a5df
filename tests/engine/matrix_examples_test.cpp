// ALLOT.MATRIX: worked examples with known fits, the case plain rounding
// gets wrong, zeros that stay zero, and one test per error (naming the row
// or column that cannot be met).
#include "allot/error.hpp"
#include "allot/matrix.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace {

using allot::MatrixRequest;
using allot::Problem;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

using Cells = std::vector<std::optional<double>>;
constexpr std::optional<double> blank = std::nullopt;

MatrixRequest request(Cells rows, Cells columns, Cells seed, double unit = 1) {
    MatrixRequest r;
    r.rows = rows.size();
    r.columns = columns.size();
    r.row_totals = std::move(rows);
    r.column_totals = std::move(columns);
    r.seed = std::move(seed);
    r.unit = unit;
    return r;
}

using Failure = std::pair<Problem, std::vector<std::string>>;

Failure failure(const MatrixRequest& r) {
    try {
        allot::matrix(r);
    } catch (const allot::Error& e) {
        return {e.problem(), e.args()};
    }
    ADD_FAILURE() << "no error";
    return {};
}

void expect_margins(const MatrixRequest& r, const std::vector<double>& v) {
    for (std::size_t i = 0; i < r.rows; ++i) {
        double s = 0;
        for (std::size_t j = 0; j < r.columns; ++j)
            s += v[i * r.columns + j];
        EXPECT_NEAR(s, r.row_totals[i].value_or(0), 1e-9) << "row " << i + 1;
    }
    for (std::size_t j = 0; j < r.columns; ++j) {
        double s = 0;
        for (std::size_t i = 0; i < r.rows; ++i)
            s += v[i * r.columns + j];
        EXPECT_NEAR(s, r.column_totals[j].value_or(0), 1e-9) << "column " << j + 1;
    }
}

TEST(Matrix, UniformSeedGivesTheIndependenceTable) {
    // A flat seed fits to r_i·c_j / total (the expected counts of a
    // contingency table under independence): here all whole numbers.
    const auto r = request({30, 30, 40}, {20, 30, 50}, {1, 1, 1, 1, 1, 1, 1, 1, 1});
    EXPECT_THAT(allot::matrix(r), ElementsAre(6, 9, 15, 6, 9, 15, 8, 12, 20));
}

TEST(Matrix, TwoByTwoKeepsTheSeedsCrossProductRatio) {
    // IPF keeps every cross-product ratio x11·x22 / (x12·x21) of the seed
    // (Mosteller 1968, "Association and estimation in contingency tables",
    // JASA 63). Seed ratio 2·2 / (1·1) = 4 with margins 6, 12 / 8, 10 has
    // the unique fit 4, 2 / 4, 8 (4·8 / (2·4) = 4).
    const auto r = request({6, 12}, {8, 10}, {2, 1, 1, 2});
    const auto fit = allot::matrix_fit(r);
    EXPECT_THAT(fit, ElementsAre(::testing::DoubleNear(4, 1e-12), ::testing::DoubleNear(2, 1e-12),
                                 ::testing::DoubleNear(4, 1e-12), ::testing::DoubleNear(8, 1e-12)));
    EXPECT_THAT(allot::matrix(r), ElementsAre(4, 2, 4, 8));
    // In thousands: the same table, unit 1000.
    EXPECT_THAT(allot::matrix(request({6000, 12000}, {8000, 10000}, {2, 1, 1, 2}, 1000)),
                ElementsAre(4000, 2000, 4000, 8000));
}

TEST(Matrix, ClassicRasExampleMatchesItsFit) {
    // A 4 × 4 RAS example (Deming & Stephan 1940, "On a least squares
    // adjustment of a sampled frequency table when the expected marginal
    // totals are known", Ann. Math. Stat. 11): a fit has the form
    // a_i·seed_ij·b_j exactly when every cross-product ratio of the seed
    // survives, which pins it down without a published table to copy.
    const Cells seed{40, 30, 20, 10, 35, 50, 100, 75, 30, 80, 70, 120, 20, 30, 40, 50};
    const auto r = request({150, 300, 400, 150}, {200, 300, 400, 100}, seed);
    const auto fit = allot::matrix_fit(r);
    const auto v = allot::matrix(r);
    expect_margins(r, v);
    // Every cross-product ratio of the seed survives in the fit.
    for (std::size_t i = 0; i < 4; ++i)
        for (std::size_t k = i + 1; k < 4; ++k)
            for (std::size_t j = 0; j < 4; ++j)
                for (std::size_t l = j + 1; l < 4; ++l) {
                    const auto s = [&](std::size_t a, std::size_t b) { return *seed[a * 4 + b]; };
                    const auto x = [&](std::size_t a, std::size_t b) { return fit[a * 4 + b]; };
                    EXPECT_NEAR(x(i, j) * x(k, l) / (x(i, l) * x(k, j)),
                                s(i, j) * s(k, l) / (s(i, l) * s(k, j)), 1e-9);
                }
    for (std::size_t c = 0; c < 16; ++c)
        EXPECT_LT(std::fabs(v[c] - fit[c]), 1.0) << "cell " << c;
}

TEST(Matrix, PlainRoundingBreaksTheSumsMatrixKeepsThem) {
    // Every cell of the fit is 10/3: rounding each gives 3, and every row
    // and column adds up to 9, not 10. MATRIX rounds one cell per row and
    // per column up; all six such tables are equally close, and the tie
    // goes to reading order: row 1 takes its first cell up, row 2 the first
    // it can, and so on.
    const auto r = request({10, 10, 10}, {10, 10, 10}, Cells(9, 1));
    const auto fit = allot::matrix_fit(r);
    double plain = 0;
    for (std::size_t j = 0; j < 3; ++j)
        plain += std::round(fit[j]);
    EXPECT_EQ(plain, 9);
    const auto v = allot::matrix(r);
    expect_margins(r, v);
    EXPECT_THAT(v, ElementsAre(4, 3, 3, 3, 4, 3, 3, 3, 4));
}

TEST(Matrix, TiesGoToTheEarlierRowThenTheEarlierColumn) {
    // Every fit is 0.5: (1 0 / 0 1) and (0 1 / 1 0) are equally close; the
    // earlier cell in reading order gets the unit up.
    EXPECT_THAT(allot::matrix(request({1, 1}, {1, 1}, Cells(4, 1))), ElementsAre(1, 0, 0, 1));
    // Fits of 1.5 and 2.5: row 1 takes 2 2, the earlier of the two
    // equally close tables; a wide table (rounded transposed inside) and a
    // tall one follow reading order too.
    EXPECT_THAT(allot::matrix(request({4, 4}, {3, 5}, {1, 1, 1, 1})), ElementsAre(2, 2, 1, 3));
    EXPECT_THAT(allot::matrix(request({2, 2}, {1, 1, 2}, Cells(6, 1))),
                ElementsAre(1, 0, 1, 0, 1, 1));
    EXPECT_THAT(allot::matrix(request({1, 1, 2}, {2, 2}, Cells(6, 1))),
                ElementsAre(1, 0, 0, 1, 1, 1));
    // 3×3 with fits of 1/3, 2/3 and whole parts: the tables of least
    // Σ|result − fit| tie; the first row takes its units first.
    EXPECT_THAT(allot::matrix(request({2, 2, 2}, {2, 2, 2}, Cells(9, 1))),
                ElementsAre(1, 1, 0, 1, 0, 1, 0, 1, 1));
}

TEST(Matrix, SeedsScaledByATenthGiveTheSameTable) {
    // 0.1, 0.2, 0.3 … are not exact in binary; the fit of a seed scaled by
    // 0.1 differs from the integer seed's in its last bits, which must not
    // decide the ties.
    const std::vector<std::pair<Cells, Cells>> margins{{{1, 1}, {1, 1}},
                                                       {{10, 10, 10}, {10, 10, 10}},
                                                       {{2, 2, 2}, {2, 2, 2}},
                                                       {{3, 3}, {2, 2, 2}}};
    for (const auto& [rows, columns] : margins) {
        const std::size_t cells = rows.size() * columns.size();
        Cells whole, tenth, mixed;
        for (std::size_t c = 0; c < cells; ++c) {
            whole.emplace_back(1);
            tenth.emplace_back(0.1);
            mixed.emplace_back(static_cast<double>(c % 3 + 1) / 10.0);
        }
        EXPECT_EQ(allot::matrix(request(rows, columns, tenth)),
                  allot::matrix(request(rows, columns, whole)));
        Cells mixed_whole;
        for (const auto& v : mixed)
            mixed_whole.emplace_back(std::round(*v * 10));
        EXPECT_EQ(allot::matrix(request(rows, columns, mixed)),
                  allot::matrix(request(rows, columns, mixed_whole)));
    }
}

TEST(Matrix, RegionsByMonthsInThousands) {
    // Three regions × four quarters; last year's pattern, this year's targets.
    const Cells seed{120, 100, 90, 140, 80, 85, 70, 95, 40, 60, 55, 45};
    const auto r = request({500000, 350000, 150000}, {240000, 250000, 210000, 300000}, seed, 1000);
    const auto v = allot::matrix(r);
    expect_margins(r, v);
    const auto fit = allot::matrix_fit(r);
    for (std::size_t c = 0; c < v.size(); ++c) {
        EXPECT_EQ(std::fmod(v[c], 1000), 0);
        EXPECT_LT(std::fabs(v[c] - fit[c]), 1000);
    }
}

TEST(Matrix, ZerosStayZero) {
    const auto r = request({10, 20, 30}, {25, 35}, {1, 0, blank, 3, 2, 1});
    const auto v = allot::matrix(r);
    EXPECT_THAT(v, ElementsAre(10, 0, 0, 20, 15, 15));
}

TEST(Matrix, CellsTheMarginsForceToZeroAreZero) {
    // Row 2 can only use column 2, which it fills: cell (1, 2) must be 0
    // although its seed is not. IPF only approaches that in the limit;
    // MATRIX finds it with the flow and fits the rest exactly.
    const auto r = request({10, 10}, {10, 10}, {1, 1, 0, 1});
    EXPECT_THAT(allot::matrix_fit(r), ElementsAre(10, 0, 0, 10));
    EXPECT_THAT(allot::matrix(r), ElementsAre(10, 0, 0, 10));
}

TEST(Matrix, ZeroTotalsGiveZeroLines) {
    const auto r = request({0, 12}, {4, 8, 0}, {5, 5, 5, 1, 1, 1});
    EXPECT_THAT(allot::matrix(r), ElementsAre(0, 0, 0, 4, 8, 0));
    EXPECT_THAT(allot::matrix(request({0, 0}, {0, 0}, {1, 1, 1, 1})), ElementsAre(0, 0, 0, 0));
    // Blank totals are 0.
    EXPECT_THAT(allot::matrix(request({blank, 12}, {4, 8, blank}, {5, 5, 5, 1, 1, 1})),
                ElementsAre(0, 0, 0, 4, 8, 0));
}

TEST(Matrix, NoRoundingReturnsTheFit) {
    const auto r = request({6, 12}, {8, 10}, {2, 1, 1, 2}, 0);
    const auto v = allot::matrix(r);
    EXPECT_THAT(v, ElementsAre(::testing::DoubleNear(4, 1e-12), ::testing::DoubleNear(2, 1e-12),
                               ::testing::DoubleNear(4, 1e-12), ::testing::DoubleNear(8, 1e-12)));
    // Any totals, not whole numbers, and sums equal within 1e-9.
    const auto s = request({1.5, 2.25}, {0.75, 3.0000000000001}, {1, 1, 1, 1}, 0);
    expect_margins(s, allot::matrix(s));
}

TEST(Matrix, DecimalUnits) {
    const auto r = request({100, 200.5}, {150.25, 150.25}, {1, 2, 3, 4}, 0.25);
    const auto v = allot::matrix(r);
    expect_margins(r, v);
    for (double x : v)
        EXPECT_NEAR(x / 0.25, std::round(x / 0.25), 1e-9);
}

TEST(Matrix, OneRowOrOneColumnIsAPlainSplit) {
    EXPECT_THAT(allot::matrix(request({100}, {50, 30, 20}, {7, 1, 1})), ElementsAre(50, 30, 20));
    EXPECT_THAT(allot::matrix(request({50, 30, 20}, {100}, {7, 1, 1})), ElementsAre(50, 30, 20));
}

TEST(Matrix, Deterministic) {
    const Cells seed{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8};
    const auto r = request({31, 17, 52}, {20, 25, 30, 25}, seed);
    EXPECT_EQ(allot::matrix(r), allot::matrix(r));
}

TEST(Matrix, Errors) {
    const Cells four{1, 1, 1, 1};
    EXPECT_EQ(failure(request({}, {}, {})), (Failure{Problem::MatrixEmptySeed, {}}));
    auto huge = request(Cells(501, 1), Cells(500, 1), Cells(501 * 500, 1));
    EXPECT_EQ(failure(huge), (Failure{Problem::MatrixTooLarge, {"250500", "250000"}}));
    huge = request(Cells(500, 500), Cells(500, 500), Cells(500 * 500, 1));
    EXPECT_EQ(allot::matrix(huge), std::vector<double>(500 * 500, 1.0)) << "at the limit";
    auto wrong = request({1, 1}, {1, 1}, four);
    wrong.rows = 3;
    wrong.columns = 2;
    wrong.seed = Cells(6, 1);
    EXPECT_EQ(failure(wrong), (Failure{Problem::MatrixRowTotalsCount, {"3", "2"}}));
    wrong.rows = 2;
    wrong.columns = 3;
    EXPECT_EQ(failure(wrong), (Failure{Problem::MatrixColumnTotalsCount, {"3", "2"}}));
    EXPECT_EQ(failure(request({1, 1}, {1, 1}, four, -1)), (Failure{Problem::NegativeUnit, {"-1"}}));
    EXPECT_EQ(failure(request({1, 1}, {1, 1}, {1, 1, -2, 1})),
              (Failure{Problem::MatrixNegativeSeed, {"2", "1", "-2"}}));
    EXPECT_EQ(failure(request({3, -1}, {1, 1}, four)),
              (Failure{Problem::MatrixNegativeRowTotal, {"2", "-1"}}));
    EXPECT_EQ(failure(request({1, 1}, {-1, 3}, four)),
              (Failure{Problem::MatrixNegativeColumnTotal, {"1", "-1"}}));
    EXPECT_EQ(failure(request({1.5, 1}, {1, 1.5}, four)),
              (Failure{Problem::MatrixRowTotalNotWhole, {"1", "1.5", "1"}}));
    EXPECT_EQ(failure(request({1000, 2000}, {1500, 1500}, four, 1000)),
              (Failure{Problem::MatrixColumnTotalNotWhole, {"1", "1500", "1000"}}));
    EXPECT_EQ(failure(request({10, 20}, {15, 16}, four)),
              (Failure{Problem::MatrixTotalsDiffer, {"30", "31"}}));
    EXPECT_EQ(failure(request({10, 20}, {15, 16}, four, 0)),
              (Failure{Problem::MatrixTotalsDiffer, {"30", "31"}}));
    EXPECT_EQ(failure(request({10, 20}, {15, 15}, {1, 1, 0, blank})),
              (Failure{Problem::MatrixZeroSeedRow, {"2", "20"}}));
    EXPECT_EQ(failure(request({10, 20}, {15, 15}, {1, 0, 1, 0})),
              (Failure{Problem::MatrixZeroSeedColumn, {"2", "15"}}));
    // Rows 1 and 2 have seed only in column 1 (10) but need 15; told from
    // the smaller side: column 2 needs 20 but only row 3 (15) has seed there.
    EXPECT_EQ(failure(request({5, 10, 15}, {10, 20}, {1, 0, 1, 0, 1, 1})),
              (Failure{Problem::MatrixColumnsUnreachable, {"2", "20", "3", "15"}}));
    // Row 2 needs 20 but has seed only in column 2, which takes 5.
    EXPECT_EQ(failure(request({10, 20}, {25, 5}, {1, 1, 0, 1})),
              (Failure{Problem::MatrixRowsUnreachable, {"2", "20", "2", "5"}}));
    // Rows 1 and 2 (25) share column 1 (20); columns 2 and 3 (both 5) share row 3.
    EXPECT_EQ(failure(request({12, 13, 10}, {20, 5, 10}, {1, 0, 0, 1, 0, 0, 1, 1, 1})),
              (Failure{Problem::MatrixRowsUnreachable, {"1, 2", "25", "1", "20"}}));
    EXPECT_EQ(failure(request({1e300, 0}, {1e300, 0}, four)).first, Problem::TooManyUnits);
    EXPECT_EQ(failure(request({0x1p53, 1}, {1, 0x1p53}, four)).first, Problem::TooManyUnits);
    EXPECT_EQ(failure(request({1, 1}, {1, 1}, {1, 1, 1, std::nan("")})),
              (Failure{Problem::ItemNotFinite, {"4"}}));
}

} // namespace
