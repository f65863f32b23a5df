// ALLOT.PACE, ALLOT.STATUS, ALLOT.COMMISSION and ALLOT.OKR: Calc's values
// into the engine's requests and back.
#include "calls.hpp"
#include "messages.hpp"

#include <allot/commission.hpp>
#include <allot/error.hpp>
#include <allot/okr.hpp>
#include <allot/tracking.hpp>

#include <algorithm>
#include <string>

namespace allot::addin {
namespace {

namespace uno = css::uno;

bool all_blank(const Cells& cells) {
    return std::none_of(cells.values.begin(), cells.values.end(),
                        [](const std::optional<double>& v) { return v.has_value(); });
}

// One value per key result: a single cell stands for all of them.
std::vector<std::optional<double>> per_key_result(const uno::Any& argument, std::string_view name,
                                                  std::size_t key_results) {
    Cells cells = cells_of(argument, name);
    if (cells.values.size() == 1 && key_results != 1)
        return std::vector<std::optional<double>>(key_results, cells.values.front());
    return std::move(cells.values);
}

} // namespace

double call_pace(const uno::Any& actual, const Cells& period_targets, const uno::Any& elapsed) {
    const double done = required_number(actual, "ALLOT.PACE", "actual");
    return pace(done, zero_if_blank(period_targets),
                required_number(elapsed, "ALLOT.PACE", "elapsed"));
}

std::string call_status(const uno::Any& attainment, const uno::Any& warn, const uno::Any& ok,
                        Language language) {
    const Status result = status(required_number(attainment, "ALLOT.STATUS", "attainment"),
                                 number_of(warn, "warn"), number_of(ok, "ok"));
    return translate(status_text(result), language);
}

double call_commission(const uno::Any& actual, const uno::Any& target, const Cells& thresholds,
                       const Cells& rates, const uno::Any& cap) {
    CommissionRequest request;
    request.actual = required_number(actual, "ALLOT.COMMISSION", "actual");
    request.target = required_number(target, "ALLOT.COMMISSION", "target");
    request.thresholds = zero_if_blank(thresholds);
    request.rates = zero_if_blank(rates);
    request.cap = number_of(cap, "cap");
    return commission(request);
}

double call_okr(const uno::Any& actual, const uno::Any& baseline, const uno::Any& target,
                const uno::Any& weights) {
    if (!actual.hasValue())
        throw Error(Problem::MissingArgument, {"ALLOT.OKR", "actual"});
    if (!target.hasValue())
        throw Error(Problem::MissingArgument, {"ALLOT.OKR", "target"});
    OkrRequest request;
    request.actual = cells_of(actual, "actuals").values;
    const std::size_t key_results = request.actual.size();
    request.baseline = per_key_result(baseline, "baselines", key_results);
    request.target = per_key_result(target, "targets", key_results);
    // An entirely blank weights range is the same as leaving it out.
    if (weights.hasValue() && !all_blank(cells_of(weights, "weights")))
        request.weights = per_key_result(weights, "weights", key_results);
    return okr(request);
}

} // namespace allot::addin
