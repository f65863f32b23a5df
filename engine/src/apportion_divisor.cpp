// Divisor methods of apportionment (Balinski & Young, "Fair Representation",
// 1982, ch. 4 and appendix A): entity i gets round(p_i / D) units for a
// common divisor D, where the rounding is down (Jefferson / D'Hondt), to the
// nearest (Webster / Sainte-Laguë), at the geometric mean √(s(s+1))
// (Huntington–Hill) or up (Adams). Equivalently, units go one at a time to
// the highest priority p_i / d(s_i) — the textbook definition, and the
// test oracle — but that takes time proportional to the count.
//
// Here the divisor is found by bisection on floating-point estimates
// (O(n) per step, independent of the count), which leaves every entity
// within a unit or so of its final count. The rest is settled exactly: a
// heap hands out (or takes back) the missing (or surplus) units in priority
// order, and a last exchange pass swaps any unit that floating point put on
// the wrong side of the divisor. Priorities are compared exactly
// (cross-multiplied, squared for Huntington–Hill, with a dyadic fallback), so
// the result is the one-at-a-time result, ties to the earlier entity.
#include "apportion_divisor.hpp"

#include "decimal.hpp"
#include "exact.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

namespace allot::detail {

namespace {

// Above this a rounded quotient is only an estimate's overflow guard.
constexpr double seat_limit = 0x1p62;

// The integer the priority is cross-multiplied by: p_a / d(s_a) vs
// p_b / d(s_b) compares p_a · D(s_b) with p_b · D(s_a), where D is d scaled
// to an integer (2d for Webster) or, for Huntington–Hill, d² = s(s+1)
// compared with the squares of the sizes.
int128 scaled_divisor(DivisorRule rule, std::int64_t s) {
    switch (rule) {
    case DivisorRule::Jefferson:
        return int128(s) + 1;
    case DivisorRule::Webster:
        return 2 * int128(s) + 1;
    case DivisorRule::HuntingtonHill:
        return int128(s) * (int128(s) + 1);
    case DivisorRule::Adams:
        return s;
    }
    return 1;
}

// The scaled divisor D(s) of scaled_divisor in long double: exact for the
// linear rules (below 2^55), one rounding for s(s+1).
long double approximate_divisor(DivisorRule rule, std::int64_t s) {
    const auto seats = static_cast<long double>(s);
    switch (rule) {
    case DivisorRule::Jefferson:
        return seats + 1;
    case DivisorRule::Webster:
        return 2 * seats + 1;
    case DivisorRule::HuntingtonHill:
        return seats * (seats + 1);
    case DivisorRule::Adams:
        return seats;
    }
    return 1;
}

// The units an entity gets at quotient x = p / D under the rule, as a whole
// double (capped at seat_limit). Only an estimate: plain doubles suffice.
double rounded_quotient(DivisorRule rule, double x) {
    if (!(x < seat_limit))
        return seat_limit;
    switch (rule) {
    case DivisorRule::Jefferson:
        return std::floor(x);
    case DivisorRule::Webster:
        return std::floor(x + 0.5);
    case DivisorRule::HuntingtonHill: {
        const double below = std::floor(x);
        return x * x > below * (below + 1) ? below + 1 : below;
    }
    case DivisorRule::Adams:
        return std::ceil(x);
    }
    return 0;
}

// The sizes scaled by a common power of two so that the largest is in
// [0.5, 1): exact, order-preserving, and safe from overflow in the
// estimate's double arithmetic. (A size more than 2^1074 times smaller than
// the largest becomes 0 here; its exact quota is below one unit, which the
// settlement corrects.)
std::vector<double> scaled(std::span<const double> sizes) {
    int exponent = 0;
    std::frexp(*std::max_element(sizes.begin(), sizes.end()), &exponent);
    std::vector<double> result(sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i)
        result[i] = std::ldexp(sizes[i], -exponent);
    return result;
}

// A unit of an entity: the one that takes it from `seats` to `seats + 1`.
struct Unit {
    std::uint32_t entity;
    std::int64_t seats;
};

class Apportioner {
public:
    Apportioner(DivisorRule rule, std::span<const double> sizes, std::int64_t floor,
                std::int64_t seats)
        : rule_(rule), sizes_(sizes), floor_(floor), seats_(seats), order_(rule, sizes),
          counts_(sizes.size(), floor) {}

