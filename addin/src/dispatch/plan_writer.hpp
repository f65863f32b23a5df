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

// The plan's cells that already hold something: the first such cell's name
// and what it shows, or std::nullopt when all are empty.
std::optional<std::pair<std::string, std::string>>
first_taken(const Workbook& workbook, sal_Int16 sheet, const commands::Range& footprint);

void write_plan(const Workbook& workbook, sal_Int16 sheet, const commands::Plan& plan,
                const commands::Language& language);

// The index of a sheet by name, or -1.
sal_Int16 sheet_index(const Workbook& workbook, const std::string& name);

} // namespace allot::addin
