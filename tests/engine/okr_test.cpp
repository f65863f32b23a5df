// ALLOT.OKR: key result scores (rising and falling key results, clamping),
// the objective's weighted score, blank rows and cells, every error, and a
// random check that scores stay within 0–1.
#include "allot/error.hpp"
#include "allot/okr.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

namespace {

using allot::okr;
using allot::OkrRequest;
using allot::Problem;
using Cells = std::vector<std::optional<double>>;
constexpr std::optional<double> blank = std::nullopt;

OkrRequest key_results(Cells actual, Cells baseline, Cells target, Cells weights = {}) {
    return OkrRequest{std::move(actual), std::move(baseline), std::move(target),
                      std::move(weights)};
}

double score(double actual, double baseline, double target) {
    return okr(key_results({actual}, {baseline}, {target}));
}

using allot::testing::Failure;

Failure failure(const OkrRequest& r) {
    return allot::testing::failure_of([&] { okr(r); });
}

TEST(OkrExamples, OneKeyResultIsLinearFromBaselineToTarget) {
    // Customers from 100 to 200: at 170 the key result is 70% done.
    EXPECT_DOUBLE_EQ(score(170, 100, 200), 0.7);
    EXPECT_DOUBLE_EQ(score(100, 100, 200), 0.0);
    EXPECT_DOUBLE_EQ(score(200, 100, 200), 1.0);
}

TEST(OkrExamples, ClampedToZeroAndOne) {
    EXPECT_DOUBLE_EQ(score(250, 100, 200), 1.0);
    EXPECT_DOUBLE_EQ(score(50, 100, 200), 0.0);
}

TEST(OkrExamples, KeyResultsThatShouldFall) {
    // Churn from 10% down to 4%: at 6% two thirds done.
    EXPECT_NEAR(score(0.06, 0.10, 0.04), 2.0 / 3.0, 1e-15);
    EXPECT_DOUBLE_EQ(score(0.03, 0.10, 0.04), 1.0);
    EXPECT_DOUBLE_EQ(score(0.12, 0.10, 0.04), 0.0);
}

TEST(OkrExamples, ObjectiveIsTheWeightedMean) {
    // Scores 0.7, 1 and 0.5; equal weights: 0.7333…
    const Cells actual{170, 0.03, 50};
    const Cells baseline{100, 0.10, 0};
    const Cells target{200, 0.04, 100};
    EXPECT_NEAR(okr(key_results(actual, baseline, target)), 2.2 / 3, 1e-15);
    // Weights 2, 1, 1: (1.4 + 1 + 0.5) / 4.
    EXPECT_NEAR(okr(key_results(actual, baseline, target, {2, 1, 1})), 2.9 / 4, 1e-15);
    // A weight of 0 (or blank) leaves a key result out of the mean.
    EXPECT_NEAR(okr(key_results(actual, baseline, target, {1, 0, blank})), 0.7, 1e-15);
}

TEST(OkrExamples, BlankCells) {
    // A blank baseline is 0; a blank actual is not measured yet: 0, even for
    // a key result that should fall.
    EXPECT_DOUBLE_EQ(okr(key_results({50}, {blank}, {100})), 0.5);
    EXPECT_DOUBLE_EQ(okr(key_results({blank}, {10}, {4})), 0.0);
    // Rows blank in actual, baseline and target are skipped.
    EXPECT_DOUBLE_EQ(
        okr(key_results({170, blank, blank}, {100, blank, blank}, {200, blank, blank})), 0.7);
}

TEST(OkrErrors, EachNamesTheProblem) {
    EXPECT_EQ(failure(key_results({5}, {3}, {3})), (Failure{Problem::OkrNoRange, {"1", "3"}}));
    EXPECT_EQ(failure(key_results({5, 5}, {0, 0}, {10, blank})),
              (Failure{Problem::OkrMissingTarget, {"2"}}));
    EXPECT_EQ(failure(key_results({5, 5}, {0, 0}, {10, 10}, {1, -1})),
              (Failure{Problem::OkrNegativeWeight, {"2", "-1"}}));
    EXPECT_EQ(failure(key_results({5, 5}, {0, 0}, {10, 10}, {0, blank})),
              (Failure{Problem::OkrZeroWeights, {}}));
    EXPECT_EQ(failure(key_results({blank}, {blank}, {blank})),
              (Failure{Problem::OkrNoKeyResults, {}}));
    EXPECT_EQ(failure(key_results({1, 2}, {0}, {10, 10})),
              (Failure{Problem::CountMismatch, {"1", "2"}}));
    EXPECT_EQ(failure(key_results({1, 2}, {0, 0}, {10, 10}, {1, 1, 1})),
              (Failure{Problem::CountMismatch, {"3", "2"}}));
    EXPECT_EQ(failure(key_results({NAN}, {0}, {1})).first, Problem::ItemNotFinite);
}

TEST(OkrProperties, ScoresStayWithinZeroAndOne) {
    allot::testing::Random random(21);
    for (int round = 0; round < allot::testing::rounds(4000); ++round) {
        const auto n = static_cast<std::size_t>(random.integer(1, 8));
        OkrRequest r;
        for (std::size_t i = 0; i < n; ++i) {
            const double scale = random.pick(std::vector<double>{1, 100, 1e9, 1e300});
            const double baseline = random.uniform(-scale, scale);
            double target = random.uniform(-scale, scale);
            if (target == baseline)
                target = baseline + scale;
            r.baseline.push_back(baseline);
            r.target.push_back(target);
            r.actual.push_back(random.chance(0.1) ? std::nullopt
                                                  : std::optional(random.uniform(-scale, scale)));
            r.weights.push_back(random.uniform(0.1, 5));
        }
        const double objective = okr(r);
        ASSERT_GE(objective, 0.0);
        ASSERT_LE(objective, 1.0);
    }
}

} // namespace
