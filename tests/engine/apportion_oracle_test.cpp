// Differential test: apportion() (divisor found directly, exact fix-up)
// against the one-unit-at-a-time oracle in exact rationals, on thousands of
// small random inputs full of ties, zeros, minimums and awkward decimals.
#include "allot/apportion.hpp"

#include "apportion_oracle.hpp"
#include "support.hpp"

// The engine's private settlement step, to start it from arbitrary counts.
#include "../../engine/src/apportion_divisor.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace {

using allot::ApportionMethod;
using allot::ApportionRequest;
using allot::testing::Random;
using allot::testing::rounds;

const std::vector<ApportionMethod> methods{ApportionMethod::Hamilton, ApportionMethod::Jefferson,
                                           ApportionMethod::Webster,
                                           ApportionMethod::HuntingtonHill, ApportionMethod::Adams};

std::string describe(const ApportionRequest& r) {
    std::ostringstream out;
    out.precision(17);
    out << "method=" << static_cast<int>(r.method) << " count=" << r.count
        << " minimum=" << r.minimum << " sizes={";
    for (double s : r.sizes)
        out << s << ",";
    out << "}";
    return out.str();
}

double random_size(Random& random, int kind) {
    switch (kind) {
    case 0: // small integers: many exact ties
        return static_cast<double>(random.integer(0, 3));
    case 1: // decimals: 0.3 is not 3 × 0.1 in binary
        return static_cast<double>(random.integer(0, 9)) / 10.0;
    case 2:
        return random.chance(0.1) ? 0.0 : random.uniform(0, 1000);
    case 3: { // extremes of the double range
        static const std::vector<double> values{1e-300, 1e300, 1.0, 3.0, 1e-10, 7e150, 0.1};
        return random.pick(values);
    }
    default: // exactly proportional populations
        return static_cast<double>(random.integer(0, 12)) * 1024.0;
    }
}

// A valid request: enough units for the minimums, a positive size when
// units are left above them.
ApportionRequest random_request(Random& random, ApportionMethod method, int max_count) {
    ApportionRequest r;
    r.method = method;
    const auto n = static_cast<std::size_t>(random.integer(1, 9));
    const int kind = static_cast<int>(random.integer(0, 4));
    bool positive = false;
    for (std::size_t i = 0; i < n; ++i) {
        r.sizes.push_back(random_size(random, kind));
        positive = positive || r.sizes.back() > 0;
    }
    r.minimum = random.chance(0.6) ? 0.0 : static_cast<double>(random.integer(1, 3));
    const double floors = r.minimum * static_cast<double>(n);
    r.count = floors + (positive ? static_cast<double>(random.integer(0, max_count)) : 0.0);
    return r;
}

TEST(ApportionOracle, AgreesWithOneUnitAtATime) {
    Random random(1792);
    for (ApportionMethod method : methods) {
        for (int round = 0; round < rounds(2000); ++round) {
            const ApportionRequest r = random_request(random, method, 60);
            SCOPED_TRACE(describe(r));
            ASSERT_EQ(allot::apportion(r), apportion_oracle::apportion(r));
        }
    }
}

// Fewer units than entities: the first-unit rule of Huntington–Hill and
// Adams, and the one-unit-only corner of every method.
TEST(ApportionOracle, AgreesWithFewUnits) {
    Random random(1880);
    for (ApportionMethod method : methods) {
        for (int round = 0; round < rounds(2000); ++round) {
            const ApportionRequest r = random_request(random, method, 4);
            SCOPED_TRACE(describe(r));
            ASSERT_EQ(allot::apportion(r), apportion_oracle::apportion(r));
        }
    }
}

