// Shared helpers for the engine tests: building requests, random inputs.
#pragma once

#include "allot/error.hpp"
#include "allot/split.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace allot::testing {

using Cells = std::vector<std::optional<double>>;

// Random-test rounds: all of them in optimised builds, a quarter in debug
// (sanitizer) builds so those stay quick.
inline int rounds(int count) {
#ifdef NDEBUG
    return count;
#else
    return std::max(1, count / 4);
#endif
}

// What a call that must fail threw: its problem and arguments.
using Failure = std::pair<Problem, std::vector<std::string>>;

template <class Call> Failure failure_of(Call call) {
    try {
        call();
    } catch (const Error& e) {
        return {e.problem(), e.args()};
    }
    ADD_FAILURE() << "no allot::Error was thrown";
    return {};
}

// The sum of a few doubles in long double: exact enough to see a half-ulp
// of 1 (shares that must add up to exactly 1).
inline long double exact_sum(const std::vector<double>& v) {
    long double s = 0;
    for (double x : v)
        s += x;
    return s;
}

inline Cells all(double value, std::size_t n) {
    return Cells(n, value);
}

inline SplitRequest request(double total, std::vector<double> weights, double unit = 1.0,
                            Cells minimums = {}, Cells maximums = {}, Cells fixed = {}) {
    SplitRequest r;
    r.total = total;
    r.weights = std::move(weights);
    r.unit = unit;
    r.minimums = std::move(minimums);
    r.maximums = std::move(maximums);
    r.fixed = std::move(fixed);
    return r;
}

// The request whose split is the negation of this one's (README: bounds mirror).
inline SplitRequest mirrored(const SplitRequest& r) {
    SplitRequest m = r;
    m.total = -r.total;
    m.minimums.clear();
    m.maximums.clear();
    for (const auto& v : r.maximums)
        m.minimums.push_back(v ? std::optional<double>(-*v) : std::nullopt);
    for (const auto& v : r.minimums)
        m.maximums.push_back(v ? std::optional<double>(-*v) : std::nullopt);
    for (auto& v : m.fixed)
        if (v)
            v = -*v;
    return m;
}

class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}
    double uniform(double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(engine_);
    }
    std::int64_t integer(std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(engine_);
    }
    bool chance(double p) { return uniform(0, 1) < p; }
    template <class T> const T& pick(const std::vector<T>& values) {
        return values[static_cast<std::size_t>(integer(0, std::int64_t(values.size()) - 1))];
    }

private:
    std::mt19937_64 engine_;
};

inline std::string describe(const SplitRequest& r) {
    std::ostringstream out;
    out.precision(17);
    auto cells = [&](const char* name, const Cells& c) {
        if (c.empty())
            return;
        out << " " << name << "={";
        for (const auto& v : c)
            out << (v ? std::to_string(*v) : std::string("_")) << ",";
        out << "}";
    };
    out << "total=" << r.total << " unit=" << r.unit << " weights={";
    for (double w : r.weights)
        out << w << ",";
    out << "}";
    cells("min", r.minimums);
    cells("max", r.maximums);
    cells("fixed", r.fixed);
    return out.str();
}

enum class WeightKind { Uniform, SmallIntegers, Decimals, HugeAndTiny, Equal };

inline double random_weight(Random& random, WeightKind kind) {
    switch (kind) {
    case WeightKind::Uniform:
        return random.chance(0.05) ? 0.0 : random.uniform(0, 100);
    case WeightKind::SmallIntegers:
        return static_cast<double>(random.integer(0, 3));
    case WeightKind::Decimals:
        return static_cast<double>(random.integer(0, 9)) / 10.0;
    case WeightKind::HugeAndTiny: {
        static const std::vector<double> values{1e-300, 1e300, 1.0, 3.0, 1e-10, 7e150, 0.1};
        return random.pick(values);
    }
    case WeightKind::Equal:
        return 1.0;
    }
    return 1.0;
}

struct Shape {
    std::size_t min_parts = 1;
    std::size_t max_parts = 12;
    double bound_chance = 0.3; // per request: use minimums / maximums at all
    double hold_chance = 0.2;
    bool whole_amounts = false; // total, bounds and holds whole multiples of the unit
    bool allow_negative = true;
};

// A valid request; feasibility is up to chance (errors are part of the test).
inline SplitRequest random_request(Random& random, const Shape& shape) {
    static const std::vector<double> units{1, 1, 1, 0.01, 0.25, 10000, 0.1, 5};
    static const std::vector<WeightKind> kinds{WeightKind::Uniform, WeightKind::SmallIntegers,
                                               WeightKind::Decimals, WeightKind::HugeAndTiny,
                                               WeightKind::Equal};
    SplitRequest r;
    const auto n = static_cast<std::size_t>(
        random.integer(std::int64_t(shape.min_parts), std::int64_t(shape.max_parts)));
    r.unit = random.pick(units);
    const WeightKind kind = random.pick(kinds);
    for (std::size_t i = 0; i < n; ++i)
        r.weights.push_back(random_weight(random, kind));
    const double scale = static_cast<double>(
        random.pick(std::vector<std::int64_t>{1, 10, 100, 1000, 1000000, 1000000000}));
    const double count = std::round(random.uniform(0, scale * static_cast<double>(n)));
    r.total = count * r.unit;
    if (!shape.whole_amounts && random.chance(0.25))
        r.total += random.uniform(0, r.unit);
    auto amount = [&](double lo, double hi) {
        const double v = random.uniform(lo, hi);
        return shape.whole_amounts || random.chance(0.6) ? std::round(v / r.unit) * r.unit : v;
    };
    const double mean = r.total / static_cast<double>(n);
    if (random.chance(shape.bound_chance)) {
        r.minimums.resize(n);
        for (auto& v : r.minimums)
            if (random.chance(0.5))
                v = amount(random.chance(0.1) ? -mean : 0.0, mean);
    }
    if (random.chance(shape.bound_chance)) {
        r.maximums.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            if (random.chance(0.5))
                r.maximums[i] =
                    std::max(r.minimums.empty() || !r.minimums[i] ? 0.0 : *r.minimums[i],
                             amount(0, 2.5 * mean));
    }
    if (random.chance(shape.hold_chance)) {
        r.fixed.resize(n);
        for (auto& v : r.fixed)
            if (random.chance(0.25))
                v = amount(0, mean);
    }
    if (shape.allow_negative && random.chance(0.2))
        r = mirrored(r);
    return r;
}

} // namespace allot::testing
