// Properties of ALLOT.SPLIT over many thousands of random (seeded, so
// deterministic) inputs: exact sums, whole units, bounds, holds, the quota
// rule, monotonicity in a weight, determinism and the negative mirror.
#include "allot/split.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <variant>

namespace {

using allot::Problem;
using allot::SplitRequest;
using namespace allot::testing;

using Outcome = std::variant<std::vector<double>, Problem>;

Outcome run(const SplitRequest& r) {
    try {
        return allot::split(r);
    } catch (const allot::Error& e) {
        return e.problem();
    }
}

std::optional<double> at(const Cells& cells, std::size_t i) {
    return cells.empty() ? std::nullopt : cells[i];
}

double scale_of(const SplitRequest& r) {
    double scale = std::fabs(r.total);
    for (const auto& h : r.fixed)
        if (h)
            scale += std::fabs(*h);
    return std::max(1.0, scale);
}

bool whole_units(double value, double unit) {
    const double ratio = value / unit;
    return std::fabs(ratio - std::round(ratio)) <= 1e-9 * std::max(1.0, std::fabs(ratio));
}

// The README's guarantees ("Rules every function follows") that hold for any successful split.
void check_invariants(const SplitRequest& r, const std::vector<double>& parts) {
    ASSERT_EQ(parts.size(), r.weights.size());
    const double scale = scale_of(r);
    double sum = 0;
    int not_whole = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const double v = parts[i];
        ASSERT_TRUE(std::isfinite(v));
        sum += v;
        if (auto hold = at(r.fixed, i)) {
            ASSERT_EQ(v, *hold) << "hold " << i;
            continue;
        }
        if (r.unit > 0 && !whole_units(v, r.unit))
            ++not_whole;
        // Blank bounds: [0, ∞) for a non-negative total, (−∞, 0] for a negative one.
        const double slack = 1e-9 * scale;
        const auto minimum = at(r.minimums, i);
        const auto maximum = at(r.maximums, i);
        const double lowest = minimum ? *minimum : r.total >= 0 ? 0.0 : -INFINITY;
        const double highest = maximum ? *maximum : r.total >= 0 ? INFINITY : 0.0;
        ASSERT_GE(v, lowest - slack) << "part " << i;
        ASSERT_LE(v, highest + slack) << "part " << i;
    }
    ASSERT_NEAR(sum, r.total, 1e-9 * scale);
    ASSERT_LE(not_whole, 1) << "only the odd part may be a fraction of a unit";
}

Problem mirrored_problem(Problem p) {
    if (p == Problem::MinimumsAboveRemaining)
        return Problem::MaximumsBelowRemaining;
    if (p == Problem::MaximumsBelowRemaining)
        return Problem::MinimumsAboveRemaining;
    return p;
}

TEST(SplitProperties, InvariantsDeterminismAndMirror) {
    Random random(20240601);
    int succeeded = 0;
    for (int round = 0; round < rounds(20000); ++round) {
        Shape shape;
        shape.bound_chance = 0.35;
        const SplitRequest r = random_request(random, shape);
        SCOPED_TRACE(describe(r));
        const Outcome first = run(r);
        const Outcome again = run(r);
        ASSERT_EQ(first.index(), again.index());
        const Outcome mirror = run(mirrored(r));
        ASSERT_EQ(first.index(), mirror.index());
        if (const auto* problem = std::get_if<Problem>(&first)) {
            ASSERT_EQ(*problem, std::get<Problem>(again));
            ASSERT_EQ(mirrored_problem(*problem), std::get<Problem>(mirror));
            continue;
        }
        ++succeeded;
        const auto& parts = std::get<0>(first);
        const auto& repeat = std::get<0>(again);
        ASSERT_EQ(0, std::memcmp(parts.data(), repeat.data(), parts.size() * sizeof(double)));
        check_invariants(r, parts);
        const auto& negated = std::get<0>(mirror);
        for (std::size_t i = 0; i < parts.size(); ++i)
            ASSERT_EQ(negated[i], -parts[i]) << "part " << i;
    }
    EXPECT_GT(succeeded, rounds(12000));
}

