// Shares that add up to exactly 1 as doubles, for ALLOT.PROFILE and
// ALLOT.WEIGHTS.
#pragma once

#include <vector>

namespace allot::detail {

// Non-negative values with a positive sum, as shares: each value over the
// sum, rounded to double; then the largest share (the earliest of equals)
// becomes 1 minus the others (summed with compensation), so the exact sum of
// the doubles is within half an ulp of 1 and rounds to 1.
std::vector<double> shares_adding_to_one(const std::vector<long double>& values);

} // namespace allot::detail
