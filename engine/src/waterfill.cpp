// Water-filling for the bounded proportional split (the continuous quadratic
// knapsack / "water-filling" formulation): find λ with
// Σ clamp(λ·w_i, lo_i, hi_i) = target. The left side is continuous,
// non-decreasing and piecewise linear in λ with breakpoints lo_i/w_i and
// hi_i/w_i, so sorting the breakpoints and sweeping them finds the linear
// piece that holds the solution (cf. Helgason, Kennington & Lall 1980;
// Kiwiel 2008, "Breakpoint searching algorithms for the continuous
// quadratic knapsack problem"): O(n log n), the reference. fill_units finds
// the level in linear time instead (Newton steps on f, then only the
// breakpoints next to the level in exact order; see LevelSearch) and hands
// the rare inputs it cannot settle that way to the sweep.
#include "waterfill.hpp"

#include "compensated_sum.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

namespace allot::detail {

static_assert(static_cast<int>(Level::AtMinimum) == 0 && static_cast<int>(Level::Shared) == 1 &&
              static_cast<int>(Level::AtMaximum) == 2); // classify computes levels

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

// Breakpoints in exact order of bound/weight (then part, lower before
// upper).
std::vector<Breakpoint> in_exact_order(const std::vector<Breakpoint>& unsorted) {
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
    std::vector<Breakpoint> points;
    points.reserve(unsorted.size());
    for (const SortKey& key : keys)
        points.push_back(unsorted[key.point]);
    return points;
}

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
        points_ = in_exact_order(unsorted);
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

// ---------------------------------------------------------------- by level

// The water level λ° = max{λ : f(λ) <= target} decides every part: below
// its minimum's breakpoint lo/w it sits at lo, from its maximum's hi/w on at
// hi, Shared in between (the sweep's pieces say the same). It is found in
// time linear in the parts, without sorting:
//   1. an approximate level by Newton steps on f (safeguarded by a bracket),
//      a pass over the parts each (a handful on real data);
//   2. one pass that settles every part whose breakpoints are clearly away
//      from that level (relative 2^-40, far above the rounding of the pass)
//      and keeps the few that are not;
//   3. those few breakpoints put in exact order and the level placed among
//      them by signs of f − target, and the window checked to hold λ°.
// Signs are taken in long double with an error bound and settled exactly
// (dyadic arithmetic) when within it. Whatever cannot be shown this way (a
// flat f at the target, a level out of the double range) is left to the
// sweep, which is exact for any input; both give the one exact answer.
class LevelSearch {
public:
    LevelSearch(std::span<const UnitPart> parts, int128 target, int128 fixed_units,
                long double movable_weight)
        : parts_(parts), target_(target), fixed_units_(fixed_units),
          movable_weight_(movable_weight) {}

    bool run(Filling& result) {
        const std::size_t n = parts_.size();
        if (n >= (std::size_t(1) << 31))
            return false;
        result.levels.assign(n, Level::AtMinimum);
        levels_ = &result.levels;
        scratch_.assign(n, 0);
        settled_clamped_ = 0;
        settled_weight_ = {0, 0};
        exact_weight_.reset();

        // 1. Newton steps over every part until they move λ by less than
        //    2^-10 of it.
        double lambda = 0;
        double step = 0;
        if (!approximate_level(lambda, step))
            return false;
        // 2. Every part whose breakpoints lie outside a window around λ
        //    (64 of the last step, at least 2^-30 of λ) settled once for
        //    the whole window; Newton steps go on over the rest only.
        const double reach = std::fmax(64 * step, std::fabs(lambda) * 0x1p-30);
        const double a = lambda - reach;
        const double b = lambda + reach;
        std::vector<std::uint32_t> near;
        classify(nullptr, n, a, b, near);
        if (!refine_level(near, a, b, lambda))
            return false;
        // 3. The window 2^-42 around the level: the parts near it settled,
        //    the few still too close to tell put in exact order.
        const double width = std::fabs(lambda) * 0x1p-42;
        const double low = lambda - width;
        const double high = lambda + width;
        if (!(a <= low && high <= b))
            return false;
        unsettled_.clear();
        classify(near.data(), near.size(), low, high, unsettled_);
        return resolve(low, high, result);
    }

private:
    struct Piece {
        long double value; // f(λ), approximately
        double weight;     // Σ of the shared parts' weights (f's slope)
    };

