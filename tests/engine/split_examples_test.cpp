// Worked examples of ALLOT.SPLIT and one test per error, with its arguments.
#include "allot/split.hpp"

#include "support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numeric>

namespace {

using allot::Problem;
using allot::split;
using allot::testing::all;
using allot::testing::Cells;
using allot::testing::request;
using ::testing::DoubleNear;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

constexpr std::optional<double> blank = std::nullopt;
const double nan = std::numeric_limits<double>::quiet_NaN();
const double inf = std::numeric_limits<double>::infinity();

// The problem and arguments of the Error that split() throws.
std::pair<Problem, std::vector<std::string>> failure(const allot::SplitRequest& r) {
    try {
        split(r);
    } catch (const allot::Error& e) {
        return {e.problem(), e.args()};
    }
    ADD_FAILURE() << "split() did not fail";
    return {Problem::EmptyWeights, {}};
}

using Failure = std::pair<Problem, std::vector<std::string>>;

TEST(SplitExamples, SpecHundredOverThree) {
    EXPECT_THAT(split(request(100, {1, 1, 1})), ElementsAre(34, 33, 33));
}

TEST(SplitExamples, SpecNegativeHundredOverThree) {
    EXPECT_THAT(split(request(-100, {1, 1, 1})), ElementsAre(-34, -33, -33));
}

TEST(SplitExamples, Proportional) {
    EXPECT_THAT(split(request(1000, {5, 3, 2})), ElementsAre(500, 300, 200));
    EXPECT_THAT(split(request(10, {1, 2, 3, 4})), ElementsAre(1, 2, 3, 4));
    // Quotas 3.5, 3.5, 3: the tie goes to the earlier part.
    EXPECT_THAT(split(request(10, {3.5, 3.5, 3})), ElementsAre(4, 3, 3));
    // Quotas 1.2, 2.4, 3.6, 4.8: floors 1,2,3,4 and two more units to .8 and .6.
    EXPECT_THAT(split(request(12, {1, 2, 3, 4})), ElementsAre(1, 2, 4, 5));
}

TEST(SplitExamples, ZeroTotal) {
    EXPECT_THAT(split(request(0, {1, 2})), ElementsAre(0, 0));
    const auto parts = split(request(-0.0, {1, 2}));
    EXPECT_FALSE(std::signbit(parts[0]));
}

TEST(SplitExamples, Holds) {
    // The held part keeps 40; 60 spreads over the three others.
    EXPECT_THAT(split(request(100, {1, 1, 1, 1}, 1, {}, {}, {blank, 40, blank, blank})),
                ElementsAre(20, 40, 20, 20));
    // A hold that is not a whole number of units keeps its exact value; the
    // remaining 89.5 is 89 units and an odd 0.5, which goes to the largest part.
    EXPECT_THAT(split(request(100, {1, 1, 1}, 1, {}, {}, {10.5, blank, blank})),
                ElementsAre(10.5, 45.5, 44));
    // Every part held, adding up to the total.
    EXPECT_THAT(split(request(10, {1, 1}, 1, {}, {}, {4, 6})), ElementsAre(4, 6));
    // The weight of a held part does not matter.
    EXPECT_THAT(split(request(30, {100, 1, 2}, 1, {}, {}, {0, blank, blank})),
                ElementsAre(0, 10, 20));
}

TEST(SplitExamples, BoundsForAll) {
    // A minimum of 20 for everyone: the two small parts are lifted to it.
    EXPECT_THAT(split(request(100, {10, 1, 1}, 1, all(20, 3))), ElementsAre(60, 20, 20));
    // A maximum of 40 for everyone that does not bind.
    EXPECT_THAT(split(request(100, {1, 1, 1}, 1, {}, all(40, 3))), ElementsAre(34, 33, 33));
    // A maximum of 35 that binds for the big part.
    EXPECT_THAT(split(request(100, {8, 1, 1}, 1, {}, all(35, 3))), ElementsAre(35, 33, 32));
}

TEST(SplitExamples, BoundsPerPart) {
    // Part 3 stops at 25; 75 over two equal parts is 37.5 each, tie to the first.
    EXPECT_THAT(split(request(100, {1, 1, 2}, 1, {}, {blank, blank, 25})), ElementsAre(38, 37, 25));
    EXPECT_THAT(split(request(100, {1, 1, 1}, 1, {50, blank, blank})), ElementsAre(50, 25, 25));
    // Bounds are rounded inward to whole units: max 25.9 acts as 25, min 4.1 as 5.
    EXPECT_THAT(split(request(100, {1, 1, 2}, 1, {blank, 4.1, blank}, {blank, blank, 25.9})),
                ElementsAre(38, 37, 25));
    EXPECT_THAT(split(request(10, {100, 1}, 1, {blank, 4.1})), ElementsAre(5, 5));
    // A negative minimum lets a part go below zero when others need more.
    EXPECT_THAT(split(request(10, {1, 1}, 1, {50, -100})), ElementsAre(50, -40));
}

TEST(SplitExamples, BoundsOfNegativeTotal) {
    // Mirror of split(100, {1,1,2}, max {.,.,25}): minimum −25 on the third part.
    EXPECT_THAT(split(request(-100, {1, 1, 2}, 1, {blank, blank, -25})),
                ElementsAre(-38, -37, -25));
    // A positive maximum lets a part of a negative total be positive.
    EXPECT_THAT(split(request(-10, {1, 1}, 1, {5, blank}, {100, blank})), ElementsAre(5, -15));
}

TEST(SplitExamples, UnitOfOneCent) {
    const auto parts = split(request(100, {1, 1, 1}, 0.01));
    EXPECT_THAT(parts, ElementsAre(DoubleNear(33.34, 1e-12), DoubleNear(33.33, 1e-12),
                                   DoubleNear(33.33, 1e-12)));
    EXPECT_EQ(parts[0], 3334 * 0.01);
    EXPECT_NEAR(std::accumulate(parts.begin(), parts.end(), 0.0), 100, 1e-9);
}

TEST(SplitExamples, UnitOfTenThousand) {
    EXPECT_THAT(split(request(1000000, {1, 2, 3, 4}, 10000)),
                ElementsAre(100000, 200000, 300000, 400000));
    EXPECT_THAT(split(request(1000000, {1, 1, 1}, 10000)), ElementsAre(340000, 330000, 330000));
    // 1,234,567 is 123 units of 10,000 and an odd 4,567 that goes to the largest part.
    EXPECT_THAT(split(request(1234567, {1, 1, 1}, 10000)), ElementsAre(414567, 410000, 410000));
}

TEST(SplitExamples, UnitZeroIsPlainNumbers) {
    const auto parts = split(request(100, {1, 1, 1}, 0));
    EXPECT_THAT(parts, ElementsAre(DoubleNear(100.0 / 3, 1e-12), DoubleNear(100.0 / 3, 1e-12),
                                   DoubleNear(100.0 / 3, 1e-12)));
    EXPECT_NEAR(parts[0] + parts[1] + parts[2], 100, 1e-12);
    EXPECT_THAT(split(request(10, {1, 3}, 0, {}, {2, blank})), ElementsAre(2, 8));
    EXPECT_THAT(split(request(-10, {1, 3}, 0)), ElementsAre(-2.5, -7.5));
    EXPECT_THAT(split(request(10, {1, 1, 1}, 0, {}, {}, {blank, 4, blank})), ElementsAre(3, 4, 3));
}

TEST(SplitExamples, AllZeroWeightsSplitEqually) {
    EXPECT_THAT(split(request(10, {0, 0, 0})), ElementsAre(4, 3, 3));
    EXPECT_THAT(split(request(10, {0, 0, 0}, 1, {}, {2, blank, blank})), ElementsAre(2, 4, 4));
    EXPECT_THAT(split(request(9, {0, 0, 0}, 0)), ElementsAre(3, 3, 3));
}

TEST(SplitExamples, ZeroWeightsTakeWhatPositiveWeightsCannot) {
    // Zero weights get nothing while the weighted parts can take the total.
    EXPECT_THAT(split(request(30, {1, 0, 0})), ElementsAre(30, 0, 0));
    // The weighted part stops at 10; the 20 left spreads equally over the others.
    EXPECT_THAT(split(request(30, {1, 0, 0}, 1, {}, {10, blank, blank})), ElementsAre(10, 10, 10));
    EXPECT_THAT(split(request(31, {1, 0, 0}, 1, {}, {10, blank, blank})), ElementsAre(10, 11, 10));
    EXPECT_THAT(split(request(31, {1, 0, 0}, 0, {}, {10, blank, blank})),
                ElementsAre(10, 10.5, 10.5));
}

TEST(SplitExamples, TotalNotWholeUnits) {
    EXPECT_THAT(split(request(10.5, {1, 1})), ElementsAre(5.5, 5));
    EXPECT_THAT(split(request(10.5, {1, 3})), ElementsAre(3, 7.5));
    EXPECT_THAT(split(request(-10.5, {1, 1})), ElementsAre(-5.5, -5));
    // The largest part is full; the odd part goes to the next largest.
    EXPECT_THAT(split(request(10.5, {1, 3}, 1, {}, {blank, 7})), ElementsAre(3.5, 7));
    // 100 with unit 0.01 is 10000 units, not 9999 and an odd part.
    EXPECT_THAT(split(request(100, {1, 1}, 0.01)), ElementsAre(50, 50));
    EXPECT_THAT(split(request(0.3, {1, 2}, 0.1)),
                ElementsAre(DoubleNear(0.1, 1e-15), DoubleNear(0.2, 1e-15)));
}

TEST(SplitExamples, LargeTotals) {
    const double big = 9007199254740992.0; // 2^53 units
    EXPECT_THAT(split(request(big, {1, 1})), ElementsAre(big / 2, big / 2));
    EXPECT_THAT(split(request(big - 1, {1, 1})), ElementsAre(big / 2, big / 2 - 1));
    EXPECT_THAT(split(request(1e12, {1, 1, 1}, 0.01)),
                ElementsAre(DoubleNear(333333333333.34, 1e-4), DoubleNear(333333333333.33, 1e-4),
                            DoubleNear(333333333333.33, 1e-4)));
}

TEST(SplitErrors, TotalNotFinite) {
    EXPECT_EQ(failure(request(nan, {1})), Failure(Problem::NotFinite, {}));
    EXPECT_EQ(failure(request(inf, {1})), Failure(Problem::NotFinite, {}));
}

TEST(SplitErrors, Unit) {
    EXPECT_EQ(failure(request(1, {1}, -1)), Failure(Problem::NegativeUnit, {"-1"}));
    EXPECT_EQ(failure(request(1, {1}, -0.01)), Failure(Problem::NegativeUnit, {"-0.01"}));
    EXPECT_EQ(failure(request(1, {1}, inf)), Failure(Problem::NotFinite, {}));
    EXPECT_EQ(failure(request(1, {1}, nan)), Failure(Problem::NotFinite, {}));
}

TEST(SplitErrors, Weights) {
    EXPECT_EQ(failure(request(1, {})), Failure(Problem::EmptyWeights, {}));
    EXPECT_EQ(failure(request(1, {1, -2})), Failure(Problem::NegativeWeight, {"2", "-2"}));
    EXPECT_EQ(failure(request(1, {1, 2, inf})), Failure(Problem::ItemNotFinite, {"3"}));
    EXPECT_EQ(failure(request(1, {nan})), Failure(Problem::ItemNotFinite, {"1"}));
}

TEST(SplitErrors, Shapes) {
    EXPECT_EQ(failure(request(1, {1, 1, 1}, 1, {1, 1})),
              Failure(Problem::CountMismatch, {"2", "3"}));
    EXPECT_EQ(failure(request(1, {1, 1, 1}, 1, {}, {1, 1, 1, 1})),
              Failure(Problem::CountMismatch, {"4", "3"}));
    EXPECT_EQ(failure(request(1, {1, 1, 1}, 1, {}, {}, {blank})),
              Failure(Problem::CountMismatch, {"1", "3"}));
    EXPECT_EQ(failure(request(1, {1, 1}, 1, {blank, nan})), Failure(Problem::ItemNotFinite, {"2"}));
    EXPECT_EQ(failure(request(1, {1, 1}, 1, {}, {inf, blank})),
              Failure(Problem::ItemNotFinite, {"1"}));
    EXPECT_EQ(failure(request(1, {1, 1}, 1, {}, {}, {blank, -inf})),
              Failure(Problem::ItemNotFinite, {"2"}));
}

TEST(SplitErrors, TooManyUnits) {
    EXPECT_EQ(failure(request(1e20, {1})),
              Failure(Problem::TooManyUnits, {"1e+20", "9007199254740992"}));
    EXPECT_EQ(failure(request(1, {1}, 1e-300)).first, Problem::TooManyUnits);
    EXPECT_EQ(failure(request(9007199254740994.0, {1, 1})).first, Problem::TooManyUnits);
    // A bound so large that a part would pass the limit.
    EXPECT_EQ(failure(request(0, {1, 1}, 1, {1e30, -1e30})).first, Problem::TooManyUnits);
}

TEST(SplitErrors, MinimumAboveMaximum) {
    EXPECT_EQ(failure(request(4, {1, 1}, 1, {blank, 5}, {blank, 3})),
              Failure(Problem::MinimumAboveMaximum, {"2", "5", "3"}));
    // After rounding inward: 0.5 → 1 and 0.7 → 0.
    EXPECT_EQ(failure(request(4, {1}, 1, {0.5}, {0.7})),
              Failure(Problem::MinimumAboveMaximum, {"1", "1", "0"}));
    // For a negative total a blank maximum means 0.
    EXPECT_EQ(failure(request(-4, {1}, 1, {5})),
              Failure(Problem::MinimumAboveMaximum, {"1", "5", "0"}));
    EXPECT_EQ(failure(request(4, {1}, 0, {5}, {3})),
              Failure(Problem::MinimumAboveMaximum, {"1", "5", "3"}));
}

TEST(SplitErrors, InfeasibleBounds) {
    EXPECT_EQ(failure(request(10, {1, 1}, 1, {6, 6})),
              Failure(Problem::MinimumsAboveRemaining, {"12", "10"}));
    EXPECT_EQ(failure(request(10, {1, 1}, 1, {}, {3, 3})),
              Failure(Problem::MaximumsBelowRemaining, {"6", "10"}));
    EXPECT_EQ(failure(request(10, {1, 1}, 0.5, {}, {3.2, 3.2})),
              Failure(Problem::MaximumsBelowRemaining, {"6", "10"}));
    EXPECT_EQ(failure(request(10, {1, 1}, 0, {}, {3, 3})),
              Failure(Problem::MaximumsBelowRemaining, {"6", "10"}));
    EXPECT_EQ(failure(request(10, {1, 1}, 0, {6, 6})),
              Failure(Problem::MinimumsAboveRemaining, {"12", "10"}));
    // Unit 0: bounds that meet the total only up to floating error are fine.
    EXPECT_THAT(split(request(0.3, {1, 1}, 0, {0.1, 0.2})),
                ElementsAre(DoubleNear(0.1, 1e-16), DoubleNear(0.2, 1e-16)));
    // Holds above the total leave a negative remainder; minimum 0 cannot reach it.
    EXPECT_EQ(failure(request(10, {1, 1}, 1, {}, {}, {12, blank})),
              Failure(Problem::MinimumsAboveRemaining, {"0", "-2"}));
    // Negative total: minimums that add up to more than the total.
    EXPECT_EQ(failure(request(-10, {1, 1}, 1, {-3, -3})),
              Failure(Problem::MinimumsAboveRemaining, {"-6", "-10"}));
    EXPECT_EQ(failure(request(-10, {1, 1}, 1, {}, {}, {-12, blank})),
              Failure(Problem::MaximumsBelowRemaining, {"0", "2"}));
}

TEST(SplitErrors, NoRoomForOddPart) {
    EXPECT_EQ(failure(request(10.5, {1, 1}, 1, {}, {5, 5.4})),
              Failure(Problem::NoRoomForOddPart, {"0.5"}));
    EXPECT_EQ(failure(request(-10.5, {1, 1}, 1, {-5, -5.4})),
              Failure(Problem::NoRoomForOddPart, {"-0.5"}));
}

TEST(SplitErrors, NoFreeParts) {
    EXPECT_EQ(failure(request(10, {1, 1}, 1, {}, {}, {4, 5})),
              Failure(Problem::NoFreeParts, {"1"}));
    EXPECT_EQ(failure(request(-10, {1, 1}, 0, {}, {}, {-4, -5})),
              Failure(Problem::NoFreeParts, {"-1"}));
    // Holds that add up to the total up to floating error are fine.
    EXPECT_THAT(split(request(0.3, {1, 1}, 1, {}, {}, {0.1, 0.2})), ElementsAre(0.1, 0.2));
}

TEST(SplitErrors, MessagesReadWell) {
    try {
        split(request(10, {1, 1}, 1, {6, 6}));
        FAIL();
    } catch (const allot::Error& e) {
        EXPECT_STREQ(e.what(), "The minimums add up to 12, more than the 10 left to split after "
                               "the holds. Lower some minimums or holds, or raise the total.");
    }
}

} // namespace
