// ALLOT.TREE: Calc's ranges into the engine's forest; every node's value
// comes back in the shape of the ids.
#include "calls.hpp"

#include <allot/tree.hpp>

namespace allot::addin {

Result call_tree(Arguments& arguments) {
    TreeRequest request;
    request.total = arguments.number("total");
    Labels ids = arguments.labels("ids");
    request.ids = std::move(ids.values);
    request.parents = arguments.labels("parents").values;
    request.weights = arguments.cells("weights").values; // blank: an inner node's leaves decide
    request.unit = unit_of(arguments);
    return grid_of(ids.rows, ids.columns, tree(request));
}

} // namespace allot::addin
