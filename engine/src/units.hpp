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

// roundl, ceill and floorl without the library calls and without changing
// the x87 rounding mode (a cast to an integer does both, and costs more than
// the rest of a bound's conversion): the same values, −0 included.
namespace fast {
// The nearest whole number, ties to even, for |x| < 2^62: 1.5·2^63 has a
// unit in the last place of 1 in the 64-bit mantissa.
inline long double nearest(long double x) {
    return (x + 0x1.8p63L) - 0x1.8p63L;
}
inline long double signed_zero(long double result, long double x) {
    return result == 0 ? std::copysign(0.0L, x) : result;
}
inline long double round(long double x) {
    if (!(std::fabs(x) < 0x1p62L))
        return std::round(x);
    const long double r = nearest(x);
    const long double d = x - r; // exact
    return signed_zero(r + static_cast<long double>(d == 0.5L && x > 0) -
                           static_cast<long double>(d == -0.5L && x < 0),
                       x);
}
inline long double ceil(long double x) {
    if (!(std::fabs(x) < 0x1p62L))
        return std::ceil(x);
    const long double r = nearest(x);
    return signed_zero(r + static_cast<long double>(r < x), x);
}
inline long double floor(long double x) {
    if (!(std::fabs(x) < 0x1p62L))
        return std::floor(x);
    const long double r = nearest(x);
    return signed_zero(r - static_cast<long double>(r > x), x);
}
} // namespace fast

// Nearest whole number if `ratio` is within tolerance of it.
inline bool near_whole(long double ratio, long double& whole) {
    whole = fast::round(ratio);
    const long double magnitude = std::fabs(ratio);
    return std::fabs(ratio - whole) <= relative_tolerance * (magnitude > 1.0L ? magnitude : 1.0L);
}

// Whole units at least `ratio` (a minimum rounded inward).
inline long double units_at_least(long double ratio) {
    long double whole = 0;
    return near_whole(ratio, whole) ? whole : fast::ceil(ratio);
}

// Whole units at most `ratio` (a maximum or an amount rounded inward).
inline long double units_at_most(long double ratio) {
    long double whole = 0;
    return near_whole(ratio, whole) ? whole : fast::floor(ratio);
}

// A whole count as an int64 bound, saturated to ±2^62 (±∞ included).
// Through double, in two exact pieces: a long double cast to an integer
// changes the x87 rounding mode twice, which costs more than the rest of a
// bound's conversion. `count` must be whole (or infinite).
inline std::int64_t saturated_units(long double count) {
    if (!(count < bound_limit))
        return static_cast<std::int64_t>(bound_limit);
    if (!(count > -bound_limit))
        return -static_cast<std::int64_t>(bound_limit);
    const auto high = static_cast<double>(count);
    const auto rest = static_cast<double>(count - high); // exact, and whole
    return static_cast<std::int64_t>(high) + static_cast<std::int64_t>(rest);
}

} // namespace allot::detail
