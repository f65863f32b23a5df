// Water-filling for the bounded proportional split (the continuous quadratic
// knapsack / "water-filling" formulation): find λ with
// Σ clamp(λ·w_i, lo_i, hi_i) = target. The left side is continuous,
// non-decreasing and piecewise linear in λ with breakpoints lo_i/w_i and
// hi_i/w_i, so sorting the breakpoints and sweeping them finds the linear
// piece that holds the solution (cf. Helgason, Kennington & Lall 1980;
// Kiwiel 2008, "Breakpoint searching algorithms for the continuous
// quadratic knapsack problem"). O(n log n), independent of the total.
#include "waterfill.hpp"

#include <algorithm>
#include <cmath>

namespace allot::detail {

namespace {

// Kahan–Babuška–Neumaier summation of the weights of some parts.
template <class Parts, class Pick>
long double compensated_weight_sum(const Parts& parts, Pick pick) {
    long double sum = 0;
    long double compensation = 0;
    for (const auto& part : parts) {
        if (!pick(part))
            continue;
        const long double term = part.weight;
        const long double next = sum + term;
        compensation += std::fabs(sum) >= term ? (sum - next) + term : (term - next) + sum;
        sum = next;
    }
    return sum + compensation;
}

// The common case first: no bound binds, every part is Shared. Accepted only
// when every part is clearly inside its bounds at the approximate λ (margin
// far above the rounding error), which proves it for the exact λ too.
bool try_all_shared(std::span<const UnitPart> parts, int128 target, int128 fixed_units,
                    Filling& result) {
    const int128 shared = target - fixed_units;
    const long double total_weight =
        compensated_weight_sum(parts, [](const UnitPart& p) { return p.lo < p.hi; });
    if (total_weight <= 0)
        return false;
    const long double lambda = static_cast<long double>(shared) / total_weight;
    constexpr long double margin = 0x1p-56L;
    for (const UnitPart& part : parts) {
        if (part.lo == part.hi)
            continue;
        const long double x = lambda * part.weight;
        const long double lo = static_cast<long double>(part.lo);
        const long double hi = static_cast<long double>(part.hi);
        if (x - lo <= (std::fabs(x) + std::fabs(lo)) * margin ||
            hi - x <= (std::fabs(x) + std::fabs(hi)) * margin)
            return false;
    }
    for (std::size_t i = 0; i < parts.size(); ++i)
        result.levels[i] = parts[i].lo == parts[i].hi ? Level::AtMinimum : Level::Shared;
    result.shared_units = shared;
    return true;
}

struct Breakpoint {
    long double value; // bound / weight, rounded once
    double weight;
    std::int64_t bound;
    std::uint32_t part;
    bool upper; // hi_i/w_i, else lo_i/w_i
};

// Exact order of the breakpoints (value, then part, lower before upper for
// equal values of one part — which cannot happen as lo < hi).
bool breakpoint_before(const Breakpoint& a, const Breakpoint& b) {
    // Each value is within 2^-64 (relative) of the exact quotient.
    const long double tolerance = (std::fabs(a.value) + std::fabs(b.value)) * 0x1p-62L;
    if (b.value - a.value > tolerance)
        return true;
    if (a.value - b.value > tolerance)
        return false;
    if (a.bound != b.bound || a.weight != b.weight) {
        // bound_a / w_a < bound_b / w_b  ⇔  bound_a · w_b < bound_b · w_a  (weights > 0)
        const int order = compare(to_dyadic(int128(a.bound)) * to_dyadic(b.weight),
                                  to_dyadic(int128(b.bound)) * to_dyadic(a.weight));
        if (order != 0)
            return order < 0;
    }
    if (a.part != b.part)
        return a.part < b.part;
    return !a.upper && b.upper;
}

class Sweep {
public:
    Sweep(std::span<const UnitPart> parts, int128 target) : parts_(parts), target_(target) {
        for (std::size_t i = 0; i < parts.size(); ++i) {
            lowest_ += parts[i].lo;
            if (parts[i].lo == parts[i].hi)
                continue;
            const auto part = static_cast<std::uint32_t>(i);
            const double w = parts[i].weight;
            points_.push_back(
                {static_cast<long double>(parts[i].lo) / w, w, parts[i].lo, part, false});
            points_.push_back(
                {static_cast<long double>(parts[i].hi) / w, w, parts[i].hi, part, true});
        }
        std::sort(points_.begin(), points_.end(), breakpoint_before);
        lower_at_.assign(parts.size(), 0);
        upper_at_.assign(parts.size(), 0);
        for (std::size_t k = 0; k < points_.size(); ++k)
            (points_[k].upper ? upper_at_ : lower_at_)[points_[k].part] = k;
    }

    // The last breakpoint k with f(β_k) <= target: λ lies in [β_k, β_k+1).
    std::size_t piece() const {
        const std::size_t last = points_.size() - 1;
        const std::size_t guess = std::min(approximate_piece(), last - 1);
        if (exact_excess(guess) <= 0 && exact_excess(guess + 1) > 0)
            return guess;
        // Rounding misled the sweep: bisect with exact evaluations.
        std::size_t low = 0;     // f(β_0) = Σlo <= target
        std::size_t high = last; // f(β_last) = Σhi > target
        while (high - low > 1) {
            const std::size_t middle = low + (high - low) / 2;
            (exact_excess(middle) <= 0 ? low : high) = middle;
        }
        return low;
    }

