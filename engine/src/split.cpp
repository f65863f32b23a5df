// ALLOT.SPLIT (the README's "How each function decides"): validate, take
// holds out, water-fill the rest over the free parts in whole units, round
// with largest remainder, give the odd part (a total that is not a whole
// number of units) to the largest part.
#include "allot/split.hpp"

#include "allot/error.hpp"
#include "checks.hpp"
#include "compensated_sum.hpp"
#include "decimal.hpp"
#include "exact.hpp"
#include "hamilton.hpp"
#include "large_memory.hpp"
#include "precision.hpp"
#include "units.hpp"
#include "waterfill.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <string>
#include <utility>

namespace allot {

namespace {

using detail::int128;
using detail::LargeArray;
using detail::LargeVector;
using Indices = LargeVector<std::size_t>;

using detail::unit_limit;
constexpr long double infinity = std::numeric_limits<long double>::infinity();

std::string position_text(std::size_t index) {
    return std::to_string(index + 1);
}

std::string number_text(long double value) {
    return format_number(static_cast<double>(value));
}

// ---------------------------------------------------------------- validation

void check_shape(const std::vector<std::optional<double>>& values, SplitArgument argument,
                 std::size_t items) {
    if (!values.empty() && values.size() != items)
        throw Error(Problem::CountMismatch, {std::to_string(values.size()), std::to_string(items)},
                    argument, std::optional(SplitArgument::weights));
    for (std::size_t i = 0; i < values.size(); ++i)
        detail::check_finite(values[i], argument, i);
}

// Returns Σw and the extreme weights (one pass that also proves the weights
// finite and not negative when they are).
detail::WeightTotals validate(const SplitRequest& request) {
    detail::check_finite(request.total, SplitArgument::total);
    detail::check_finite(request.unit, SplitArgument::unit);
    if (request.unit < 0)
        throw Error(Problem::NegativeUnit, {format_number(request.unit)});
    if (request.weights.empty())
        throw Error(Problem::EmptyWeights, {});
    const detail::WeightTotals totals = detail::weight_totals(request.weights);
    // A NaN or an infinity makes the sum non-finite; only then (or when
    // finite weights overflow the sum) is each weight looked at.
    if (!(totals.smallest >= 0 && std::isfinite(totals.sum.plain()))) {
        for (std::size_t i = 0; i < request.weights.size(); ++i) {
            detail::check_finite(request.weights[i], SplitArgument::weights, i);
            if (request.weights[i] < 0)
                throw Error(Problem::NegativeWeight,
                            {position_text(i), format_number(request.weights[i])});
        }
    }
    const std::size_t items = request.weights.size();
    check_shape(request.minimums, SplitArgument::minimums, items);
    check_shape(request.maximums, SplitArgument::maximums, items);
    check_shape(request.fixed, SplitArgument::fixed, items);
    return totals;
}

// ---------------------------------------------------------------- orientation

// A split of a negative total is the mirror image of the split of its
// absolute value: bounds swap and change sign, holds change sign. The
// defaults belong to the mirrored (non-negative) problem, so for a negative
// total a blank maximum means 0 and a blank minimum means no minimum: parts
// of a negative total are never positive unless a maximum says so.
class Oriented {
    const SplitRequest& request_;

public:
    explicit Oriented(const SplitRequest& request)
        : request_(request), mirrored(request.total < 0), total(std::fabs(request.total)),
          unit(request.unit) {}

    const bool mirrored;
    const double total; // >= 0
    const double unit;

