// ALLOT.PROFILE: a block of history (years × periods) into one row of shares.
#include "calls.hpp"

#include <allot/error.hpp>
#include <allot/profile.hpp>

#include <string>

namespace allot::addin {

DoubleGrid call_profile(const Cells& history, const css::uno::Any& method) {
    ProfileRequest request;
    request.history = history.values; // blank cells stay blank: a blank year is skipped
    request.periods = static_cast<std::size_t>(history.columns);
    if (const std::optional<std::string> name = text_of(method, "method"))
        request.method = profile_method(*name);
    const std::vector<double> shares = profile(request);
    return grid_of(1, static_cast<sal_Int32>(shares.size()), shares);
}

} // namespace allot::addin
