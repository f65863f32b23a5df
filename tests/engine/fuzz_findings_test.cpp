// Findings of the fuzzers (fuzz/) and of the outside run of issue 10, each
// as the smallest request that showed it: before the fix each returned a
// number that broke the function's promise (or infinity); now each gives the
// right number or a typed allot::Error.
#include "allot/error.hpp"
#include "allot/funnel.hpp"
#include "allot/kpi.hpp"
#include "allot/levels.hpp"
#include "allot/split.hpp"
#include "allot/tracking.hpp"

#include "oracle.hpp"
#include "support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using allot::Problem;
using allot::testing::failure_of;

constexpr double denormal = std::numeric_limits<double>::denorm_min();

long double sum_of(const std::vector<double>& values) {
    long double sum = 0;
    for (double v : values)
        sum += v;
    return sum;
}

// Issue 10: unit 0 and targets from 1e-25 to 4e30 gave a target of 3.8e-14 a
// floor of -131,941,395,333,120: the split's floating-point residue went to
// the last part. It now goes to the largest parts, within their bounds.
TEST(FuzzFindings, LevelsOfTargetsFarApartKeepTheOrder) {
    allot::LevelsRequest r{{4e30, 1e-25, 7.5e12, 2.5e20, 3.8e-14}, 0.35, 3.28, 0};
    const allot::Levels l = allot::levels(r);
    const long double total = sum_of(r.targets);
    for (std::size_t i = 0; i < r.targets.size(); ++i) {
        EXPECT_LE(l.floor[i], r.targets[i]) << i;
        EXPECT_GE(l.stretch[i], r.targets[i]) << i;
        EXPECT_GE(l.floor[i], 0) << i;
    }
    EXPECT_NEAR(static_cast<double>(sum_of(l.floor) / total), 0.35, 1e-9);
    EXPECT_NEAR(static_cast<double>(sum_of(l.stretch) / total), 3.28, 1e-9);
}

// Issue 10: four targets of 1e-10 with unit 0.01 gave floors adding up to
// 1e-10 instead of 0.62 × the total: the odd part was let past a maximum by
// an absolute 1e-9. The tolerance counts in units now, so this is an error.
TEST(FuzzFindings, LevelsFarBelowTheUnitIsAnError) {
    allot::LevelsRequest r{{1e-10, 1e-10, 1e-10, 1e-10}, 0.62, 1.2, 0.01};
    EXPECT_EQ(failure_of([&] { allot::levels(r); }).first, Problem::LevelsFloorNotInUnits);
    // SPLIT itself: the odd 2.48e-10 does not fit under a maximum of 1e-10.
    const auto split =
        allot::testing::request(2.48e-10, {1, 1, 1, 1}, 0.01, {}, allot::testing::all(1e-10, 4));
    EXPECT_EQ(failure_of([&] { allot::split(split); }).first, Problem::NoRoomForOddPart);
}

// Issue 10: FUNNELYIELD returned infinity for the revenue.
TEST(FuzzFindings, FunnelYieldRevenueBeyondDoubleIsAnError) {
    allot::FunnelYieldRequest r{1e15, {1}, 1e300};
    EXPECT_EQ(failure_of([&] { allot::funnel_yield(r); }).first, Problem::FunnelRevenueTooLarge);
}

// funnel_fuzz: periods of 5e-324 made the per-person counts infinite.
TEST(FuzzFindings, FunnelPerPersonCountsBeyondTheLimitAreAnError) {
    allot::FunnelRequest r;
    r.target = 8;
    r.deal_size = 3;
    r.periods = denormal;
    EXPECT_EQ(failure_of([&] { allot::funnel(r); }).first, Problem::FunnelTooLarge);
}

// tracking_fuzz's kind: an actual of 1e308 against 1e-300 due.
TEST(FuzzFindings, PaceBeyondDoubleIsAnError) {
    EXPECT_EQ(failure_of([&] { allot::pace(1e308, {1e-300}, 1); }).first, Problem::PaceTooLarge);
}

