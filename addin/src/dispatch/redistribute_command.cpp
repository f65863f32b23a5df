// Redistribute… / 重新分配…: on a block of numbers, spread a new total over
// it (commands::redistribute decides, this writes); on a plan's formulas,
// change the plan's total input and let the plan recalculate.
#include "command.hpp"
#include "dialogs.hpp"

#include <allot/commands/formula.hpp>
#include <allot/commands/numbers.hpp>
#include <allot/commands/summary.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XFormulaQuery.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using commands::Block;
using commands::Entry;
using commands::Reason;
using commands::Refusal;
using css::table::CellRangeAddress;

// ---- the new total and how to spread it -------------------------------------

commands::TotalChange total_change(const std::string& typed) {
    const auto change = commands::parse_total_change(typed);
    if (!change)
        throw Refusal(Reason::UnreadableTotal, {typed});
    return *change;
}

commands::TotalChange total_argument(const Invocation& call) {
    const auto found = call.arguments.find("Total");
    if (found == call.arguments.end() || !found->second.hasValue())
        throw Refusal(Reason::MissingArgument, {"Total"});
    double number = 0.0;
    if (found->second >>= number)
        return {commands::TotalChange::Kind::Absolute, number};
    return total_change(call.text("Total").value_or(""));
}

double unit_argument(const Invocation& call, double otherwise) {
    const double unit = call.number("Unit").value_or(otherwise);
    if (unit < 0)
        throw Refusal(Reason::NegativeUnit, {commands::grouped(unit, 2)});
    return unit;
}

// ---- a block of plain numbers ------------------------------------------------

void write_values(const Workbook& workbook, const CellRangeAddress& at, const Block& block,
                  const commands::RedistributeResult& result, const commands::Language& language) {
    const auto range = workbook.cells(at);
    const sal_Int32 columns = at.EndColumn - at.StartColumn + 1;
    const sal_Int32 rows = at.EndRow - at.StartRow + 1;
    uno::Reference<css::frame::XModel> model(workbook.document(), uno::UNO_QUERY_THROW);
    UndoStep step(workbook, commands::say("Redistribute", language));
    model->lockControllers();
    try {
        // Undo of setDataArray does not clear a cell that was blank: give
        // such cells a value first, whose undo does.
        for (std::size_t i = 0; i < block.entries.size(); ++i)
            if (block.entries[i].kind == Entry::Kind::Blank && !result.blank[i])
                range
                    ->getCellByPosition(static_cast<sal_Int32>(i) % columns,
                                        static_cast<sal_Int32>(i) / columns)
                    ->setValue(0.0);
        uno::Sequence<uno::Sequence<uno::Any>> data(rows);
        auto* row_data = data.getArray();
        for (sal_Int32 row = 0; row < rows; ++row) {
            row_data[row].realloc(columns);
            auto* cell = row_data[row].getArray();
            for (sal_Int32 column = 0; column < columns; ++column) {
                const auto i = static_cast<std::size_t>(row * columns + column);
                cell[column] =
                    result.blank[i] ? uno::Any(rtl::OUString()) : uno::Any(result.values[i]);
            }
        }
        uno::Reference<css::sheet::XCellRangeData>(range, uno::UNO_QUERY_THROW)->setDataArray(data);
    } catch (...) {
        model->unlockControllers();
        throw;
    }
    model->unlockControllers();
}

