// ALLOT.SPLIT: Calc's values into the engine's request; the parts come back
// in the shape of the weights.
#include "calls.hpp"

#include <allot/split.hpp>

namespace allot::addin {

Result call_split(Arguments& arguments) {
    SplitRequest request;
    request.total = arguments.number("total");
    Numbers weights = arguments.numbers("weights"); // a blank weight is 0
    request.weights = std::move(weights.values);
    request.unit = unit_of(arguments);
    const std::size_t items = request.weights.size();
    request.minimums = arguments.per_item("minimums", items, "weights");
    request.maximums = arguments.per_item("maximums", items, "weights");
    request.fixed = arguments.per_item("fixed", items, "weights");
    return grid_of(weights.rows, weights.columns, split(request));
}

} // namespace allot::addin
