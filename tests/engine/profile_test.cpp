// ALLOT.PROFILE: worked examples, shares that add up to exactly 1, blank and
// empty years, one test per error, and random properties.
#include "allot/profile.hpp"

#include "allot/error.hpp"
#include "support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace {

using allot::Problem;
using allot::ProfileMethod;
using allot::ProfileRequest;
using allot::testing::Random;
using allot::testing::rounds;
using ::testing::DoubleEq;
using ::testing::DoubleNear;
using ::testing::ElementsAre;

using Cells = std::vector<std::optional<double>>;
constexpr std::optional<double> blank = std::nullopt;

ProfileRequest request(Cells history, std::size_t periods,
                       ProfileMethod method = ProfileMethod::Average) {
    ProfileRequest r;
    r.history = std::move(history);
    r.periods = periods;
    r.method = method;
    return r;
}

using allot::testing::Failure;

Failure failure(const ProfileRequest& r) {
    return allot::testing::failure_of([&] { allot::profile(r); });
}

using allot::testing::exact_sum;

TEST(ProfileExamples, AverageOfYearlyShares) {
    // Year 1 totals 4, year 2 totals 100: each year counts the same.
    const Cells history{1, 1, 1, 1, 10, 20, 30, 40};
    EXPECT_THAT(allot::profile(request(history, 4)),
                ElementsAre(DoubleEq(0.175), DoubleEq(0.225), DoubleEq(0.275), DoubleEq(0.325)));
}

TEST(ProfileExamples, PooledColumnTotals) {
    // Column totals 11, 21, 31, 41 of 104: the big year dominates.
    const Cells history{1, 1, 1, 1, 10, 20, 30, 40};
    EXPECT_THAT(allot::profile(request(history, 4, ProfileMethod::Pooled)),
                ElementsAre(DoubleEq(11.0 / 104), DoubleEq(21.0 / 104), DoubleEq(31.0 / 104),
                            DoubleNear(41.0 / 104, 1e-16)));
}

TEST(ProfileExamples, AddsUpToExactlyOne) {
    // Thirds do not add up to 1 in binary unless one of them absorbs the rounding.
    const auto shares = allot::profile(request({1, 1, 1}, 3));
    EXPECT_EQ(exact_sum(shares), 1.0L);
    EXPECT_EQ(shares[0] + shares[1] + shares[2], 1.0);
    // Twelve months of 7s and one of 8.
    Cells months(12, 7.0);
    months[5] = 8;
    const auto twelve = allot::profile(request(months, 12));
    EXPECT_LE(std::fabs(exact_sum(twelve) - 1.0L), 0x1p-53L);
}

TEST(ProfileExamples, BlankAndEmptyYearsAreSkipped) {
    // Row 2 is blank, row 3 adds up to 0: only row 1 has a pattern.
    const Cells history{1, 3, blank, blank, 0, 0};
    EXPECT_THAT(allot::profile(request(history, 2)), ElementsAre(0.25, 0.75));
    EXPECT_THAT(allot::profile(request(history, 2, ProfileMethod::Pooled)),
                ElementsAre(0.25, 0.75));
    // A blank cell in a year with values is 0.
    EXPECT_THAT(allot::profile(request({blank, 2, 2, 2}, 2)), ElementsAre(0.25, 0.75));
}

TEST(ProfileExamples, OnePeriodOrOneYear) {
    EXPECT_THAT(allot::profile(request({5, 7, 9}, 1)), ElementsAre(1.0));
    EXPECT_THAT(allot::profile(request({2, 6}, 2)), ElementsAre(0.25, 0.75));
}

TEST(ProfileExamples, MethodNames) {
    EXPECT_EQ(allot::profile_method("average"), ProfileMethod::Average);
    EXPECT_EQ(allot::profile_method("Average"), ProfileMethod::Average);
    EXPECT_EQ(allot::profile_method("POOLED"), ProfileMethod::Pooled);
    try {
        allot::profile_method("median");
        ADD_FAILURE() << "no error";
    } catch (const allot::Error& e) {
        EXPECT_EQ(e.problem(), Problem::ProfileUnknownMethod);
        EXPECT_EQ(e.args(), std::vector<std::string>{"median"});
    }
}

TEST(ProfileErrors, EachProblem) {
    EXPECT_EQ(failure(request({}, 4)), (Failure{Problem::ProfileEmptyHistory, {}}));
    EXPECT_EQ(failure(request({1, 2, 3, 4, 5, -6}, 3)),
              (Failure{Problem::ProfileNegativeHistory, {"2", "3", "-6"}}));
    EXPECT_EQ(failure(request({1, std::nan("")}, 2)), (Failure{Problem::ItemNotFinite, {"2"}}));
    EXPECT_EQ(failure(request({blank, blank, 0, 0}, 2)), (Failure{Problem::ProfileNoHistory, {}}));
}

TEST(ProfileProperties, SharesAreShares) {
    Random random(12);
    for (int round = 0; round < rounds(4000); ++round) {
        const auto periods = static_cast<std::size_t>(random.integer(1, 53));
        const auto years = static_cast<std::size_t>(random.integer(1, 6));
        Cells history;
        bool any = false;
        for (std::size_t y = 0; y < years; ++y) {
            const bool blank_year = random.chance(0.15);
            const double scale = std::exp(random.uniform(-20, 20));
            for (std::size_t p = 0; p < periods; ++p) {
                if (blank_year || random.chance(0.05)) {
                    history.push_back(blank);
                } else {
                    history.push_back(random.chance(0.1) ? 0.0 : scale * random.uniform(0, 1));
                    any = any || *history.back() > 0;
                }
            }
        }
        if (!any)
            continue;
        for (ProfileMethod method : {ProfileMethod::Average, ProfileMethod::Pooled}) {
            const auto shares = allot::profile(request(history, periods, method));
            ASSERT_EQ(shares.size(), periods);
            for (double s : shares)
                ASSERT_TRUE(s >= 0 && s <= 1) << s;
            ASSERT_LE(std::fabs(exact_sum(shares) - 1.0L), 0x1p-53L);
            ASSERT_EQ(shares, allot::profile(request(history, periods, method)));
        }
    }
}

// "average" does not care about the size of a year; scaling one year
// changes "pooled" but not "average".
TEST(ProfileProperties, AverageIgnoresTheSizeOfAYear) {
    Random random(13);
    for (int round = 0; round < rounds(1000); ++round) {
        const std::size_t periods = 12;
        Cells history;
        for (std::size_t k = 0; k < 3 * periods; ++k)
            history.push_back(random.uniform(1, 100));
        const auto before = allot::profile(request(history, periods));
        for (std::size_t p = 0; p < periods; ++p)
            history[periods + p] = *history[periods + p] * 1024; // exact scaling
        const auto after = allot::profile(request(history, periods));
        for (std::size_t p = 0; p < periods; ++p)
            ASSERT_NEAR(after[p], before[p], 1e-15);
    }
}

} // namespace