    std::size_t size() const { return request_.weights.size(); }
    double weight(std::size_t i) const { return request_.weights[i]; }
    // Minimum of part i, 0 when blank. (The cells are read in place: a
    // copied std::optional<double> stalls on store forwarding.)
    double lo(std::size_t i) const {
        const auto* bound = cell(mirrored ? request_.maximums : request_.minimums, i);
        return bound ? sign() * *bound : 0.0;
    }
    // Maximum of part i, +∞ when blank.
    double hi(std::size_t i) const {
        const auto* bound = cell(mirrored ? request_.minimums : request_.maximums, i);
        return bound ? sign() * *bound : std::numeric_limits<double>::infinity();
    }
    std::optional<double> fixed(std::size_t i) const {
        const auto* hold = cell(request_.fixed, i);
        return hold ? std::optional<double>(sign() * *hold) : std::nullopt;
    }
    bool has_holds() const { return !request_.fixed.empty(); }
    std::span<const double> weights() const { return request_.weights; }
    // No minimum and no maximum given anywhere (blank cells count as none).
    bool unbounded() const { return blank(request_.minimums) && blank(request_.maximums); }
    long double user(long double value) const { return mirrored ? -value : value; }

private:
    double sign() const { return mirrored ? -1.0 : 1.0; }
    static bool blank(const std::vector<std::optional<double>>& cells) {
        return std::none_of(cells.begin(), cells.end(),
                            [](const auto& c) { return c.has_value(); });
    }
    // The value of cell i, or null when it is blank (or the range is empty).
    static const double* cell(const std::vector<std::optional<double>>& cells, std::size_t i) {
        if (cells.empty())
            return nullptr;
        const std::optional<double>& c = cells[i];
        return c.has_value() ? &*c : nullptr;
    }
};

// Errors about the oriented problem, told in the user's own terms (for a
// negative total, "minimums too high" of the mirror is "maximums too low").
[[noreturn]] void minimum_above_maximum(const Oriented& o, std::size_t index, long double lo,
                                        long double hi) {
    const long double minimum = o.mirrored ? -hi : lo;
    const long double maximum = o.mirrored ? -lo : hi;
    throw Error(Problem::MinimumAboveMaximum,
                {position_text(index), number_text(minimum), number_text(maximum)});
}

[[noreturn]] void minimums_too_high(const Oriented& o, long double sum, long double remaining) {
    throw Error(o.mirrored ? Problem::MaximumsBelowRemaining : Problem::MinimumsAboveRemaining,
                {number_text(o.user(sum)), number_text(o.user(remaining))});
}

[[noreturn]] void maximums_too_low(const Oriented& o, long double sum, long double remaining) {
    throw Error(o.mirrored ? Problem::MinimumsAboveRemaining : Problem::MaximumsBelowRemaining,
                {number_text(o.user(sum)), number_text(o.user(remaining))});
}

[[noreturn]] void too_many_units(long double units) {
    throw Error(Problem::TooManyUnits,
                {number_text(std::floor(std::fabs(units))), detail::unit_limit_text()});
}

// ---------------------------------------------------------------- holds

// total − Σ holds, summed with compensation, and the scale that the 1e-9
// relative tolerance refers to.
struct Remaining {
    long double amount = 0;
    long double scale = 0;
};

Remaining remaining_after_holds(const Oriented& o) {
    long double scale = o.total;
    if (!o.has_holds())
        return {o.total, scale};
    detail::CompensatedSum<> sum(o.total);
    for (std::size_t i = 0; i < o.size(); ++i) {
        const auto fixed = o.fixed(i);
        if (!fixed)
            continue;
        sum.add(-static_cast<long double>(*fixed));
        scale += std::fabs(*fixed);
    }
    return {sum.value(), scale};
}

// total − Σ holds, exactly.
detail::Dyadic exact_remaining(const Oriented& o) {
    detail::Dyadic sum = detail::to_dyadic(o.total);
    for (std::size_t i = 0; o.has_holds() && i < o.size(); ++i)
        if (const auto fixed = o.fixed(i))
            sum = sum - detail::to_dyadic(*fixed);
    return sum;
}

// The parts that are not held, in order: a list when some are held, else
// all parts (no list of a million indices to build and read).
class FreeParts {
public:
    FreeParts(Indices list, std::size_t parts) : list_(std::move(list)), all_(parts) {}
    std::size_t size() const { return all_ ? all_ : list_.size(); }
    bool empty() const { return size() == 0; }
    std::size_t operator[](std::size_t k) const { return all_ ? k : list_[k]; }

private:
    Indices list_;
    std::size_t all_; // the number of parts when none is held, else 0
};

FreeParts free_parts(const Oriented& o) {
    if (!o.has_holds())
        return {Indices(), o.size()};
    Indices free;
    free.reserve(o.size());
    for (std::size_t i = 0; i < o.size(); ++i)
        if (!o.fixed(i))
            free.push_back(i);
    return {std::move(free), 0};
}

// ---------------------------------------------------------------- phases

// Zero weights. On the water level λ·w a zero-weight part never moves, so it
// sits at clamp(0, lo, hi) while the positive-weight parts take the
// remainder. Only when those all reach their maxima (or minima) and units
// are still left over (or missing) do the zero-weight parts move: they
// share the rest equally, as water-filling with weight 1 among themselves,
// within their bounds. This is the limit of giving them a tiny equal weight,
// and it means Σlo <= remaining <= Σhi never fails. With every free weight
// zero, the free parts split equally (weight 1 each).
//
// `settle(group, target)` water-fills and rounds a group of parts (all with
// positive weights, or all weight 1); `rest(group, at)` puts each part of a
// group at clamp(0), its minimum or its maximum, and returns their sum.
enum class Rest { AtZero, AtMinimum, AtMaximum };

// `any_zero` false says that no weight is 0 (the caller saw them all).
template <class Sum, class Parts, class Settle, class Put>
void share_in_phases(const Parts& parts, Sum target, Settle settle, Put rest,
                     bool any_zero = true) {
    std::vector<std::size_t> positive;
    std::vector<std::size_t> zero;
    for (std::size_t k = 0; any_zero && k < parts.size(); ++k)
        if (parts[k].weight == 0)
            zero.push_back(k);
    if (zero.empty()) {
        settle(std::nullopt, target); // every part, as it is
        return;
    }
    if (zero.size() == parts.size()) {
        settle(zero, target);
        return;
    }
    for (std::size_t k = 0; k < parts.size(); ++k)
        if (parts[k].weight > 0)
            positive.push_back(k);
    Sum positive_lo{};
    Sum positive_hi{};
    for (std::size_t k : positive) {
        positive_lo += parts[k].lo;
        positive_hi += parts[k].hi;
    }
    const Sum wanted = target - rest(zero, Rest::AtZero);
    if (positive_lo <= wanted && wanted <= positive_hi) {
        settle(positive, wanted);
    } else {
        const bool overflow = wanted > positive_hi;
        const Sum taken = rest(positive, overflow ? Rest::AtMaximum : Rest::AtMinimum);
        settle(zero, target - taken);
    }
}

// ---------------------------------------------------------------- unit > 0

// ⌊amount / unit + ½⌋ on the exact amount (README: the nearest whole number
// of units, a half rounding up).
long double nearest_units(const detail::Dyadic& amount, long double unit) {
    const detail::Dyadic u = detail::to_dyadic(static_cast<double>(unit));
    const detail::BigInt whole = detail::floor_divide(amount + u * detail::to_dyadic(0.5), u);
    return whole.convert_to<long double>();
}

// From 2.5e8 units on, the relative 1e-9 forgives a quarter unit and more,
// so a bound that far from whole counts as its nearest whole number of
// units; a bound exactly halfway is rounded inward (a minimum up, a maximum
// down). Whether it is exactly halfway, the exact bound decides, not the
// long double quotient (rare: only reached a quarter unit or more off whole).
long double forgiven_bound_units(long double amount, long double unit, bool minimum) {
    const detail::Dyadic a = detail::to_dyadic(static_cast<double>(amount));
    const detail::Dyadic u = detail::to_dyadic(static_cast<double>(unit));
    const detail::BigInt halves = detail::floor_divide(a + a, u); // ⌊2·amount/unit⌋
    const bool halfway =
        halves % 2 != 0 && detail::compare(a + a, detail::Dyadic{halves, 0} * u) == 0;
    if (halfway) {
        const detail::BigInt inward = (halves + (minimum ? 1 : -1)) / 2;
        return inward.convert_to<long double>();
    }
    return nearest_units(a, unit);
}

long double bound_units(long double amount, long double unit, bool minimum) {
    const long double ratio = unit == 1 ? amount : amount / unit;
    long double whole = 0;
    if (!detail::near_whole(ratio, whole))
        return minimum ? detail::fast::ceil(ratio) : detail::fast::floor(ratio);
    return std::fabs(ratio - whole) < 0.25L ? whole : forgiven_bound_units(amount, unit, minimum);
}

// Bounds rounded inward to whole units. The blank defaults (0 and +∞) skip
// the arithmetic: x87 arithmetic on ∞ and NaN is very slow.
// A unit of 1 (the default) skips the division: x87 division is slow.
long double whole_units_at_least(long double amount, long double unit) {
    return amount == 0 ? 0.0L : bound_units(amount, unit, true);
}

long double whole_units_at_most(long double amount, long double unit) {
    if (amount == infinity)
        return infinity;
    return amount == 0 ? 0.0L : bound_units(amount, unit, false);
}

// A bound that is a whole number below 2^62 in magnitude, as its count of
// units of 1: what whole_units_at_least/at_most and saturated_units give
// for it (the ratio is the amount, already whole), in two conversions
// instead of x87 arithmetic. False for anything else (then those decide).
bool whole_below_limit(double amount, std::int64_t& count) {
    if (!(std::fabs(amount) < 0x1p62))
        return false;
    const auto whole = static_cast<std::int64_t>(amount);
    if (static_cast<double>(whole) != amount)
        return false;
    count = whole;
    return true;
}

// An amount in whole units, and the odd part (less than one unit) left over.
struct UnitCount {
    std::int64_t units = 0;
    long double odd = 0;
};

// Whether whole × unit, as a double, is finite: below 2^1024 − 2^970, from
// where the nearest double is ∞. Decided exactly near that line (long
// double's product, rounded twice, could land either side of it).
bool within_the_doubles(long double whole, long double unit) {
    constexpr long double line = 0x1.fffffffffffff8p1023L;
    const long double product = std::fabs(whole * unit);
    if (product < line * (1 - 0x1p-60L))
        return true;
    if (product > line * (1 + 0x1p-60L))
        return false;
    const detail::Dyadic exact = detail::to_dyadic(static_cast<detail::int128>(std::fabs(whole))) *
                                 detail::to_dyadic(static_cast<double>(unit));
    return detail::compare(exact, detail::Dyadic{(detail::BigInt(1) << 54) - 1, 970}) < 0;
}

// `scale` is the size of the numbers the amount came from (the total and
// the holds); `exact()` gives the amount exactly, for the rare decision below.
template <class Exact>
UnitCount unit_count(long double amount, long double unit, long double scale, Exact exact) {
    const long double ratio = amount / unit;
    if (!(std::fabs(ratio) <= unit_limit + 1))
        too_many_units(ratio);
    // Within 1e-9 of a whole number of units (relative), but never more than
    // 1e-9 of the numbers it came from: a total of 1e-10 in units of 1, or of
    // 100 in units of 1E+308, is no whole unit but an odd part, so the parts
    // still add up to it.
    const long double whole_reach = std::fmax(std::fabs(ratio), 1.0L);
    const long double reach = std::fmin(whole_reach, scale / unit);
    long double whole = detail::fast::round(ratio);
    bool is_whole = std::fabs(ratio - whole) <= detail::relative_tolerance * reach;
    // From 2.5e8 units on, the relative 1e-9 reaches a quarter unit: an
    // amount that far from whole still counts as its nearest whole number of
    // units, and near a half which one that is can lie below long double's
    // last bit (2^53 − 2 − 2.3e-6 in units of 4 is 2^51 − 0.50000058 units,
    // but 2^51 − 0.5 in long double). Then the exact amount decides.
    if (is_whole && std::fabs(ratio - whole) >= 0.25L)
        whole = nearest_units(exact(), unit);
    // Forgiving 1e-9 of a unit upward must not leave the doubles: 1.8E+308
    // is within 1e-9 of 2 units of 2^1023, but 2^1024 is no double (it
    // said "2 units, more than the limit"); then it is 1 unit and an odd part.
    is_whole = is_whole && within_the_doubles(whole, unit);
    const long double count = is_whole ? whole : std::floor(ratio);
    if (std::fabs(count) > unit_limit)
        too_many_units(count);
    return {static_cast<std::int64_t>(count), is_whole ? 0.0L : amount - count * unit};
}

// The common case on its own path: unit > 0, no bounds, no holds. Zero
// weights beside positive ones have quota 0 and never win a unit, so one
// largest-remainder pass over the weights as given is the whole split,
// written straight into the result (a million parts take a few passes over
// memory and no other large allocation).
//
// The parts come back in the user's sign, and their sum is checked here
// (in double, four sums side by side: a long double sum of a million parts
// would cost as much as the rounding).
void split_unbounded(const Oriented& o, const detail::WeightTotals& totals,
                     std::vector<double>& result) {
    const long double unit = o.unit;
    const UnitCount count =
        unit_count(o.total, unit, o.total, [&] { return detail::to_dyadic(o.total); });
    const std::size_t n = result.size();
    if (totals.largest > 0) {
        detail::largest_remainder(count.units, o.weights(), totals, detail::Ties::Decimal, result);
    } else {
        // Every weight 0: the parts split equally (weight 1 each), and
        // the largest remainders, all tied, go to the earliest parts.
        const auto parts = static_cast<std::int64_t>(n);
        const std::int64_t each = count.units / parts;
        const std::int64_t more = count.units % parts;
        for (std::size_t i = 0; i < n; ++i)
            result[i] = static_cast<double>(each + (static_cast<std::int64_t>(i) < more ? 1 : 0));
    }
    // The odd part goes to the largest part, the earliest on ties.
    const std::size_t taker =
        count.odd > 0 ? static_cast<std::size_t>(std::max_element(result.begin(), result.end()) -
                                                 result.begin())
                      : n;
    const double odd_amount =
        taker < n ? static_cast<double>(static_cast<long double>(result[taker]) * unit + count.odd)
                  : 0.0;
    if (!std::isfinite(odd_amount))
        too_many_units(static_cast<long double>(count.units));
    const detail::UnitAmounts amounts(o.unit);
    const double sign = o.mirrored ? -1.0 : 1.0;
    double sums[4] = {0, 0, 0, 0};
    std::size_t k = 0;
    const auto amount_at = [&](std::size_t i) {
        // +0.0 turns −0 into 0.
        return (result[i] = sign * amounts(static_cast<std::int64_t>(result[i])) + 0.0);
    };
    for (; k + 4 <= n; k += 4)
        for (std::size_t j = 0; j < 4; ++j)
            sums[j] += amount_at(k + j);
    for (; k < n; ++k)
        sums[0] += amount_at(k);
    if (taker < n) {
        sums[0] -= result[taker];
        result[taker] = sign * odd_amount + 0.0;
        sums[0] += result[taker];
    }
    // Never a wrong number: each amount is within half an ulp of its
    // count × unit and the counts add up exactly, so this only fails on
    // overflow; checked all the same.
    long double sum = (static_cast<long double>(sums[0]) + sums[1]) + (sums[2] + sums[3]);
    if (!std::isfinite(sum)) {
        // Parts next to the largest double overflow a double sum (a total of
        // 1.8E+308 in two parts): again, in long double.
        sum = 0;
        for (const double value : result)
            sum += value;
    }
    if (!detail::adds_up(sum, o.user(o.total), std::fmax(o.total, o.unit)))
        detail::beyond_precision(o.weights());
}

// With `user_sum` (only when no part is held, so the free parts are all
// of them, in order) the parts come back in the user's sign, their sum
// (long double, in order) in *user_sum.
void split_in_units(const Oriented& o, const FreeParts& free, const Remaining& rest,
                    std::vector<double>& result, long double* user_sum) {
    const long double unit = o.unit;
    const auto [units, odd] =
        unit_count(rest.amount, unit, rest.scale, [&] { return exact_remaining(o); });

    const std::size_t n = free.size();
    // Bounds inward to whole units, summed in int128.
    LargeVector<detail::UnitPart> parts(n);
    // Σlo, Σhi and what fill_units sums first, taken as the parts are built.
    detail::UnitTotals totals;
    long double beyond_limit = 0; // the largest binding bound beyond 2^53 units
    bool any_zero = false;
    const bool unit_one = unit == 1;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = free[k];
        const double lo_amount = o.lo(i);
        const double hi_amount = o.hi(i);
        any_zero = any_zero || o.weight(i) == 0;
        if (lo_amount == 0 && hi_amount == infinity) { // blank bounds: the common case
            parts[k] = {o.weight(i), 0, detail::saturated_units(infinity)};
            totals.add(parts[k]);
            continue;
        }
        std::int64_t lo = 0;
        std::int64_t hi = 0;
        if (unit_one && whole_below_limit(lo_amount, lo) && whole_below_limit(hi_amount, hi)) {
            // Whole bounds with unit 1 (given bounds usually are): the same
            // counts and checks as below, in integers.
            if (lo > hi)
                minimum_above_maximum(o, i, static_cast<long double>(lo),
                                      static_cast<long double>(hi));
            parts[k] = {o.weight(i), lo, hi};
            totals.add(parts[k]);
            constexpr auto limit = static_cast<std::int64_t>(unit_limit);
            if (lo > limit || hi < -limit)
                beyond_limit = std::max(beyond_limit, static_cast<long double>(std::max(lo, -hi)));
            continue;
        }
        const long double lo_units = whole_units_at_least(lo_amount, unit);
        const long double hi_units = whole_units_at_most(hi_amount, unit);
        if (lo_units > hi_units)
            minimum_above_maximum(o, i, lo_units * unit, hi_units * unit);
        parts[k] = {o.weight(i), detail::saturated_units(lo_units),
                    detail::saturated_units(hi_units)};
        totals.add(parts[k]);
        if (lo_units > unit_limit || hi_units < -unit_limit)
            beyond_limit = std::max(beyond_limit, std::max(lo_units, -hi_units));
    }
    // The bounds' sums as amounts, for the messages only (long double, in
    // the parts' order): a second pass, taken only on the way to an error.
    // Compensated: a minimum of 1.8E+308 beside one of -1.8E+308 must not
    // swallow the small ones (which decide whether the minimums fit).
    const auto bound_amounts = [&] {
        detail::CompensatedSum<> lowest_amount;
        detail::CompensatedSum<> highest_amount;
        bool open_above = false; // some part has no maximum
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = free[k];
            const double lo_amount = o.lo(i);
            const double hi_amount = o.hi(i);
            if (lo_amount == 0 && hi_amount == infinity) {
                open_above = true;
                continue;
            }
            const long double lo_units = whole_units_at_least(lo_amount, unit);
            const long double hi_units = whole_units_at_most(hi_amount, unit);
            lowest_amount.add(lo_units * unit);
            if (hi_units < infinity)
                highest_amount.add(hi_units * unit);
            else
                open_above = true;
        }
        return std::pair(lowest_amount.value(),
                         open_above ? static_cast<long double>(infinity) : highest_amount.value());
    };
    // A minimum above 2^53 units (or a maximum below -2^53) saturates in
    // int64, which would change the sums; it can only be met by a part
    // beyond the limit. The sums in long double decide which error it is.
    if (beyond_limit > 0) {
        const auto [lowest_amount, highest_amount] = bound_amounts();
        if (lowest_amount > rest.amount)
            minimums_too_high(o, lowest_amount, rest.amount);
        if (highest_amount < rest.amount)
            maximums_too_low(o, highest_amount, rest.amount);
        too_many_units(beyond_limit);
    }
    const int128 lowest = totals.lowest;
    const int128 highest = totals.highest;
    if (lowest > units)
        minimums_too_high(o, bound_amounts().first, rest.amount);
    if (highest < units)
        maximums_too_low(o, bound_amounts().second, rest.amount);

