// ALLOT.KPI: Calc's ranges into the engine's driver tree; every node's
// target comes back in the shape of the ids.
#include "calls.hpp"

#include <allot/kpi.hpp>

namespace allot::addin {
namespace {

// Optional per-node numbers (the first `items`); an entirely blank range is
// the same as none.
std::vector<std::optional<double>> per_node(const Arguments& arguments, std::string_view name,
                                            std::size_t items) {
    if (!arguments.given(name))
        return {};
    Cells cells = arguments.cells(name, items);
    return all_blank(cells) ? std::vector<std::optional<double>>{} : std::move(cells.values);
}

} // namespace

Result call_kpi(Arguments& arguments) {
    KpiRequest request;
    request.target = arguments.number("target");
    // A row blank in every per-node argument has a blank id, which the
    // engine refuses (naming the first): of the blank rows after the last
    // node (most of a whole column) only that first one is read.
    const std::size_t items =
        arguments.items_in_use({"ids", "parents", "operators", "baselines", "efforts", "fixed"});
    Labels ids = arguments.labels("ids", items);
    request.ids = std::move(ids.values);
    request.parents = arguments.labels("parents", items).values;
    request.operators = arguments.labels("operators", items).values;
    request.baselines = arguments.cells("baselines", items).values;
    request.efforts = per_node(arguments, "efforts", items);
    request.fixed = per_node(arguments, "fixed", items);
    std::vector<double> values = kpi(request);
    values.resize(static_cast<std::size_t>(ids.rows) * static_cast<std::size_t>(ids.columns), 0.0);
    return grid_of(ids.rows, ids.columns, values);
}

} // namespace allot::addin
