// ALLOT.LEVELS: floor / target / stretch (底线 / 目标 / 挑战) columns from a
// column of targets (the README's "How each function decides"). Pure C++; knows nothing of UNO.
#pragma once

#include <vector>

namespace allot {

// ALLOT.LEVELS's arguments in order: an error names one by its position.
enum class LevelsArgument { targets, floor_ratio, stretch_ratio, unit };

struct LevelsRequest {
    // One per person or team, each 0 or more.
    std::vector<double> targets;
    // The floor column adds up to floor_ratio × Σtargets; from 0 to 1.
    double floor_ratio = 0;
    // The stretch column adds up to stretch_ratio × Σtargets; 1 or more.
    double stretch_ratio = 1;
    // Rounding step of the floor and stretch columns; 0 means no rounding.
    double unit = 1;
};

struct Levels {
    std::vector<double> floor;
    std::vector<double> target; // the targets as given
    std::vector<double> stretch;
};

// floor ≤ target ≤ stretch on every row, and each column adds up exactly
// to its ratio of the total (within the README's 1e-9). The floor is
// ALLOT.SPLIT of floor_ratio × Σtargets by the targets with the targets as
// maximums, the stretch the split of stretch_ratio × Σtargets with the
// targets as minimums, so the order holds by construction: Hamilton
// rounding in whole units never crosses a bound. A ratio of exactly 1 gives
// the targets themselves. Throws allot::Error for every invalid input.
Levels levels(const LevelsRequest& request);

} // namespace allot