    LargeVector<std::int64_t> counts(n, 0);
    auto settle = [&](const std::optional<std::vector<std::size_t>>& group, int128 target) {
        LargeVector<detail::UnitPart> subset;
        if (group) { // zero-weight parts are settled with weight 1, positive ones as they are
            subset.reserve(group->size());
            for (std::size_t k : *group)
                subset.push_back(
                    {parts[k].weight > 0 ? parts[k].weight : 1.0, parts[k].lo, parts[k].hi});
        }
        const LargeVector<detail::UnitPart>& members = group ? subset : parts;
        auto index = [&](std::size_t j) { return group ? (*group)[j] : j; };
        const detail::Filling filling =
            group ? detail::fill_units(members, target) : detail::fill_units(parts, target, totals);
        // One pass over the levels: the clamped parts' counts, and the
        // shared parts' weights and places, written without a branch on
        // the level (random from part to part). A place fits 32 bits:
        // fill_units shares parts only below 2^31 of them (beyond, its
        // sweep refuses).
        const std::size_t count = members.size();
        LargeArray<double> shared_weights(count);
        LargeArray<std::uint32_t> shared_at(count);
        std::size_t sharing = 0;
        for (std::size_t j = 0; j < count; ++j) {
            const detail::Level level = filling.levels[j];
            counts[index(j)] = level == detail::Level::AtMaximum ? members[j].hi : members[j].lo;
            shared_weights[sharing] = members[j].weight;
            shared_at[sharing] = static_cast<std::uint32_t>(j);
            sharing += level == detail::Level::Shared ? 1 : 0;
        }
        const std::span<const double> weights(shared_weights.data(), sharing);
        std::vector<std::int64_t> shared = detail::largest_remainder(filling.shared_units, weights);
        // The shared parts' counts, checked against their bounds on the
        // way: the water level is exact in binary; where a decimal quota
        // sits a hair past a bound that binary keeps, rounding could cross
        // it: then binary values decide (within 5e-15 of a tie at a bound,
        // so rare).
        const auto place_shared = [&] {
            bool within = true;
            for (std::size_t t = 0; t < sharing; ++t) {
                const std::size_t j = shared_at[t];
                const std::int64_t c = shared[t];
                within = within && c >= members[j].lo && c <= members[j].hi;
                counts[index(j)] = c;
            }
            return within;
        };
        if (!place_shared()) {
            shared = detail::largest_remainder(filling.shared_units, weights, detail::Ties::Binary);
            place_shared();
        }
    };
    auto put = [&](const std::vector<std::size_t>& group, Rest at) {
        int128 sum = 0;
        for (std::size_t k : group) {
            const detail::UnitPart& p = parts[k];
            counts[k] = at == Rest::AtMinimum   ? p.lo
                        : at == Rest::AtMaximum ? p.hi
                                                : std::clamp<std::int64_t>(0, p.lo, p.hi);
            sum += counts[k];
        }
        return sum;
    };
    share_in_phases<int128>(parts, int128(units), settle, put, any_zero);

