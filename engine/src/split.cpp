// ALLOT.SPLIT (SPEC §1): validate, take holds out, water-fill the rest over
// the free parts in whole units, round with largest remainder, give the odd
// part (a total that is not a whole number of units) to the largest part.
#include "allot/split.hpp"

#include "allot/error.hpp"
#include "hamilton.hpp"
#include "units.hpp"
#include "waterfill.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace allot {

namespace {

using detail::int128;

constexpr long double unit_limit = 0x1p53L; // SPEC: totals up to 2^53 units
constexpr long double infinity = std::numeric_limits<long double>::infinity();

std::string position_text(std::size_t index) {
    return std::to_string(index + 1);
}

std::string number_text(long double value) {
    return format_number(static_cast<double>(value));
}

// ---------------------------------------------------------------- validation

void check_finite(double value, const char* argument, std::size_t index) {
    if (!std::isfinite(value))
        throw Error(Problem::NotFinite, {argument, position_text(index)});
}

void check_shape(const std::vector<std::optional<double>>& values, const char* argument,
                 std::size_t items) {
    if (!values.empty() && values.size() != items)
        throw Error(Problem::ShapeMismatch,
                    {argument, std::to_string(items), std::to_string(values.size())});
    for (std::size_t i = 0; i < values.size(); ++i)
        if (values[i])
            check_finite(*values[i], argument, i);
}

void validate(const SplitRequest& request) {
    check_finite(request.total, "total", 0);
    check_finite(request.unit, "unit", 0);
    if (request.unit < 0)
        throw Error(Problem::NegativeUnit, {format_number(request.unit)});
    if (request.weights.empty())
        throw Error(Problem::EmptyWeights, {});
    for (std::size_t i = 0; i < request.weights.size(); ++i) {
        check_finite(request.weights[i], "weights", i);
        if (request.weights[i] < 0)
            throw Error(Problem::NegativeWeight,
                        {position_text(i), format_number(request.weights[i])});
    }
    const std::size_t items = request.weights.size();
    check_shape(request.minimums, "minimums", items);
    check_shape(request.maximums, "maximums", items);
    check_shape(request.fixed, "fixed", items);
}

// ---------------------------------------------------------------- orientation

// A split of a negative total is the mirror image of the split of its
// absolute value: bounds swap and change sign, holds change sign. The
// defaults belong to the mirrored (non-negative) problem, so for a negative
// total a blank maximum means 0 and a blank minimum means no minimum: parts
// of a negative total are never positive unless a maximum says so.
struct Oriented {
    bool mirrored = false;
    double total = 0; // >= 0
    double unit = 0;
    std::vector<long double> lo; // minimum per part, 0 when blank
    std::vector<long double> hi; // maximum per part, +∞ when blank
    std::vector<std::optional<double>> fixed;

    long double user(long double value) const { return mirrored ? -value : value; }
};

Oriented orient(const SplitRequest& request) {
    Oriented o;
    o.mirrored = request.total < 0;
    o.total = std::fabs(request.total);
    o.unit = request.unit;
    const std::size_t n = request.weights.size();
    auto at = [](const std::vector<std::optional<double>>& values, std::size_t i) {
        return values.empty() ? std::optional<double>() : values[i];
    };
    o.lo.assign(n, 0);
    o.hi.assign(n, infinity);
    o.fixed.assign(n, std::nullopt);
    for (std::size_t i = 0; i < n; ++i) {
        const auto minimum = at(request.minimums, i);
        const auto maximum = at(request.maximums, i);
        const auto fixed = at(request.fixed, i);
        if (!o.mirrored) {
            if (minimum)
                o.lo[i] = *minimum;
            if (maximum)
                o.hi[i] = *maximum;
        } else {
            if (maximum)
                o.lo[i] = -*maximum;
            if (minimum)
                o.hi[i] = -*minimum;
        }
        if (fixed)
            o.fixed[i] = o.mirrored ? -*fixed : *fixed;
    }
    return o;
}

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
                {number_text(std::floor(std::fabs(units))), "9007199254740992"});
}

// ---------------------------------------------------------------- holds

// total − Σ holds, with Neumaier compensation, and the scale that the
// 1e-9 relative tolerance refers to.
struct Remaining {
    long double amount = 0;
    long double scale = 0;
};

