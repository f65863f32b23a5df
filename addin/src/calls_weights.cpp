// ALLOT.WEIGHTS: factors (people × factors), factor weights and multipliers
// into one column of weights that add up to 1.
#include "calls.hpp"

#include <allot/error.hpp>
#include <allot/weights.hpp>

namespace allot::addin {

DoubleGrid call_weights(const Cells& factors, const css::uno::Any& factor_weights,
                        const css::uno::Any& multipliers) {
    WeightsRequest request;
    request.factors = factors.values;
    request.columns = static_cast<std::size_t>(factors.columns);
    if (!factor_weights.hasValue())
        throw Error(Problem::MissingArgument, {"ALLOT.WEIGHTS", "factor_weights"});
    request.factor_weights = cells_of(factor_weights, "factor_weights").values;
    if (multipliers.hasValue()) {
        Cells given = cells_of(multipliers, "multipliers");
        // One blank cell is "left out"; blanks inside a range mean 1.
        if (!(given.values.size() == 1 && !given.values.front()))
            request.multipliers = std::move(given.values);
    }
    const std::vector<double> result = weights(request);
    return grid_of(static_cast<sal_Int32>(result.size()), 1, result); // a column
}

} // namespace allot::addin