    std::vector<std::int64_t> run() {
        if (int128(floor_) * int128(sizes_.size()) == seats_)
            return counts_;
        estimate();
        settle();
        return std::move(counts_);
    }

    std::vector<std::int64_t> run_from(std::vector<std::int64_t> start) {
        counts_ = std::move(start);
        settle();
        return std::move(counts_);
    }

private:
    bool before(const Unit& x, const Unit& y) const {
        return order_.before(x.entity, x.seats, y.entity, y.seats);
    }

    // Σ max(floor, round(p_i / D)) for a trial divisor, and the counts.
    int128 count_at(double divisor, std::vector<std::int64_t>* counts) const {
        int128 sum = 0;
        for (std::size_t i = 0; i < scaled_.size(); ++i) {
            const double units = rounded_quotient(rule_, scaled_[i] / divisor);
            const std::int64_t c = std::max(floor_, static_cast<std::int64_t>(units));
            if (counts)
                (*counts)[i] = c;
            sum += c;
        }
        return sum;
    }

    // A divisor whose counts add up to within a few units of the seats,
    // starting from the proportional estimate Σp / seats (adjusted for the
    // rounding's bias). The count is a
    // non-increasing step function of the divisor: bracket it by doubling,
    // then bisect until the sum is within n/16 of the seats (a heap settles
    // that many units in far less time than one more pass takes) or the
    // bracket cannot shrink further (one divisor where many entities tie).
    void estimate() {
        scaled_ = scaled(sizes_);
        double total = 0;
        for (double size : scaled_)
            total += size;
        const int128 target = seats_;
        const int128 close = std::max<int128>(1, static_cast<int128>(sizes_.size() / 16));
        auto off = [&](int128 sum) { return sum > target ? sum - target : target - sum; };
        // Rounding down loses about half a unit per entity and rounding up
        // gains about as much: aim the first guess accordingly.
        const double half = static_cast<double>(scaled_.size()) / 2;
        const double aim = static_cast<double>(seats_) + (rule_ == DivisorRule::Jefferson ? half
                                                          : rule_ == DivisorRule::Adams   ? -half
                                                                                          : 0.0);
        double best = total / std::max(aim, 1.0);
        int128 best_off = off(count_at(best, nullptr));
        // Evaluates a divisor, remembering the closest so far.
        auto count = [&](double divisor) {
            const int128 sum = count_at(divisor, nullptr);
            if (off(sum) < best_off) {
                best = divisor;
                best_off = off(sum);
            }
            return sum;
        };
        if (best_off > close) {
            double low = best;  // count(low) >= target
            double high = best; // count(high) <= target
            if (count_at(best, nullptr) > target) {
                high = 2 * best;
                while (count(high) > target && std::isfinite(high)) {
                    low = high;
                    high *= 2;
                }
            } else {
                low = best / 2;
                while (count(low) < target && low > 0) {
                    high = low;
                    low /= 2;
                }
            }
            for (int step = 0; step < 256 && best_off > close; ++step) {
                const double middle = low + (high - low) / 2;
                if (!(middle > low && middle < high))
                    break;
                (count(middle) >= target ? low : high) = middle;
            }
        }
        count_at(best, &counts_);
    }

    // True when no unit outside comes before a unit inside: the best next
    // unit and the worst last unit, found by one linear scan each. The usual
    // outcome after the estimate, so the exchange heaps are rarely built.
    bool consistent() const {
        std::optional<Unit> best_next;
        std::optional<Unit> worst_last;
        for (std::size_t i = 0; i < counts_.size(); ++i) {
            const auto entity = static_cast<std::uint32_t>(i);
            const Unit next{entity, counts_[i]};
            if (!best_next || before(next, *best_next))
                best_next = next;
            if (counts_[i] > floor_) {
                const Unit last{entity, counts_[i] - 1};
                if (!worst_last || before(*worst_last, last))
                    worst_last = last;
            }
        }
        return !best_next || !worst_last || !before(*best_next, *worst_last);
    }

