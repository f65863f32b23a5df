// ALLOT.COMMISSION: tiered pay on attainment bands, marginal like tax
// brackets, with accelerators and a cap (the README's "How each function decides").
#pragma once

#include <optional>
#include <vector>

namespace allot {

// ALLOT.COMMISSION's arguments in order: an error names one by its position.
enum class CommissionArgument { actual, target, thresholds, rates, cap };

struct CommissionRequest {
    double actual = 0.0;
    double target = 0.0;
    // Attainment levels (fractions: 0.8 is 80%), strictly ascending, each
    // from 0 to 10; rates[i] is paid on the sales between thresholds[i] and
    // thresholds[i + 1] (the last band has no top).
    std::vector<double> thresholds;
    // Fractions of the sales in the band, from 0 to 1 (0.05 is 5%).
    std::vector<double> rates;
    // Highest attainment paid for (no cap when empty), more than 0 and at most 10.
    std::optional<double> cap;
};

// Σ rates[i] × (sales in band i), where band i spans target × thresholds[i]
// up to target × thresholds[i + 1] and sales count up to target × cap.
// Throws allot::Error for invalid input.
double commission(const CommissionRequest& request);

} // namespace allot
