#include "calls_limits.hpp"

#include "arguments.hpp"
#include "call_error.hpp"

#include <cppu/unotype.hxx>

#include <string>

namespace allot::addin {

void check_range_sizes(std::span<const css::uno::Any> given) {
    for (std::size_t position = 0; position < given.size(); ++position) {
        const css::uno::Any& argument = given[position];
        if (argument.getValueType() != cppu::UnoType<AnyGrid>::get())
            continue;
        const auto& grid = *static_cast<const AnyGrid*>(argument.getValue());
        const auto rows = static_cast<std::size_t>(grid.getLength());
        const auto columns = rows > 0 ? static_cast<std::size_t>(grid[0].getLength()) : 0;
        if (rows * columns > cell_limit)
            throw CallError(CallProblem::TooManyCells,
                            {std::to_string(rows * columns), std::to_string(cell_limit)}, position);
    }
}

} // namespace allot::addin