    // Exact settlement: take back surplus units (worst first), hand out
    // missing ones (best first), then exchange while some unit outside comes
    // before some unit inside.
    void settle() {
        const std::size_t n = sizes_.size();
        int128 sum = 0;
        for (std::int64_t c : counts_)
            sum += c;

        // Exchange heaps: the top is the worst unit inside (last) or the best
        // unit outside (next); entries go stale when a count changes.
        auto worst_on_top = [this](const Unit& x, const Unit& y) { return before(x, y); };
        auto best_on_top = [this](const Unit& x, const Unit& y) { return before(y, x); };
        std::vector<Unit> last;
        std::vector<Unit> next;
        auto fill_last = [&] {
            last.clear();
            for (std::size_t i = 0; i < n; ++i)
                if (counts_[i] > floor_)
                    last.push_back({static_cast<std::uint32_t>(i), counts_[i] - 1});
            std::make_heap(last.begin(), last.end(), worst_on_top);
        };
        auto fill_next = [&] {
            next.clear();
            for (std::size_t i = 0; i < n; ++i)
                next.push_back({static_cast<std::uint32_t>(i), counts_[i]});
            std::make_heap(next.begin(), next.end(), best_on_top);
        };
        auto push_last = [&](std::uint32_t i) {
            if (counts_[i] > floor_) {
                last.push_back({i, counts_[i] - 1});
                std::push_heap(last.begin(), last.end(), worst_on_top);
            }
        };
        auto push_next = [&](std::uint32_t i) {
            next.push_back({i, counts_[i]});
            std::push_heap(next.begin(), next.end(), best_on_top);
        };
        auto pop_last = [&] {
            std::pop_heap(last.begin(), last.end(), worst_on_top);
            last.pop_back();
        };
        auto pop_next = [&] {
            std::pop_heap(next.begin(), next.end(), best_on_top);
            next.pop_back();
        };
        auto clean_last = [&] {
            while (!last.empty() && (counts_[last.front().entity] <= floor_ ||
                                     last.front().seats != counts_[last.front().entity] - 1))
                pop_last();
        };
        auto clean_next = [&] {
            while (!next.empty() && next.front().seats != counts_[next.front().entity])
                pop_next();
        };

        // Surplus or deficit: one heap entry per entity, keyed on its current
        // count; an entry is popped before its count changes, so none goes stale.
        if (sum != seats_) {
            const bool surplus = sum > seats_;
            const auto step = surplus ? -1 : 1;
            auto order = [&](std::uint32_t x, std::uint32_t y) {
                return surplus ? before(Unit{x, counts_[x] - 1}, Unit{y, counts_[y] - 1})
                               : before(Unit{y, counts_[y]}, Unit{x, counts_[x]});
            };
            std::vector<std::uint32_t> heap;
            heap.reserve(n);
            for (std::size_t i = 0; i < n; ++i)
                if (!surplus || counts_[i] > floor_)
                    heap.push_back(static_cast<std::uint32_t>(i));
            std::make_heap(heap.begin(), heap.end(), order);
            for (; sum != seats_; sum += step) {
                if (heap.empty())
                    throw std::logic_error("allot: apportionment below the floors");
                std::pop_heap(heap.begin(), heap.end(), order);
                const std::uint32_t i = heap.back();
                heap.pop_back();
                counts_[i] += step;
                if (!surplus || counts_[i] > floor_) {
                    heap.push_back(i);
                    std::push_heap(heap.begin(), heap.end(), order);
                }
            }
        }

        if (consistent())
            return;
        fill_last();
        fill_next();
        for (;;) {
            clean_last();
            clean_next();
            if (last.empty() || next.empty() || !before(next.front(), last.front()))
                break;
            const std::uint32_t gains = next.front().entity;
            const std::uint32_t loses = last.front().entity;
            pop_next();
            pop_last();
            counts_[gains] += 1;
            counts_[loses] -= 1;
            push_next(gains);
            push_next(loses);
            push_last(gains);
            push_last(loses);
        }
    }

