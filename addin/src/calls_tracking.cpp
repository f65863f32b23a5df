// ALLOT.PACE, ALLOT.STATUS, ALLOT.COMMISSION and ALLOT.OKR: Calc's values
// into the engine's requests and back.
#include "calls.hpp"

#include <allot/commission.hpp>
#include <allot/okr.hpp>
#include <allot/tracking.hpp>

namespace allot::addin {
namespace {

// One value per key result: a single cell stands for all of them.
std::vector<std::optional<double>> per_key_result(const Arguments& arguments, std::string_view name,
                                                  std::size_t key_results) {
    Cells cells = arguments.cells(name);
    if (cells.values.size() == 1 && key_results != 1)
        return std::vector<std::optional<double>>(key_results, cells.values.front());
    return std::move(cells.values);
}

} // namespace

Result call_pace(Arguments& arguments) {
    const double actual = arguments.number("actual");
    const std::vector<double> period_targets = zero_if_blank(arguments.cells("period_targets"));
    return pace(actual, period_targets, arguments.number("elapsed"));
}

// The text in the office's language: the engine's English status texts are msgids.
Result call_status(Arguments& arguments) {
    const Status result = status(arguments.number("attainment"), arguments.optional_number("warn"),
                                 arguments.optional_number("ok"));
    return translate(status_text(result), arguments.language());
}

Result call_commission(Arguments& arguments) {
    CommissionRequest request;
    request.actual = arguments.number("actual");
    request.target = arguments.number("target");
    request.thresholds = zero_if_blank(arguments.cells("thresholds"));
    request.rates = zero_if_blank(arguments.cells("rates"));
    request.cap = arguments.optional_number("cap");
    return commission(request);
}

Result call_okr(Arguments& arguments) {
    OkrRequest request;
    request.actual = arguments.cells("actual").values;
    const std::size_t key_results = request.actual.size();
    request.baseline = per_key_result(arguments, "baseline", key_results);
    request.target = per_key_result(arguments, "target", key_results);
    // An entirely blank weights range is the same as leaving it out.
    if (arguments.given("weights") && !all_blank(arguments.cells("weights")))
        request.weights = per_key_result(arguments, "weights", key_results);
    return okr(request);
}

} // namespace allot::addin