Outcome redistribute_block(Invocation& call, const CellRangeAddress& at, Block block) {
    commands::RedistributeRequest request;
    request.held = call.workbook.held(at);
    request.block = std::move(block);
    if (call.interactive) {
        RedistributeFacts facts;
        facts.range = request.block.area.range();
        facts.cells = request.block.area.cells();
        facts.held = static_cast<int>(std::count(request.held.begin(), request.held.end(), true));
        for (const Entry& entry : request.block.entries)
            facts.current_total += entry.value;
        const auto choices = ask_redistribute(call, facts);
        if (!choices)
            return {Outcome::Status::Cancelled, {}, {}};
        request.total = total_change(choices->total);
        request.unit = choices->unit;
        request.basis = choices->basis;
        if (request.basis == commands::Basis::Range)
            request.basis_block = call.workbook.block(call.workbook.range(choices->basis_range));
        request.closed_periods = choices->closed_periods;
        request.periods_in_rows = choices->periods_in_rows;
    } else {
        request.total = total_argument(call);
        request.unit = unit_argument(call, 1.0);
        const std::string basis = call.text("Basis").value_or("current");
        std::string lower = basis;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (lower == "current") {
            request.basis = commands::Basis::Current;
        } else if (lower == "equal") {
            request.basis = commands::Basis::Equal;
        } else {
            request.basis = commands::Basis::Range;
            request.basis_block = call.workbook.block(call.workbook.range(basis));
        }
        const double closed = call.number("ClosedPeriods").value_or(0.0);
        if (closed < 0 || closed != std::floor(closed) || closed > 1e6)
            throw Refusal(Reason::BadArgument, {"ClosedPeriods", commands::grouped(closed, 2)});
        request.closed_periods = static_cast<int>(closed);
        request.periods_in_rows = call.flag("PeriodsInRows").value_or(false);
    }
    const auto result = commands::redistribute(request);
    write_values(call.workbook, at, request.block, result, call.language);

    const commands::Summary summary =
        commands::summary_of(result, request.block.area, request.unit);
    Outcome outcome{Outcome::Status::Done, commands::describe(summary, call.language), {}};
    outcome.add("Range", uno::Any(ustring(request.block.area.range())));
    outcome.add("Cells", uno::Any(static_cast<sal_Int32>(summary.cells)));
    outcome.add("Changed", uno::Any(static_cast<sal_Int32>(summary.changed)));
    outcome.add("Held", uno::Any(static_cast<sal_Int32>(summary.held)));
    outcome.add("Before", uno::Any(summary.before));
    outcome.add("Total", uno::Any(summary.total));
    outcome.add("Sum", uno::Any(summary.after));
    outcome.add("AddsUp", uno::Any(summary.adds_up));
    return outcome;
}

// ---- a plan: formulas that depend on a total ----------------------------------

struct NamedCell {
    std::string name;
    CellRangeAddress at;
};

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool contains(const uno::Sequence<CellRangeAddress>& ranges, const CellRangeAddress& cell) {
    for (const CellRangeAddress& range : ranges)
        if (range.Sheet == cell.Sheet && range.StartColumn <= cell.StartColumn &&
            cell.EndColumn <= range.EndColumn && range.StartRow <= cell.StartRow &&
            cell.EndRow <= range.EndRow)
            return true;
    return false;
}

// The document's named ranges that are one cell.
std::vector<NamedCell> named_cells(const Workbook& workbook) {
    std::vector<NamedCell> cells;
    uno::Reference<css::beans::XPropertySet> properties(workbook.document(), uno::UNO_QUERY_THROW);
    uno::Reference<css::sheet::XNamedRanges> names(properties->getPropertyValue("NamedRanges"),
                                                   uno::UNO_QUERY_THROW);
    for (const rtl::OUString& name : names->getElementNames()) {
        try {
            uno::Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(name),
                                                                    uno::UNO_QUERY_THROW);
            uno::Reference<css::sheet::XCellRangeAddressable> range(referrer->getReferredCells(),
                                                                    uno::UNO_QUERY);
            if (!range.is())
                continue;
            const CellRangeAddress at = range->getRangeAddress();
            if (at.StartColumn == at.EndColumn && at.StartRow == at.EndRow)
                cells.push_back({utf8(name), at});
        } catch (const uno::Exception&) {
            // a name that is a formula, not a range
        }
    }
    return cells;
}

