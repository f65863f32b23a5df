// Water-filling for the bounded proportional split (the continuous quadratic
// knapsack / "water-filling" formulation): find λ with
// Σ clamp(λ·w_i, lo_i, hi_i) = target. The left side is continuous,
// non-decreasing and piecewise linear in λ with breakpoints lo_i/w_i and
// hi_i/w_i, so sorting the breakpoints and sweeping them finds the linear
// piece that holds the solution (cf. Helgason, Kennington & Lall 1980;
// Kiwiel 2008, "Breakpoint searching algorithms for the continuous
// quadratic knapsack problem"). O(n log n), independent of the total.
#include "waterfill.hpp"

#include "compensated_sum.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace allot::detail {

namespace {

// The compensated sum of the weights of some parts.
template <class Parts, class Pick>
long double compensated_weight_sum(const Parts& parts, Pick pick) {
    CompensatedSum<> sum;
    for (const auto& part : parts)
        if (pick(part))
            sum.add(part.weight);
    return sum.value();
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
    double weight;
    std::int64_t bound;
    std::uint32_t part;
    bool upper; // hi_i/w_i, else lo_i/w_i

    long double value() const { return static_cast<long double>(bound) / weight; }
};

// Exact order of the breakpoints bound/weight (then part, lower before
// upper). Sorting compares 16-byte keys: a double approximation that
// settles all but near-equal values, which are compared exactly.
struct SortKey {
    double value; // within 2^-52 (relative) of bound/weight, or ±∞ on overflow
    std::uint32_t point;
};

class BreakpointOrder {
public:
    explicit BreakpointOrder(const std::vector<Breakpoint>& points) : points_(points) {}

    static double tolerance(const SortKey& x, const SortKey& y) {
        return (std::fabs(x.value) + std::fabs(y.value)) * 0x1p-50 + 0x1p-1000;
    }

    bool operator()(const SortKey& x, const SortKey& y) const {
        const double margin = tolerance(x, y);
        if (y.value - x.value > margin)
            return true;
        if (x.value - y.value > margin)
            return false;
        const Breakpoint& a = points_[x.point];
        const Breakpoint& b = points_[y.point];
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

private:
    const std::vector<Breakpoint>& points_;
};

class Sweep {
public:
    Sweep(std::span<const UnitPart> parts, int128 target) : parts_(parts), target_(target) {
        if (parts.size() >= (std::size_t(1) << 31))
            throw std::length_error("allot: too many parts");
        std::vector<Breakpoint> unsorted;
        unsorted.reserve(2 * parts.size());
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (parts[i].lo == parts[i].hi)
                continue;
            const auto part = static_cast<std::uint32_t>(i);
            unsorted.push_back({parts[i].weight, parts[i].lo, part, false});
            unsorted.push_back({parts[i].weight, parts[i].hi, part, true});
        }
        std::vector<SortKey> keys(unsorted.size());
        for (std::size_t k = 0; k < unsorted.size(); ++k)
            keys[k] = {static_cast<double>(unsorted[k].bound) / unsorted[k].weight,
                       static_cast<std::uint32_t>(k)};
        // Sort by the approximate values, then put each run of values too
        // close to tell apart into exact order. Values further apart than
        // the tolerance are already in exact order, so the result is exact.
        std::sort(keys.begin(), keys.end(),
                  [](const SortKey& x, const SortKey& y) { return x.value < y.value; });
        const BreakpointOrder order(unsorted);
        for (std::size_t begin = 0; begin < keys.size();) {
            std::size_t end = begin + 1;
            while (end < keys.size() && !(keys[end].value - keys[end - 1].value >
                                          BreakpointOrder::tolerance(keys[end], keys[end - 1])))
                ++end;
            if (end - begin > 1)
                std::sort(keys.begin() + begin, keys.begin() + end, order);
            begin = end;
        }
        points_.reserve(unsorted.size());
        for (const SortKey& key : keys)
            points_.push_back(unsorted[key.point]);
        lower_at_.assign(parts.size(), 0);
        upper_at_.assign(parts.size(), 0);
        for (std::size_t k = 0; k < points_.size(); ++k)
            (points_[k].upper ? upper_at_ : lower_at_)[points_[k].part] = k;
    }