TEST(SplitProperties, UnitZeroInvariants) {
    Random random(77);
    for (int round = 0; round < rounds(5000); ++round) {
        SplitRequest r = random_request(random, Shape{});
        r.unit = 0;
        SCOPED_TRACE(describe(r));
        const Outcome outcome = run(r);
        if (std::holds_alternative<Problem>(outcome))
            continue;
        check_invariants(r, std::get<0>(outcome));
    }
}

// Each rounded part is within one unit of its continuous water-filled share
// (computed by the same split with unit 0, bounds and holds in whole units).
TEST(SplitProperties, QuotaRule) {
    Random random(4242);
    int checked = 0;
    for (int round = 0; round < rounds(10000); ++round) {
        Shape shape;
        shape.whole_amounts = true;
        shape.bound_chance = 0.4;
        const SplitRequest r = random_request(random, shape);
        SplitRequest plain = r;
        plain.unit = 0;
        const Outcome rounded = run(r);
        const Outcome continuous = run(plain);
        if (std::holds_alternative<Problem>(rounded) || std::holds_alternative<Problem>(continuous))
            continue;
        SCOPED_TRACE(describe(r));
        ++checked;
        const auto& parts = std::get<0>(rounded);
        const auto& shares = std::get<0>(continuous);
        const double slack = 1e-9 * scale_of(r);
        for (std::size_t i = 0; i < parts.size(); ++i)
            ASSERT_LT(std::fabs(parts[i] - shares[i]), r.unit + slack)
                << "part " << i << " " << parts[i] << " share " << shares[i];
    }
    EXPECT_GT(checked, rounds(6000));
}

// Raising one weight, all else unchanged, never lowers that part (in
// magnitude, for a negative total).
TEST(SplitProperties, MonotoneInWeight) {
    Random random(99);
    int checked = 0;
    for (int round = 0; round < rounds(10000); ++round) {
        const SplitRequest r = random_request(random, Shape{});
        const Outcome before = run(r);
        if (std::holds_alternative<Problem>(before))
            continue;
        SplitRequest raised = r;
        const auto i =
            static_cast<std::size_t>(random.integer(0, std::int64_t(r.weights.size()) - 1));
        double& w = raised.weights[i];
        w = random.chance(0.3) ? w + random.uniform(0, 1) : w * (1 + random.uniform(0, 1));
        const Outcome after = run(raised);
        SCOPED_TRACE(describe(r) + " raised to " + std::to_string(w));
        ASSERT_FALSE(std::holds_alternative<Problem>(after));
        ++checked;
        // "Lower" in magnitude: a negative total is the mirror image.
        const double sign = r.total < 0 ? -1 : 1;
        const double a = sign * std::get<0>(before)[i];
        const double b = sign * std::get<0>(after)[i];
        ASSERT_GE(b, a - 1e-9 * scale_of(r)) << "part " << i;
    }
    EXPECT_GT(checked, rounds(5000));
}

// Thousands of parts: sorting, selection and the exact fallbacks at scale.
TEST(SplitProperties, ManyParts) {
    Random random(5);
    for (int round = 0; round < rounds(12); ++round) {
        Shape shape;
        shape.min_parts = 5000;
        shape.max_parts = 40000;
        shape.whole_amounts = true;
        shape.bound_chance = 0.5;
        const SplitRequest r = random_request(random, shape);
        SCOPED_TRACE(round);
        const Outcome outcome = run(r);
        if (std::holds_alternative<Problem>(outcome))
            continue;
        const auto& parts = std::get<0>(outcome);
        check_invariants(r, parts);
        SplitRequest plain = r;
        plain.unit = 0;
        const auto shares = std::get<0>(run(plain));
        const double slack = 1e-9 * scale_of(r);
        for (std::size_t i = 0; i < parts.size(); ++i)
            ASSERT_LT(std::fabs(parts[i] - shares[i]), r.unit * (1 + 1e-6) + slack);
    }
}

