// Properties of ALLOT.APPORTION over random (seeded) inputs, at counts far
// beyond what the one-at-a-time oracle can replay: exact sums, minimums,
// the quota rule for Hamilton, house monotonicity and the highest-averages
// certificate for the divisor methods, agreement on exactly proportional
// sizes, scale invariance, determinism and ties to the earlier entity.
#include "allot/apportion.hpp"

#include "apportion_oracle.hpp"
#include "support.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <sstream>

namespace {

using allot::ApportionMethod;
using allot::ApportionRequest;
using allot::testing::Random;
using allot::testing::rounds;
using Rational = boost::multiprecision::cpp_rational;

const std::vector<ApportionMethod> methods{ApportionMethod::Hamilton, ApportionMethod::Jefferson,
                                           ApportionMethod::Webster,
                                           ApportionMethod::HuntingtonHill, ApportionMethod::Adams};
const std::vector<ApportionMethod> divisor_methods{
    ApportionMethod::Jefferson, ApportionMethod::Webster, ApportionMethod::HuntingtonHill,
    ApportionMethod::Adams};

std::string describe(const ApportionRequest& r) {
    std::ostringstream out;
    out.precision(17);
    out << "method=" << static_cast<int>(r.method) << " count=" << r.count
        << " minimum=" << r.minimum << " n=" << r.sizes.size() << " sizes={";
    for (std::size_t i = 0; i < std::min<std::size_t>(r.sizes.size(), 12); ++i)
        out << r.sizes[i] << ",";
    out << (r.sizes.size() > 12 ? "…}" : "}");
    return out.str();
}

Rational exact(double x) {
    if (x == 0)
        return Rational(0);
    int e = 0;
    const double f = std::frexp(x, &e);
    Rational r(static_cast<std::int64_t>(std::ldexp(f, 53)));
    e -= 53;
    const boost::multiprecision::cpp_int power = boost::multiprecision::cpp_int(1) << std::abs(e);
    return e >= 0 ? Rational(r * power) : Rational(r / power);
}

// Sizes of many kinds, with large counts (up to about 10^12).
ApportionRequest large_request(Random& random, ApportionMethod method) {
    ApportionRequest r;
    r.method = method;
    const auto n = static_cast<std::size_t>(random.integer(1, 400));
    const int kind = static_cast<int>(random.integer(0, 3));
    for (std::size_t i = 0; i < n; ++i) {
        switch (kind) {
        case 0:
            r.sizes.push_back(random.chance(0.05) ? 0.0 : random.uniform(0, 1e6));
            break;
        case 1:
            r.sizes.push_back(static_cast<double>(random.integer(0, 5)));
            break;
        case 2:
            r.sizes.push_back(std::exp(random.uniform(-30, 30)));
            break;
        default:
            r.sizes.push_back(static_cast<double>(random.integer(1, 9)) / 10.0);
            break;
        }
    }
    if (std::all_of(r.sizes.begin(), r.sizes.end(), [](double s) { return s == 0; }))
        r.sizes[0] = 1;
    r.minimum = random.chance(0.7) ? 0.0 : static_cast<double>(random.integer(1, 50));
    static const std::vector<double> scales{10, 1e3, 1e6, 1e9, 1e12};
    r.count =
        r.minimum * static_cast<double>(n) + std::round(random.uniform(0, random.pick(scales)));
    return r;
}

void check_basics(const ApportionRequest& r, const std::vector<std::int64_t>& counts) {
    ASSERT_EQ(counts.size(), r.sizes.size());
    const auto sum = std::accumulate(counts.begin(), counts.end(), std::int64_t(0));
    ASSERT_EQ(static_cast<double>(sum), r.count);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        ASSERT_GE(counts[i], static_cast<std::int64_t>(r.minimum)) << "entity " << i;
        if (r.sizes[i] == 0) {
            ASSERT_EQ(counts[i], static_cast<std::int64_t>(r.minimum)) << "entity " << i;
        }
    }
}

TEST(ApportionProperties, SumsMinimumsDeterminismAndTheDivisorCertificate) {
    Random random(435);
    for (ApportionMethod method : methods) {
        for (int round = 0; round < rounds(400); ++round) {
            const ApportionRequest r = large_request(random, method);
            SCOPED_TRACE(describe(r));
            const auto counts = allot::apportion(r);
            check_basics(r, counts);
            ASSERT_EQ(counts, allot::apportion(r));
            if (method != ApportionMethod::Hamilton) {
                ASSERT_EQ(apportion_oracle::certify_divisor(r, counts), "");
            }
        }
    }
}

// Hamilton without a minimum: each count is its exact quota rounded down or
// up, and every rounded-up remainder is at least every rounded-down one
// (ties to the earlier entity).
TEST(ApportionProperties, HamiltonQuotaRuleAndLargestRemainders) {
    Random random(1850);
    for (int round = 0; round < rounds(400); ++round) {
        ApportionRequest r = large_request(random, ApportionMethod::Hamilton);
        r.count -= r.minimum * static_cast<double>(r.sizes.size());
        r.minimum = 0;
        SCOPED_TRACE(describe(r));
        const auto counts = allot::apportion(r);
        check_basics(r, counts);
        Rational total(0);
        for (double s : r.sizes)
            total += exact(s);
        std::optional<Rational> lowest_up;
        std::optional<Rational> highest_down;
        for (std::size_t i = 0; i < counts.size(); ++i) {
            const Rational quota =
                Rational(static_cast<std::int64_t>(r.count)) * exact(r.sizes[i]) / total;
            const Rational below = quota - Rational(counts[i]);
            ASSERT_TRUE(below > -1 && below < 1) << "entity " << i;
            const Rational fraction = below >= 0 ? below : Rational(below + 1);
            if (below < 0 && (!lowest_up || fraction < *lowest_up))
                lowest_up = fraction;
            if (below > 0 && (!highest_down || fraction > *highest_down))
                highest_down = fraction;
        }
        if (lowest_up && highest_down) {
            ASSERT_GE(*lowest_up, *highest_down);
        }
    }
}

