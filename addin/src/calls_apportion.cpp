// ALLOT.APPORTION: Calc's values into the engine's request and back, in the
// shape of the sizes range.
#include "calls.hpp"

#include <allot/apportion.hpp>

namespace allot::addin {

Result call_apportion(Arguments& arguments) {
    ApportionRequest request;
    request.count = arguments.number("count");
    Numbers sizes = arguments.numbers("sizes"); // a blank size is 0: only the minimum
    request.sizes = std::move(sizes.values);
    if (const std::optional<std::string> name = arguments.text("method"))
        request.method = apportion_method(*name);
    request.minimum = arguments.optional_number("minimum").value_or(0.0);
    const std::vector<std::int64_t> counts = apportion(request);
    // Counts are at most 2^53: exact as doubles.
    return grid_of(sizes.rows, sizes.columns, std::vector<double>(counts.begin(), counts.end()));
}

} // namespace allot::addin
