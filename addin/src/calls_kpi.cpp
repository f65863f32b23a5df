// ALLOT.KPI: Calc's ranges into the engine's driver tree; every node's
// target comes back in the shape of the ids.
#include "calls.hpp"

#include <allot/kpi.hpp>

namespace allot::addin {
namespace {

// Optional per-node numbers; an entirely blank range is the same as none.
std::vector<std::optional<double>> per_node(const Arguments& arguments, std::string_view name) {
    if (!arguments.given(name))
        return {};
    Cells cells = arguments.cells(name);
    return all_blank(cells) ? std::vector<std::optional<double>>{} : std::move(cells.values);
}

} // namespace

Result call_kpi(Arguments& arguments) {
    KpiRequest request;
    request.target = arguments.number("target");
    Labels ids = arguments.labels("ids");
    request.ids = std::move(ids.values);
    request.parents = arguments.labels("parents").values;
    request.operators = arguments.labels("operators").values;
    request.baselines = arguments.cells("baselines").values;
    request.efforts = per_node(arguments, "efforts");
    request.fixed = per_node(arguments, "fixed");
    return grid_of(ids.rows, ids.columns, kpi(request));
}

} // namespace allot::addin
