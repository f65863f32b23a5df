// The last line of "never a wrong number": a result that floating point
// could not make add up is an error (BeyondPrecision), not an answer.
#pragma once

#include "allot/error.hpp"

#include <cmath>
#include <span>

namespace allot::detail {

// BeyondPrecision, naming the largest and the smallest non-zero magnitude
// among `numbers` (the inputs that are too far apart).
[[noreturn]] inline void beyond_precision(std::span<const double> numbers) {
    double largest = 0;
    double smallest = 0;
    for (double x : numbers) {
        const double magnitude = std::fabs(x);
        if (!(magnitude > 0) || !std::isfinite(magnitude))
            continue;
        largest = std::fmax(largest, magnitude);
        smallest = smallest == 0 ? magnitude : std::fmin(smallest, magnitude);
    }
    throw Error(Problem::BeyondPrecision, {format_number(largest), format_number(smallest)});
}

// The README's promise: a sum within 1e-9 (relative to `scale`) of what it must be.
inline bool adds_up(long double sum, long double wanted, long double scale) {
    return std::fabs(sum - wanted) <= 1e-9L * scale;
}

} // namespace allot::detail
