// ALLOT.COMMISSION: worked examples (marginal tiers, accelerator, cap),
// every error, and random properties: never falling as the actual rises,
// continuous across the thresholds, flat above the cap.
#include "allot/commission.hpp"
#include "allot/error.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using allot::commission;
using allot::CommissionRequest;
using allot::Problem;

CommissionRequest plan(double actual, double target, std::vector<double> thresholds,
                       std::vector<double> rates, std::optional<double> cap = std::nullopt) {
    CommissionRequest r;
    r.actual = actual;
    r.target = target;
    r.thresholds = std::move(thresholds);
    r.rates = std::move(rates);
    r.cap = cap;
    return r;
}

// 2% up to 80%, 5% from 80% to 100%, 8% (accelerator) to 120%, 12% above.
CommissionRequest standard(double actual, std::optional<double> cap = std::nullopt) {
    return plan(actual, 100000, {0, 0.8, 1, 1.2}, {0.02, 0.05, 0.08, 0.12}, cap);
}

using allot::testing::Failure;

Failure failure(const CommissionRequest& r) {
    return allot::testing::failure_of([&] { commission(r); });
}

TEST(CommissionExamples, MarginalLikeTaxBrackets) {
    // 50000: all in the first band, 2%.
    EXPECT_NEAR(commission(standard(50000)), 1000, 1e-9);
    // 90000: 80000 × 2% + 10000 × 5%.
    EXPECT_NEAR(commission(standard(90000)), 1600 + 500, 1e-9);
    // Exactly on target: 1600 + 20000 × 5%.
    EXPECT_NEAR(commission(standard(100000)), 2600, 1e-9);
    // 130000: 1600 + 1000 + 20000 × 8% + 10000 × 12% = 5400.
    EXPECT_NEAR(commission(standard(130000)), 5400, 1e-9);
}

TEST(CommissionExamples, CapStopsThePayAtThatAttainment) {
    // Capped at 150%: 200000 is paid as 150000 = 1600 + 1000 + 1600 + 30000 × 12%.
    EXPECT_NEAR(commission(standard(200000, 1.5)), 7800, 1e-9);
    EXPECT_NEAR(commission(standard(150000, 1.5)), 7800, 1e-9);
    EXPECT_NEAR(commission(standard(140000, 1.5)), 6600, 1e-9);
    // A cap below the first threshold pays nothing.
    EXPECT_EQ(commission(plan(100, 100, {0.5}, {0.1}, 0.4)), 0.0);
}

TEST(CommissionExamples, NothingBelowTheFirstThreshold) {
    // A plan that pays only from 50%: 10% of the sales above 50.
    EXPECT_EQ(commission(plan(40, 100, {0.5}, {0.1})), 0.0);
    EXPECT_NEAR(commission(plan(70, 100, {0.5}, {0.1})), 2, 1e-12);
}

TEST(CommissionExamples, NegativeOrZeroActualPaysNothing) {
    EXPECT_EQ(commission(standard(0)), 0.0);
    EXPECT_EQ(commission(standard(-5000)), 0.0);
}

TEST(CommissionExamples, RateZeroAndOne) {
    // A band at 0% (a gap) and one at 100% (everything above 2× target).
    EXPECT_NEAR(commission(plan(250, 100, {0, 1, 2}, {0.1, 0, 1})), 10 + 0 + 50, 1e-12);
}

TEST(CommissionExamples, BandEdgesInSalesAreExact) {
    // 0.8 × 100000 is 80000 exactly, so 80000 sits on the edge: 80000 × 2%.
    EXPECT_EQ(commission(standard(80000)), 1600.0);
}

