// ALLOT.APPORTION: Calc's values into the engine's request and back, in the
// shape of the sizes range.
#include "calls.hpp"

#include <allot/apportion.hpp>
#include <allot/error.hpp>

#include <string>

namespace allot::addin {

DoubleGrid call_apportion(const css::uno::Any& count, const Cells& sizes,
                          const css::uno::Any& method, const css::uno::Any& minimum) {
    ApportionRequest request;
    request.count = required_number(count, "ALLOT.APPORTION", "count");
    request.sizes = zero_if_blank(sizes); // a blank size is 0: only the minimum
    if (const std::optional<std::string> name = text_of(method, "method"))
        request.method = apportion_method(*name);
    request.minimum = number_of(minimum, "minimum").value_or(0.0);
    const std::vector<std::int64_t> counts = apportion(request);
    // Counts are at most 2^53: exact as doubles.
    return grid_of(sizes.rows, sizes.columns, std::vector<double>(counts.begin(), counts.end()));
}

} // namespace allot::addin
