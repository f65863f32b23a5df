// The wizard's preview: the targets two methods give the same rows, side by
// side, with a fairness figure for each — how far apart the rows' growth
// rates are (target ÷ basis − 1): a proportional split grows everyone alike
// (spread 0), equal or capability splits spread growth out.
#pragma once

#include <allot/commands/plan.hpp>

#include <optional>
#include <string>
#include <vector>

namespace allot::commands {

// What the preview computes from: the values in the input ranges.
struct PreviewInput {
    double total = 0.0;
    double unit = 1.0;
    std::vector<std::string> labels;
    std::vector<double> basis;
    std::vector<double> factors; // rows × factor_columns, reading order
    int factor_columns = 0;
    std::vector<double> factor_weights;
    std::vector<double> multipliers;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::vector<std::optional<double>> holds;
};

// Whether a method splits rows by a basis and can be compared (proportional,
// equal, capability, OKR).
bool comparable(Method method);

// The targets `method` gives (the engine's own SPLIT / WEIGHTS, as the plan's
// formulas will). Throws Refusal with the engine's reason when it cannot.
std::vector<double> preview_targets(Method method, const PreviewInput& input);

struct Fairness {
    double spread = 0.0;    // largest minus smallest growth rate
    double deviation = 0.0; // standard deviation of the growth rates
    int rows = 0;           // rows with a positive basis
};

Fairness fairness(const std::vector<double>& basis, const std::vector<double>& targets);

struct Comparison {
    Method first = Method::Proportional;
    Method second = Method::Equal;
    std::vector<double> first_targets;
    std::vector<double> second_targets;
    Fairness first_fairness;
    Fairness second_fairness;
};

Comparison compare(Method first, Method second, const PreviewInput& input);

// The comparison as a text table for the wizard: one line per row (the
// first `rows` of them), then the totals and the fairness figures.
std::string describe(const Comparison& comparison, const PreviewInput& input,
                     const Language& language, int rows = 12);

} // namespace allot::commands
