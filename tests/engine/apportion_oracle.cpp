#include "apportion_oracle.hpp"

#include "rational.hpp"

#include <cmath>
#include <optional>
#include <sstream>
#include <string>

namespace apportion_oracle {

namespace {

using allot::ApportionMethod;
using allot::testing::decimal;
using allot::testing::floor_of;
using allot::testing::Int;
using allot::testing::Rational;

// The priority of an entity's unit number s + 1, as an exact rational, or
// "infinite" (d(s) = 0: Huntington–Hill and Adams for a first unit), where
// the larger size comes first. For Huntington–Hill the square of the priority.
struct Priority {
    bool infinite = false;
    Rational value; // the size itself when infinite

    // Strictly higher priority.
    bool above(const Priority& other) const {
        if (infinite != other.infinite)
            return infinite;
        return value > other.value;
    }
    bool equal(const Priority& other) const {
        return infinite == other.infinite && value == other.value;
    }
};

Priority priority(ApportionMethod method, double size, std::int64_t s) {
    const Rational p = decimal(size);
    const Rational seats(s);
    switch (method) {
    case ApportionMethod::Jefferson:
        return {false, p / (seats + 1)};
    case ApportionMethod::Webster:
        return {false, p / (seats + Rational(1, 2))};
    case ApportionMethod::HuntingtonHill:
        if (s == 0)
            return {true, p};
        return {false, p * p / (seats * (seats + 1))};
    case ApportionMethod::Adams:
        if (s == 0)
            return {true, p};
        return {false, p / seats};
    case ApportionMethod::Hamilton:
        break;
    }
    return {};
}

std::vector<std::int64_t> highest_averages(const allot::ApportionRequest& r, std::int64_t count,
                                           std::int64_t minimum) {
    const std::size_t n = r.sizes.size();
    std::vector<std::int64_t> a(n, minimum);
    std::int64_t left = count - minimum * static_cast<std::int64_t>(n);
    for (; left > 0; --left) {
        std::optional<std::size_t> best;
        Priority best_priority;
        for (std::size_t i = 0; i < n; ++i) {
            if (r.sizes[i] <= 0)
                continue;
            const Priority p = priority(r.method, r.sizes[i], a[i]);
            // Strictly higher only: on a tie the earlier entity keeps it.
            if (!best || p.above(best_priority)) {
                best = i;
                best_priority = p;
            }
        }
        a[*best] += 1;
    }
    return a;
}

std::vector<std::int64_t> hamilton(const allot::ApportionRequest& r, std::int64_t count,
                                   std::int64_t minimum) {
    const std::size_t n = r.sizes.size();
    std::vector<std::int64_t> a(n, minimum);
    std::vector<bool> free(n, false);
    Rational units(count);
    for (std::size_t i = 0; i < n; ++i) {
        if (r.sizes[i] > 0)
            free[i] = true;
        else
            units -= minimum;
    }
    // Water-filling above the minimum: λ with Σ max(m, λ·p_i) = units. Any
    // entity below the minimum at the level of the free ones is pinned there.
    Rational lambda;
    for (bool changed = true; changed;) {
        changed = false;
        Rational pinned(0);
        Rational weight(0);
        for (std::size_t i = 0; i < n; ++i) {
            if (r.sizes[i] <= 0)
                continue;
            if (free[i])
                weight += decimal(r.sizes[i]);
            else
                pinned += minimum;
        }
        lambda = (units - pinned) / weight;
        for (std::size_t i = 0; i < n; ++i) {
            if (free[i] && lambda * decimal(r.sizes[i]) < Rational(minimum)) {
                free[i] = false;
                changed = true;
            }
        }
    }
    Int given(0);
    std::vector<Rational> remainder(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (r.sizes[i] > 0 && !free[i])
            given += minimum;
        if (!free[i])
            continue;
        const Rational quota = lambda * decimal(r.sizes[i]);
        const Int whole = floor_of(quota);
        a[i] = static_cast<std::int64_t>(whole);
        remainder[i] = quota - Rational(whole);
        given += whole;
    }
    Int zeros(0);
    for (std::size_t i = 0; i < n; ++i)
        if (r.sizes[i] <= 0)
            zeros += minimum;
    Int left = Int(count) - zeros - given;
    for (; left > 0; --left) {
        std::optional<std::size_t> best;
        for (std::size_t i = 0; i < n; ++i) {
            if (!free[i] || remainder[i] < 0)
                continue;
            if (!best || remainder[i] > remainder[*best])
                best = i;
        }
        a[*best] += 1;
        remainder[*best] = Rational(-1); // one extra unit at most
    }
    return a;
}

} // namespace

std::vector<std::int64_t> apportion(const allot::ApportionRequest& request) {
    const auto count = static_cast<std::int64_t>(std::llround(request.count));
    const auto minimum = static_cast<std::int64_t>(std::llround(request.minimum));
    if (request.method == ApportionMethod::Hamilton) {
        bool any = false;
        for (double s : request.sizes)
            any = any || s > 0;
        if (!any)
            return std::vector<std::int64_t>(request.sizes.size(), minimum);
        return hamilton(request, count, minimum);
    }
    return highest_averages(request, count, minimum);
}

std::string certify_divisor(const allot::ApportionRequest& request,
                            const std::vector<std::int64_t>& counts) {
    const auto minimum = static_cast<std::int64_t>(std::llround(request.minimum));
    // The worst unit handed out above the minimum, and the best one not.
    std::optional<std::size_t> worst_in;
    Priority worst;
    std::optional<std::size_t> best_out;
    Priority best;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] < minimum)
            return "entity " + std::to_string(i) + " below the minimum";
        if (request.sizes[i] <= 0) {
            if (counts[i] != minimum)
                return "entity " + std::to_string(i) + " of size 0 above the minimum";
            continue;
        }
        if (counts[i] > minimum) {
            const Priority p = priority(request.method, request.sizes[i], counts[i] - 1);
            // Worst: lower priority, or equal and later.
            if (!worst_in || worst.above(p) || worst.equal(p)) {
                worst_in = i;
                worst = p;
            }
        }
        const Priority q = priority(request.method, request.sizes[i], counts[i]);
        if (!best_out || q.above(best)) {
            best_out = i;
            best = q;
        }
    }
    if (worst_in && best_out) {
        const bool wrong = best.above(worst) || (best.equal(worst) && *best_out < *worst_in);
        if (wrong) {
            std::ostringstream out;
            out << "entity " << *best_out << "'s next unit comes before entity " << *worst_in
                << "'s last one";
            return out.str();
        }
    }
    return {};
}

} // namespace apportion_oracle