    // The last breakpoint k with f(β_k) <= target: λ lies in [β_k, β_k+1).
    std::size_t piece() const {
        const std::size_t last = points_.size() - 1;
        auto holds = [&](std::size_t k) { return exact_excess(k) <= 0 && exact_excess(k + 1) > 0; };
        // A linear sweep first; its running weight sum can lose huge against
        // tiny weights, so a bisection that sums afresh comes next.
        std::size_t guess = std::min(swept_piece(), last - 1);
        if (holds(guess))
            return guess;
        guess = std::min(approximate_piece(), last - 1);
        if (holds(guess))
            return guess;
        // Rounding misled both: bisect with exact evaluations.
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

    // Floating-point sweep: f(β_k) = clamped units + β_k · Σ shared weights,
    // the weight kept as a running sum.
    std::size_t swept_piece() const {
        int128 clamped = 0;
        for (const UnitPart& part : parts_)
            clamped += part.lo;
        long double weight = 0;
        for (std::size_t k = 0; k < points_.size(); ++k) {
            const Breakpoint& point = points_[k];
            if (point.upper) {
                clamped += point.bound;
                weight -= point.weight;
            } else {
                clamped -= point.bound;
                weight += point.weight;
            }
            if (point.value() * weight > static_cast<long double>(target_ - clamped))
                return k == 0 ? 0 : k - 1;
        }
        return points_.size() - 1;
    }

    // Floating-point bisection: f(β_k) = clamped units + β_k · Σ shared
    // weights, each summed afresh so huge and tiny weights do not cancel.
    std::size_t approximate_piece() const {
        std::size_t low = 0;
        std::size_t high = points_.size() - 1;
        while (high - low > 1) {
            const std::size_t middle = low + (high - low) / 2;
            int128 clamped = 0;
            long double weight = 0;
            for (std::size_t i = 0; i < parts_.size(); ++i) {
                switch (level_at(i, middle)) {
                case Level::AtMinimum:
                    clamped += parts_[i].lo;
                    break;
                case Level::AtMaximum:
                    clamped += parts_[i].hi;
                    break;
                case Level::Shared:
                    weight += parts_[i].weight;
                    break;
                }
            }
            const long double rest = static_cast<long double>(target_ - clamped);
            (points_[middle].value() * weight <= rest ? low : high) = middle;
        }
        return low;
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

    // Finite breakpoints in order; a part without a minimum is between its
    // bounds from λ = −∞ on, one without a maximum stays so up to +∞.
    struct Point {
        long double value;
        std::size_t part;
        bool upper;
    };
    std::vector<Point> points;
    for (std::size_t i = 0; i < n; ++i) {
        const RealPart& part = parts[i];
        if (part.lo == part.hi)
            continue;
        if (std::isfinite(part.lo))
            points.push_back({part.lo / part.weight, i, false});
        if (std::isfinite(part.hi))
            points.push_back({part.hi / part.weight, i, true});
    }
    std::sort(points.begin(), points.end(), [](const Point& a, const Point& b) {
        if (a.value != b.value)
            return a.value < b.value;
        return a.part != b.part ? a.part < b.part : !a.upper && b.upper;
    });
    constexpr std::size_t never = static_cast<std::size_t>(-1);
    std::vector<std::size_t> lower_at(n, never); // never: no minimum, always passed
    std::vector<std::size_t> upper_at(n, never); // never: no maximum, never passed
    for (std::size_t k = 0; k < points.size(); ++k)
        (points[k].upper ? upper_at : lower_at)[points[k].part] = k;

    // Clamped sum and shared weight on the piece after the first `passed`
    // breakpoints, each summed afresh (no cancellation between huge and
    // tiny weights, as an incremental sweep would suffer).
    auto level = [&](std::size_t i, std::size_t passed) {
        const RealPart& part = parts[i];
        if (upper_at[i] != never && upper_at[i] < passed)
            return Level::AtMaximum;
        const bool above_lo = lower_at[i] == never ? part.lo != part.hi : lower_at[i] < passed;
        return above_lo ? Level::Shared : Level::AtMinimum;
    };
    auto piece = [&](std::size_t passed, long double& clamped, long double& weight) {
        clamped = 0;
        weight = 0;
        for (std::size_t i = 0; i < n; ++i) {
            switch (level(i, passed)) {
            case Level::AtMinimum:
                clamped += parts[i].lo;
                break;
            case Level::AtMaximum:
                clamped += parts[i].hi;
                break;
            case Level::Shared:
                weight += parts[i].weight;
                break;
            }
        }
    };
    // Largest number of breakpoints passed with f(β) <= target, by bisection.
    std::size_t low = 0;
    std::size_t high = points.size() + 1;
    while (high - low > 1) {
        const std::size_t middle = low + (high - low) / 2;
        long double clamped = 0;
        long double weight = 0;
        piece(middle, clamped, weight);
        const long double at = clamped + points[middle - 1].value * weight;
        (at <= target ? low : high) = middle;
    }
    long double clamped = 0;
    long double weight = 0;
    piece(low, clamped, weight);
    const long double lambda = weight > 0 ? (target - clamped) / weight
                               : low > 0  ? points[low - 1].value
                                          : 0;
    for (std::size_t i = 0; i < n; ++i) {
        switch (level(i, low)) {
        case Level::AtMinimum:
            values[i] = parts[i].lo;
            break;
        case Level::AtMaximum:
            values[i] = parts[i].hi;
            break;
        case Level::Shared:
            values[i] = std::clamp(lambda * parts[i].weight, parts[i].lo, parts[i].hi);
            break;
        }
    }
    return values;
}

} // namespace allot::detail