    // The odd part goes to the largest part (earliest on ties) that stays
    // within its maximum after taking it.
    std::size_t taker = n;
    if (odd > 0) {
        for (std::size_t k = 0; k < n; ++k) {
            const long double maximum = o.hi(free[k]);
            const long double after = static_cast<long double>(counts[k]) * unit + odd;
            // The 1e-9 tolerance counts in units, like every whole-unit test:
            // an odd 2.48e-10 does not fit under a maximum of 1e-10.
            const bool fits =
                maximum == infinity ||
                after <= maximum + detail::relative_tolerance * std::fmax(unit, std::fabs(maximum));
            if (fits && (taker == n || counts[k] > counts[taker]))
                taker = k;
        }
        if (taker == n)
            throw Error(Problem::NoRoomForOddPart, {number_text(o.user(odd))});
    }

    constexpr auto limit = static_cast<std::int64_t>(unit_limit);
    const detail::UnitAmounts amounts(o.unit);
    const double sign = o.mirrored ? -1.0 : 1.0;
    long double sum = 0; // in a local: through the pointer it went to memory on every part
    for (std::size_t k = 0; k < n; ++k) {
        if (counts[k] > limit || counts[k] < -limit)
            too_many_units(static_cast<long double>(counts[k]));
        const double value =
            k == taker ? static_cast<double>(static_cast<long double>(counts[k]) * unit + odd)
                       : amounts(counts[k]);
        if (!std::isfinite(value))
            too_many_units(static_cast<long double>(counts[k]));
        if (!user_sum) {
            result[free[k]] = value;
            continue;
        }
        // Every part free (no holds): mirrored back and summed here, in the
        // order split() would (saving it a pass over the parts).
        result[k] = sign * value + 0.0;
        sum += result[k];
    }
    if (user_sum)
        *user_sum = sum;
}

