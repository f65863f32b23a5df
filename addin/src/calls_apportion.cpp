// ALLOT.APPORTION: Calc's values into the engine's request and back, in the
// shape of the sizes range.
#include "calls.hpp"

#include <allot/apportion.hpp>

namespace allot::addin {

Result call_apportion(Arguments& arguments) {
    ApportionRequest request;
    request.count = arguments.number("count");
    const Cells sizes = arguments.cells("sizes");
    request.sizes = zero_if_blank(sizes); // a blank size is 0: only the minimum
    if (const std::optional<std::string> name = arguments.text("method"))
        request.method = apportion_method(*name);
    request.minimum = arguments.optional_number("minimum").value_or(0.0);
    const std::vector<std::int64_t> counts = apportion(request);
    // Counts are at most 2^53: exact as doubles.
    return grid_of(sizes.rows, sizes.columns, std::vector<double>(counts.begin(), counts.end()));
}

} // namespace allot::addin
