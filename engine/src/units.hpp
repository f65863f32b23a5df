// Amounts measured in whole units, with the 1e-9 tolerance the README promises: a
// ratio within 1e-9 (relative) of a whole number counts as that number, so
// 100 with unit 0.01 is 10000 units although 100/0.01 is 9999.999… in binary.
#pragma once

#include <cmath>
#include <cstdint>

namespace allot::detail {

inline constexpr long double relative_tolerance = 1e-9L;

// Largest count kept as an int64 bound: beyond it a bound cannot bind
// without some part exceeding the 2^53-unit limit, which is reported.
inline constexpr long double bound_limit = 0x1p62L;

// Nearest whole number if `ratio` is within tolerance of it.
inline bool near_whole(long double ratio, long double& whole) {
    whole = std::round(ratio);
    return std::fabs(ratio - whole) <= relative_tolerance * std::fmax(1.0L, std::fabs(ratio));
}

// Whole units at least `ratio` (a minimum rounded inward).
inline long double units_at_least(long double ratio) {
    long double whole = 0;
    return near_whole(ratio, whole) ? whole : std::ceil(ratio);
}

// Whole units at most `ratio` (a maximum or an amount rounded inward).
inline long double units_at_most(long double ratio) {
    long double whole = 0;
    return near_whole(ratio, whole) ? whole : std::floor(ratio);
}

// A whole count as an int64 bound, saturated to ±2^62 (±∞ included).
inline std::int64_t saturated_units(long double count) {
    if (!(count < bound_limit))
        return static_cast<std::int64_t>(bound_limit);
    if (!(count > -bound_limit))
        return -static_cast<std::int64_t>(bound_limit);
    return static_cast<std::int64_t>(count);
}

} // namespace allot::detail