    // f(λ) and its slope over some parts (all when `index` is null), in
    // floating point: four sums side by side, no branch on a part's side
    // (that is random).
    Piece piece_at(double lambda, const std::uint32_t* index, std::size_t count) const {
        constexpr std::size_t lanes = 4;
        double value[lanes] = {0, 0, 0, 0};
        double weight[lanes] = {0, 0, 0, 0};
        const UnitPart* p = parts_.data();
        const auto add = [&](std::size_t i, std::size_t lane) {
            const double w = p[i].weight;
            const double x = lambda * w;
            const auto lo = static_cast<double>(p[i].lo);
            const auto hi = static_cast<double>(p[i].hi);
            const double above_lo = x > lo ? x : lo;
            value[lane] += above_lo < hi ? above_lo : hi;
            // Times 0 or 1 (w or +0, as a choice would give): a branch here
            // is mispredicted for every part whose side is random.
            const bool inside = (x > lo) & (x < hi);
            weight[lane] += w * static_cast<double>(inside);
        };
        std::size_t k = 0;
        for (; k + lanes <= count; k += lanes)
            for (std::size_t j = 0; j < lanes; ++j)
                add(index ? index[k + j] : k + j, j);
        for (; k < count; ++k)
            add(index ? index[k] : k, 0);
        return {(static_cast<long double>(value[0]) + value[1]) + (value[2] + value[3]),
                (weight[0] + weight[1]) + (weight[2] + weight[3])};
    }

    // Newton steps λ ← λ + (target − f(λ)) / f'(λ) over every part, kept
    // inside the bracket of levels known to be below and above; bisection
    // when a step leaves it. Stops once a step is below 2^-10 of λ; `step`
    // is the last one's size.
    bool approximate_level(double& lambda, double& step) const {
        const auto target = static_cast<long double>(target_);
        double below = -std::numeric_limits<double>::infinity(); // f(below) <= target
        double above = std::numeric_limits<double>::infinity();  // f(above) > target
        lambda = static_cast<double>((target - static_cast<long double>(fixed_units_)) /
                                     movable_weight_);
        for (int round = 0; round < 200; ++round) {
            if (!std::isfinite(lambda))
                return false;
            const Piece piece = piece_at(lambda, nullptr, parts_.size());
            (piece.value <= target ? below : above) = lambda;
            // On a flat piece (no part shared) Newton has no step: bisect.
            double next = std::numeric_limits<double>::quiet_NaN();
            if (piece.weight > 0) {
                next = static_cast<double>(lambda + (target - piece.value) / piece.weight);
                if (std::fabs(next - lambda) <= std::fabs(lambda) * 0x1p-10) {
                    step = std::fabs(next - lambda);
                    lambda = next;
                    return std::isfinite(lambda);
                }
            }
            if (!(next > below && next < above)) {
                if (std::isfinite(below) && std::isfinite(above))
                    next = below + (above - below) / 2;
                else if (std::isfinite(below))
                    next = below + std::fmax(std::fabs(below), 0x1p-1000);
                else
                    next = above - std::fmax(std::fabs(above), 0x1p-1000);
                if (next == below || next == above) {
                    step = above - below;
                    return std::isfinite(step);
                }
            }
            lambda = next;
        }
        return false;
    }

