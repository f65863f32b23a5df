// ALLOT.MATRIX: Calc's ranges into the engine's request; the grid comes
// back shaped like the seed. Each set of totals is a row or a column.
#include "calls.hpp"

#include <allot/error.hpp>
#include <allot/matrix.hpp>

#include <string>

namespace allot::addin {

DoubleGrid call_matrix(const Cells& row_totals, const Cells& column_totals, const Cells& seed,
                       const css::uno::Any& unit) {
    if (row_totals.rows > 1 && row_totals.columns > 1)
        throw Error(Problem::MatrixRowTotalsNotALine,
                    {std::to_string(row_totals.rows), std::to_string(row_totals.columns)});
    if (column_totals.rows > 1 && column_totals.columns > 1)
        throw Error(Problem::MatrixColumnTotalsNotALine,
                    {std::to_string(column_totals.rows), std::to_string(column_totals.columns)});
    MatrixRequest request;
    request.row_totals = row_totals.values; // blank totals are 0
    request.column_totals = column_totals.values;
    request.rows = static_cast<std::size_t>(seed.rows);
    request.columns = static_cast<std::size_t>(seed.columns);
    request.seed = seed.values; // blank cells are 0
    request.unit = number_of(unit, "unit").value_or(1.0);
    return grid_of(seed.rows, seed.columns, matrix(request));
}

} // namespace allot::addin
