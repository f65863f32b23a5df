// A slow, obviously-correct ALLOT.SPLIT for unit > 0, in exact rational
// arithmetic, written straight from the README's rules for differential testing.
// Quadratic in the number of parts; use it on small inputs only.
#pragma once

#include "allot/error.hpp"
#include "allot/split.hpp"

#include <optional>
#include <vector>

namespace oracle {

struct Outcome {
    std::vector<double> parts; // when no problem
    std::optional<allot::Problem> problem;
    std::optional<std::size_t> odd_part; // index of the part that took the odd amount
};

// Assumes a valid request (finite numbers, matching shapes, unit > 0).
Outcome split(const allot::SplitRequest& request);

} // namespace oracle
