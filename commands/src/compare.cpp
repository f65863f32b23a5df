#include <allot/commands/compare.hpp>

#include <allot/commands/numbers.hpp>
#include <allot/commands/text.hpp>
#include <allot/split.hpp>
#include <allot/weights.hpp>

#include <algorithm>
#include <cmath>

namespace allot::commands {

bool comparable(Method method) {
    return method == Method::Proportional || method == Method::Equal ||
           method == Method::Capability || method == Method::Okr;
}

std::vector<double> preview_targets(Method method, const PreviewInput& input) {
    SplitRequest request;
    request.total = input.total;
    request.unit = input.unit;
    const std::size_t n = input.basis.size();
    switch (method) {
    case Method::Equal:
        request.weights.assign(n, 1.0);
        break;
    case Method::Capability: {
        WeightsRequest weights;
        weights.columns = static_cast<std::size_t>(input.factor_columns);
        for (double factor : input.factors)
            weights.factors.push_back(factor);
        for (double weight : input.factor_weights)
            weights.factor_weights.push_back(weight);
        for (double multiplier : input.multipliers)
            weights.multipliers.push_back(multiplier);
        try {
            request.weights = allot::weights(weights);
        } catch (const Error& error) {
            throw Refusal(error);
        }
        break;
    }
    default:
        request.weights = input.basis;
    }
    if (input.minimum)
        request.minimums.assign(n, *input.minimum);
    if (input.maximum)
        request.maximums.assign(n, *input.maximum);
    if (std::any_of(input.holds.begin(), input.holds.end(),
                    [](const auto& hold) { return hold.has_value(); })) {
        request.fixed = input.holds;
        request.fixed.resize(n);
    }
    try {
        return split(request);
    } catch (const Error& error) {
        throw Refusal(error);
    }
}

Fairness fairness(const std::vector<double>& basis, const std::vector<double>& targets) {
    Fairness result;
    std::vector<double> growth;
    for (std::size_t i = 0; i < basis.size() && i < targets.size(); ++i)
        if (basis[i] > 0)
            growth.push_back(targets[i] / basis[i] - 1.0);
    result.rows = static_cast<int>(growth.size());
    if (growth.empty())
        return result;
    const auto [low, high] = std::minmax_element(growth.begin(), growth.end());
    result.spread = *high - *low;
    double mean = 0.0;
    for (double g : growth)
        mean += g;
    mean /= static_cast<double>(growth.size());
    double squares = 0.0;
    for (double g : growth)
        squares += (g - mean) * (g - mean);
    result.deviation = std::sqrt(squares / static_cast<double>(growth.size()));
    return result;
}

Comparison compare(Method first, Method second, const PreviewInput& input) {
    Comparison comparison;
    comparison.first = first;
    comparison.second = second;
    comparison.first_targets = preview_targets(first, input);
    comparison.second_targets = preview_targets(second, input);
    comparison.first_fairness = fairness(input.basis, comparison.first_targets);
    comparison.second_fairness = fairness(input.basis, comparison.second_targets);
    return comparison;
}

namespace {

std::string percent(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f%%", value * 100.0);
    return buffer;
}

std::string padded(std::string text, std::size_t width, bool right) {
    const std::size_t shown = display_width(text);
    if (shown >= width)
        return text;
    const std::string fill(width - shown, ' ');
    return right ? fill + text : text + fill;
}

} // namespace

std::string describe(const Comparison& c, const PreviewInput& input, const Language& language,
                     int rows) {
    const double unit = input.unit;
    const std::string a = say(method_title(c.first), language);
    const std::string b = say(method_title(c.second), language);
    std::string text = say("A: {1}", language, {a}) + "\n" + say("B: {1}", language, {b}) + "\n\n";
    text += padded(say("Name", language), 14, false) + padded(say("Basis", language), 13, true) +
            padded("A", 13, true) + padded("B", 13, true) + padded("B − A", 12, true) + "\n";
    const std::size_t n = c.first_targets.size();
    for (std::size_t i = 0; i < n && static_cast<int>(i) < rows; ++i) {
        const std::string label = i < input.labels.size() && !input.labels[i].empty()
                                      ? input.labels[i]
                                      : std::to_string(i + 1);
        text += padded(label.substr(0, 40), 14, false) +
                padded(amount(input.basis[i], unit), 13, true) +
                padded(amount(c.first_targets[i], unit), 13, true) +
                padded(amount(c.second_targets[i], unit), 13, true) +
                padded(signed_amount(c.second_targets[i] - c.first_targets[i], unit), 12, true) +
                "\n";
    }
    if (static_cast<int>(n) > rows)
        text += say("… and {1} more rows", language,
                    {std::to_string(n - static_cast<std::size_t>(rows))}) +
                "\n";
    double basis = 0;
    double first = 0;
    double second = 0;
    for (std::size_t i = 0; i < n; ++i) {
        basis += input.basis[i];
        first += c.first_targets[i];
        second += c.second_targets[i];
    }
    text += padded(say("Total", language), 14, false) + padded(amount(basis, unit), 13, true) +
            padded(amount(first, unit), 13, true) + padded(amount(second, unit), 13, true) + "\n\n";
    text +=
        say("Fairness (how far apart the growth rates are, target ÷ basis − 1):", language) + "\n";
    text += "  A: " +
            say("spread {1}, standard deviation {2}", language,
                {percent(c.first_fairness.spread), percent(c.first_fairness.deviation)}) +
            "\n";
    text +=
        "  B: " + say("spread {1}, standard deviation {2}", language,
                      {percent(c.second_fairness.spread), percent(c.second_fairness.deviation)});
    return text;
}

} // namespace allot::commands
