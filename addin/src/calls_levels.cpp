// ALLOT.LEVELS: Calc's values into the engine's request; the three columns
// (floor, target, stretch) beside a column of targets, or three rows under
// a row of them.
#include "calls.hpp"

#include <allot/levels.hpp>

namespace allot::addin {

Result call_levels(Arguments& arguments) {
    const Cells targets = arguments.cells("targets");
    arguments.require_line("targets", targets);
    LevelsRequest request;
    request.targets = zero_if_blank(targets);
    request.floor_ratio = arguments.number("floor_ratio");
    request.stretch_ratio = arguments.number("stretch_ratio");
    request.unit = unit_of(arguments);
    const Levels result = levels(request);

    const std::vector<double>* columns[] = {&result.floor, &result.target, &result.stretch};
    const auto n = static_cast<sal_Int32>(request.targets.size());
    // A row of targets (more than one cell) gives three rows; otherwise three columns.
    const bool across = targets.rows == 1 && targets.columns > 1;
    DoubleGrid grid(across ? 3 : n);
    auto* rows = grid.getArray();
    for (sal_Int32 r = 0; r < grid.getLength(); ++r) {
        rows[r].realloc(across ? n : 3);
        double* row = rows[r].getArray();
        for (sal_Int32 c = 0; c < rows[r].getLength(); ++c)
            row[c] = across ? (*columns[r])[static_cast<std::size_t>(c)]
                            : (*columns[c])[static_cast<std::size_t>(r)];
    }
    return grid;
}

} // namespace allot::addin