// All weights zero take their own path (an equal split, no water level);
// the same bits as the general path takes with bounds that change nothing
// (minimums of 0, or maximums of 0 for a negative total).
TEST(SplitProperties, AllZeroWeightsSplitAsTheBoundedPathDoes) {
    std::mt19937_64 engine(1202);
    std::uniform_real_distribution<double> unit_interval(0.0, 1.0);
    const double units[] = {1, 0.01, 5, 0.25, 1e-3};
    for (int round = 0; round < rounds(3000); ++round) {
        SplitRequest r;
        const std::size_t n = 1 + engine() % (round % 10 == 0 ? 3000 : 40);
        r.weights.assign(n, 0.0);
        r.unit = units[engine() % std::size(units)];
        r.total = std::round(unit_interval(engine) * 1e6) * (engine() % 2 ? 1 : 0.37) *
                  (engine() % 3 == 0 ? -1 : 1);
        SplitRequest bounded = r;
        if (r.total >= 0)
            bounded.minimums.assign(n, 0.0);
        else
            bounded.maximums.assign(n, 0.0);
        const Outcome fast = run(r);
        const Outcome general = run(bounded);
        ASSERT_EQ(fast.index(), general.index()) << "round " << round;
        if (const auto* problem = std::get_if<Problem>(&fast)) {
            ASSERT_EQ(*problem, std::get<Problem>(general)) << "round " << round;
            continue;
        }
        const auto& a = std::get<std::vector<double>>(fast);
        const auto& b = std::get<std::vector<double>>(general);
        ASSERT_EQ(a.size(), b.size());
        for (std::size_t i = 0; i < n; ++i)
            ASSERT_EQ(std::memcmp(&a[i], &b[i], sizeof(double)), 0)
                << "round " << round << " part " << i << ": " << a[i] << " vs " << b[i];
    }
}

// Whole bounds with unit 1 are read as counts directly (no x87 rounding);
// with unit 2 and everything doubled they take the general rounding. The
// parts must be exactly the doubles of each other, errors the same.
TEST(SplitProperties, WholeBoundsWithUnitOneAgreeWithUnitTwo) {
    std::mt19937_64 engine(4242);
    std::uniform_real_distribution<double> unit_interval(0.0, 1.0);
    for (int round = 0; round < rounds(3000); ++round) {
        const std::size_t n = 1 + engine() % (round % 20 == 0 ? 2000 : 30);
        SplitRequest one;
        one.total = std::round(unit_interval(engine) * 1e5) * (engine() % 4 == 0 ? -1 : 1);
        for (std::size_t i = 0; i < n; ++i) {
            one.weights.push_back(engine() % 5 == 0 ? 0.0 : unit_interval(engine));
            const double share = std::fabs(one.total) / static_cast<double>(n);
            const double low = std::floor(share * (unit_interval(engine) * 1.6 - 0.3));
            const double high = low + std::floor(share * unit_interval(engine));
            const bool blank_low = engine() % 4 == 0;
            const bool blank_high = engine() % 4 == 0;
            one.minimums.push_back(blank_low ? std::nullopt : std::optional(low));
            one.maximums.push_back(blank_high           ? std::nullopt
                                   : engine() % 50 == 0 ? std::optional(0x1p63)
                                                        : std::optional(high));
        }
        if (engine() % 3 == 0) // a total that is not whole: the odd part
            one.total += 0.5;
        SplitRequest two = one;
        two.unit = 2;
        two.total *= 2;
        for (auto& cell : two.minimums)
            if (cell)
                *cell *= 2;
        for (auto& cell : two.maximums)
            if (cell)
                *cell *= 2;
        const Outcome a = run(one);
        const Outcome b = run(two);
        ASSERT_EQ(a.index(), b.index()) << "round " << round;
        if (const auto* problem = std::get_if<Problem>(&a)) {
            ASSERT_EQ(*problem, std::get<Problem>(b)) << "round " << round;
            continue;
        }
        const auto& x = std::get<std::vector<double>>(a);
        const auto& y = std::get<std::vector<double>>(b);
        for (std::size_t i = 0; i < n; ++i)
            ASSERT_EQ(x[i] * 2, y[i]) << "round " << round << " part " << i;
    }
}

} // namespace
