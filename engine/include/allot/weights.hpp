// ALLOT.WEIGHTS: capability / resource matching (能力/资源匹配) — weights for
// ALLOT.SPLIT from several factors per person (the README's "How each function decides"). Pure C++.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace allot {

// ALLOT.WEIGHTS's arguments in order: an error names one by its position.
enum class WeightsArgument { factors, factor_weights, multipliers };

struct WeightsRequest {
    // One row per person, one column per factor (history, potential,
    // capability score…), in reading order; blank cells are 0.
    std::vector<std::optional<double>> factors;
    std::size_t columns = 0;
    // One per column, or a single one for all; blank is 0. Normalised to add up to 1.
    std::vector<std::optional<double>> factor_weights;
    // Empty: 1 for everybody. Else one per row, or a single one for all;
    // blank is 1 (no adjustment), like leaving the argument out.
    std::vector<std::optional<double>> multipliers;
};

// w_i = m_i · Σ_j (fw_j / Σfw) · f_ij / Σ_k f_kj, renormalised so that the
// weights add up to 1 exactly in double arithmetic (the largest takes 1
// minus the others). A factor column that adds up to 0 is an error when its
// factor weight is positive and ignored when it is 0. Throws allot::Error
// for every invalid input.
std::vector<double> weights(const WeightsRequest& request);

} // namespace allot
