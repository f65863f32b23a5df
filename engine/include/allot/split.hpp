// ALLOT.SPLIT: proportional decomposition of a total with unit rounding,
// bounds and holds (the README's "How each function decides"). Pure C++; knows nothing of UNO.
#pragma once

#include <optional>
#include <vector>

namespace allot {

// ALLOT.SPLIT's arguments in order: an error names one by its position.
enum class SplitArgument { total, weights, unit, minimums, maximums, fixed };

struct SplitRequest {
    double total = 0.0;
    std::vector<double> weights;
    // Rounding step; 0 means no rounding (plain doubles).
    double unit = 1.0;
    // Each of these is empty (all defaults) or has one entry per weight;
    // an empty optional is a blank cell: minimum 0, no maximum, not held.
    std::vector<std::optional<double>> minimums;
    std::vector<std::optional<double>> maximums;
    std::vector<std::optional<double>> fixed;
};

// The parts, one per weight, adding up to `total` exactly (see the README's "How each function
// decides"). Throws allot::Error for every invalid input.
std::vector<double> split(const SplitRequest& request);

} // namespace allot