// A plan's total input: "AnnualTarget", or a name ending in "Total".
bool names_a_total(const std::string& name) {
    const std::string key = lower(name);
    return key == "annualtarget" || key.ends_with("total");
}

bool names_a_unit(const std::string& name) {
    const std::string key = lower(name);
    return key == "unit" || key.ends_with("_unit");
}

struct PlanInputs {
    CellRangeAddress total;
    std::string total_label; // "AnnualTarget (B3)"
    double unit = 1.0;
};

PlanInputs plan_inputs(const Invocation& call, const CellRangeAddress& outputs,
                       const Block& block) {
    const Workbook& workbook = call.workbook;
    const auto range = workbook.cells(outputs);
    // The constant numbers the formulas depend on, however indirectly.
    const auto precedents = uno::Reference<css::sheet::XFormulaQuery>(range, uno::UNO_QUERY_THROW)
                                ->queryPrecedents(true);
    const auto constants =
        uno::Reference<css::sheet::XCellRangesQuery>(precedents, uno::UNO_QUERY_THROW)
            ->queryContentCells(css::sheet::CellFlags::VALUE)
            ->getRangeAddresses();
    PlanInputs inputs;
    const auto label = [&](const std::string& name, const CellRangeAddress& at) {
        const std::string cell =
            workbook.cell_name(at.Sheet, at.StartColumn, at.StartRow, outputs.Sheet);
        return name.empty() ? cell : name + " (" + cell + ")";
    };
    std::vector<NamedCell> totals;
    for (const NamedCell& named : named_cells(workbook)) {
        if (!contains(constants, named.at))
            continue;
        if (names_a_total(named.name))
            totals.push_back(named);
        else if (names_a_unit(named.name))
            inputs.unit = workbook.cells(named.at)->getCellByPosition(0, 0)->getValue();
    }
    if (const auto given = call.text("TotalCell")) {
        inputs.total = workbook.range(*given);
        inputs.total_label = label(*given, inputs.total);
        return inputs;
    }
    if (totals.size() == 1) {
        inputs.total = totals.front().at;
        inputs.total_label = label(totals.front().name, inputs.total);
        return inputs;
    }
    if (totals.size() > 1) {
        std::string list;
        for (const NamedCell& named : totals)
            list += (list.empty() ? "" : ", ") + label(named.name, named.at);
        throw Refusal(Reason::SeveralPlanTotals, {list});
    }
    // No name says "total": the one constant the outputs add up to.
    double sum = 0.0;
    for (const Entry& entry : block.entries)
        sum += entry.value;
    std::vector<CellRangeAddress> matches;
    for (const CellRangeAddress& part : constants) {
        const auto cells = workbook.cells(part);
        for (sal_Int32 row = 0; row <= part.EndRow - part.StartRow; ++row)
            for (sal_Int32 column = 0; column <= part.EndColumn - part.StartColumn; ++column)
                if (commands::adds_up(sum, cells->getCellByPosition(column, row)->getValue(), 0))
                    matches.push_back({part.Sheet, part.StartColumn + column, part.StartRow + row,
                                       part.StartColumn + column, part.StartRow + row});
    }
    if (matches.size() != 1)
        throw Refusal(Reason::NoPlanTotal);
    inputs.total = matches.front();
    inputs.total_label = label("", inputs.total);
    return inputs;
}

