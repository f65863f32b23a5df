// ALLOT.PROFILE and ALLOT.WEIGHTS: shares from histories and factor tables.
// Promises checked: finite shares, each 0 or more, adding up to 1 (within a
// few ulps: the largest takes 1 minus the others).
#include "allot/profile.hpp"
#include "allot/weights.hpp"

#include "input.hpp"

namespace {

using namespace allot::fuzz;

void check(const char* function, const std::vector<double>& shares, std::size_t n) {
    if (shares.size() != n)
        broken(function, "wrong number of shares");
    check_finite(function, shares);
    long double sum = 0;
    for (double s : shares) {
        if (s < 0)
            broken(function, "a negative share");
        sum += s;
    }
    if (std::fabs(sum - 1) > 0x1p-50L)
        broken(function, "shares add up to " + std::to_string(static_cast<double>(sum)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const auto rows = in.ConsumeIntegralInRange<std::size_t>(0, 8);
    const auto columns = in.ConsumeIntegralInRange<std::size_t>(1, 8);
    const auto table = cells(in, rows * columns);
    if (in.ConsumeBool()) {
        allot::ProfileRequest p;
        p.history = table;
        p.periods = columns;
        p.method = in.ConsumeBool() ? allot::ProfileMethod::Average : allot::ProfileMethod::Pooled;
        guarded("profile", [&] { check("profile", allot::profile(p), columns); });
        guarded("profile", [&] { allot::profile_method(in.ConsumeRandomLengthString(12)); });
    } else {
        allot::WeightsRequest w;
        w.factors = table;
        w.columns = columns;
        w.factor_weights = in.ConsumeBool() ? cells(in, columns) : range(in, columns);
        if (in.ConsumeBool())
            w.multipliers = range(in, rows);
        guarded("weights", [&] { check("weights", allot::weights(w), rows); });
    }
    return 0;
}
