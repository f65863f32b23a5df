// ALLOT.OKR: key result scores and the objective's weighted score (the README's "How each function
// decides").
#pragma once

#include <optional>
#include <vector>

namespace allot {

// ALLOT.OKR's arguments in order: an error names one by its position.
enum class OkrArgument { actual, baseline, target, weights };

// One entry per key result (an empty optional is a blank cell); `weights`
// is empty (all equal) or has one entry per key result.
struct OkrRequest {
    std::vector<std::optional<double>> actual;
    std::vector<std::optional<double>> baseline;
    std::vector<std::optional<double>> target;
    std::vector<std::optional<double>> weights;
};

// Each key result scores clamp((actual − baseline) ÷ (target − baseline), 0, 1),
// which also serves key results that should fall (target below baseline);
// the result is the weighted mean of the scores. A row whose actual,
// baseline and target are all blank is not a key result and is skipped; a
// blank actual scores 0 (not measured yet), a blank baseline is 0, a blank
// weight is 0. Throws allot::Error for invalid input.
double okr(const OkrRequest& request);

} // namespace allot