// Held outputs of a plan stay as they are through the plan's own holds: the
// `fixed` range of the ALLOT.SPLIT that computes them gets their values.
void hold_outputs(const Invocation& call, const CellRangeAddress& outputs, const Block& block,
                  const std::vector<bool>& held) {
    const Workbook& workbook = call.workbook;
    const auto sheet = workbook.sheet(outputs.Sheet);
    for (std::size_t i = 0; i < held.size(); ++i) {
        if (!held[i] || block.entries[i].kind != Entry::Kind::Formula)
            continue;
        const sal_Int32 column =
            outputs.StartColumn + static_cast<sal_Int32>(i) % block.area.columns;
        const sal_Int32 row = outputs.StartRow + static_cast<sal_Int32>(i) / block.area.columns;
        const std::string held_name = workbook.cell_name(outputs.Sheet, column, row, outputs.Sheet);
        // The array the cell belongs to, and the SPLIT's holds range.
        auto cursor = sheet->createCursorByRange(uno::Reference<css::sheet::XSheetCellRange>(
            sheet->getCellRangeByPosition(column, row, column, row), uno::UNO_QUERY_THROW));
        cursor->collapseToCurrentArray();
        const CellRangeAddress array =
            uno::Reference<css::sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                ->getRangeAddress();
        const std::string array_name =
            workbook.cell_name(outputs.Sheet, array.StartColumn, array.StartRow, outputs.Sheet);
        const auto calls = commands::allot_calls(block.entries[i].text);
        const auto split =
            std::find_if(calls.begin(), calls.end(),
                         [](const commands::AllotCall& c) { return c.function == "split"; });
        if (split == calls.end() || split->arguments.size() < 6 || split->arguments[5].empty())
            throw Refusal(Reason::PlanWithoutHolds, {array_name, held_name});
        const CellRangeAddress fixed = workbook.range(split->arguments[5]);
        const sal_Int32 offset_column = column - array.StartColumn;
        const sal_Int32 offset_row = row - array.StartRow;
        if (fixed.EndColumn - fixed.StartColumn != array.EndColumn - array.StartColumn ||
            fixed.EndRow - fixed.StartRow != array.EndRow - array.StartRow)
            throw Refusal(Reason::PlanWithoutHolds, {array_name, held_name});
        const auto target = workbook.cells(fixed)->getCellByPosition(offset_column, offset_row);
        const double value = block.entries[i].value;
        const std::string target_name =
            workbook.cell_name(fixed.Sheet, fixed.StartColumn + offset_column,
                               fixed.StartRow + offset_row, outputs.Sheet);
        if (target->getType() == css::table::CellContentType_EMPTY)
            target->setValue(value);
        else if (target->getType() != css::table::CellContentType_VALUE ||
                 target->getValue() != value)
            throw Refusal(Reason::PlanHoldTaken,
                          {target_name, utf8(target->getFormula()), commands::grouped(value, 2)});
    }
}

// The plan's check cells: named ranges whose name says "check", one cell each.
std::vector<std::pair<std::string, bool>> plan_checks(const Workbook& workbook) {
    std::vector<std::pair<std::string, bool>> checks;
    for (const NamedCell& named : named_cells(workbook)) {
        if (lower(named.name).find("check") == std::string::npos)
            continue;
        const auto cell = workbook.cells(named.at)->getCellByPosition(0, 0);
        checks.emplace_back(named.name, cell->getError() == 0 && cell->getValue() == 1.0);
    }
    return checks;
}

