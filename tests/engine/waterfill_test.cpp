// The linear-time water-filling (fill_units: a level found by Newton steps,
// the parts near it settled exactly) against the sorting sweep it replaced
// (fill_units_by_sweep, exact for every input): the same levels and the same
// shared units on random inputs of every kind that makes the level hard to
// find — ties of breakpoints at the level, flat pieces, negative minimums,
// parts fixed by their bounds, huge and tiny weights, bounds near 2^62.
#include "../../engine/src/units.hpp"
#include "../../engine/src/waterfill.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace {

using allot::detail::Filling;
using allot::detail::int128;
using allot::detail::UnitPart;
using allot::testing::rounds;

void expect_same(const std::vector<UnitPart>& parts, int128 target, int round) {
    const Filling fast = allot::detail::fill_units(parts, target);
    const Filling sweep = allot::detail::fill_units_by_sweep(parts, target);
    ASSERT_EQ(fast.levels.size(), sweep.levels.size()) << "round " << round;
    for (std::size_t i = 0; i < parts.size(); ++i)
        ASSERT_EQ(fast.levels[i], sweep.levels[i]) << "round " << round << " part " << i;
    ASSERT_TRUE(fast.shared_units == sweep.shared_units) << "round " << round;
}

double weight_of(std::mt19937_64& engine, int kind) {
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    switch (kind) {
    case 0:
        return uniform(engine) + 0x1p-30;
    case 1:
        return static_cast<double>(1 + engine() % 4); // many equal breakpoints
    case 2:
        return std::ldexp(uniform(engine) + 0.5, static_cast<int>(engine() % 200) - 100);
    case 3:
        return static_cast<double>(1 + engine() % 100) / 100.0;
    default:
        return 1.0;
    }
}

TEST(WaterFill, LinearSearchAgreesWithTheSweep) {
    std::mt19937_64 engine(20261202);
    for (int round = 0; round < rounds(20000); ++round) {
        const std::size_t n = 1 + engine() % (round % 10 == 0 ? 3000 : 12);
        const int kind = static_cast<int>(engine() % 5);
        const int bounds = static_cast<int>(engine() % 4);
        std::vector<UnitPart> parts(n);
        int128 lowest = 0;
        int128 highest = 0;
        for (UnitPart& part : parts) {
            part.weight = weight_of(engine, kind);
            const auto share = static_cast<std::int64_t>(engine() % 50);
            switch (bounds) {
            case 0: // minimums and maximums around a share
                part.lo = share - static_cast<std::int64_t>(engine() % 10);
                part.hi = part.lo + static_cast<std::int64_t>(engine() % 20);
                break;
            case 1: // maximums only, some fixed by their bounds
                part.lo = 0;
                part.hi = engine() % 5 == 0 ? 0 : share;
                break;
            case 2: // negative minimums, open maximums
                part.lo = -share;
                part.hi = std::int64_t(1) << 62;
                break;
            default: // bounds far apart
                part.lo = -static_cast<std::int64_t>(engine() % (std::uint64_t(1) << 40));
                part.hi = static_cast<std::int64_t>(engine() % (std::uint64_t(1) << 61));
                break;
            }
            lowest += part.lo;
            highest += part.hi;
        }
        // Targets across the range, often where a bound is exactly reached.
        const auto span =
            static_cast<std::uint64_t>(std::min<int128>(highest - lowest, int128(1) << 62));
        int128 target = lowest + (span == 0 ? 0 : int128(engine() % (span + 1)));
        if (engine() % 3 == 0 && n > 1) {
            target = 0;
            for (std::size_t i = 0; i < n; ++i)
                target += i % 2 == 0 ? parts[i].lo : parts[i].hi;
        }
        expect_same(parts, target, round);
    }
}

TEST(WaterFill, LinearSearchAgreesOnAMillionParts) {
    std::mt19937_64 engine(7);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    for (int kind = 0; kind < 2; ++kind) {
        // A tenth of it in debug (sanitizer) builds: the sweep is slow there.
        std::vector<UnitPart> parts(rounds(4) == 4 ? 1'000'000 : 100'000);
        int128 total = 0;
        for (UnitPart& part : parts) {
            part.weight =
                kind == 0 ? uniform(engine) + 1e-9 : static_cast<double>(1 + engine() % 4);
            const double share = part.weight * 1000;
            part.lo = static_cast<std::int64_t>(std::floor(share * (0.7 + 0.5 * uniform(engine))));
            part.hi =
                part.lo + static_cast<std::int64_t>(std::ceil(share * 0.5 * uniform(engine))) + 1;
            total += static_cast<std::int64_t>(share);
        }
        expect_same(parts, total, kind);
    }
}

} // namespace

// The rounding helpers that replace roundl, ceill and floorl (and the cast
// of a whole count to int64) give the library's values, −0 included.
TEST(WholeUnits, FastRoundingAgreesWithTheLibrary) {
    std::mt19937_64 engine(11);
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    const auto same = [](long double a, long double b) {
        return a == b && std::signbit(a) == std::signbit(b);
    };
    std::vector<long double> values = {
        0.0L,      -0.0L,   0.5L,     -0.5L,   1.5L,     -1.5L,          2.5L,    -2.5L, 0.49999L,
        -0.49999L, 1e-300L, -1e-300L, 0x1p62L, -0x1p62L, 0x1p61L + 0.5L, 0x1p63L, 1e30L};
    for (int k = 0; k < rounds(200000); ++k) {
        const long double scale = std::ldexp(1.0L, static_cast<int>(engine() % 70) - 5);
        long double x = uniform(engine) * scale;
        if (k % 3 == 0)
            x = std::round(x) + (k % 2 == 0 ? 0.5L : -0.5L); // ties
        values.push_back(x);
    }
    for (const long double x : values) {
        ASSERT_TRUE(same(allot::detail::fast::round(x), std::round(x))) << static_cast<double>(x);
        ASSERT_TRUE(same(allot::detail::fast::ceil(x), std::ceil(x))) << static_cast<double>(x);
        ASSERT_TRUE(same(allot::detail::fast::floor(x), std::floor(x))) << static_cast<double>(x);
        const long double whole = std::floor(x);
        if (std::fabs(whole) < 0x1p62L) {
            ASSERT_EQ(allot::detail::saturated_units(whole), static_cast<std::int64_t>(whole))
                << static_cast<double>(x);
        }
    }
}
