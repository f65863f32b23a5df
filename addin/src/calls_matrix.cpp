// ALLOT.MATRIX: Calc's ranges into the engine's request; the grid comes
// back shaped like the seed. Each set of totals is a row or a column.
#include "calls.hpp"

#include <allot/matrix.hpp>

namespace allot::addin {

Result call_matrix(Arguments& arguments) {
    Cells row_totals = arguments.cells("row_totals");
    arguments.require_line("row_totals", row_totals);
    Cells column_totals = arguments.cells("column_totals");
    arguments.require_line("column_totals", column_totals);
    Cells seed = arguments.cells("seed");
    MatrixRequest request;
    request.row_totals = std::move(row_totals.values); // blank totals are 0
    request.column_totals = std::move(column_totals.values);
    request.rows = static_cast<std::size_t>(seed.rows);
    request.columns = static_cast<std::size_t>(seed.columns);
    request.seed = std::move(seed.values); // blank cells are 0
    request.unit = unit_of(arguments);
    return grid_of(seed.rows, seed.columns, matrix(request));
}

} // namespace allot::addin