    Filling filling(std::size_t k) const {
        Filling result;
        result.levels.assign(parts_.size(), Level::AtMinimum);
        int128 clamped = 0;
        for (std::size_t i = 0; i < parts_.size(); ++i) {
            const Level level = level_at(i, k);
            result.levels[i] = level;
            if (level == Level::AtMinimum)
                clamped += parts_[i].lo;
            else if (level == Level::AtMaximum)
                clamped += parts_[i].hi;
        }
        result.shared_units = target_ - clamped;
        return result;
    }

private:
    // Where part i sits on the piece that starts at breakpoint k.
    Level level_at(std::size_t i, std::size_t k) const {
        if (parts_[i].lo == parts_[i].hi || lower_at_[i] > k)
            return Level::AtMinimum;
        return upper_at_[i] <= k ? Level::AtMaximum : Level::Shared;
    }

    // Floating-point sweep: f(β_k) = clamped units + β_k · Σ shared weights.
    std::size_t approximate_piece() const {
        int128 clamped = lowest_;
        long double weight = 0;
        const long double target = static_cast<long double>(target_);
        for (std::size_t k = 0; k < points_.size(); ++k) {
            const Breakpoint& point = points_[k];
            if (point.upper) {
                clamped += point.bound;
                weight -= point.weight;
            } else {
                clamped -= point.bound;
                weight += point.weight;
            }
            if (static_cast<long double>(clamped) + point.value * weight > target)
                return k == 0 ? 0 : k - 1;
        }
        return points_.size() - 1;
    }

    // Sign of f(β_k) − target, exactly.
    int exact_excess(std::size_t k) const {
        int128 clamped = 0;
        ExactSum weight;
        for (std::size_t i = 0; i < parts_.size(); ++i) {
            switch (level_at(i, k)) {
            case Level::AtMinimum:
                clamped += parts_[i].lo;
                break;
            case Level::AtMaximum:
                clamped += parts_[i].hi;
                break;
            case Level::Shared:
                weight.add(parts_[i].weight);
                break;
            }
        }
        // f(β) − T = C + (bound/w)·W − T; times w > 0: (C − T)·w + bound·W.
        const Breakpoint& point = points_[k];
        return sign(to_dyadic(clamped - target_) * to_dyadic(point.weight) +
                    to_dyadic(int128(point.bound)) * weight.value());
    }

    std::span<const UnitPart> parts_;
    int128 target_;
    int128 lowest_ = 0;
    std::vector<Breakpoint> points_;
    std::vector<std::size_t> lower_at_;
    std::vector<std::size_t> upper_at_;
};

} // namespace

Filling fill_units(std::span<const UnitPart> parts, int128 target) {
    Filling result;
    result.levels.assign(parts.size(), Level::AtMinimum);
    int128 lowest = 0;
    int128 highest = 0;
    int128 fixed_units = 0; // parts whose bounds leave no choice
    for (const UnitPart& part : parts) {
        lowest += part.lo;
        highest += part.hi;
        if (part.lo == part.hi)
            fixed_units += part.lo;
    }
    if (target <= lowest)
        return result;
    if (target >= highest) {
        result.levels.assign(parts.size(), Level::AtMaximum);
        return result;
    }
    if (try_all_shared(parts, target, fixed_units, result))
        return result;
    Sweep sweep(parts, target);
    return sweep.filling(sweep.piece());
}

std::vector<long double> fill_real(std::span<const RealPart> parts, long double target) {
    const std::size_t n = parts.size();
    std::vector<long double> values(n);
    long double lowest = 0;
    long double highest = 0;
    for (const RealPart& part : parts) {
        lowest += part.lo;
        highest += part.hi;
    }
    if (target <= lowest || target >= highest) {
        const bool low = target <= lowest;
        for (std::size_t i = 0; i < n; ++i)
            values[i] = low ? parts[i].lo : parts[i].hi;
        return values;
    }

    struct Point {
        long double value;
        std::size_t part;
        bool upper;
    };
    std::vector<Point> points;
    long double clamped = 0; // Σ of the parts sitting at a bound
    long double weight = 0;  // Σ weights of the parts in between
    for (std::size_t i = 0; i < n; ++i) {
        const RealPart& part = parts[i];
        if (part.lo == part.hi) {
            clamped += part.lo;
            continue;
        }
        if (std::isfinite(part.lo)) {
            points.push_back({part.lo / part.weight, i, false});
            clamped += part.lo;
        } else {
            weight += part.weight; // no minimum: between bounds from λ = −∞
        }
        if (std::isfinite(part.hi))
            points.push_back({part.hi / part.weight, i, true});
    }
    std::sort(points.begin(), points.end(), [](const Point& a, const Point& b) {
        if (a.value != b.value)
            return a.value < b.value;
        return a.part != b.part ? a.part < b.part : !a.upper && b.upper;
    });

    long double lambda = 0;
    bool found = false;
    for (const Point& point : points) {
        if (clamped + point.value * weight >= target) {
            lambda = weight > 0 ? (target - clamped) / weight : point.value;
            found = true;
            break;
        }
        const RealPart& part = parts[point.part];
        if (point.upper) {
            clamped += part.hi;
            weight -= part.weight;
        } else {
            clamped -= part.lo;
            weight += part.weight;
        }
    }
    if (!found)
        lambda = weight > 0       ? (target - clamped) / weight
                 : points.empty() ? 0
                                  : points.back().value;
    for (std::size_t i = 0; i < n; ++i)
        values[i] = std::clamp(lambda * parts[i].weight, parts[i].lo, parts[i].hi);
    return values;
}

} // namespace allot::detail