Remaining remaining_after_holds(const Oriented& o) {
    long double sum = o.total;
    long double compensation = 0;
    long double scale = o.total;
    for (const auto& fixed : o.fixed) {
        if (!fixed)
            continue;
        const long double term = -static_cast<long double>(*fixed);
        const long double next = sum + term;
        compensation +=
            std::fabs(sum) >= std::fabs(term) ? (sum - next) + term : (term - next) + sum;
        sum = next;
        scale += std::fabs(term);
    }
    return {sum + compensation, scale};
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
template <class Amount, class Sum, class Settle>
void share_in_phases(const std::vector<double>& weights, const std::vector<Amount>& lo,
                     const std::vector<Amount>& hi, Sum target, std::vector<Amount>& values,
                     Settle settle) {
    std::vector<std::size_t> positive;
    std::vector<std::size_t> zero;
    for (std::size_t i = 0; i < weights.size(); ++i)
        (weights[i] > 0 ? positive : zero).push_back(i);
    if (positive.empty()) {
        settle(zero, false, target);
        return;
    }
    Sum resting{};
    for (std::size_t i : zero) {
        values[i] = std::clamp(Amount{}, lo[i], hi[i]);
        resting += values[i];
    }
    Sum positive_lo{};
    Sum positive_hi{};
    for (std::size_t i : positive) {
        positive_lo += lo[i];
        positive_hi += hi[i];
    }
    const Sum wanted = target - resting;
    if (zero.empty() || (positive_lo <= wanted && wanted <= positive_hi)) {
        settle(positive, true, wanted);
        return;
    }
    const bool overflow = wanted > positive_hi;
    for (std::size_t i : positive)
        values[i] = overflow ? hi[i] : lo[i];
    settle(zero, false, target - (overflow ? positive_hi : positive_lo));
}

// ---------------------------------------------------------------- unit > 0

// Bounds rounded inward to whole units. The blank defaults (0 and +∞) skip
// the arithmetic: x87 arithmetic on ∞ and NaN is very slow.
long double whole_units_at_least(long double amount, long double unit) {
    return amount == 0 ? 0.0L : detail::units_at_least(amount / unit);
}

long double whole_units_at_most(long double amount, long double unit) {
    if (amount == infinity)
        return infinity;
    return amount == 0 ? 0.0L : detail::units_at_most(amount / unit);
}

std::vector<double> split_in_units(const Oriented& o, const std::vector<double>& weights,
                                   const std::vector<std::size_t>& free, const Remaining& rest) {
    const long double unit = o.unit;
    const long double ratio = rest.amount / unit;
    if (!(std::fabs(ratio) <= unit_limit + 1))
        too_many_units(ratio);
    long double whole = 0;
    const bool is_whole = detail::near_whole(ratio, whole);
    const long double count = is_whole ? whole : std::floor(ratio);
    if (std::fabs(count) > unit_limit)
        too_many_units(count);
    const auto units = static_cast<std::int64_t>(count);
    // Less than one unit; it goes to the largest part at the end.
    const long double odd = is_whole ? 0.0L : rest.amount - count * unit;

    // Bounds inward to whole units; long double copies for the messages.
    const std::size_t n = free.size();
    std::vector<double> free_weights(n);
    std::vector<std::int64_t> lo(n);
    std::vector<std::int64_t> hi(n);
    int128 lowest = 0;
    int128 highest = 0;
    long double lowest_amount = 0;
    long double highest_amount = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = free[k];
        free_weights[k] = weights[i];
        const long double lo_units = whole_units_at_least(o.lo[i], unit);
        const long double hi_units = whole_units_at_most(o.hi[i], unit);
        if (lo_units > hi_units)
            minimum_above_maximum(o, i, lo_units * unit, hi_units * unit);
        lo[k] = detail::saturated_units(lo_units);
        hi[k] = detail::saturated_units(hi_units);
        lowest += lo[k];
        highest += hi[k];
        lowest_amount += lo_units * unit;
        if (highest_amount < infinity)
            highest_amount = hi_units < infinity ? highest_amount + hi_units * unit : infinity;
    }
    if (lowest > units)
        minimums_too_high(o, lowest_amount, rest.amount);
    if (highest < units)
        maximums_too_low(o, highest_amount, rest.amount);

    std::vector<std::int64_t> counts(n, 0);
    share_in_phases<std::int64_t, int128>(
        free_weights, lo, hi, int128(units), counts,
        [&](const std::vector<std::size_t>& group, bool weighted, int128 target) {
            std::vector<detail::UnitPart> parts;
            parts.reserve(group.size());
            for (std::size_t k : group)
                parts.push_back({weighted ? free_weights[k] : 1.0, lo[k], hi[k]});
            const detail::Filling filling = detail::fill_units(parts, target);
            std::vector<double> shared_weights;
            for (std::size_t j = 0; j < group.size(); ++j)
                if (filling.levels[j] == detail::Level::Shared)
                    shared_weights.push_back(parts[j].weight);
            const std::vector<std::int64_t> shared =
                detail::largest_remainder(filling.shared_units, shared_weights);
            std::size_t next = 0;
            for (std::size_t j = 0; j < group.size(); ++j) {
                switch (filling.levels[j]) {
                case detail::Level::AtMinimum:
                    counts[group[j]] = parts[j].lo;
                    break;
                case detail::Level::AtMaximum:
                    counts[group[j]] = parts[j].hi;
                    break;
                case detail::Level::Shared:
                    counts[group[j]] = shared[next++];
                    break;
                }
            }
        });

    // The odd part goes to the largest part (earliest on ties) that stays
    // within its maximum after taking it.
    std::size_t taker = n;
    if (odd > 0) {
        for (std::size_t k = 0; k < n; ++k) {
            const long double maximum = o.hi[free[k]];
            const long double after = static_cast<long double>(counts[k]) * unit + odd;
            const bool fits =
                maximum == infinity ||
                after <= maximum + detail::relative_tolerance * std::fmax(1.0L, std::fabs(maximum));
            if (fits && (taker == n || counts[k] > counts[taker]))
                taker = k;
        }
        if (taker == n)
            throw Error(Problem::NoRoomForOddPart, {number_text(o.user(odd))});
    }

    std::vector<double> values(n);
    for (std::size_t k = 0; k < n; ++k) {
        if (std::fabs(static_cast<long double>(counts[k])) > unit_limit)
            too_many_units(counts[k]);
        values[k] = k == taker
                        ? static_cast<double>(static_cast<long double>(counts[k]) * unit + odd)
                        : static_cast<double>(counts[k]) * o.unit;
        if (!std::isfinite(values[k]))
            too_many_units(counts[k]);
    }
    return values;
}

