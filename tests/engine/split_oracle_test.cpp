// Differential test: split() against a slow exact-rational oracle written
// straight from the README's rules, on thousands of random and adversarial inputs.
#include "allot/split.hpp"

#include "oracle.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

namespace {

using allot::Problem;
using allot::SplitRequest;
using namespace allot::testing;

void compare_with_oracle(const SplitRequest& r) {
    SCOPED_TRACE(describe(r));
    const oracle::Outcome expected = oracle::split(r);
    std::vector<double> parts;
    try {
        parts = allot::split(r);
    } catch (const allot::Error& e) {
        ASSERT_TRUE(expected.problem.has_value()) << "unexpected error: " << e.what();
        ASSERT_EQ(e.problem(), *expected.problem) << e.what();
        return;
    }
    ASSERT_FALSE(expected.problem.has_value())
        << "expected problem " << static_cast<int>(*expected.problem);
    ASSERT_EQ(parts.size(), expected.parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (expected.odd_part && *expected.odd_part == i)
            ASSERT_NEAR(parts[i], expected.parts[i], 1e-12 * std::max(1.0, std::fabs(r.total)))
                << "odd part " << i;
        else
            ASSERT_EQ(parts[i], expected.parts[i]) << "part " << i;
    }
}

void many(std::uint64_t seed, int count, const std::function<SplitRequest(Random&)>& make) {
    Random random(seed);
    for (int round = 0; round < allot::testing::rounds(count); ++round) {
        SCOPED_TRACE(round);
        compare_with_oracle(make(random));
        if (::testing::Test::HasFatalFailure())
            return;
    }
}

TEST(SplitOracle, RandomRequests) {
    many(1, 4000, [](Random& random) {
        Shape shape;
        shape.max_parts = 9;
        shape.bound_chance = 0.4;
        return random_request(random, shape);
    });
}

// Small integers everywhere: exact ties between remainders and water levels
// that land exactly on a bound.
TEST(SplitOracle, SmallIntegersAndTies) {
    many(2, 4000, [](Random& random) {
        SplitRequest r;
        const auto n = static_cast<std::size_t>(random.integer(1, 8));
        for (std::size_t i = 0; i < n; ++i)
            r.weights.push_back(static_cast<double>(random.integer(0, 4)));
        r.total = static_cast<double>(random.integer(-60, 60));
        r.unit = random.chance(0.8) ? 1.0 : 2.0;
        if (random.chance(0.5)) {
            r.minimums.resize(n);
            for (auto& v : r.minimums)
                if (random.chance(0.4))
                    v = static_cast<double>(random.integer(-5, 10));
        }
        if (random.chance(0.5)) {
            r.maximums.resize(n);
            for (auto& v : r.maximums)
                if (random.chance(0.5))
                    v = static_cast<double>(random.integer(-5, 20));
        }
        if (random.chance(0.2)) {
            r.fixed.resize(n);
            for (auto& v : r.fixed)
                if (random.chance(0.3))
                    v = static_cast<double>(random.integer(-5, 20));
        }
        return r;
    });
}

TEST(SplitOracle, ManyEqualWeights) {
    many(3, 600, [](Random& random) {
        const auto n = static_cast<std::size_t>(random.integer(2, 60));
        SplitRequest r;
        const double w = random.pick(std::vector<double>{1.0, 0.1, 3.0, 1e-300, 1e300});
        r.weights.assign(n, w);
        if (random.chance(0.3))
            r.weights[static_cast<std::size_t>(random.integer(0, std::int64_t(n) - 1))] = 2 * w;
        r.total = static_cast<double>(random.integer(0, 1000));
        r.unit = 1;
        if (random.chance(0.3))
            r.maximums = all(std::floor(r.total / static_cast<double>(n)) + 1, n);
        return r;
    });
}

// Decimal weights whose binary sums are inexact: 0.1 + 0.2 != 0.3.
TEST(SplitOracle, DecimalWeights) {
    many(4, 3000, [](Random& random) {
        const auto n = static_cast<std::size_t>(random.integer(1, 8));
        SplitRequest r;
        for (std::size_t i = 0; i < n; ++i)
            r.weights.push_back(static_cast<double>(random.integer(0, 10)) / 10.0);
        r.total = random.chance(0.5) ? 6 : static_cast<double>(random.integer(0, 100));
        r.unit = random.pick(std::vector<double>{1, 0.1, 0.01, 0.3});
        r.total *= random.pick(std::vector<double>{1, 0.1, 0.01});
        if (random.chance(0.3)) {
            r.maximums.resize(n);
            for (auto& v : r.maximums)
                if (random.chance(0.5))
                    v = static_cast<double>(random.integer(0, 30)) / 10.0;
        }
        return r;
    });
}

TEST(SplitOracle, HugeAndTinyWeights) {
    many(5, 2000, [](Random& random) {
        const auto n = static_cast<std::size_t>(random.integer(1, 7));
        SplitRequest r;
        for (std::size_t i = 0; i < n; ++i)
            r.weights.push_back(random_weight(random, WeightKind::HugeAndTiny));
        r.total = static_cast<double>(random.integer(0, 1000000));
        r.unit = 1;
        if (random.chance(0.4)) {
            r.maximums.resize(n);
            for (auto& v : r.maximums)
                if (random.chance(0.5))
                    v = static_cast<double>(random.integer(0, 400000));
        }
        if (random.chance(0.3)) {
            r.minimums.resize(n);
            for (auto& v : r.minimums)
                if (random.chance(0.5))
                    v = static_cast<double>(random.integer(0, 100000));
        }
        return r;
    });
}

// Totals near 2^53 units, where long double quotas lose their last bits.
TEST(SplitOracle, TotalsNearTheLimit) {
    many(6, 1500, [](Random& random) {
        const auto n = static_cast<std::size_t>(random.integer(1, 7));
        SplitRequest r;
        for (std::size_t i = 0; i < n; ++i)
            r.weights.push_back(random.chance(0.5) ? static_cast<double>(random.integer(0, 5))
                                                   : random.uniform(0, 1));
        r.unit = random.pick(std::vector<double>{1, 1, 0.5, 1024});
        const double limit = 9007199254740992.0;
        r.total = (limit - static_cast<double>(random.integer(0, 100000))) * r.unit;
        if (random.chance(0.3)) {
            r.maximums.resize(n);
            for (auto& v : r.maximums)
                if (random.chance(0.5))
                    v = std::floor(random.uniform(0, 0.5) * limit) * r.unit;
        }
        if (random.chance(0.3))
            r = mirrored(r);
        return r;
    });
}

// From 2.5e8 units on, the relative 1e-9 forgives a quarter unit and more:
// totals, holds and bounds a half or a quarter unit off whole, in units that
// binary cannot divide exactly, decide which whole number they count as on
// their exact values (a bound exactly halfway rounds inward).
TEST(SplitOracle, HalvesWhereTheToleranceForgivesThem) {
    many(8, 3000, [](Random& random) {
        const double unit = random.pick(std::vector<double>{1, 0.5, 3, 0.1, 0.01, 7, 0.3});
        const double whole = std::ldexp(1.0, static_cast<int>(random.integer(28, 51))) +
                             static_cast<double>(random.integer(0, 1000));
        auto amount = [&](double units) {
            const double off = random.pick(std::vector<double>{0.5, 0.5, 0.25, 0.75, 0});
            return (random.chance(0.5) ? 1 : -1) * (units + off) * unit;
        };
        SplitRequest r;
        const auto n = static_cast<std::size_t>(random.integer(2, 4));
        r.unit = unit;
        r.total = std::fabs(amount(whole * static_cast<double>(random.integer(1, 3))));
        r.minimums.resize(n);
        r.maximums.resize(n);
        r.fixed.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            r.weights.push_back(static_cast<double>(random.integer(0, 4)));
            switch (random.integer(0, 4)) {
            case 0:
                r.minimums[i] = amount(whole);
                break;
            case 1:
                r.maximums[i] = amount(whole);
                break;
            case 2:
                if (i > 0)
                    r.fixed[i] = amount(whole);
                break;
            default:
                break;
            }
        }
        if (random.chance(0.3))
            r = mirrored(r);
        return r;
    });
}

} // namespace

namespace {

// Hundred-odd parts: selection and breakpoint sorting beyond toy sizes.
TEST(SplitOracle, HundredsOfParts) {
    many(7, 40, [](allot::testing::Random& random) {
        allot::testing::Shape shape;
        shape.min_parts = 60;
        shape.max_parts = 140;
        shape.bound_chance = 0.6;
        return allot::testing::random_request(random, shape);
    });
}

} // namespace
