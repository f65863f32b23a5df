// ALLOT.OKR (the README's "How each function decides"): linear key result scores from baseline to
// target, clamped to 0–1, and their weighted mean.
#include "allot/okr.hpp"

#include "allot/error.hpp"
#include "checks.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace allot {

namespace {

void check_count(const std::vector<std::optional<double>>& values, OkrArgument argument,
                 std::size_t key_results, bool may_be_empty) {
    if (values.size() == key_results || (may_be_empty && values.empty()))
        return;
    throw Error(Problem::CountMismatch,
                {std::to_string(values.size()), std::to_string(key_results)}, argument,
                std::optional(OkrArgument::actual));
}

} // namespace

double okr(const OkrRequest& request) {
    const std::size_t count = request.actual.size();
    check_count(request.baseline, OkrArgument::baseline, count, false);
    check_count(request.target, OkrArgument::target, count, false);
    check_count(request.weights, OkrArgument::weights, count, true);
    long double weighted = 0;
    long double total_weight = 0;
    bool any = false;
    for (std::size_t i = 0; i < count; ++i) {
        const auto& actual = request.actual[i];
        const auto& baseline = request.baseline[i];
        const auto& target = request.target[i];
        // Rows left blank in a range selected generously are not key results.
        if (!actual && !baseline && !target)
            continue;
        detail::check_finite(actual, OkrArgument::actual, i);
        detail::check_finite(baseline, OkrArgument::baseline, i);
        detail::check_finite(target, OkrArgument::target, i);
        if (!target)
            throw Error(Problem::OkrMissingTarget, {std::to_string(i + 1)});
        const double from = baseline.value_or(0.0);
        if (*target == from)
            throw Error(Problem::OkrNoRange, {std::to_string(i + 1), format_number(from)});
        double weight = 1.0;
        if (!request.weights.empty()) {
            detail::check_finite(request.weights[i], OkrArgument::weights, i);
            weight = request.weights[i].value_or(0.0);
            if (weight < 0)
                throw Error(Problem::OkrNegativeWeight,
                            {std::to_string(i + 1), format_number(weight)});
        }
        // Not measured yet is no progress, also for a key result that should fall.
        // Long double: the differences of two huge values of opposite sign still fit.
        long double score = 0.0L;
        if (actual)
            score = std::clamp((static_cast<long double>(*actual) - from) /
                                   (static_cast<long double>(*target) - from),
                               0.0L, 1.0L);
        weighted += static_cast<long double>(weight) * score;
        total_weight += weight;
        any = true;
    }
    if (!any)
        throw Error(Problem::OkrNoKeyResults, {});
    if (total_weight <= 0)
        throw Error(Problem::OkrZeroWeights, {});
    return std::clamp(static_cast<double>(weighted / total_weight), 0.0, 1.0);
}

} // namespace allot
