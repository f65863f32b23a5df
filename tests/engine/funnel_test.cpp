// ALLOT.FUNNEL and ALLOT.FUNNELYIELD: worked examples, the binary-fraction
// cases the 1e-9 tolerance exists for, per person per period, every error,
// and random properties: each stage is the smallest whole count that feeds
// the next, the counts never fall as the target rises, and the funnel's top
// count, run forward, yields at least the target.
#include "allot/error.hpp"
#include "allot/funnel.hpp"

#include "support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

namespace {

using allot::funnel;
using allot::funnel_yield;
using allot::FunnelRequest;
using allot::FunnelYieldRequest;
using allot::Problem;
using ::testing::ElementsAre;

FunnelRequest backwards(double target, double deal_size, std::vector<double> rates,
                        std::optional<double> periods = std::nullopt,
                        std::optional<double> people = std::nullopt) {
    return FunnelRequest{target, deal_size, std::move(rates), periods, people};
}

FunnelYieldRequest forwards(double activity, std::vector<double> rates,
                            std::optional<double> deal_size = std::nullopt) {
    return FunnelYieldRequest{activity, std::move(rates), deal_size};
}

using allot::testing::Failure;

template <class Call> Failure failure(Call call) {
    return allot::testing::failure_of(call);
}

TEST(FunnelExamples, RevenueBackToVisits) {
    // 1,000,000 at 50,000 a deal: 20 deals; 25% of opportunities close: 80;
    // 40% of leads qualify: 200; 50% of visits give a lead: 400.
    EXPECT_THAT(funnel(backwards(1000000, 50000, {0.5, 0.4, 0.25})), ElementsAre(400, 200, 80, 20));
}

TEST(FunnelExamples, EveryStageRoundsUp) {
    // 1,010,000 / 50,000 = 20.2 → 21 deals; 21 / 0.25 = 84; 84 / 0.4 = 210; 210 / 0.5 = 420.
    EXPECT_THAT(funnel(backwards(1010000, 50000, {0.5, 0.4, 0.25})), ElementsAre(420, 210, 84, 21));
    // 7 deals at 30%: 23.33 → 24 opportunities; at 30% again: 80.
    EXPECT_THAT(funnel(backwards(7, 1, {0.3, 0.3})), ElementsAre(80, 24, 7));
}

TEST(FunnelExamples, QuotientsThatAreWholeInDecimalStayWhole) {
    // In binary 60 / 0.3 is 200.00000000000003 and 100 / 0.5 is 200 exactly:
    // both are 200, not 201.
    EXPECT_THAT(funnel(backwards(60, 1, {0.3})), ElementsAre(200, 60));
    EXPECT_THAT(funnel(backwards(100, 1, {0.5})), ElementsAre(200, 100));
    EXPECT_THAT(funnel(backwards(7, 1, {0.07})), ElementsAre(100, 7));
    EXPECT_THAT(funnel(backwards(0.3, 0.1, {})), ElementsAre(3)); // 0.3 / 0.1 = 2.9999999999999996
    EXPECT_THAT(funnel(backwards(29, 1, {0.29})), ElementsAre(100, 29));
}

TEST(FunnelExamples, PerPersonPerPeriod) {
    // 400, 200, 80, 20 over 12 months and 5 people (60 person-months), rounded up:
    // 6.67 → 7 visits, 3.33 → 4 leads, 1.33 → 2 opportunities, 0.33 → 1 deal.
    EXPECT_THAT(funnel(backwards(1000000, 50000, {0.5, 0.4, 0.25}, 12, 5)),
                ElementsAre(7, 4, 2, 1));
    // Only periods (people default 1), only people (periods default 1).
    EXPECT_THAT(funnel(backwards(1000000, 50000, {0.5, 0.4, 0.25}, 4)),
                ElementsAre(100, 50, 20, 5));
    EXPECT_THAT(funnel(backwards(1000000, 50000, {0.5, 0.4, 0.25}, std::nullopt, 3)),
                ElementsAre(134, 67, 27, 7));
    // Part-time people: 2.5 people over 4 quarters share 400 visits: 40 each.
    EXPECT_THAT(funnel(backwards(1000000, 50000, {0.5, 0.4, 0.25}, 4, 2.5)),
                ElementsAre(40, 20, 8, 2));
}

TEST(FunnelExamples, EdgeCases) {
    // A target of 0 needs nothing.
    EXPECT_THAT(funnel(backwards(0, 50000, {0.5, 0.25})), ElementsAre(0, 0, 0));
    // Rate 1: the stage passes everything on. No rates: just the deals.
    EXPECT_THAT(funnel(backwards(10, 1, {1, 1})), ElementsAre(10, 10, 10));
    EXPECT_THAT(funnel(backwards(10, 3, {})), ElementsAre(4));
    // A deal bigger than the target: one deal.
    EXPECT_THAT(funnel(backwards(100, 1e6, {0.5})), ElementsAre(2, 1));
    // Counts up to 2^53 are fine.
    EXPECT_THAT(funnel(backwards(9007199254740992.0, 1, {})), ElementsAre(9007199254740992.0));
}

TEST(FunnelExamples, Errors) {
    EXPECT_EQ(failure([] {
                  funnel(backwards(100, 10, {0.5, 20}));
              }),
              (Failure{Problem::FunnelRateOutOfRange, {"2", "20"}}));
    EXPECT_EQ(failure([] {
                  funnel(backwards(100, 10, {0, 0.5}));
              }),
              (Failure{Problem::FunnelRateOutOfRange, {"1", "0"}}));
    EXPECT_EQ(failure([] { funnel(backwards(100, 10, {-0.5})); }),
              (Failure{Problem::FunnelRateOutOfRange, {"1", "-0.5"}}));
    EXPECT_EQ(failure([] { funnel(backwards(100, 10, {1.01})); }),
              (Failure{Problem::FunnelRateOutOfRange, {"1", "1.01"}}));
    EXPECT_EQ(failure([] { funnel(backwards(100, 0, {0.5})); }),
              (Failure{Problem::FunnelNotPositive, {"0"}}));
    EXPECT_EQ(failure([] { funnel(backwards(100, -5, {0.5})); }),
              (Failure{Problem::FunnelNotPositive, {"-5"}}));
    EXPECT_EQ(failure([] { funnel(backwards(-100, 5, {0.5})); }),
              (Failure{Problem::FunnelNegative, {"-100"}}));
    EXPECT_EQ(failure([] { funnel(backwards(100, 5, {0.5}, 0)); }),
              (Failure{Problem::FunnelNotPositive, {"0"}}));
    EXPECT_EQ(failure([] { funnel(backwards(100, 5, {0.5}, 12, -1)); }),
              (Failure{Problem::FunnelNotPositive, {"-1"}}));
    // 1e15 deals at 0.1% are 1e18 leads.
    EXPECT_EQ(failure([] { funnel(backwards(1e15, 1, {0.001})); }),
              (Failure{Problem::FunnelTooLarge, {"1", "1e+18", "9007199254740992"}}));
    EXPECT_EQ(failure([] { funnel(backwards(1e300, 1e-300, {0.5})); }).first,
              Problem::FunnelTooLarge);
    EXPECT_EQ(failure([] { funnel(backwards(NAN, 1, {0.5})); }), (Failure{Problem::NotFinite, {}}));
}

TEST(FunnelYieldExamples, ActivityForwardToRevenue) {
    // 400 visits, 50%, 40%, 25%: 200 leads, 80 opportunities, 20 deals; at 50,000: 1,000,000.
    EXPECT_THAT(funnel_yield(forwards(400, {0.5, 0.4, 0.25}, 50000)),
                ElementsAre(400, 200, 80, 20, 1000000));
    // Without a deal size, only the counts.
    EXPECT_THAT(funnel_yield(forwards(400, {0.5, 0.4, 0.25})), ElementsAre(400, 200, 80, 20));
}

TEST(FunnelYieldExamples, EveryStageRoundsDown) {
    // 99 visits at 50%: 49.5 → 49 leads; 49 × 0.4 = 19.6 → 19; 19 × 0.25 = 4.75 → 4 deals.
    EXPECT_THAT(funnel_yield(forwards(99, {0.5, 0.4, 0.25}, 10)), ElementsAre(99, 49, 19, 4, 40));
    // Fractional activity (an average): the whole part.
    EXPECT_THAT(funnel_yield(forwards(10.9, {0.5})), ElementsAre(10, 5));
}

TEST(FunnelYieldExamples, ProductsThatAreWholeInDecimalStayWhole) {
    // 100 × 0.29 is 28.999999999999996 in binary: 29, not 28.
    EXPECT_THAT(funnel_yield(forwards(100, {0.29})), ElementsAre(100, 29));
    EXPECT_THAT(funnel_yield(forwards(1000, {0.07})), ElementsAre(1000, 70));
}

TEST(FunnelYieldExamples, Errors) {
    EXPECT_EQ(failure([] { funnel_yield(forwards(-1, {0.5})); }),
              (Failure{Problem::FunnelNegative, {"-1"}}));
    EXPECT_EQ(failure([] { funnel_yield(forwards(10, {50})); }),
              (Failure{Problem::FunnelRateOutOfRange, {"1", "50"}}));
    EXPECT_EQ(failure([] { funnel_yield(forwards(10, {0.5}, 0)); }),
              (Failure{Problem::FunnelNotPositive, {"0"}}));
    EXPECT_EQ(failure([] { funnel_yield(forwards(1e17, {0.5})); }).first, Problem::FunnelTooLarge);
}

// ---------------------------------------------------------------- properties

std::vector<double> random_rates(allot::testing::Random& random) {
    static const std::vector<double> typical{0.1, 0.2, 0.25, 0.3, 0.33, 0.5, 0.07, 0.29, 1.0};
    std::vector<double> rates(static_cast<std::size_t>(random.integer(0, 5)));
    for (double& rate : rates)
        rate = random.chance(0.5) ? random.pick(typical) : random.uniform(0.01, 1);
    return rates;
}

FunnelRequest random_funnel(allot::testing::Random& random) {
    FunnelRequest r;
    r.deal_size = random.pick(std::vector<double>{1, 0.5, 1000, 50000, 12345.67});
    const double scale = random.pick(std::vector<double>{10, 1000, 1e6, 1e9});
    r.target = random.chance(0.3) ? std::round(random.uniform(0, scale)) * r.deal_size
                                  : random.uniform(0, scale);
    r.rates = random_rates(random);
    return r;
}

TEST(FunnelProperties, EachStageIsTheSmallestCountThatFeedsTheNext) {
    allot::testing::Random random(31);
    for (int round = 0; round < allot::testing::rounds(4000); ++round) {
        const FunnelRequest r = random_funnel(random);
        const std::vector<double> counts = funnel(r);
        ASSERT_EQ(counts.size(), r.rates.size() + 1);
        // The 1e-9 tolerance: within it of the exact quotient counts as reaching it.
        const auto enough = [](double count, long double need) {
            return count >= need * (1 - 1e-9L) && count - 1 < need;
        };
        const long double deals = static_cast<long double>(r.target) / r.deal_size;
        ASSERT_TRUE(enough(counts.back(), deals)) << counts.back() << " for " << deals;
        for (std::size_t k = 0; k < r.rates.size(); ++k) {
            ASSERT_EQ(counts[k], std::floor(counts[k]));
            const long double need = counts[k + 1] / static_cast<long double>(r.rates[k]);
            ASSERT_TRUE(enough(counts[k], need)) << counts[k] << " for " << need;
        }
    }
}

TEST(FunnelProperties, NeverFallsAsTheTargetRises) {
    allot::testing::Random random(32);
    for (int round = 0; round < allot::testing::rounds(2000); ++round) {
        FunnelRequest r = random_funnel(random);
        if (random.chance(0.3)) {
            r.periods = random.pick(std::vector<double>{1, 4, 12, 52});
            r.people = random.pick(std::vector<double>{1, 2.5, 7});
        }
        std::vector<double> previous = funnel(r);
        for (int step = 0; step < 20; ++step) {
            r.target += random.uniform(0, r.deal_size * 3);
            const std::vector<double> counts = funnel(r);
            for (std::size_t k = 0; k < counts.size(); ++k)
                ASSERT_GE(counts[k], previous[k]);
            previous = counts;
        }
    }
}

TEST(FunnelProperties, PerPersonPerPeriodCoversTheTotal) {
    allot::testing::Random random(33);
    for (int round = 0; round < allot::testing::rounds(2000); ++round) {
        FunnelRequest r = random_funnel(random);
        const std::vector<double> totals = funnel(r);
        r.periods = random.pick(std::vector<double>{1, 3, 12, 52});
        r.people = random.pick(std::vector<double>{1, 2, 2.5, 40});
        const std::vector<double> shares = funnel(r);
        const double share = *r.periods * *r.people;
        for (std::size_t k = 0; k < totals.size(); ++k) {
            ASSERT_GE(shares[k] * share, totals[k] * (1 - 1e-9));
            ASSERT_LT((shares[k] - 1) * share, totals[k]);
        }
    }
}

TEST(FunnelProperties, TheTopCountRunForwardYieldsTheTarget) {
    allot::testing::Random random(34);
    for (int round = 0; round < allot::testing::rounds(4000); ++round) {
        const FunnelRequest r = random_funnel(random);
        const std::vector<double> counts = funnel(r);
        const std::vector<double> yield =
            funnel_yield(FunnelYieldRequest{counts.front(), r.rates, r.deal_size});
        ASSERT_EQ(yield.size(), counts.size() + 1);
        for (std::size_t k = 0; k < counts.size(); ++k)
            ASSERT_GE(yield[k], counts[k]) << "stage " << k;
        ASSERT_GE(yield.back(), r.target * (1 - 1e-9));
    }
}

} // namespace