    // Newton steps over the parts near the level only (the others' sums
    // hold for every λ in [a, b]), until a step is below 2^-48 of λ.
    bool refine_level(const std::vector<std::uint32_t>& near, double a, double b,
                      double& lambda) const {
        const auto target = static_cast<long double>(target_);
        const long double clamped = static_cast<long double>(settled_clamped_);
        const auto settled_weight = static_cast<double>(this->settled_weight());
        for (int round = 0; round < 100; ++round) {
            if (!(lambda >= a && lambda <= b))
                return false;
            const Piece piece = piece_at(lambda, near.data(), near.size());
            const long double value =
                clamped + piece.value + static_cast<long double>(lambda) * settled_weight;
            const double weight = piece.weight + settled_weight;
            if (!(weight > 0))
                return false;
            const auto next = static_cast<double>(lambda + (target - value) / weight);
            const bool done = std::fabs(next - lambda) <= std::fabs(lambda) * 0x1p-48;
            lambda = next;
            if (done)
                return lambda >= a && lambda <= b;
        }
        return false;
    }

    // Settles the parts (`index`, or all when null) whose breakpoints are
    // on one side of every λ in [a, b]: their levels written, their bounds
    // summed (exactly) and their shared weights summed (Neumaier); the
    // others are appended to `rest`. A breakpoint b/w counts as above b
    // when bound − b·w exceeds 2^-40 of the magnitudes, far above the
    // rounding of the subtraction, so the side is exact.
    void classify(const std::uint32_t* index, std::size_t count, double a, double b,
                  std::vector<std::uint32_t>& rest) {
        constexpr double tolerance = 0x1p-40;
        constexpr double tiny = 0x1p-1000;
        // > 0: bound/w above every λ <= b; < 0: below every λ >= a.
        const auto above_b = [b](std::int64_t bound, double w) {
            const auto x = static_cast<double>(bound);
            const double y = b * w;
            return x - y > (std::fabs(x) + std::fabs(y)) * tolerance + tiny;
        };
        const auto below_a = [a](std::int64_t bound, double w) {
            const auto x = static_cast<double>(bound);
            const double y = a * w;
            return y - x > (std::fabs(x) + std::fabs(y)) * tolerance + tiny;
        };
        const double wide_a = a - std::fabs(a) * 0x1p-36 - tiny;
        const double wide_b = b + std::fabs(b) * 0x1p-36 + tiny;
        Level* const levels = levels_->data();
        int128 clamped = settled_clamped_;
        // The sums in locals (registers): kept in an array they went
        // through memory on every part, a chain of store-to-load delays.
        double weight = settled_weight_[0];
        double lost = settled_weight_[1];
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t i = index ? index[k] : k;
            const UnitPart& part = parts_[i];
            if (part.lo == part.hi) {
                if (index == nullptr)
                    clamped += part.lo; // counted once, on the pass over all
                continue;
            }
            // First plain comparisons against the window widened by 2^-36
            // (relative, and 2^-1000 absolute): far beyond the rounding of
            // a product and a conversion (2^-53 each), so a side they show
            // is exact. (For b·w >= 0, lo > fl(B·w) gives lo > b·w·(1 +
            // 2^-36)·(1 − 2^-52) > b·w; for b < 0, B = b·(1 − 2^-36) + tiny
            // lies above b, and the same holds; below a likewise.) The
            // sides are combined without branches: which of the three a
            // part takes is random, a branch on it is mispredicted a third
            // of the time. Only parts within 2^-36 of the window (rare, so
            // predicted) take the careful tests above, and the few parts
            // near the level the branch to `rest`.
            const double w = part.weight;
            const auto lo = static_cast<double>(part.lo);
            const auto hi = static_cast<double>(part.hi);
            const double low_w = wide_a * w;
            const double high_w = wide_b * w;
            bool at_minimum = lo > high_w;
            bool at_maximum = hi < low_w;
            bool shared = (lo < low_w) & (hi > high_w);
            if (!(at_minimum | at_maximum | shared)) {
                at_minimum = above_b(part.lo, w);
                at_maximum = !at_minimum & below_a(part.hi, w);
                shared = !at_minimum & !at_maximum & below_a(part.lo, w) & above_b(part.hi, w);
                if (!(at_minimum | at_maximum | shared)) {
                    rest.push_back(static_cast<std::uint32_t>(i));
                    continue;
                }
            }
            // The bound it sits at (at most one of the two masks is all ones).
            clamped += (part.lo & -static_cast<std::int64_t>(at_minimum)) |
                       (part.hi & -static_cast<std::int64_t>(at_maximum));
            // Neumaier, adding w or +0 (which leaves both sums as they are).
            const double add = w * static_cast<double>(shared);
            const double next = weight + add;
            lost +=
                std::fabs(weight) >= std::fabs(add) ? (weight - next) + add : (add - next) + weight;
            weight = next;
            levels[i] = static_cast<Level>(static_cast<unsigned char>(shared) +
                                           2 * static_cast<unsigned char>(at_maximum));
        }
        settled_clamped_ = clamped;
        settled_weight_ = {weight, lost};
    }