// kpi_fuzz: a target of 8.9e307 over a sum whose baselines cancel gave
// children an infinite target.
TEST(FuzzFindings, KpiTargetsBeyondDoubleAreAnError) {
    using Labels = std::vector<std::optional<std::string>>;
    allot::KpiRequest r;
    r.target = 8.8827189984410169e+307;
    r.ids = Labels{"top", "a", "b"};
    r.parents = Labels{std::nullopt, "top", "top"};
    r.operators = Labels{"+", std::nullopt, std::nullopt};
    r.baselines = {std::nullopt, 1, -1.4945527238855331e+308};
    r.efforts = {std::nullopt, 1, std::nullopt};
    EXPECT_EQ(failure_of([&] { allot::kpi(r); }).first, Problem::KpiTargetTooLarge);
}

// split_fuzz (in CI's 20 s run): a total of 1.8E+308 with a unit of 2^1023
// is within 1e-9 of 2 units, but 2 units are 2^1024, no double: it said "2
// units, more than the limit". Now 1 unit and the odd part, adding up.
TEST(FuzzFindings, ForgivingAUnitUpwardStaysWithinTheDoubles) {
    allot::SplitRequest r;
    r.total = std::numeric_limits<double>::max();
    r.unit = 0x1p1023;
    r.weights = {0};
    EXPECT_THAT(allot::split(r), ::testing::ElementsAre(std::numeric_limits<double>::max()));
    r.weights = {1, 1};
    EXPECT_THAT(allot::split(r), ::testing::ElementsAre(std::numeric_limits<double>::max(), 0.0));
}

