// ALLOT.WEIGHTS (the README's "How each function decides"): each factor column becomes shares, the
// shares are blended by the normalised factor weights, scaled per person by the multipliers (tiers,
// ramp-up) and renormalised to add up to 1.
#include "allot/weights.hpp"

#include "allot/error.hpp"
#include "checks.hpp"
#include "compensated_sum.hpp"
#include "profile_shares.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace allot {

namespace {

std::string position(std::size_t index) {
    return std::to_string(index + 1);
}

// One value per item: the range as given, or a single cell repeated.
std::vector<std::optional<double>> per_item(const std::vector<std::optional<double>>& values,
                                            std::size_t items, Problem count_problem) {
    if (values.size() == items)
        return values;
    if (values.size() == 1)
        return std::vector<std::optional<double>>(items, values.front());
    throw Error(count_problem, {std::to_string(items), std::to_string(values.size())});
}

void check_finite(const std::vector<std::optional<double>>& values, WeightsArgument argument) {
    for (std::size_t i = 0; i < values.size(); ++i)
        detail::check_finite(values[i], argument, i);
}

} // namespace

std::vector<double> weights(const WeightsRequest& request) {
    const std::size_t columns = request.columns;
    if (columns == 0 || request.factors.empty())
        throw Error(Problem::WeightsEmptyFactors, {});
    if (request.factors.size() % columns != 0)
        throw std::invalid_argument("allot: the factors are not a whole number of rows");
    const std::size_t rows = request.factors.size() / columns;
    const auto factor_weights =
        per_item(request.factor_weights, columns, Problem::WeightsFactorWeightsCount);
    const auto multipliers =
        request.multipliers.empty()
            ? std::vector<std::optional<double>>(rows, std::nullopt)
            : per_item(request.multipliers, rows, Problem::WeightsMultipliersCount);
    check_finite(request.factors, WeightsArgument::factors);
    check_finite(factor_weights, WeightsArgument::factor_weights);
    check_finite(multipliers, WeightsArgument::multipliers);
    for (std::size_t i = 0; i < request.factors.size(); ++i)
        if (request.factors[i].value_or(0.0) < 0)
            throw Error(
                Problem::WeightsNegativeFactor,
                {position(i / columns), position(i % columns), format_number(*request.factors[i])});
    for (std::size_t j = 0; j < columns; ++j)
        if (factor_weights[j].value_or(0.0) < 0)
            throw Error(Problem::WeightsNegativeFactorWeight,
                        {position(j), format_number(*factor_weights[j])});
    for (std::size_t i = 0; i < rows; ++i)
        if (multipliers[i].value_or(1.0) < 0)
            throw Error(Problem::WeightsNegativeMultiplier,
                        {position(i), format_number(*multipliers[i])});

    auto factor = [&](std::size_t i, std::size_t j) {
        return static_cast<long double>(request.factors[i * columns + j].value_or(0.0));
    };
    std::vector<long double> blend(columns);
    for (std::size_t j = 0; j < columns; ++j)
        blend[j] = factor_weights[j].value_or(0.0);
    const long double weight_total = detail::compensated_sum(blend);
    if (!(weight_total > 0))
        throw Error(Problem::WeightsZeroFactorWeights, {});
    // blend_j = fw_j / (Σfw · Σ_i f_ij): the factor weight of a unit of column j.
    std::vector<long double> column(rows);
    for (std::size_t j = 0; j < columns; ++j) {
        if (blend[j] == 0)
            continue; // a column with no weight does not matter, even if empty
        for (std::size_t i = 0; i < rows; ++i)
            column[i] = factor(i, j);
        const long double total = detail::compensated_sum(column);
        if (!(total > 0))
            throw Error(Problem::WeightsZeroColumn, {position(j)});
        blend[j] = blend[j] / weight_total / total;
    }

    std::vector<long double> raw(rows);
    std::vector<long double> terms(columns);
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t j = 0; j < columns; ++j)
            terms[j] = blend[j] * factor(i, j);
        raw[i] = multipliers[i].value_or(1.0) * detail::compensated_sum(terms);
    }
    if (!(detail::compensated_sum(raw) > 0))
        throw Error(Problem::WeightsAllZero, {});
    return detail::shares_adding_to_one(raw);
}

} // namespace allot
