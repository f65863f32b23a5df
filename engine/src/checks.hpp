// What every function checks of its numbers, written once: each number is
// finite, and a count of units stays within 2^53. An error names the
// argument by its position (an enum of the function's header, such as
// SplitArgument) and, in a range, the item.
#pragma once

#include "allot/error.hpp"

#include <cmath>
#include <optional>
#include <string>

namespace allot::detail {

// Counts of units (and whole counts) go up to 2^53: every whole number up
// to it is exact in a double, so parts that add up exactly in whole units
// add up exactly as Calc's numbers too.
inline constexpr long double unit_limit = 0x1p53L;

// The limit as messages show it: 9007199254740992.
inline std::string unit_limit_text() {
    return format_number(static_cast<double>(unit_limit));
}

// A single number: not infinite, not NaN.
template <class Position> void check_finite(double value, Position argument) {
    if (!std::isfinite(value))
        throw Error(Problem::NotFinite, {}, argument);
}

// The error of check_finite below, out of line: the check itself is then
// small enough to inline into loops over a million cells.
template <class Position>
[[noreturn, gnu::noinline, gnu::cold]] void item_not_finite(Position argument, std::size_t index) {
    throw Error(Problem::ItemNotFinite, {std::to_string(index + 1)}, argument);
}

// Item `index` (0-based, in reading order) of a range; a blank is fine.
template <class Position>
inline void check_finite(double value, Position argument, std::size_t index) {
    if (!std::isfinite(value)) [[unlikely]]
        item_not_finite(argument, index);
}
template <class Position>
void check_finite(const std::optional<double>& value, Position argument, std::size_t index) {
    if (value)
        check_finite(*value, argument, index);
}

} // namespace allot::detail
