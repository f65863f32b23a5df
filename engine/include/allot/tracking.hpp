// ALLOT.PACE and ALLOT.STATUS: how far along the plan an actual is, and the
// traffic light for an attainment (the README's "How each function decides").
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace allot {

// The arguments of ALLOT.PACE and ALLOT.STATUS in order: an error names one
// by its position.
enum class PaceArgument { actual, period_targets, elapsed };
enum class StatusArgument { attainment, warn, ok };

// actual ÷ the target due after `elapsed` periods: the full periods plus the
// elapsed fraction of the next one. Throws allot::Error for invalid input.
double pace(double actual, const std::vector<double>& period_targets, double elapsed);

enum class Status { Behind, AtRisk, OnTrack };

inline constexpr double default_warn_level = 0.8;
inline constexpr double default_ok_level = 1.0;

// Behind below `warn`, at risk below `ok`, else on track. Blank levels take
// the defaults (0.8 and 1). Throws allot::Error if warn > ok.
Status status(double attainment, std::optional<double> warn = std::nullopt,
              std::optional<double> ok = std::nullopt);

// The English text of a status ("behind", "at risk", "on track"); it is also
// the msgid the add-in translates.
std::string_view status_text(Status status);

} // namespace allot