TEST(CommissionErrors, EachNamesTheProblem) {
    EXPECT_EQ(failure(plan(10, 0, {0}, {0.1})),
              (Failure{Problem::CommissionTargetNotPositive, {"0"}}));
    EXPECT_EQ(failure(plan(10, -100, {0}, {0.1})),
              (Failure{Problem::CommissionTargetNotPositive, {"-100"}}));
    EXPECT_EQ(failure(plan(10, 100, {}, {})), (Failure{Problem::CommissionNoThresholds, {}}));
    EXPECT_EQ(failure(plan(10, 100, {0, 1}, {0.1})),
              (Failure{Problem::CommissionCountMismatch, {"2", "1"}}));
    EXPECT_EQ(failure(plan(10, 100, {0, 1, 0.8}, {0.1, 0.2, 0.3})),
              (Failure{Problem::CommissionThresholdsNotAscending, {"3", "0.8", "1"}}));
    EXPECT_EQ(failure(plan(10, 100, {0, 1, 1}, {0.1, 0.2, 0.3})),
              (Failure{Problem::CommissionThresholdsNotAscending, {"3", "1", "1"}}));
    // Percent typed as a number: 80 would be 8000%.
    EXPECT_EQ(failure(plan(10, 100, {0, 80, 100}, {0.1, 0.2, 0.3})),
              (Failure{Problem::CommissionThresholdOutOfRange, {"2", "80"}}));
    EXPECT_EQ(failure(plan(10, 100, {-0.1, 1}, {0.1, 0.2})),
              (Failure{Problem::CommissionThresholdOutOfRange, {"1", "-0.1"}}));
    // A rate of 5 may mean 5% or 500%: an error, not a guess.
    EXPECT_EQ(failure(plan(10, 100, {0, 1}, {2, 5})),
              (Failure{Problem::CommissionRateOutOfRange, {"1", "2"}}));
    EXPECT_EQ(failure(plan(10, 100, {0, 1}, {0.1, -0.05})),
              (Failure{Problem::CommissionRateOutOfRange, {"2", "-0.05"}}));
    EXPECT_EQ(failure(standard(10, 0)), (Failure{Problem::CommissionCapOutOfRange, {"0"}}));
    EXPECT_EQ(failure(standard(10, 150)), (Failure{Problem::CommissionCapOutOfRange, {"150"}}));
    EXPECT_EQ(failure(plan(NAN, 100, {0}, {0.1})).first, Problem::NotFinite);
}

// ---------------------------------------------------------------- properties

CommissionRequest random_plan(allot::testing::Random& random) {
    CommissionRequest r;
    r.target = random.pick(std::vector<double>{1, 100, 12345.67, 1e6, 3e9});
    const auto bands = static_cast<std::size_t>(random.integer(1, 6));
    double level = random.chance(0.7) ? 0.0 : random.uniform(0, 0.9);
    for (std::size_t i = 0; i < bands; ++i) {
        r.thresholds.push_back(level);
        r.rates.push_back(random.chance(0.1) ? 0.0 : random.uniform(0, 0.3));
        level += random.uniform(0.01, 0.6);
    }
    if (random.chance(0.5))
        r.cap = random.uniform(0.1, 3);
    return r;
}

TEST(CommissionProperties, NeverFallsAsTheActualRises) {
    allot::testing::Random random(11);
    for (int round = 0; round < allot::testing::rounds(2000); ++round) {
        CommissionRequest r = random_plan(random);
        double previous = 0;
        for (int step = -2; step <= 80; ++step) {
            r.actual = r.target * step / 20.0;
            const double pay = commission(r);
            ASSERT_GE(pay, previous - 1e-12 * r.target) << "step " << step;
            ASSERT_GE(pay, 0.0);
            previous = pay;
        }
    }
}

TEST(CommissionProperties, ContinuousAcrossThresholds) {
    allot::testing::Random random(12);
    for (int round = 0; round < allot::testing::rounds(2000); ++round) {
        CommissionRequest r = random_plan(random);
        for (double level : r.thresholds) {
            const double edge = r.target * level;
            const double step = 1e-7 * r.target;
            r.actual = edge - step;
            const double below = commission(r);
            r.actual = edge + step;
            const double above = commission(r);
            // Across a step of 2·step the pay moves by at most the top rate (1) times it.
            ASSERT_LE(above - below, 2 * step * 1.0000001);
            ASSERT_GE(above, below);
        }
    }
}

TEST(CommissionProperties, FlatAboveTheCapAndBoundedByTheTopRate) {
    allot::testing::Random random(13);
    for (int round = 0; round < allot::testing::rounds(2000); ++round) {
        CommissionRequest r = random_plan(random);
        if (!r.cap)
            r.cap = 1.5;
        r.actual = r.target * *r.cap;
        const double at_cap = commission(r);
        r.actual = r.target * (*r.cap + random.uniform(0, 10));
        ASSERT_NEAR(commission(r), at_cap, 1e-12 * r.target);
        double top_rate = 0;
        for (double rate : r.rates)
            top_rate = std::max(top_rate, rate);
        ASSERT_LE(at_cap, top_rate * r.target * *r.cap * (1 + 1e-12));
    }
}

TEST(CommissionProperties, OneFlatRateIsThatShareOfTheSales) {
    allot::testing::Random random(14);
    for (int round = 0; round < allot::testing::rounds(1000); ++round) {
        const double target = random.uniform(1, 1e7);
        const double actual = random.uniform(0, 3 * target);
        const double rate = random.uniform(0, 1);
        ASSERT_NEAR(commission(plan(actual, target, {0}, {rate})), rate * actual,
                    1e-12 * actual + 1e-12);
    }
}

} // namespace
