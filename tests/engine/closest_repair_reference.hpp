// The closest repair before issue 10's speed work (one unit per shortest-path
// search, floating-point costs): the reference for the fast one.
#pragma once

#include "rounding_repair.hpp"

namespace allot::detail {

// Same contract as closest_repair, costs on the fractions as they are (no
// grains) and ties as its searches meet them.
bool closest_repair_reference(Rounding& table);

} // namespace allot::detail
