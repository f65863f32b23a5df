// Writes a plan that commands::plan_for decided onto a sheet: values,
// labels, array formulas, formulas filled down, cell styles and number
// formats, named ranges, the red-below-80 % conditional format and the chart.
// The caller holds the UndoStep: one Ctrl+Z takes all of it back.
#pragma once

#include "workbook.hpp"

#include <allot/commands/plan.hpp>

#include <optional>
#include <string>

namespace allot::addin {

// The plan's cells that already hold something: how many, the first such
// cell's name and what it shows; std::nullopt when all are empty.
struct Taken {
    sal_Int32 cells = 0;
    std::string first;
    std::string shows;
};
std::optional<Taken> first_taken(const Workbook& workbook, sal_Int16 sheet,
                                 const commands::Range& footprint);

// An array formula that covers some of the plan's cells and some outside
// them (which Calc cannot write over in part): a cell of it inside the plan
// and the array's range; std::nullopt when there is none.
std::optional<std::pair<std::string, std::string>>
array_across(const Workbook& workbook, sal_Int16 sheet, const commands::Range& footprint);

// Empties the plan's cells (values, text, formulas) before it writes over them.
void clear_cells(const Workbook& workbook, sal_Int16 sheet, const commands::Range& footprint);

void write_plan(const Workbook& workbook, sal_Int16 sheet, const commands::Plan& plan,
                const commands::Language& language);

// The index of a sheet by name, or -1.
sal_Int16 sheet_index(const Workbook& workbook, const std::string& name);

} // namespace allot::addin
