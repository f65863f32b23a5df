// ALLOT.PROFILE: a block of history (years × periods) into one row of shares.
#include "calls.hpp"

#include <allot/profile.hpp>

namespace allot::addin {

Result call_profile(Arguments& arguments) {
    Cells history = arguments.cells("history");
    ProfileRequest request;
    request.history = std::move(history.values); // blank cells stay blank: a blank year is skipped
    request.periods = static_cast<std::size_t>(history.columns);
    if (const std::optional<std::string> name = arguments.text("method"))
        request.method = profile_method(*name);
    const std::vector<double> shares = profile(request);
    return grid_of(1, static_cast<sal_Int32>(shares.size()), shares);
}

} // namespace allot::addin
