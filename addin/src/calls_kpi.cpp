// ALLOT.KPI: Calc's ranges into the engine's driver tree; every node's
// target comes back in the shape of the ids.
#include "calls.hpp"

#include <allot/error.hpp>
#include <allot/kpi.hpp>

#include <algorithm>
#include <string>

namespace allot::addin {
namespace {

namespace uno = css::uno;

// Optional per-node numbers; an entirely blank range is the same as none.
std::vector<std::optional<double>> per_node(const uno::Any& argument, std::string_view name) {
    if (!argument.hasValue())
        return {};
    Cells cells = cells_of(argument, name);
    const bool blank = std::none_of(cells.values.begin(), cells.values.end(),
                                    [](const std::optional<double>& v) { return v.has_value(); });
    return blank ? std::vector<std::optional<double>>{} : std::move(cells.values);
}

} // namespace

DoubleGrid call_kpi(const uno::Any& target, const Labels& ids, const Labels& parents,
                    const Labels& operators, const Cells& baselines, const uno::Any& efforts,
                    const uno::Any& fixed) {
    KpiRequest request;
    request.target = required_number(target, "ALLOT.KPI", "target");
    request.ids = ids.values;
    request.parents = parents.values;
    request.operators = operators.values;
    request.baselines = baselines.values;
    request.efforts = per_node(efforts, "efforts");
    request.fixed = per_node(fixed, "fixed");
    const std::vector<double> targets = kpi(request);
    return grid_of(ids.rows, ids.columns, targets);
}

} // namespace allot::addin
