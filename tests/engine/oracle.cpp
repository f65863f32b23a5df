#include "oracle.hpp"

#include "rational.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>

namespace oracle {

namespace {

using allot::Problem;
using allot::testing::decimal;
using allot::testing::exact;
using allot::testing::floor_of;
using allot::testing::Int;
using allot::testing::Rational;

Int ceil_of(const Rational& r) {
    return -floor_of(-r);
}

Rational abs_of(const Rational& r) {
    return r < 0 ? Rational(-r) : r;
}

const Rational tolerance(1, 1000000000);

bool near_whole(const Rational& q, Int& whole) {
    whole = floor_of(q + Rational(1, 2));
    return abs_of(q - Rational(whole)) <= tolerance * std::max(Rational(1), abs_of(q));
}

// A bound in whole units: inward (a minimum up, a maximum down), or the
// nearest whole number within the tolerance; exactly halfway, inward.
Int bound_units(const Rational& q, bool minimum) {
    Int w;
    if (near_whole(q, w) && q - Rational(floor_of(q)) != Rational(1, 2))
        return w;
    return minimum ? ceil_of(q) : floor_of(q);
}

// count × unit as the user reads it: the double nearest to the decimal
// product when the unit has at most 22 decimals and the digits stay below
// 2^53, else the plain binary product.
double amount(const Int& count, double unit) {
    const Rational d = decimal(unit);
    const Int scale = denominator(d);
    Int power = 1; // the least power of ten that the denominator divides
    int decimals = 0;
    while (power % scale != 0 && decimals <= 22) {
        power *= 10;
        ++decimals;
    }
    const Int product = count * numerator(d) * (power / scale);
    const Int limit = Int(1) << 53;
    if (decimals == 0 || decimals > 22 || product >= limit || product <= -limit)
        return count.convert_to<double>() * unit;
    return product.convert_to<double>() / power.convert_to<double>();
}

struct Part {
    Rational weight;
    Int lo;
    std::optional<Int> hi; // none: no maximum
};

Rational clamp_to(const Rational& x, const Part& p) {
    if (x < Rational(p.lo))
        return Rational(p.lo);
    if (p.hi && x > Rational(*p.hi))
        return Rational(*p.hi);
    return x;
}

// Σ clamp(λ·w_i, lo_i, hi_i) = target, by looking at every breakpoint.
std::vector<Rational> water_fill(const std::vector<Part>& parts, const Int& target) {
    auto f = [&](const Rational& lambda) {
        Rational sum = 0;
        for (const Part& p : parts)
            sum += clamp_to(lambda * p.weight, p);
        return sum;
    };
    std::vector<Rational> breaks;
    for (const Part& p : parts) {
        breaks.push_back(Rational(p.lo) / p.weight);
        if (p.hi)
            breaks.push_back(Rational(*p.hi) / p.weight);
    }
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    const Rational goal(target);
    Rational lambda = breaks.front();
    bool found = f(breaks.front()) >= goal;
    for (std::size_t k = 0; !found && k + 1 < breaks.size(); ++k) {
        const Rational a = f(breaks[k]);
        const Rational b = f(breaks[k + 1]);
        if (a <= goal && goal <= b) {
            lambda =
                b == a ? breaks[k] : breaks[k] + (goal - a) * (breaks[k + 1] - breaks[k]) / (b - a);
            found = true;
        }
    }
    if (!found) {
        Rational slope = 0;
        for (const Part& p : parts)
            if (!p.hi)
                slope += p.weight;
        lambda = breaks.back() + (goal - f(breaks.back())) / slope;
    }
    std::vector<Rational> x;
    for (const Part& p : parts)
        x.push_back(clamp_to(lambda * p.weight, p));
    return x;
}

// Largest remainder with exact remainders, ties to the earlier part.
std::vector<Int> hamilton(const std::vector<Rational>& quotas, const Int& target) {
    std::vector<Int> counts;
    Int sum = 0;
    for (const Rational& q : quotas) {
        counts.push_back(floor_of(q));
        sum += counts.back();
    }
    std::vector<std::size_t> order(quotas.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return quotas[a] - Rational(counts[a]) > quotas[b] - Rational(counts[b]);
    });
    const Int left = target - sum;
    for (std::size_t k = 0; Int(k) < left; ++k)
        counts[order[k]] += 1;
    return counts;
}

} // namespace