// Many entities of few distinct sizes: long runs of exactly equal priorities.
TEST(ApportionOracle, AgreesOnManyTies) {
    Random random(2020);
    for (ApportionMethod method : methods) {
        for (int round = 0; round < rounds(80); ++round) {
            ApportionRequest r;
            r.method = method;
            const auto n = static_cast<std::size_t>(random.integer(10, 40));
            for (std::size_t i = 0; i < n; ++i)
                r.sizes.push_back(static_cast<double>(random.integer(1, 3)));
            r.minimum = static_cast<double>(random.integer(0, 1));
            r.count =
                r.minimum * static_cast<double>(n) + static_cast<double>(random.integer(0, 200));
            SCOPED_TRACE(describe(r));
            ASSERT_EQ(allot::apportion(r), apportion_oracle::apportion(r));
        }
    }
}

// The exact settlement repairs any starting point, however wrong: surplus,
// deficit, and units on the wrong side of the divisor (which the estimate
// produces only in rare floating-point near-ties, so this is where the
// exchange pass is exercised).
TEST(ApportionOracle, SettlementFromAnyStartingCounts) {
    using allot::detail::DivisorRule;
    Random random(1929);
    const std::vector<std::pair<ApportionMethod, DivisorRule>> rules{
        {ApportionMethod::Jefferson, DivisorRule::Jefferson},
        {ApportionMethod::Webster, DivisorRule::Webster},
        {ApportionMethod::HuntingtonHill, DivisorRule::HuntingtonHill},
        {ApportionMethod::Adams, DivisorRule::Adams}};
    for (const auto& [method, rule] : rules) {
        for (int round = 0; round < rounds(1000); ++round) {
            ApportionRequest r = random_request(random, method, 60);
            // Positive sizes only, and the first unit given for the rules with d(0) = 0.
            std::erase(r.sizes, 0.0);
            if (r.sizes.empty())
                continue;
            const auto n = static_cast<std::int64_t>(r.sizes.size());
            const std::int64_t floor = std::max<std::int64_t>(
                static_cast<std::int64_t>(r.minimum),
                rule == DivisorRule::HuntingtonHill || rule == DivisorRule::Adams ? 1 : 0);
            r.minimum = static_cast<double>(floor);
            const std::int64_t seats = floor * n + random.integer(0, 60);
            r.count = static_cast<double>(seats);
            std::vector<std::int64_t> start;
            for (std::int64_t i = 0; i < n; ++i)
                start.push_back(floor + random.integer(0, 2 * (seats / n) + 3));
            SCOPED_TRACE(describe(r));
            ASSERT_EQ(allot::detail::settle_from(rule, r.sizes, floor, seats, start),
                      apportion_oracle::apportion(r));
        }
    }
}

// The oracle's own certificate agrees with the oracle (so the certificate
// used on large counts in the property tests checks the right thing).
TEST(ApportionOracle, CertificateAcceptsTheOracleAndRejectsAMove) {
    Random random(7);
    for (ApportionMethod method : methods) {
        if (method == ApportionMethod::Hamilton)
            continue;
        for (int round = 0; round < rounds(500); ++round) {
            const ApportionRequest r = random_request(random, method, 40);
            SCOPED_TRACE(describe(r));
            std::vector<std::int64_t> counts = apportion_oracle::apportion(r);
            ASSERT_EQ(apportion_oracle::certify_divisor(r, counts), "");
            // Moving a unit between two entities of different positive sizes
            // and counts above the minimum breaks it, unless the two units tie.
            std::size_t from = r.sizes.size();
            std::size_t to = r.sizes.size();
            for (std::size_t i = 0; i < r.sizes.size(); ++i) {
                if (r.sizes[i] > 0 && counts[i] > static_cast<std::int64_t>(r.minimum) &&
                    from == r.sizes.size())
                    from = i;
            }
            for (std::size_t i = 0; i < r.sizes.size(); ++i)
                if (r.sizes[i] > 0 && i != from && to == r.sizes.size())
                    to = i;
            if (from == r.sizes.size() || to == r.sizes.size())
                continue;
            counts[from] -= 1;
            counts[to] += 1;
            const std::vector<std::int64_t> moved = counts;
            if (moved != apportion_oracle::apportion(r)) {
                EXPECT_NE(apportion_oracle::certify_divisor(r, moved), "");
            }
        }
    }
}

} // namespace