// Bad-input battery (issue 10): a product of 20,000 children of baseline 2
// overflows even long double; the tolerance of the recomputation check
// became infinite, and the children came back unchanged (2 each) under a
// root of 100. Underflow (0.5 each) is the same error, not a 0 baseline.
TEST(FuzzFindings, KpiProductsBeyondLongDoubleAreAnError) {
    for (const double baseline : {2.0, 0.5}) {
        allot::KpiRequest r;
        r.target = 100;
        const std::size_t n = 20'000;
        for (std::size_t i = 0; i < n; ++i) {
            r.ids.push_back(std::to_string(i + 1));
            r.parents.push_back(i == 0 ? std::optional<std::string>() : "1");
            r.operators.push_back(i == 0 ? std::optional<std::string>("*") : std::nullopt);
            r.baselines.push_back(i == 0 ? std::optional<double>() : baseline);
        }
        EXPECT_EQ(failure_of([&] { allot::kpi(r); }),
                  (allot::testing::Failure{Problem::KpiBaselineOutOfRange, {"1"}}))
            << baseline;
        // 2,000 factors of 2 still work: each child grows to 100^(1/1999).
        r.ids.resize(2'000);
        r.parents.resize(2'000);
        r.operators.resize(2'000);
        r.baselines.resize(2'000);
        if (baseline == 2.0) {
            const auto values = allot::kpi(r);
            long double product = 1;
            for (std::size_t i = 1; i < values.size(); ++i)
                product *= values[i];
            EXPECT_NEAR(static_cast<double>(product), 100.0, 1e-6);
        }
    }
}

// split_fuzz: a minimum of 3.2e307 beside one of -1.8e308 is feasible in
// sum, but the parts would be far beyond 2^53 units: TooManyUnits (the
// oracle, which had no such check, gave parts).
TEST(FuzzFindings, BoundsFarBeyondTheLimitAreTooManyUnits) {
    const allot::testing::Cells minimums{3.1951274169239379e+307,
                                         1,
                                         -1.7976931348623157e+308,
                                         std::nullopt,
                                         std::nullopt,
                                         std::nullopt,
                                         std::nullopt,
                                         std::nullopt};
    const auto r =
        allot::testing::request(9007199254740992.0, {2, 0, 0, 0, 0, 5, 8, 4}, 1, minimums);
    EXPECT_EQ(failure_of([&] { allot::split(r); }).first, Problem::TooManyUnits);
}

// split_fuzz: minimums of 1e300 and -1.8e308 saturated at ±2^62 units and
// changed the sums: "the minimums add up to -1.8e308, more than the 8 left".
// The part with the minimum of 1e300 can only be beyond 2^53 units.
TEST(FuzzFindings, SaturatedBoundsAreTooManyUnits) {
    const allot::testing::Cells minimums{3,
                                         1.0000000000000001e+300,
                                         6,
                                         -1.7976916234491895e+308,
                                         std::nullopt,
                                         std::nullopt,
                                         std::nullopt,
                                         std::nullopt};
    const auto r = allot::testing::request(8, {5, 2, 2, 0, 0, 0, 0, 1}, 7, minimums);
    EXPECT_EQ(failure_of([&] { allot::split(r); }).first, Problem::TooManyUnits);
}

// split_fuzz (UBSan): weights of a few denormals made the double factor of
// the quotas infinite and a bucket index undefined; such quotas now take the
// long double path (Extreme.SplitOfDenormalsIsExact under the asan preset).
TEST(FuzzFindings, DenormalWeightsSplitExactly) {
    const double d = std::numeric_limits<double>::denorm_min();
    EXPECT_THAT(allot::split(allot::testing::request(100, {d, 3 * d})),
                ::testing::ElementsAre(25, 75));
}

// split_fuzz: a total of 1e-10 with unit 1 is 0 units, and it used to be
// dropped as within 1e-9 of a unit, so the parts (0, 0, 0) did not add up to
// it; likewise 100 in units of 1E+308 gave 0, 0. The 1e-9 never reaches
// beyond 1e-9 of the total now: the total is the odd part, and goes to the
// largest part (the earliest on ties).
TEST(FuzzFindings, TotalFarBelowTheUnitIsTheOddPart) {
    EXPECT_THAT(allot::split(allot::testing::request(1e-10, {0, 0, 0})),
                ::testing::ElementsAre(1e-10, 0, 0));
    EXPECT_THAT(allot::split(allot::testing::request(-1e-10, {1, 2})),
                ::testing::ElementsAre(-1e-10, 0));
    EXPECT_THAT(allot::split(allot::testing::request(100, {1, 1}, 1e308)),
                ::testing::ElementsAre(100, 0));
    // Noise beside holds is still forgiven: 1 − 0.7 − 0.3 is −5.6e-17 in
    // binary, 0 units to the user.
    EXPECT_THAT(
        allot::split(allot::testing::request(1, {1, 1, 1}, 1, {}, {}, {0.7, 0.3, std::nullopt})),
        ::testing::ElementsAre(0.7, 0.3, 0));
}

// split_fuzz (600 s): a total of the largest double over two parts of a
// unit of 4.2e307 overflowed the double sum that checks the parts (an error
// "too far apart" where the exact oracle has parts); the check now sums in
// long double when the doubles overflow.
TEST(FuzzFindings, PartsOfTheLargestDoubleAddUp) {
    const double total = std::numeric_limits<double>::max();
    const auto r = allot::testing::request(total, {4, 4}, 4.1984718185749739e+307);
    const auto parts = allot::split(r);
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_TRUE(std::isfinite(parts[0]) && std::isfinite(parts[1]));
    const long double sum = static_cast<long double>(parts[0]) + parts[1];
    EXPECT_LE(std::fabs(sum - total), 1e-9L * total);
    EXPECT_GE(parts[0], parts[1]) << "the odd part goes to the earlier of equal parts";
}

// split_fuzz (600 s): minimums of 1.8E+308 and -1.8E+308 beside small ones
// were summed so that the small ones were lost, and the error was "too many
// units" where the minimums (9 + 3 + 27 after rounding to units of 3) do not
// fit in 5: they are now summed with compensation, as the oracle has it.
TEST(FuzzFindings, HugeOpposedMinimumsKeepTheSmallOnesInTheirSum) {
    const double M = std::numeric_limits<double>::max();
    const allot::testing::Cells minimums{
        9, M, 2, 25.309999999999999, -M, std::nullopt, std::nullopt, std::nullopt};
    const auto r = allot::testing::request(5, {5, 1, 0, 0, 0, 0, 2, 0}, 3, minimums);
    EXPECT_EQ(failure_of([&] { allot::split(r); }).first, Problem::MinimumsAboveRemaining);
}

// split_fuzz (600 s): a total of 2^53 in units of 4 (2^51 units) with holds
// of 2 and 2.3e-6 gave a unit to the wrong part: the remainders left after
// the holds are not whole, and at 2^51 units a double cannot hold the
// quotas' fractions, so the largest remainders were decided on rounded
// quotas. The oracle decides them exactly.
TEST(FuzzFindings, LargestRemaindersAtTwoToTheFiftyOneUnitsAfterHolds) {
    const allot::testing::Cells fixed{
        std::nullopt,           2,           std::nullopt, std::nullopt, std::nullopt,
        2.3246103095800005e-06, std::nullopt};
    const auto r = allot::testing::request(
        9007199254740992.0, {6, 10, 1, 5, 0.38056012228409197, 5, 7}, 4, {}, {}, fixed);
    const oracle::Outcome expected = oracle::split(r);
    ASSERT_FALSE(expected.problem.has_value());
    const auto parts = allot::split(r);
    ASSERT_EQ(parts.size(), expected.parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (!expected.odd_part || *expected.odd_part != i)
            EXPECT_EQ(parts[i], expected.parts[i]) << "part " << i;
}

// Beyond 5e8 units the relative 1e-9 forgives half a unit, so a bound
// exactly halfway between two whole numbers of units could go either way;
// it goes inward, as every bound does: minimums of 4398046512082.5 and
// -4398046512082.5 are 4398046512083 and -4398046512082 units, which with
// another 4398046512083 do not fit in 4398046512083.
TEST(FuzzFindings, BoundsHalfwayBeyondHalfABillionUnitsRoundInward) {
    const double x = 4398046512082.5;
    const auto r = allot::testing::request(x, {0, 4, 1}, 1, {x, -x, x});
    EXPECT_EQ(failure_of([&] { allot::split(r); }).first, Problem::MinimumsAboveRemaining);
    const double y = 137438954151.5;
    const auto parts = allot::split(allot::testing::request(2 * y - 1, {0, 2, 0}, 1,
                                                            {std::nullopt, std::nullopt, -y},
                                                            {std::nullopt, y, std::nullopt}));
    EXPECT_EQ(parts[1], 137438954151.0) << "a maximum halfway rounds down";
}

// split_fuzz (120 s, helper's run): a minimum of 2^53 beside one of -7.5e307
// and a total of 9.827: the odd 0.827 goes to the largest part, 2^53, where a
// double cannot hold it, so the parts would add up to 9. The engine refuses
// (never a wrong number); the oracle used to return those parts, and now
// says the same.
TEST(FuzzFindings, AnOddPartLostBesideTwoToTheFiftyThreeIsBeyondPrecision) {
    const double w = 1.4170051768914723e+308;
    const auto r =
        allot::testing::request(9.827, {0.99999994412564119, w, w}, 1,
                                {-7.4748438412539443e+307, 9007199254740992.0, std::nullopt});
    EXPECT_EQ(failure_of([&] { allot::split(r); }).first, Problem::BeyondPrecision);
    EXPECT_EQ(oracle::split(r).problem, Problem::BeyondPrecision);
}

// split_fuzz (600 s): the largest double in units of 2.12e292 is 8.47e15
// units and three quarters; forgiven, the nearest whole number of units times
// the unit lies a quarter unit beyond the largest double, yet rounds to it.
// The oracle called that leaving the doubles (an odd part of 0.75 units), the
// engine did not; both now say a product leaves them only where the double
// nearest to it is infinite, as the engine had it.
TEST(FuzzFindings, ForgivenUnitsUpToWhereADoubleIsInfinite) {
    const auto r = allot::testing::request(std::numeric_limits<double>::max(),
                                           {0, 0, 0, 0, 0, 0, 0}, 2.1215548602817794e+292);
    const auto expected = oracle::split(r);
    ASSERT_FALSE(expected.problem.has_value());
    EXPECT_EQ(allot::split(r), expected.parts);
    EXPECT_FALSE(expected.odd_part.has_value());
}

// split_fuzz (600 s, UBSan in the oracle): a minimum of 2^53 units of the
// largest double is a part beyond the doubles. The engine says "too many
// units"; the oracle converted the infinite part back to a rational
// (undefined behaviour) and now says the same.
TEST(FuzzFindings, APartBeyondTheDoublesIsTooManyUnits) {
    const double M = std::numeric_limits<double>::max();
    const auto r = allot::testing::request(M, {8, 8, 8, 8, 8, 8, 8}, M,
                                           {1e-300, 8, 7, 8, 8, 5, 9007199254740992.0}, {},
                                           {-1.4409023993302526e+308, 0, std::nullopt, std::nullopt,
                                            std::nullopt, std::nullopt, std::nullopt});
    EXPECT_EQ(failure_of([&] { allot::split(r); }).first, Problem::TooManyUnits);
    EXPECT_EQ(oracle::split(r).problem, Problem::TooManyUnits);
}

} // namespace
