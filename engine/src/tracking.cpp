// ALLOT.PACE and ALLOT.STATUS (the README's "How each function decides"). Elapsed periods and
// threshold comparisons use the engine's 1e-9 relative tolerance, so 7.9999999999 periods is 8 and
// an attainment of 0.7999999999999999 (80% after rounding in a formula) counts as reaching 0.8.
#include "allot/tracking.hpp"

#include "allot/error.hpp"
#include "checks.hpp"
#include "units.hpp"

#include <cmath>
#include <string>

namespace allot {

namespace {

// `value` has reached `level`, forgiving a relative 1e-9 shortfall.
bool reached(double value, double level) {
    return static_cast<long double>(value) >=
           level - detail::relative_tolerance * std::fmax(1.0L, std::fabs(level));
}

} // namespace

double pace(double actual, const std::vector<double>& period_targets, double elapsed) {
    detail::check_finite(actual, PaceArgument::actual);
    detail::check_finite(elapsed, PaceArgument::elapsed);
    for (std::size_t i = 0; i < period_targets.size(); ++i) {
        detail::check_finite(period_targets[i], PaceArgument::period_targets, i);
        if (period_targets[i] < 0)
            throw Error(Problem::PaceNegativeTarget,
                        {std::to_string(i + 1), format_number(period_targets[i])});
    }
    const auto periods = static_cast<long double>(period_targets.size());
    long double whole = 0;
    const long double time = detail::near_whole(elapsed, whole) ? whole : elapsed;
    if (time < 0 || time > periods)
        throw Error(Problem::PaceElapsedOutOfRange,
                    {format_number(elapsed), std::to_string(period_targets.size())});
    const auto full = static_cast<std::size_t>(std::floor(time));
    long double due = 0;
    for (std::size_t i = 0; i < full; ++i)
        due += period_targets[i];
    if (full < period_targets.size())
        due += (time - static_cast<long double>(full)) * period_targets[full];
    if (due <= 0)
        throw Error(Problem::PaceNothingDue, {format_number(elapsed)});
    const auto result = static_cast<double>(actual / due);
    if (!std::isfinite(result)) // a huge actual over a tiny target due
        throw Error(Problem::PaceTooLarge,
                    {format_number(actual), format_number(static_cast<double>(due))});
    return result;
}

Status status(double attainment, std::optional<double> warn, std::optional<double> ok) {
    detail::check_finite(attainment, StatusArgument::attainment);
    const double warn_level = warn.value_or(default_warn_level);
    const double ok_level = ok.value_or(default_ok_level);
    detail::check_finite(warn_level, StatusArgument::warn);
    detail::check_finite(ok_level, StatusArgument::ok);
    if (warn_level > ok_level)
        throw Error(Problem::StatusThresholdsOutOfOrder,
                    {format_number(warn_level), format_number(ok_level)});
    if (!reached(attainment, warn_level))
        return Status::Behind;
    if (!reached(attainment, ok_level))
        return Status::AtRisk;
    return Status::OnTrack;
}

std::string_view status_text(Status status) {
    switch (status) {
    case Status::Behind:
        return "behind";
    case Status::AtRisk:
        return "at risk";
    case Status::OnTrack:
        return "on track";
    }
    return "on track";
}

} // namespace allot