// ---------------------------------------------------------------- unit == 0

void split_plain(const Oriented& o, const FreeParts& free, const Remaining& rest,
                 std::vector<double>& result) {
    const std::size_t n = free.size();
    std::vector<detail::RealPart> parts(n);
    long double lowest = 0;
    long double highest = 0;
    long double bound_scale = rest.scale;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = free[k];
        parts[k] = {o.weight(i), o.lo(i), o.hi(i)};
        if (parts[k].lo > parts[k].hi)
            minimum_above_maximum(o, i, parts[k].lo, parts[k].hi);
        lowest += parts[k].lo;
        highest += parts[k].hi;
        bound_scale +=
            std::fabs(parts[k].lo) + (parts[k].hi < infinity ? std::fabs(parts[k].hi) : 0.0L);
    }
    const long double slack = detail::relative_tolerance * bound_scale;
    if (lowest > rest.amount + slack)
        minimums_too_high(o, lowest, rest.amount);
    if (highest < rest.amount - slack)
        maximums_too_low(o, highest, rest.amount);
    const long double target = std::clamp(rest.amount, lowest, highest);

    std::vector<long double> shares(n, 0);
    auto settle = [&](const std::optional<std::vector<std::size_t>>& group,
                      long double part_target) {
        std::vector<detail::RealPart> subset;
        if (group) {
            for (std::size_t k : *group)
                subset.push_back(
                    {parts[k].weight > 0 ? parts[k].weight : 1.0, parts[k].lo, parts[k].hi});
        }
        const std::vector<long double> filled =
            detail::fill_real(group ? subset : parts, part_target);
        for (std::size_t j = 0; j < filled.size(); ++j)
            shares[group ? (*group)[j] : j] = filled[j];
    };
    auto put = [&](const std::vector<std::size_t>& group, Rest at) {
        long double sum = 0;
        for (std::size_t k : group) {
            const detail::RealPart& p = parts[k];
            shares[k] = at == Rest::AtMinimum   ? p.lo
                        : at == Rest::AtMaximum ? p.hi
                                                : std::clamp(0.0L, p.lo, p.hi);
            sum += shares[k];
        }
        return sum;
    };
    share_in_phases<long double>(parts, target, settle, put);

    std::vector<double> values(n);
    for (std::size_t k = 0; k < n; ++k)
        values[k] = static_cast<double>(shares[k]);
    // The floating-point residue goes to the largest parts strictly between
    // their bounds, as much as each has room for: it is far below an ulp of
    // the largest part, while a small part taking it could cross its bound
    // (a target of 1e-14 beside one of 4e30).
    std::vector<std::size_t> takers;
    for (std::size_t k = 0; k < n; ++k)
        if (shares[k] > parts[k].lo && shares[k] < parts[k].hi)
            takers.push_back(k);
    std::stable_sort(takers.begin(), takers.end(), [&](std::size_t a, std::size_t b) {
        return std::fabs(shares[a]) > std::fabs(shares[b]);
    });
    long double sum = 0;
    for (double value : values)
        sum += value;
    for (std::size_t k : takers) {
        const long double residue = rest.amount - sum;
        if (residue == 0)
            break;
        const long double wanted = values[k] + residue;
        double moved = static_cast<double>(std::clamp(wanted, parts[k].lo, parts[k].hi));
        if (moved > parts[k].hi || moved < parts[k].lo) // rounded past a bound
            moved = values[k];
        sum += static_cast<long double>(moved) - values[k];
        values[k] = moved;
        if (moved == wanted || (wanted > parts[k].lo && wanted < parts[k].hi))
            break; // absorbed, up to the rounding of this part
    }
    for (std::size_t k = 0; k < n; ++k)
        result[free[k]] = values[k];
}

