// ALLOT.WEIGHTS: factors (people × factors), factor weights and multipliers
// into one column of weights that add up to 1.
#include "calls.hpp"

#include <allot/weights.hpp>

namespace allot::addin {

Result call_weights(Arguments& arguments) {
    Cells factors = arguments.cells("factors");
    WeightsRequest request;
    request.factors = std::move(factors.values);
    request.columns = static_cast<std::size_t>(factors.columns);
    request.factor_weights = arguments.cells("factor_weights").values;
    if (arguments.given("multipliers")) {
        Cells given = arguments.cells("multipliers");
        // One blank cell is "left out"; blanks inside a range mean 1.
        if (!(given.values.size() == 1 && !given.values.front()))
            request.multipliers = std::move(given.values);
    }
    const std::vector<double> result = weights(request);
    return grid_of(static_cast<sal_Int32>(result.size()), 1, result); // a column
}

} // namespace allot::addin