// ---------------------------------------------------------------- unit == 0

std::vector<double> split_plain(const Oriented& o, const std::vector<double>& weights,
                                const std::vector<std::size_t>& free, const Remaining& rest) {
    const std::size_t n = free.size();
    std::vector<double> free_weights(n);
    std::vector<long double> lo(n);
    std::vector<long double> hi(n);
    long double lowest = 0;
    long double highest = 0;
    long double bound_scale = rest.scale;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = free[k];
        free_weights[k] = weights[i];
        lo[k] = o.lo[i];
        hi[k] = o.hi[i];
        if (lo[k] > hi[k])
            minimum_above_maximum(o, i, lo[k], hi[k]);
        lowest += lo[k];
        highest += hi[k];
        bound_scale += std::fabs(lo[k]) + (std::isfinite(hi[k]) ? std::fabs(hi[k]) : 0.0L);
    }
    const long double slack = detail::relative_tolerance * bound_scale;
    if (lowest > rest.amount + slack)
        minimums_too_high(o, lowest, rest.amount);
    if (highest < rest.amount - slack)
        maximums_too_low(o, highest, rest.amount);
    const long double target = std::clamp(rest.amount, lowest, highest);

    std::vector<long double> shares(n, 0);
    share_in_phases<long double, long double>(
        free_weights, lo, hi, target, shares,
        [&](const std::vector<std::size_t>& group, bool weighted, long double part_target) {
            std::vector<detail::RealPart> parts;
            parts.reserve(group.size());
            for (std::size_t k : group)
                parts.push_back({weighted ? free_weights[k] : 1.0, lo[k], hi[k]});
            const std::vector<long double> filled = detail::fill_real(parts, part_target);
            for (std::size_t j = 0; j < group.size(); ++j)
                shares[group[j]] = filled[j];
        });

    std::vector<double> values(n);
    for (std::size_t k = 0; k < n; ++k)
        values[k] = static_cast<double>(shares[k]);
    // Floating error goes to the last part strictly between its bounds (or
    // the last part), so the parts add up as exactly as doubles allow.
    std::size_t fix = n - 1;
    for (std::size_t k = n; k-- > 0;) {
        if (shares[k] > lo[k] && shares[k] < hi[k]) {
            fix = k;
            break;
        }
    }
    long double others = 0;
    for (std::size_t k = 0; k < n; ++k)
        if (k != fix)
            others += values[k];
    values[fix] = static_cast<double>(rest.amount - others);
    return values;
}

} // namespace

std::vector<double> split(const SplitRequest& request) {
    validate(request);
    const Oriented o = orient(request);
    const std::size_t n = request.weights.size();

    std::vector<double> result(n, 0.0);
    std::vector<std::size_t> free;
    for (std::size_t i = 0; i < n; ++i) {
        if (o.fixed[i])
            result[i] = *o.fixed[i]; // a hold keeps exactly its value
        else
            free.push_back(i);
    }
    const Remaining rest = remaining_after_holds(o);
    if (free.empty()) {
        if (std::fabs(rest.amount) > detail::relative_tolerance * rest.scale)
            throw Error(Problem::NoFreeParts, {number_text(o.user(rest.amount))});
    } else {
        const std::vector<double> values = o.unit > 0
                                               ? split_in_units(o, request.weights, free, rest)
                                               : split_plain(o, request.weights, free, rest);
        for (std::size_t k = 0; k < free.size(); ++k)
            result[free[k]] = values[k];
    }
    if (o.mirrored)
        for (double& value : result)
            value = -value;
    for (double& value : result)
        value += 0.0; // −0 reads as 0
    return result;
}

} // namespace allot
