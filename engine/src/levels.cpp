// ALLOT.LEVELS (the README's "How each function decides"): the floor and stretch columns are
// ALLOT.SPLIT calls — the floor bounded above by the targets, the stretch bounded below by them —
// so every column adds up exactly and floor ≤ target ≤ stretch holds on every row by construction.
#include "allot/levels.hpp"

#include "allot/error.hpp"
#include "allot/split.hpp"
#include "checks.hpp"
#include "compensated_sum.hpp"
#include "precision.hpp"
#include "profile_shares.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

namespace allot {

namespace {

void validate(const LevelsRequest& r) {
    if (r.targets.empty())
        throw Error(Problem::LevelsEmptyTargets, {});
    for (std::size_t i = 0; i < r.targets.size(); ++i) {
        detail::check_finite(r.targets[i], LevelsArgument::targets, i);
        if (r.targets[i] < 0)
            throw Error(Problem::LevelsNegativeTarget,
                        {std::to_string(i + 1), format_number(r.targets[i])});
    }
    // Ratios: a floor is a part of the target (0 to 100%), a stretch at
    // least the whole target. Anything else would break the order.
    if (!(r.floor_ratio >= 0 && r.floor_ratio <= 1))
        throw Error(Problem::LevelsFloorRatioOutOfRange, {format_number(r.floor_ratio)});
    if (!(r.stretch_ratio >= 1 && std::isfinite(r.stretch_ratio)))
        throw Error(Problem::LevelsStretchRatioOutOfRange, {format_number(r.stretch_ratio)});
    detail::check_finite(r.unit, LevelsArgument::unit);
    if (r.unit < 0)
        throw Error(Problem::NegativeUnit, {format_number(r.unit)});
}

// The column that adds up to ratio × Σtargets, bounded by the targets on
// one side. SPLIT's bound errors mean the targets leave no room in whole
// units (they are not multiples of the unit): told in LEVELS's terms.
std::vector<double> column(const LevelsRequest& r, double ratio, bool floor) {
    std::vector<long double> terms(r.targets.begin(), r.targets.end());
    const long double total = detail::compensated_sum(terms);
    SplitRequest split_request;
    split_request.total = static_cast<double>(ratio * total);
    // A column beyond the largest double (targets near 1e308, or a huge
    // stretch ratio): the ratio is the argument to change, not the targets.
    if (!std::isfinite(split_request.total))
        throw Error(Problem::NotFinite, {},
                    floor ? LevelsArgument::floor_ratio : LevelsArgument::stretch_ratio);
    split_request.weights = r.targets;
    split_request.unit = r.unit;
    std::vector<std::optional<double>> bounds(r.targets.begin(), r.targets.end());
    (floor ? split_request.maximums : split_request.minimums) = std::move(bounds);
    std::vector<double> parts;
    try {
        parts = split(split_request);
    } catch (const Error& error) {
        switch (error.problem()) {
        case Problem::MinimumsAboveRemaining:
        case Problem::MaximumsBelowRemaining:
        case Problem::MinimumAboveMaximum:
        case Problem::NoRoomForOddPart:
            throw Error(floor ? Problem::LevelsFloorNotInUnits : Problem::LevelsStretchNotInUnits,
                        {format_number(split_request.total), format_number(r.unit)});
        default:
            throw;
        }
    }
    // With unit 0 the split's last free part absorbs the floating residue,
    // which could cross its target by an ulp when the ratio is within an ulp
    // of 1: keep the order (the sum moves by far less than 1e-9).
    long double sum = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        parts[i] = floor ? std::min(parts[i], r.targets[i]) : std::max(parts[i], r.targets[i]);
        sum += parts[i];
    }
    // Never a wrong number: a column that floating point could not make add
    // up with the order kept (targets too far apart in size) is an error.
    const long double wanted = static_cast<long double>(split_request.total);
    if (!detail::adds_up(sum, wanted, std::fmax(std::fabs(wanted), r.unit)))
        detail::beyond_precision(r.targets);
    return parts;
}

} // namespace

Levels levels(const LevelsRequest& request) {
    validate(request);
    Levels result;
    result.target = request.targets;
    result.floor =
        request.floor_ratio == 1 ? request.targets : column(request, request.floor_ratio, true);
    result.stretch = request.stretch_ratio == 1 ? request.targets
                                                : column(request, request.stretch_ratio, false);
    return result;
}

} // namespace allot