// Divisor methods are house monotone: one more unit never takes one away,
// and exactly one entity gains it.
TEST(ApportionProperties, HouseMonotoneForDivisorMethods) {
    Random random(1910);
    for (ApportionMethod method : divisor_methods) {
        for (int round = 0; round < rounds(300); ++round) {
            ApportionRequest r = large_request(random, method);
            SCOPED_TRACE(describe(r));
            const auto before = allot::apportion(r);
            r.count += 1;
            const auto after = allot::apportion(r);
            int gained = 0;
            for (std::size_t i = 0; i < before.size(); ++i) {
                ASSERT_GE(after[i], before[i]) << "entity " << i;
                gained += static_cast<int>(after[i] - before[i]);
            }
            ASSERT_EQ(gained, 1);
        }
    }
}

// Exactly proportional sizes (quotas are whole numbers): every method gives
// the quotas, with or without a minimum they already meet.
TEST(ApportionProperties, AllMethodsAgreeOnExactlyProportionalSizes) {
    Random random(1941);
    static const std::vector<double> factors{1, 3, 0.5, 1024, 7, 0.375};
    for (int round = 0; round < rounds(400); ++round) {
        const auto n = static_cast<std::size_t>(random.integer(1, 60));
        const double factor = random.pick(factors);
        const std::int64_t scale = random.pick(std::vector<std::int64_t>{1, 10, 1000, 1000000});
        std::vector<std::int64_t> quotas(n);
        std::vector<double> sizes(n);
        for (std::size_t i = 0; i < n; ++i) {
            quotas[i] = random.integer(0, 20) * scale;
            sizes[i] = static_cast<double>(quotas[i]) * factor;
        }
        const auto smallest = *std::min_element(quotas.begin(), quotas.end());
        for (ApportionMethod method : methods) {
            ApportionRequest r;
            r.method = method;
            r.sizes = sizes;
            r.count = static_cast<double>(std::accumulate(quotas.begin(), quotas.end(), 0LL));
            r.minimum = static_cast<double>(random.integer(0, smallest));
            if (r.count == 0)
                continue;
            SCOPED_TRACE(describe(r));
            ASSERT_EQ(allot::apportion(r), quotas);
        }
    }
}

// Multiplying every size by a power of two changes no priority's order.
TEST(ApportionProperties, ScaleInvariant) {
    Random random(1960);
    for (ApportionMethod method : methods) {
        for (int round = 0; round < rounds(200); ++round) {
            ApportionRequest r = large_request(random, method);
            SCOPED_TRACE(describe(r));
            const auto counts = allot::apportion(r);
            for (double& s : r.sizes)
                s = std::ldexp(s, 40);
            ASSERT_EQ(allot::apportion(r), counts);
        }
    }
}

// Equal sizes: everybody gets the same, and the leftover units go to the
// first entities, one each, by every method.
TEST(ApportionProperties, TiesToTheEarlierEntity) {
    Random random(1970);
    for (ApportionMethod method : methods) {
        for (int round = 0; round < rounds(200); ++round) {
            const auto n = static_cast<std::size_t>(random.integer(1, 500));
            ApportionRequest r;
            r.method = method;
            r.sizes.assign(n, random.uniform(0.001, 1000));
            r.minimum = static_cast<double>(random.integer(0, 2));
            const std::int64_t count =
                static_cast<std::int64_t>(r.minimum) * static_cast<std::int64_t>(n) +
                random.integer(0, 100000);
            r.count = static_cast<double>(count);
            SCOPED_TRACE(describe(r));
            const auto counts = allot::apportion(r);
            const std::int64_t each = count / static_cast<std::int64_t>(n);
            const std::int64_t extra = count % static_cast<std::int64_t>(n);
            for (std::size_t i = 0; i < n; ++i)
                ASSERT_EQ(counts[i], each + (static_cast<std::int64_t>(i) < extra ? 1 : 0))
                    << "entity " << i;
        }
    }
}

// The largest counts the README allows, over many entities: exact and quick.
TEST(ApportionProperties, CountsUpToTwoToThe53) {
    Random random(2053);
    for (ApportionMethod method : methods) {
        for (int round = 0; round < rounds(8); ++round) {
            ApportionRequest r;
            r.method = method;
            const auto n = static_cast<std::size_t>(random.integer(1, 5000));
            for (std::size_t i = 0; i < n; ++i)
                r.sizes.push_back(random.uniform(0, 1));
            r.count = 9007199254740992.0 - static_cast<double>(random.integer(0, 1000));
            SCOPED_TRACE(describe(r));
            const auto counts = allot::apportion(r);
            check_basics(r, counts);
            if (method != ApportionMethod::Hamilton && n <= 500) {
                ASSERT_EQ(apportion_oracle::certify_divisor(r, counts), "");
            }
        }
    }
}

} // namespace
