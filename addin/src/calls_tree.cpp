// ALLOT.TREE: Calc's ranges into the engine's forest; every node's value
// comes back in the shape of the ids.
#include "calls.hpp"

#include <allot/error.hpp>
#include <allot/tree.hpp>

namespace allot::addin {

DoubleGrid call_tree(const css::uno::Any& total, const Labels& ids, const Labels& parents,
                     const Cells& weights, const css::uno::Any& unit) {
    TreeRequest request;
    request.total = required_number(total, "ALLOT.TREE", "total");
    request.ids = ids.values;
    request.parents = parents.values;
    request.weights = weights.values; // blank stays blank: an inner node's leaves decide
    request.unit = number_of(unit, "unit").value_or(1.0);
    return grid_of(ids.rows, ids.columns, tree(request));
}

} // namespace allot::addin
