// Water-filling: the continuous proportional share with bounds,
// x_i = clamp(λ·w_i, lo_i, hi_i) with λ chosen so that Σx_i = target.
#pragma once

#include "exact.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace allot::detail {

// A part counted in whole units. weight > 0 and lo <= hi.
struct UnitPart {
    double weight;
    std::int64_t lo;
    std::int64_t hi;
};

enum class Level : unsigned char { AtMinimum, Shared, AtMaximum };

// Where each part sits at the exact water level, and how many units the
// Shared parts split among themselves in proportion to their weights
// (target − the bounds of the others). Each Shared part's exact quota lies
// within its [lo, hi], so rounding it down or up never crosses a bound.
struct Filling {
    std::vector<Level> levels;
    int128 shared_units = 0;
};

// Requires Σlo <= target <= Σhi. Linear time in the parts (see the sweep
// below for the few inputs it hands over).
Filling fill_units(std::span<const UnitPart> parts, int128 target);

// What fill_units sums over the parts before anything else: Σlo, Σhi, Σlo
// of the parts whose bounds leave no choice (lo == hi), and Σweight of the
// others (long double, in the parts' order).
struct UnitTotals {
    int128 lowest = 0;
    int128 highest = 0;
    int128 fixed_units = 0;
    long double movable_weight = 0;

    void add(const UnitPart& part) {
        lowest += part.lo;
        highest += part.hi;
        if (part.lo == part.hi)
            fixed_units += part.lo;
        else
            movable_weight += part.weight;
    }
};

// The same, with those sums already taken (a caller that builds the parts
// adds each as it goes: one pass over a million parts fewer).
Filling fill_units(std::span<const UnitPart> parts, int128 target, const UnitTotals& totals);

// The same by sorting the breakpoints and sweeping them: O(n log n), the
// reference that fill_units falls back on and is tested against.
Filling fill_units_by_sweep(std::span<const UnitPart> parts, int128 target);

// A part in plain numbers (unit 0). weight > 0, lo <= hi; lo may be −∞, hi +∞.
struct RealPart {
    double weight;
    long double lo;
    long double hi;
};

// The continuous share of each part; target is brought into [Σlo, Σhi].
std::vector<long double> fill_real(std::span<const RealPart> parts, long double target);

} // namespace allot::detail