    // With every part but unsettled_ settled for [low, high]: checks that
    // the window holds λ° and places λ° among the unsettled breakpoints.
    bool resolve(double low, double high, Filling& result) {
        // The window must hold λ°: f(low) <= target < f(high).
        if (!(excess_at(low) < 0 && excess_at(high) > 0))
            return false;
        int128 clamped = settled_clamped_;

        // The unsettled parts' breakpoints in exact order; λ° lies after the
        // last one where f <= target (f at a breakpoint is the same whether
        // or not others of equal value count as passed).
        std::vector<Breakpoint> points;
        points.reserve(2 * unsettled_.size());
        for (std::uint32_t i : unsettled_) {
            points.push_back({parts_[i].weight, parts_[i].lo, i, false});
            points.push_back({parts_[i].weight, parts_[i].hi, i, true});
        }
        points = in_exact_order(std::move(points));
        std::size_t passed = 0; // breakpoints [0, passed) are at or below λ°
        std::size_t none = points.size() + 1;
        while (none - passed > 1) {
            const std::size_t middle = passed + (none - passed) / 2;
            (excess_at_point(points, middle - 1) <= 0 ? passed : none) = middle;
        }
        // Bit 0: the lower breakpoint passed, bit 1: the upper one.
        for (std::uint32_t i : unsettled_)
            status_of(i) = 0;
        for (std::size_t k = 0; k < passed; ++k)
            status_of(points[k].part) |= points[k].upper ? 2 : 1;
        for (std::uint32_t i : unsettled_) {
            const unsigned char s = status_of(i);
            const Level level =
                (s & 2) != 0 ? Level::AtMaximum : ((s & 1) != 0 ? Level::Shared : Level::AtMinimum);
            result.levels[i] = level;
            if (level == Level::AtMinimum)
                clamped += parts_[i].lo;
            else if (level == Level::AtMaximum)
                clamped += parts_[i].hi;
        }
        result.shared_units = target_ - clamped;
        return true;
    }

    // Sign of f(λ) − target for a λ in the window (λ a double): the
    // unsettled parts clamped at λ; f is continuous, so rounding in the
    // clamps only moves the value by the error bounded below. 0 when the
    // sign cannot be told (then the caller gives up: f(λ) is the target
    // within rounding, which a window 2^-42 wide around the level never
    // meets unless f is flat).
    int excess_at(double lambda) const {
        const long double l = lambda;
        long double value = static_cast<long double>(settled_clamped_ - target_);
        const long double settled_weight = this->settled_weight();
        long double scale = std::fabs(value) + std::fabs(l) * settled_weight;
        value += l * settled_weight;
        for (std::uint32_t i : unsettled_) {
            const UnitPart& part = parts_[i];
            const long double x = std::clamp(l * part.weight, static_cast<long double>(part.lo),
                                             static_cast<long double>(part.hi));
            value += x;
            scale += std::fabs(x);
        }
        const long double error =
            scale * 0x1p-44L + static_cast<long double>(unsettled_.size() + 1) * 0x1p-1000L;
        return value > error ? 1 : (value < -error ? -1 : 0);
    }