// The parts (in the user's sign) once their sum is known.
std::vector<double> checked(const SplitRequest& request, const Remaining& rest,
                            std::vector<double> result, long double sum) {
    // Never a wrong number: parts that floating point could not make add up
    // (amounts too far apart in size) are an error.
    // (Whole-unit tests forgive 1e-9 of a unit: a total of 1e-10 with unit 1 is 0 units.)
    const long double scale = std::fmax(rest.scale, static_cast<long double>(request.unit));
    if (!detail::adds_up(sum, request.total, scale))
        detail::beyond_precision(request.weights);
    return result;
}

} // namespace

std::vector<double> split(const SplitRequest& request) {
    const detail::WeightTotals totals = validate(request);
    const Oriented o(request);
    const std::size_t n = o.size();

    std::vector<double> result(n, 0.0);
    if (o.unit > 0 && !o.has_holds() && o.unbounded()) {
        split_unbounded(o, totals, result); // the common case, signs and sum check included
        return result;
    }
    for (std::size_t i = 0; o.has_holds() && i < n; ++i)
        if (const auto hold = o.fixed(i))
            result[i] = *hold; // a hold keeps exactly its value
    const FreeParts free = free_parts(o);
    const Remaining rest = remaining_after_holds(o);
    if (free.empty()) {
        if (std::fabs(rest.amount) > detail::relative_tolerance * rest.scale)
            throw Error(Problem::NoFreeParts, {number_text(o.user(rest.amount))});
    } else if (o.unit > 0 && !o.has_holds()) {
        long double sum = 0;
        split_in_units(o, free, rest, result, &sum); // mirrored back and summed
        return checked(request, rest, std::move(result), sum);
    } else if (o.unit > 0) {
        split_in_units(o, free, rest, result, nullptr);
    } else {
        split_plain(o, free, rest, result);
    }
    // Mirror back a negative total; +0.0 turns −0 into 0.
    const double sign = o.mirrored ? -1.0 : 1.0;
    long double sum = 0;
    for (double& value : result) {
        value = sign * value + 0.0;
        sum += value;
    }
    if (free.empty())
        return result;
    return checked(request, rest, std::move(result), sum);
}

} // namespace allot
