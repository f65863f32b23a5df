// Slow, obviously-correct ALLOT.APPORTION for differential testing, written
// straight from the textbook definitions in exact rational arithmetic:
// divisor methods hand out units one at a time to the highest priority
// p / d(s) (Huntington–Hill compares p² / (s(s+1)), so no square roots);
// Hamilton water-fills above the minimum and gives the leftover units to the
// largest remainders. Linear in the count: small inputs only.
#pragma once

#include "allot/apportion.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace apportion_oracle {

// Assumes a valid request (whole count and minimum, sizes >= 0, enough units
// for the minimums, some positive size when units are left above them).
std::vector<std::int64_t> apportion(const allot::ApportionRequest& request);

// Checks a result of a divisor method against the definition without
// replaying it: every unit handed out above the minimum comes before every
// unit not handed out (priority, then the earlier entity). Works for any
// count; quadratic in nothing, exact. Returns an empty string when it holds,
// else what is wrong.
std::string certify_divisor(const allot::ApportionRequest& request,
                            const std::vector<std::int64_t>& counts);

} // namespace apportion_oracle