Outcome split(const allot::SplitRequest& request) {
    Outcome out;
    const std::size_t n = request.weights.size();
    const bool mirrored = request.total < 0;
    const double sign = mirrored ? -1 : 1;
    auto at = [](const std::vector<std::optional<double>>& v, std::size_t i) {
        return v.empty() ? std::optional<double>() : v[i];
    };
    // Oriented problem: total >= 0; defaults minimum 0, no maximum.
    std::vector<Rational> lo(n, Rational(0));
    std::vector<std::optional<Rational>> hi(n);
    std::vector<std::optional<Rational>> fixed(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto mn = at(request.minimums, i);
        auto mx = at(request.maximums, i);
        if (mirrored)
            std::swap(mn, mx);
        if (mn)
            lo[i] = exact(sign * *mn);
        if (mx)
            hi[i] = exact(sign * *mx);
        if (auto h = at(request.fixed, i))
            fixed[i] = exact(sign * *h);
    }
    const Rational total = exact(std::fabs(request.total));
    Rational remaining = total;
    Rational scale = total;
    std::vector<std::size_t> free;
    for (std::size_t i = 0; i < n; ++i) {
        if (fixed[i]) {
            remaining -= *fixed[i];
            scale += abs_of(*fixed[i]);
        } else {
            free.push_back(i);
        }
    }
    auto fail = [&](Problem p) {
        out.problem = p;
        return out;
    };
    if (free.empty()) {
        if (abs_of(remaining) > tolerance * scale)
            return fail(Problem::NoFreeParts);
    }
    std::vector<Int> counts(n, 0);
    Rational odd = 0;
    const Rational unit = exact(request.unit);
    if (!free.empty()) {
        const Rational q = remaining / unit;
        // Within 1e-9 of a whole number of units, but never more than 1e-9 of
        // the total and holds it came from.
        Int units = floor_of(q + Rational(1, 2));
        const Rational reach = std::min(std::max(Rational(1), abs_of(q)), Rational(scale / unit));
        bool whole = abs_of(q - Rational(units)) <= tolerance * reach;
        // As the engine: forgiving 1e-9 of a unit upward must not leave the
        // doubles (2 units of 2^1023 for a total of 1.8E+308): whole × unit
        // must be a finite double.
        // A double is ∞ from 2^1024 − 2^970 on (the largest double and half
        // its last unit).
        const Rational doubles_end =
            exact(std::numeric_limits<double>::max()) + exact(std::ldexp(1.0, 970));
        if (whole && abs_of(Rational(units) * unit) >= doubles_end)
            whole = false;
        if (!whole)
            units = floor_of(q);
        if (abs_of(Rational(units)) > Rational(Int(1) << 53))
            return fail(Problem::TooManyUnits);
        if (!whole)
            odd = remaining - Rational(units) * unit;

        std::vector<Part> parts;
        Int lowest = 0;
        Int highest = 0;
        bool bounded = true;
        for (std::size_t i : free) {
            Part p{decimal(request.weights[i]), 0, std::nullopt}; // as the user sees it
            Int w;
            p.lo = bound_units(lo[i] / unit, true);
            if (hi[i])
                p.hi = bound_units(*hi[i] / unit, false);
            if (p.hi && p.lo > *p.hi)
                return fail(Problem::MinimumAboveMaximum);
            lowest += p.lo;
            if (p.hi)
                highest += *p.hi;
            else
                bounded = false;
            parts.push_back(p);
        }
        if (lowest > units)
            return fail(mirrored ? Problem::MaximumsBelowRemaining
                                 : Problem::MinimumsAboveRemaining);
        if (bounded && highest < units)
            return fail(mirrored ? Problem::MinimumsAboveRemaining
                                 : Problem::MaximumsBelowRemaining);

        // Positive weights first; zero weights rest at clamp(0) and only take
        // what the positive ones cannot (weight 1 among themselves).
        std::vector<std::size_t> pos;
        std::vector<std::size_t> zero;
        for (std::size_t k = 0; k < parts.size(); ++k)
            (parts[k].weight > 0 ? pos : zero).push_back(k);
        std::vector<Int> c(parts.size(), 0);
        auto settle = [&](const std::vector<std::size_t>& group, bool weighted, const Int& t) {
            std::vector<Part> g;
            for (std::size_t k : group) {
                g.push_back(parts[k]);
                if (!weighted)
                    g.back().weight = 1;
            }
            const std::vector<Int> r = hamilton(water_fill(g, t), t);
            for (std::size_t j = 0; j < group.size(); ++j)
                c[group[j]] = r[j];
        };
        if (pos.empty()) {
            settle(zero, false, units);
        } else {
            Int resting = 0;
            for (std::size_t k : zero) {
                c[k] = std::max(Int(0), parts[k].lo);
                if (parts[k].hi)
                    c[k] = std::min(c[k], *parts[k].hi);
                resting += c[k];
            }
            Int plo = 0;
            Int phi = 0;
            bool pbounded = true;
            for (std::size_t k : pos) {
                plo += parts[k].lo;
                if (parts[k].hi)
                    phi += *parts[k].hi;
                else
                    pbounded = false;
            }
            const Int wanted = units - resting;
            if (zero.empty() || (plo <= wanted && (!pbounded || wanted <= phi))) {
                settle(pos, true, wanted);
            } else if (pbounded && wanted > phi) { // (unbounded: short of the minimums)
                for (std::size_t k : pos)
                    c[k] = *parts[k].hi;
                settle(zero, false, units - phi);
            } else {
                for (std::size_t k : pos)
                    c[k] = parts[k].lo;
                settle(zero, false, units - plo);
            }
        }
        for (std::size_t k = 0; k < free.size(); ++k)
            counts[free[k]] = c[k];

        if (odd > 0) {
            std::optional<std::size_t> best;
            for (std::size_t i : free) {
                bool fits = true;
                if (hi[i]) {
                    const Rational after = Rational(counts[i]) * unit + odd;
                    fits = after <= *hi[i] + tolerance * std::max(unit, abs_of(*hi[i]));
                }
                if (fits && (!best || counts[i] > counts[*best]))
                    best = i;
            }
            if (!best)
                return fail(Problem::NoRoomForOddPart);
            out.odd_part = best;
        }
    }
    // SPEC §1: no part beyond 2^53 units (bounds far beyond it force one).
    for (const Int& c : counts)
        if (abs(c) > (Int(1) << 53))
            return fail(Problem::TooManyUnits);
    out.parts.assign(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        double v = 0;
        if (fixed[i])
            v = fixed[i]->convert_to<double>();
        else if (out.odd_part && *out.odd_part == i)
            v = (Rational(counts[i]) * unit + odd).convert_to<double>();
        else
            v = amount(counts[i], request.unit);
        // A part beyond the largest double is more units than a cell holds.
        if (!std::isfinite(v))
            return fail(Problem::TooManyUnits);
        out.parts[i] = sign * v + 0.0;
    }
    // Never a wrong number: parts that doubles cannot make add up to the
    // total within 1e-9 (an odd part lost beside 2^53 units) are an error.
    if (!free.empty()) {
        Rational sum = 0;
        for (double v : out.parts)
            sum += exact(v);
        const Rational wanted = exact(request.total);
        if (abs_of(sum - wanted) > tolerance * std::max(scale, unit))
            return fail(Problem::BeyondPrecision);
    }
    return out;
}

} // namespace oracle
