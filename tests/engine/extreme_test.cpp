// Extreme magnitudes: weights, sizes and seeds at the ends of the double
// range (2^1023, DBL_MAX, denormals) and mixes of them. Each case either
// gives the exact answer (checked against the exact-rational oracle where
// there is one) or a typed allot::Error; never a crash or a wrong number.
// The first of these, SPLIT(100;{2^1023|1}), wrote past ExactSum's buckets.
#include "allot/apportion.hpp"
#include "allot/error.hpp"
#include "allot/levels.hpp"
#include "allot/matrix.hpp"
#include "allot/profile.hpp"
#include "allot/split.hpp"
#include "allot/tree.hpp"
#include "allot/weights.hpp"

#include "apportion_oracle.hpp"
#include "oracle.hpp"
#include "support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cfloat>
#include <cmath>
#include <limits>

namespace {

using allot::Problem;
using allot::testing::request;
using ::testing::ElementsAre;

constexpr double two_1023 = 0x1p1023; // 8.98846567431158E+307, what =2^1023 gives
constexpr double largest = DBL_MAX;
constexpr double smallest = std::numeric_limits<double>::denorm_min(); // 2^-1074
constexpr double normal_min = DBL_MIN;                                 // 2^-1022

// The weights that once broke exact sums, alone and mixed.
const std::vector<std::vector<double>>& extreme_weights() {
    static const std::vector<std::vector<double>> cases{
        {two_1023, 1},
        {1, two_1023},
        {two_1023, two_1023},
        {largest, 1},
        {largest, largest, largest},
        {largest, two_1023, 0x1p1022},
        {smallest, smallest, 2 * smallest},
        {smallest, 1},
        {smallest, largest},
        {normal_min, smallest, 3 * smallest},
        {largest, 1, smallest, 0x1p-1000, 7e150},
        {1e308, 1e-308, 1e-320, 1},
        {two_1023, 3 * 0x1p1021, 0x1p1021},
    };
    return cases;
}

TEST(Extreme, SplitOfTwoTo1023IsExact) {
    EXPECT_THAT(allot::split(request(100, {two_1023, 1})), ElementsAre(100, 0));
    EXPECT_THAT(allot::split(request(100, {1, two_1023})), ElementsAre(0, 100));
    EXPECT_THAT(allot::split(request(101, {two_1023, two_1023})), ElementsAre(51, 50));
    EXPECT_THAT(allot::split(request(100, {largest, 1})), ElementsAre(100, 0));
}

TEST(Extreme, SplitOfDenormalsIsExact) {
    EXPECT_THAT(allot::split(request(100, {smallest, smallest, 2 * smallest})),
                ElementsAre(25, 25, 50));
    EXPECT_THAT(allot::split(request(100, {smallest, 1})), ElementsAre(0, 100));
    EXPECT_THAT(allot::split(request(7, {smallest, largest})), ElementsAre(0, 7));
}

// Every extreme weight set, with several totals and units, against the
// exact-rational oracle; bounds and holds on top of them.
TEST(Extreme, SplitMatchesTheOracle) {
    for (const auto& weights : extreme_weights()) {
        for (double total : {0.0, 1.0, 100.0, 101.5, -77.0, 1e15}) {
            for (double unit : {1.0, 0.01, 1000.0}) {
                std::vector<allot::SplitRequest> requests{request(total, weights, unit)};
                const std::size_t n = weights.size();
                requests.push_back(request(total, weights, unit, allot::testing::all(1, n)));
                requests.push_back(
                    request(total, weights, unit, {}, allot::testing::all(std::fabs(total), n)));
                allot::testing::Cells holds(n);
                holds[0] = 3;
                requests.push_back(request(total, weights, unit, {}, {}, holds));
                for (const auto& r : requests) {
                    SCOPED_TRACE(allot::testing::describe(r));
                    const oracle::Outcome expected = oracle::split(r);
                    try {
                        const std::vector<double> parts = allot::split(r);
                        ASSERT_FALSE(expected.problem) << static_cast<int>(*expected.problem);
                        for (std::size_t i = 0; i < n; ++i)
                            if (!expected.odd_part || *expected.odd_part != i) {
                                EXPECT_EQ(parts[i], expected.parts[i]) << "part " << i;
                            }
                    } catch (const allot::Error& e) {
                        ASSERT_TRUE(expected.problem) << e.what();
                        EXPECT_EQ(e.problem(), *expected.problem) << e.what();
                    }
                }
            }
        }
    }
}

// Unit 0: plain numbers, still finite and adding up.
TEST(Extreme, SplitWithoutRoundingStaysFinite) {
    for (const auto& weights : extreme_weights()) {
        for (double total : {0.0, 1.0, -5e300, 1e-300}) {
            SCOPED_TRACE(total);
            const std::vector<double> parts = allot::split(request(total, weights, 0));
            long double sum = 0;
            for (double part : parts) {
                ASSERT_TRUE(std::isfinite(part));
                sum += part;
            }
            EXPECT_LE(std::fabs(sum - total), 1e-9L * std::fabs(total));
        }
    }
}

TEST(Extreme, ApportionMatchesTheOracle) {
    const std::vector<allot::ApportionMethod> methods{
        allot::ApportionMethod::Hamilton, allot::ApportionMethod::Jefferson,
        allot::ApportionMethod::Webster, allot::ApportionMethod::HuntingtonHill,
        allot::ApportionMethod::Adams};
    for (const auto& sizes : extreme_weights()) {
        for (auto method : methods) {
            for (double count : {0.0, 1.0, 10.0, 101.0}) {
                for (double minimum : {0.0, 1.0}) {
                    allot::ApportionRequest r;
                    r.count = count;
                    r.sizes = sizes;
                    r.method = method;
                    r.minimum = minimum;
                    SCOPED_TRACE(::testing::Message()
                                 << "method " << static_cast<int>(method) << " count " << count
                                 << " n " << sizes.size() << " min " << minimum);
                    if (count < minimum * static_cast<double>(sizes.size())) {
                        EXPECT_THROW(allot::apportion(r), allot::Error);
                        continue;
                    }
                    const auto counts = allot::apportion(r);
                    const auto expected = apportion_oracle::apportion(r);
                    EXPECT_EQ(counts, expected);
                }
            }
        }
    }
}

TEST(Extreme, TreeOfExtremeWeights) {
    using Labels = std::vector<std::optional<std::string>>;
    allot::TreeRequest r{1000,
                         Labels{"top", "a", "b", "c"},
                         Labels{std::nullopt, "top", "top", "a"},
                         {std::nullopt, two_1023, smallest, std::nullopt},
                         1};
    // c is a's only leaf with a blank weight (0): a's weight is given.
    EXPECT_THAT(allot::tree(r), ElementsAre(1000, 1000, 0, 1000));
    r.weights = {std::nullopt, std::nullopt, largest, largest};
    // a's blank weight is its leaves' sum, DBL_MAX: a tie with b.
    EXPECT_THAT(allot::tree(r), ElementsAre(1000, 500, 500, 500));
}

TEST(Extreme, LevelsOfExtremeTargetsAddUpOrFail) {
    for (const auto& targets : extreme_weights()) {
        for (double unit : {0.0, 1.0}) {
            allot::LevelsRequest r{targets, 0.8, 1.2, unit};
            SCOPED_TRACE(unit);
            try {
                const allot::Levels l = allot::levels(r);
                for (std::size_t i = 0; i < targets.size(); ++i) {
                    ASSERT_TRUE(std::isfinite(l.floor[i]) && std::isfinite(l.stretch[i]));
                    EXPECT_LE(l.floor[i], targets[i]);
                    EXPECT_GE(l.stretch[i], targets[i]);
                }
            } catch (const allot::Error&) {
                // an error is a correct answer here; a wrong number is not
            }
        }
    }
}

TEST(Extreme, MatrixOfExtremeSeeds) {
    allot::MatrixRequest r;
    r.rows = 2;
    r.columns = 2;
    r.row_totals = {10, 10};
    r.column_totals = {10, 10};
    for (const std::vector<std::optional<double>>& seed :
         {std::vector<std::optional<double>>{two_1023, two_1023, two_1023, two_1023},
          {largest, largest, largest, largest},
          {smallest, smallest, smallest, smallest},
          {largest, smallest, smallest, largest}}) {
        r.seed = seed;
        try {
            const std::vector<double> cells = allot::matrix(r);
            EXPECT_EQ(cells[0] + cells[1], 10);
            EXPECT_EQ(cells[2] + cells[3], 10);
            EXPECT_EQ(cells[0] + cells[2], 10);
            EXPECT_EQ(cells[1] + cells[3], 10);
        } catch (const allot::Error& e) {
            EXPECT_EQ(e.problem(), Problem::MatrixNoFit) << e.what();
        }
    }
}

TEST(Extreme, SharesOfExtremeValuesAddUpToOne) {
    for (const auto& values : extreme_weights()) {
        allot::ProfileRequest p;
        p.periods = values.size();
        p.history.assign(values.begin(), values.end());
        const std::vector<double> shares = allot::profile(p);
        long double sum = 0;
        for (double s : shares) {
            ASSERT_TRUE(std::isfinite(s) && s >= 0);
            sum += s;
        }
        EXPECT_EQ(static_cast<double>(sum), 1.0);

        allot::WeightsRequest w;
        w.columns = 1;
        w.factors.assign(values.begin(), values.end());
        w.factor_weights = {1};
        const std::vector<double> weights = allot::weights(w);
        sum = 0;
        for (double s : weights) {
            ASSERT_TRUE(std::isfinite(s) && s >= 0);
            sum += s;
        }
        EXPECT_EQ(static_cast<double>(sum), 1.0);
    }
}

} // namespace
