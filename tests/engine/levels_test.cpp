// ALLOT.LEVELS: worked examples, the order floor ≤ target ≤ stretch, exact
// column totals, one test per error, and random properties.
#include "allot/levels.hpp"

#include "allot/error.hpp"
#include "support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numeric>

namespace {

using allot::LevelsRequest;
using allot::Problem;
using allot::testing::Random;
using allot::testing::rounds;
using ::testing::DoubleEq;
using ::testing::DoubleNear;
using ::testing::ElementsAre;

LevelsRequest request(std::vector<double> targets, double floor_ratio, double stretch_ratio,
                      double unit = 1) {
    LevelsRequest r;
    r.targets = std::move(targets);
    r.floor_ratio = floor_ratio;
    r.stretch_ratio = stretch_ratio;
    r.unit = unit;
    return r;
}

using allot::testing::Failure;

Failure failure(const LevelsRequest& r) {
    return allot::testing::failure_of([&] { allot::levels(r); });
}

double sum(const std::vector<double>& v) {
    return std::accumulate(v.begin(), v.end(), 0.0);
}

TEST(LevelsExamples, ProportionalFloorAndStretch) {
    // 80% and 120% of 600.
    const auto l = allot::levels(request({100, 200, 300}, 0.8, 1.2));
    EXPECT_THAT(l.floor, ElementsAre(80, 160, 240));
    EXPECT_THAT(l.target, ElementsAre(100, 200, 300));
    EXPECT_THAT(l.stretch, ElementsAre(120, 240, 360));
}

TEST(LevelsExamples, RoundedByLargestRemainder) {
    // Floor 85 over 34:33:33 is 28.9, 28.05, 28.05: floors 28 each and the
    // one unit left to the largest remainder. Stretch 115: 39.1, 37.95,
    // 37.95: the two units left go to the two .95s.
    const auto l = allot::levels(request({34, 33, 33}, 0.85, 1.15));
    EXPECT_THAT(l.floor, ElementsAre(29, 28, 28));
    EXPECT_THAT(l.stretch, ElementsAre(39, 38, 38));
}

TEST(LevelsExamples, OrderHoldsWhereRoundingWouldCrossIt) {
    // 99% of 3 over three targets of 1: 2.97 is 2 units and an odd 0.97. No
    // floor may round up past its target of 1, so two floors are 1 and the
    // odd part goes to the one part it fits under its target.
    const auto l = allot::levels(request({1, 1, 1}, 0.99, 1.01));
    EXPECT_THAT(l.floor, ElementsAre(1, 1, DoubleNear(0.97, 1e-15)));
    EXPECT_NEAR(sum(l.floor), 2.97, 1e-12);
    // 101% of 3 is 3.03: every stretch at least 1, the odd 0.03 on the
    // largest part (the first of equals).
    EXPECT_THAT(l.stretch, ElementsAre(DoubleNear(1.03, 1e-15), 1, 1));
    EXPECT_NEAR(sum(l.stretch), 3.03, 1e-12);
}

TEST(LevelsExamples, UnitsAndNoRounding) {
    const auto thousands = allot::levels(request({34000, 33000, 33000}, 0.85, 1.15, 1000));
    EXPECT_THAT(thousands.floor, ElementsAre(29000, 28000, 28000));
    EXPECT_THAT(thousands.stretch, ElementsAre(39000, 38000, 38000));
    const auto plain = allot::levels(request({34, 33, 33}, 0.85, 1.15, 0));
    EXPECT_THAT(plain.floor, ElementsAre(DoubleEq(28.9), DoubleEq(28.05), DoubleEq(28.05)));
    EXPECT_NEAR(sum(plain.floor), 85, 1e-12);
    EXPECT_NEAR(sum(plain.stretch), 115, 1e-12);
}

TEST(LevelsExamples, RatiosAtTheEnds) {
    const auto l = allot::levels(request({10.5, 0, 7}, 1, 1));
    EXPECT_THAT(l.floor, ElementsAre(10.5, 0, 7));
    EXPECT_THAT(l.stretch, ElementsAre(10.5, 0, 7));
    const auto zero = allot::levels(request({10, 20}, 0, 2));
    EXPECT_THAT(zero.floor, ElementsAre(0, 0));
    EXPECT_THAT(zero.stretch, ElementsAre(20, 40));
}

TEST(LevelsExamples, ZeroTargetsStayZero) {
    const auto l = allot::levels(request({0, 50, 0, 50}, 0.9, 1.1));
    EXPECT_THAT(l.floor, ElementsAre(0, 45, 0, 45));
    EXPECT_THAT(l.stretch, ElementsAre(0, 55, 0, 55));
    const auto none = allot::levels(request({0, 0}, 0.9, 1.1));
    EXPECT_THAT(none.floor, ElementsAre(0, 0));
    EXPECT_THAT(none.stretch, ElementsAre(0, 0));
}

// ------------------------------------------------------------------ errors

TEST(LevelsErrors, Targets) {
    EXPECT_EQ(failure(request({}, 0.8, 1.2)), (Failure{Problem::LevelsEmptyTargets, {}}));
    EXPECT_EQ(failure(request({10, -5}, 0.8, 1.2)),
              (Failure{Problem::LevelsNegativeTarget, {"2", "-5"}}));
    EXPECT_EQ(failure(request({10, std::nan("")}, 0.8, 1.2)),
              (Failure{Problem::ItemNotFinite, {"2"}}));
}

TEST(LevelsErrors, Ratios) {
    EXPECT_EQ(failure(request({10}, 1.2, 1.5)),
              (Failure{Problem::LevelsFloorRatioOutOfRange, {"1.2"}}));
    EXPECT_EQ(failure(request({10}, -0.1, 1.5)).first, Problem::LevelsFloorRatioOutOfRange);
    EXPECT_EQ(failure(request({10}, std::nan(""), 1.5)).first, Problem::LevelsFloorRatioOutOfRange);
    EXPECT_EQ(failure(request({10}, 0.8, 0.9)),
              (Failure{Problem::LevelsStretchRatioOutOfRange, {"0.9"}}));
    EXPECT_EQ(failure(request({10}, 0.8, std::numeric_limits<double>::infinity())).first,
              Problem::LevelsStretchRatioOutOfRange);
}

// A stretch column beyond the largest double names the stretch ratio (it
// named the targets, through the SPLIT it runs).
TEST(LevelsErrors, StretchColumnBeyondTheLargestNumber) {
    for (const auto& r : {request({1, 2, 3}, 0, 1e308, 1), request({1, 2, 3}, 0, 1e308, 0),
                          request({1e308, 1e308}, 0.5, 1.5, 0)}) {
        try {
            allot::levels(r);
            ADD_FAILURE() << "no error";
        } catch (const allot::Error& error) {
            EXPECT_EQ(error.problem(), Problem::NotFinite);
            EXPECT_EQ(error.argument(),
                      static_cast<std::size_t>(allot::LevelsArgument::stretch_ratio));
        }
    }
}

TEST(LevelsErrors, Unit) {
    EXPECT_EQ(failure(request({10}, 0.8, 1.2, -1)), (Failure{Problem::NegativeUnit, {"-1"}}));
}

TEST(LevelsErrors, TargetsThatAreNotWholeUnits) {
    // Four targets of 0.5 with unit 1: each floor at most 0 units, but the
    // floors must make 1.8 (one whole unit and an odd 0.8).
    EXPECT_EQ(failure(request({0.5, 0.5, 0.5, 0.5}, 0.9, 1.1)),
              (Failure{Problem::LevelsFloorNotInUnits, {"1.8", "1"}}));
    // Two targets of 0.5: each stretch at least one whole unit, 2 in all,
    // more than the 1.1 to share.
    EXPECT_EQ(failure(request({0.5, 0.5}, 0.5, 1.1)),
              (Failure{Problem::LevelsStretchNotInUnits, {"1.1", "1"}}));
}

// ------------------------------------------------------------------ properties

TEST(LevelsProperties, OrderTotalsUnitsAndDeterminism) {
    Random random(88);
    static const std::vector<double> units{1, 1000, 0.01, 5, 0};
    int checked = 0;
    for (int round = 0; round < rounds(3000); ++round) {
        const double unit = random.pick(units);
        const auto n = static_cast<std::size_t>(random.integer(1, 30));
        LevelsRequest r;
        r.unit = unit;
        for (std::size_t i = 0; i < n; ++i) {
            const double count = static_cast<double>(random.integer(0, 100000));
            // Targets in whole units (as ALLOT.SPLIT makes them); unit 0: any.
            r.targets.push_back(unit > 0 ? count * unit : random.uniform(0, 1e6));
        }
        r.floor_ratio = random.chance(0.1) ? 1.0 : random.uniform(0, 1);
        r.stretch_ratio = random.chance(0.1) ? 1.0 : 1 + random.uniform(0, 2);
        SCOPED_TRACE(::testing::Message() << "n=" << n << " unit=" << unit << " floor="
                                          << r.floor_ratio << " stretch=" << r.stretch_ratio);
        const auto l = allot::levels(r);
        ASSERT_EQ(l.floor, allot::levels(r).floor);
        ++checked;
        const double total = sum(r.targets);
        const double scale = std::max(1.0, total * r.stretch_ratio);
        ASSERT_NEAR(sum(l.floor), r.floor_ratio * total, 1e-9 * scale);
        ASSERT_NEAR(sum(l.stretch), r.stretch_ratio * total, 1e-9 * scale);
        int odd_floors = 0;
        int odd_stretches = 0;
        for (std::size_t i = 0; i < n; ++i) {
            ASSERT_LE(l.floor[i], r.targets[i]) << i;
            ASSERT_GE(l.stretch[i], r.targets[i]) << i;
            ASSERT_GE(l.floor[i], 0) << i;
            if (unit > 0) {
                auto whole = [&](double v) {
                    const double q = v / unit;
                    return std::fabs(q - std::round(q)) <= 1e-9 * std::max(1.0, std::fabs(q));
                };
                // Quota rule: within one unit of the exact share, except
                // the part that took the odd amount (less than a unit).
                const double floor_off = std::fabs(l.floor[i] - r.floor_ratio * r.targets[i]);
                const double stretch_off = std::fabs(l.stretch[i] - r.stretch_ratio * r.targets[i]);
                odd_floors += whole(l.floor[i]) ? 0 : 1;
                odd_stretches += whole(l.stretch[i]) ? 0 : 1;
                ASSERT_LT(floor_off, unit * (whole(l.floor[i]) ? 1 + 1e-9 : 2));
                ASSERT_LT(stretch_off, unit * (whole(l.stretch[i]) ? 1 + 1e-9 : 2));
            }
        }
        ASSERT_LE(odd_floors, 1);
        ASSERT_LE(odd_stretches, 1);
    }
    EXPECT_EQ(checked, rounds(3000));
}

} // namespace
