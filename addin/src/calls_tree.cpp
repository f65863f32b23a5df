// ALLOT.TREE: Calc's ranges into the engine's forest; every node's value
// comes back in the shape of the ids.
#include "calls.hpp"

#include <allot/tree.hpp>

namespace allot::addin {

Result call_tree(Arguments& arguments) {
    TreeRequest request;
    request.total = arguments.number("total");
    // Rows blank in ids, parents and weights alike are room for more nodes,
    // skipped and given 0: of the blank rows after the last node (most of
    // a whole column) one is read, the rest get 0 here.
    const std::size_t items = arguments.items_in_use({"ids", "parents", "weights"});
    Labels ids = arguments.labels("ids", items);
    request.ids = std::move(ids.values);
    request.parents = arguments.labels("parents", items).values;
    // Blank: an inner node's leaves decide.
    request.weights = arguments.cells("weights", items).values;
    request.unit = unit_of(arguments);
    std::vector<double> values = tree(request);
    values.resize(static_cast<std::size_t>(ids.rows) * static_cast<std::size_t>(ids.columns), 0.0);
    return grid_of(ids.rows, ids.columns, values);
}

} // namespace allot::addin