    DivisorRule rule_;
    std::span<const double> sizes_;
    std::int64_t floor_;
    std::int64_t seats_;
    UnitOrder order_;
    std::vector<std::int64_t> counts_;
    std::vector<double> scaled_; // for the estimate
};

} // namespace

bool UnitOrder::before(std::uint32_t a, std::int64_t s_a, std::uint32_t b, std::int64_t s_b) const {
    if (a == b)
        return s_a < s_b; // an entity's priorities fall as it gets units
    const double size_a = sizes_[a];
    const double size_b = sizes_[b];
    // Equal sizes: the one with fewer units has the higher priority.
    const int order =
        size_a == size_b ? (s_a < s_b) - (s_a > s_b) : compare(size_a, s_a, size_b, s_b);
    return order != 0 ? order > 0 : a < b;
}

int UnitOrder::compare(double size_a, std::int64_t s_a, double size_b, std::int64_t s_b) const {
    const bool squared = rule_ == DivisorRule::HuntingtonHill;
    // Long double first: each side is at most four roundings (2^-64 each)
    // away from the exact product, so a gap above 2^-60 of their sum decides.
    const long double pa = size_a;
    const long double pb = size_b;
    const long double left = (squared ? pa * pa : pa) * approximate_divisor(rule_, s_b);
    const long double right = (squared ? pb * pb : pb) * approximate_divisor(rule_, s_a);
    const long double gap = left - right;
    // Sizes count as the user sees them, at 15 significant digits (the README's "How each function
    // decides"): each side may move by 2^-47 (twice that squared) from its binary value.
    if (std::fabs(gap) > (left + right) * 0x1p-44L)
        return gap > 0 ? 1 : -1;
    // Too close to call: exactly, on the decimal values.
    ExactDecimal da = exact_decimal(size_a);
    ExactDecimal db = exact_decimal(size_b);
    if (squared) {
        da = da * da;
        db = db * db;
    }
    return detail::compare(da * scaled_divisor(rule_, s_b), db * scaled_divisor(rule_, s_a));
}

std::vector<std::int64_t> highest_averages(DivisorRule rule, std::span<const double> sizes,
                                           std::int64_t floor, std::int64_t seats) {
    const std::size_t n = sizes.size();
    if (n == 0)
        return {};
    if (n > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("allot: too many entities");
    const bool first_unit_free = rule == DivisorRule::HuntingtonHill || rule == DivisorRule::Adams;
    if (first_unit_free && floor == 0) {
        // d(0) = 0: every entity's first unit has infinite priority.
        if (seats < static_cast<std::int64_t>(n)) {
            // Fewer units than entities: the largest get one, ties to the earlier.
            std::vector<std::uint32_t> order(n);
            for (std::size_t i = 0; i < n; ++i)
                order[i] = static_cast<std::uint32_t>(i);
            const auto k = static_cast<std::ptrdiff_t>(seats);
            // Larger size first, on the decimal values (the README's "How each function decides"),
            // then the earlier.
            auto order_of = [&](double a, double b) {
                if (a == b)
                    return 0;
                if (std::fabs(a - b) > (a + b) * 0x1p-44)
                    return a > b ? 1 : -1;
                return detail::compare(exact_decimal(a), exact_decimal(b));
            };
            std::nth_element(order.begin(), order.begin() + k, order.end(),
                             [&](std::uint32_t x, std::uint32_t y) {
                                 const int o = order_of(sizes[x], sizes[y]);
                                 return o != 0 ? o > 0 : x < y;
                             });
            std::vector<std::int64_t> counts(n, 0);
            for (std::ptrdiff_t j = 0; j < k; ++j)
                counts[order[static_cast<std::size_t>(j)]] = 1;
            return counts;
        }
        floor = 1;
    }
    return Apportioner(rule, sizes, floor, seats).run();
}

std::vector<std::int64_t> settle_from(DivisorRule rule, std::span<const double> sizes,
                                      std::int64_t floor, std::int64_t seats,
                                      std::vector<std::int64_t> start) {
    if (start.size() != sizes.size())
        throw std::logic_error("allot: starting counts of the wrong size");
    for (std::int64_t& c : start)
        c = std::max(c, floor);
    return Apportioner(rule, sizes, floor, seats).run_from(std::move(start));
}

} // namespace allot::detail