    // Sign of f(β) − target at the breakpoint points[k], β = bound/w,
    // the breakpoints [0, k] passed; times w: (C − target)·w + bound·W.
    int excess_at_point(const std::vector<Breakpoint>& points, std::size_t k) {
        int128 clamped = settled_clamped_ - target_;
        long double weight = settled_weight();
        std::vector<double> shared; // the unsettled parts shared at β
        for (std::uint32_t i : unsettled_)
            status_of(i) = 0;
        for (std::size_t j = 0; j <= k; ++j)
            status_of(points[j].part) |= points[j].upper ? 2 : 1;
        for (std::uint32_t i : unsettled_) {
            const unsigned char s = status_of(i);
            if ((s & 2) != 0)
                clamped += parts_[i].hi;
            else if ((s & 1) != 0) {
                weight += parts_[i].weight;
                shared.push_back(parts_[i].weight);
            } else
                clamped += parts_[i].lo;
        }
        const Breakpoint& point = points[k];
        const long double a = static_cast<long double>(clamped) * point.weight;
        const long double b = static_cast<long double>(point.bound) * weight;
        const long double value = a + b;
        const long double error = (std::fabs(a) + std::fabs(b)) * 0x1p-44L + 0x1p-1000L;
        if (value > error)
            return 1;
        if (value < -error)
            return -1;
        // Too close to call: exactly, with Σ of the settled shared weights.
        if (!exact_weight_) {
            ExactSum sum;
            for (std::size_t i = 0; i < parts_.size(); ++i)
                if ((*levels_)[i] == Level::Shared)
                    sum.add(parts_[i].weight);
            exact_weight_ = sum.value();
        }
        ExactSum extra;
        for (double w : shared)
            extra.add(w);
        const Dyadic total_weight = *exact_weight_ + extra.value();
        return sign(to_dyadic(clamped) * to_dyadic(point.weight) +
                    to_dyadic(int128(point.bound)) * total_weight);
    }

    unsigned char& status_of(std::uint32_t part) { return scratch_[part]; }

private:
    std::span<const UnitPart> parts_;
    int128 target_;
    int128 fixed_units_;
    long double movable_weight_;
    std::vector<std::uint32_t> unsettled_;
    // What the settled parts add to f: their bounds, and their weights
    // (Neumaier: the sum and its lost bits).
    int128 settled_clamped_ = 0;
    std::array<double, 2> settled_weight_{};
    long double settled_weight() const {
        return static_cast<long double>(settled_weight_[0]) + settled_weight_[1];
    }
    std::optional<Dyadic> exact_weight_;
    std::vector<Level>* levels_ = nullptr; // the levels being filled in
    std::vector<unsigned char> scratch_;   // statuses of unsettled parts
};

} // namespace

Filling fill_units_by_sweep(std::span<const UnitPart> parts, int128 target) {
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

Filling fill_units(std::span<const UnitPart> parts, int128 target) {
    UnitTotals totals;
    for (const UnitPart& part : parts)
        totals.add(part);
    return fill_units(parts, target, totals);
}

Filling fill_units(std::span<const UnitPart> parts, int128 target, const UnitTotals& totals) {
    const auto [lowest, highest, fixed_units, movable_weight] = totals;
    Filling result;
    if (target <= lowest || target >= highest) {
        result.levels.assign(parts.size(), target <= lowest ? Level::AtMinimum : Level::AtMaximum);
        return result;
    }
    LevelSearch search(parts, target, fixed_units, movable_weight);
    if (search.run(result))
        return result;
    return fill_units_by_sweep(parts, target);
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