Outcome redistribute_plan(Invocation& call, const CellRangeAddress& outputs, const Block& block) {
    const Workbook& workbook = call.workbook;
    const PlanInputs inputs = plan_inputs(call, outputs, block);
    const auto total_cell = workbook.cells(inputs.total)->getCellByPosition(0, 0);
    const double current = total_cell->getValue();
    double unit = unit_argument(call, inputs.unit);
    commands::TotalChange change;
    if (call.interactive) {
        RedistributeFacts facts;
        facts.range = block.area.range();
        facts.total_cell = inputs.total_label;
        facts.cells = block.area.cells();
        facts.current_total = current;
        facts.unit = unit;
        const auto held = workbook.held(outputs);
        facts.held = static_cast<int>(std::count(held.begin(), held.end(), true));
        const auto choices = ask_redistribute(call, facts);
        if (!choices)
            return {Outcome::Status::Cancelled, {}, {}};
        change = total_change(choices->total);
    } else {
        change = total_argument(call);
    }
    double total = change.applied_to(current);
    if (change.kind != commands::TotalChange::Kind::Absolute &&
        change.kind != commands::TotalChange::Kind::Add && unit > 0)
        total = std::round(total / unit) * unit;
    if (!std::isfinite(total))
        throw Refusal(Reason::UnreadableTotal, {commands::grouped(total, 0)});

    const auto held = workbook.held(outputs);
    double before = 0.0;
    for (const Entry& entry : block.entries)
        before += entry.value;
    {
        UndoStep step(workbook, commands::say("Redistribute", call.language));
        hold_outputs(call, outputs, block, held);
        total_cell->setValue(total);
    }
    workbook.recalculate_if_manual();

    const Block after = workbook.block(outputs);
    commands::Summary summary;
    summary.range = block.area.range();
    summary.total_cell = inputs.total_label;
    summary.unit = unit;
    summary.before = before;
    summary.total = total;
    summary.cells = block.area.cells();
    std::vector<commands::NamedChange> changes;
    for (std::size_t i = 0; i < after.entries.size(); ++i) {
        summary.after += after.entries[i].value;
        if (held[i])
            ++summary.held;
        if (after.entries[i].value != block.entries[i].value) {
            ++summary.changed;
            changes.push_back({block.area.cell(static_cast<int>(i)), block.entries[i].value,
                               after.entries[i].value});
        }
    }
    // The outputs were the split of the old total: they must be of the new one.
    summary.adds_up = commands::adds_up(summary.after, total, unit);
    std::stable_sort(changes.begin(), changes.end(), [](const auto& a, const auto& b) {
        return std::fabs(a.after - a.before) > std::fabs(b.after - b.before);
    });
    changes.resize(std::min<std::size_t>(changes.size(), 5));
    summary.largest = changes;
    summary.checks = plan_checks(workbook);

    Outcome outcome{Outcome::Status::Done, commands::describe(summary, call.language), {}};
    outcome.add("Range", uno::Any(ustring(summary.range)));
    outcome.add("TotalCell", uno::Any(ustring(inputs.total_label)));
    outcome.add("Cells", uno::Any(static_cast<sal_Int32>(summary.cells)));
    outcome.add("Changed", uno::Any(static_cast<sal_Int32>(summary.changed)));
    outcome.add("Held", uno::Any(static_cast<sal_Int32>(summary.held)));
    outcome.add("Before", uno::Any(before));
    outcome.add("Total", uno::Any(total));
    outcome.add("Sum", uno::Any(summary.after));
    outcome.add("AddsUp", uno::Any(summary.adds_up));
    bool checks_hold = true;
    for (const auto& check : summary.checks)
        checks_hold = checks_hold && check.second;
    outcome.add("ChecksHold", uno::Any(checks_hold));
    return outcome;
}

// A plan's outputs: formulas only (blanks aside).
bool is_plan(const Block& block) {
    bool formulas = false;
    for (const Entry& entry : block.entries) {
        if (entry.kind == Entry::Kind::Number || entry.kind == Entry::Kind::Text)
            return false;
        formulas = formulas || entry.kind == Entry::Kind::Formula;
    }
    return formulas;
}

} // namespace

Outcome redistribute(Invocation& call) {
    CellRangeAddress at;
    if (const auto given = call.text("Range")) {
        at = call.workbook.range(*given);
    } else {
        const auto selected = call.workbook.selection();
        if (selected.empty())
            throw Refusal(Reason::EmptySelection);
        if (selected.size() > 1)
            throw Refusal(Reason::NotOneBlock);
        at = selected.front();
    }
    // A whole column or row selected: only its used part is the block.
    at = call.workbook.used_part(at);
    if (at.EndRow < at.StartRow || at.EndColumn < at.StartColumn)
        throw Refusal(Reason::EmptySelection);
    Block block = call.workbook.block(at);
    if (is_plan(block))
        return redistribute_plan(call, at, block);
    return redistribute_block(call, at, std::move(block));
}

} // namespace allot::addin
