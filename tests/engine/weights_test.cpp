// ALLOT.WEIGHTS: worked examples, weights that add up to exactly 1, blank
// and single-value arguments, one test per error, and random properties.
#include "allot/weights.hpp"

#include "allot/error.hpp"
#include "support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

namespace {

using allot::Problem;
using allot::WeightsRequest;
using allot::testing::Random;
using allot::testing::rounds;
using ::testing::DoubleEq;
using ::testing::DoubleNear;
using ::testing::ElementsAre;

using Cells = std::vector<std::optional<double>>;
constexpr std::optional<double> blank = std::nullopt;

WeightsRequest request(Cells factors, std::size_t columns, Cells factor_weights,
                       Cells multipliers = {}) {
    WeightsRequest r;
    r.factors = std::move(factors);
    r.columns = columns;
    r.factor_weights = std::move(factor_weights);
    r.multipliers = std::move(multipliers);
    return r;
}

using allot::testing::Failure;

Failure failure(const WeightsRequest& r) {
    return allot::testing::failure_of([&] { allot::weights(r); });
}

using allot::testing::exact_sum;

// Three people; factors: last year's sales and market potential.
const Cells team{100, 1, 200, 1, 700, 2};

TEST(WeightsExamples, BlendOfFactorShares) {
    // Sales shares .1 .2 .7, potential shares .25 .25 .5; blended 60/40:
    // .16, .22, .62.
    EXPECT_THAT(allot::weights(request(team, 2, {0.6, 0.4})),
                ElementsAre(DoubleEq(0.16), DoubleEq(0.22), DoubleNear(0.62, 1e-16)));
    // Factor weights need not add up to 1: 3 and 2 are 60% and 40%.
    EXPECT_EQ(allot::weights(request(team, 2, {3, 2})),
              allot::weights(request(team, 2, {0.6, 0.4})));
}

TEST(WeightsExamples, Multipliers) {
    // Tiers A 1.2, B 1.0, C 0.8: .192, .22, .496 of .908.
    EXPECT_THAT(allot::weights(request(team, 2, {0.6, 0.4}, {1.2, 1.0, 0.8})),
                ElementsAre(DoubleNear(0.192 / 0.908, 1e-15), DoubleNear(0.22 / 0.908, 1e-15),
                            DoubleNear(0.496 / 0.908, 1e-15)));
    // A blank multiplier is 1, like leaving them out; one number is for all.
    EXPECT_EQ(allot::weights(request(team, 2, {0.6, 0.4}, {blank, blank, blank})),
              allot::weights(request(team, 2, {0.6, 0.4})));
    EXPECT_EQ(allot::weights(request(team, 2, {0.6, 0.4}, {0.5})),
              allot::weights(request(team, 2, {0.6, 0.4})));
    // A new hire at 0 gets nothing.
    EXPECT_EQ(allot::weights(request(team, 2, {0.6, 0.4}, {1, 0, 1}))[1], 0.0);
}

TEST(WeightsExamples, SingleFactorWeightIsForAll) {
    EXPECT_EQ(allot::weights(request(team, 2, {1})), allot::weights(request(team, 2, {1, 1})));
}

TEST(WeightsExamples, EmptyColumnWithoutWeightIsIgnored) {
    const Cells factors{1, 0, 3, 0};
    EXPECT_THAT(allot::weights(request(factors, 2, {1, 0})), ElementsAre(0.25, 0.75));
    EXPECT_THAT(allot::weights(request({1, blank, 3, blank}, 2, {1, blank})),
                ElementsAre(0.25, 0.75));
}

TEST(WeightsExamples, AddsUpToExactlyOne) {
    const auto w = allot::weights(request({1, 1, 1}, 1, {1}));
    EXPECT_EQ(exact_sum(w), 1.0L);
    EXPECT_EQ(w[0] + w[1] + w[2], 1.0);
}

TEST(WeightsErrors, EachProblem) {
    EXPECT_EQ(failure(request({}, 2, {1, 1})), (Failure{Problem::WeightsEmptyFactors, {}}));
    EXPECT_EQ(failure(request(team, 2, {1, 1, 1})),
              (Failure{Problem::WeightsFactorWeightsCount, {"2", "3"}}));
    EXPECT_EQ(failure(request(team, 2, {1, 1}, {1, 1})),
              (Failure{Problem::WeightsMultipliersCount, {"3", "2"}}));
    EXPECT_EQ(failure(request({1, 2, 3, -4}, 2, {1, 1})),
              (Failure{Problem::WeightsNegativeFactor, {"2", "2", "-4"}}));
    EXPECT_EQ(failure(request(team, 2, {1, -1})),
              (Failure{Problem::WeightsNegativeFactorWeight, {"2", "-1"}}));
    EXPECT_EQ(failure(request(team, 2, {1, 1}, {1, -0.5, 1})),
              (Failure{Problem::WeightsNegativeMultiplier, {"2", "-0.5"}}));
    EXPECT_EQ(failure(request(team, 2, {0, blank})),
              (Failure{Problem::WeightsZeroFactorWeights, {}}));
    EXPECT_EQ(failure(request({1, 0, 3, 0}, 2, {1, 1})),
              (Failure{Problem::WeightsZeroColumn, {"2"}}));
    EXPECT_EQ(failure(request(team, 2, {1, 1}, {0, 0, 0})), (Failure{Problem::WeightsAllZero, {}}));
    EXPECT_EQ(failure(request({1, std::nan("")}, 2, {1, 1})),
              (Failure{Problem::ItemNotFinite, {"2"}}));
}

TEST(WeightsProperties, WeightsAreShares) {
    Random random(21);
    for (int round = 0; round < rounds(4000); ++round) {
        const auto rows = static_cast<std::size_t>(random.integer(1, 40));
        const auto columns = static_cast<std::size_t>(random.integer(1, 5));
        WeightsRequest r;
        r.columns = columns;
        for (std::size_t j = 0; j < columns; ++j)
            r.factor_weights.push_back(random.chance(0.2) ? 0.0 : random.uniform(0, 10));
        r.factor_weights[0] = 1; // at least one positive
        std::vector<double> scale(columns);
        for (double& s : scale)
            s = std::exp(random.uniform(-30, 30));
        for (std::size_t i = 0; i < rows; ++i)
            for (std::size_t j = 0; j < columns; ++j)
                r.factors.push_back(random.chance(0.1) ? 0.0 : scale[j] * random.uniform(0, 1));
        // Every weighted column non-empty.
        for (std::size_t j = 0; j < columns; ++j)
            r.factors[j] = scale[j];
        if (random.chance(0.5))
            for (std::size_t i = 0; i < rows; ++i)
                r.multipliers.push_back(random.chance(0.2) ? std::optional<double>()
                                                           : random.uniform(0, 2));
        r.multipliers.resize(r.multipliers.empty() ? 0 : rows);
        if (!r.multipliers.empty())
            r.multipliers[0] = 1;
        const auto w = allot::weights(r);
        ASSERT_EQ(w.size(), rows);
        for (double x : w)
            ASSERT_TRUE(x >= 0 && x <= 1) << x;
        ASSERT_LE(std::fabs(exact_sum(w) - 1.0L), 0x1p-53L);
        // Scaling a factor column by a power of two changes nothing.
        WeightsRequest scaled = r;
        for (std::size_t i = 0; i < rows; ++i)
            if (scaled.factors[i * columns])
                scaled.factors[i * columns] = std::ldexp(*scaled.factors[i * columns], 7);
        const auto again = allot::weights(scaled);
        for (std::size_t i = 0; i < rows; ++i)
            ASSERT_NEAR(again[i], w[i], 1e-15);
    }
}

} // namespace
