// Decompose… / 分解目标… (the target wizard): reads what the plan is made
// from, lets commands::plan_for decide the plan, and writes it — a new sheet
// by default — in one undo step. From the menu the wizard dialog asks; a
// macro passes Total, InputRange, Method, Unit, Output and the method's own
// arguments (the README's Decompose section lists them).
#include "command.hpp"
#include "dialogs.hpp"
#include "plan_writer.hpp"

#include <allot/commands/compare.hpp>
#include <allot/commands/numbers.hpp>
#include <allot/commands/plan.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <charconv>
#include <cmath>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using commands::Entry;
using commands::Method;
using commands::Range;
using commands::Reason;
using commands::Refusal;
using css::table::CellRangeAddress;

constexpr int chart_rows_by_default = 200;

Range range_of(const Workbook& workbook, const CellRangeAddress& at) {
    const commands::Area area = workbook.area(at);
    return {area.sheet, area.column, area.row, area.columns, area.rows};
}

CellRangeAddress address_of(sal_Int16 sheet, const Range& range) {
    return CellRangeAddress(sheet, range.column, range.row, range.column + range.columns - 1,
                            range.row + range.rows - 1);
}

// The numbers of a range in reading order; text is a refusal naming the cell.
std::vector<double> numbers_of(const Workbook& workbook, const CellRangeAddress& at) {
    const commands::Block block = workbook.block(at);
    std::vector<double> values;
    for (std::size_t i = 0; i < block.entries.size(); ++i) {
        const Entry& entry = block.entries[i];
        if (entry.kind == Entry::Kind::Text)
            throw Refusal(
                Reason::TextInInput,
                {workbook.cell_name(
                     at.Sheet, block.area.column + static_cast<int>(i) % block.area.columns,
                     block.area.row + static_cast<int>(i) / block.area.columns, at.Sheet),
                 entry.text});
        values.push_back(entry.value);
    }
    return values;
}

std::vector<std::string> texts_of(const Workbook& workbook, const CellRangeAddress& at) {
    std::vector<std::string> texts;
    for (const Entry& entry : workbook.block(at).entries)
        texts.push_back(entry.kind == Entry::Kind::Text    ? entry.text
                        : entry.kind == Entry::Kind::Blank ? std::string()
                                                           : commands::grouped(entry.value, 0));
    return texts;
}

// Labels beside the input: the cells left of a column (above a row) when
// they hold text and no numbers.
std::optional<Range> labels_beside(const Workbook& workbook, const CellRangeAddress& input,
                                   bool above) {
    CellRangeAddress beside = input;
    if (above) {
        if (input.StartRow == 0)
            return std::nullopt;
        beside.StartRow = beside.EndRow = input.StartRow - 1;
    } else {
        if (input.StartColumn == 0)
            return std::nullopt;
        beside.StartColumn = beside.EndColumn = input.StartColumn - 1;
    }
    bool text = false;
    for (const Entry& entry : workbook.block(beside).entries) {
        if (entry.kind == Entry::Kind::Number || entry.kind == Entry::Kind::Formula)
            return std::nullopt;
        text = text || entry.kind == Entry::Kind::Text;
    }
    return text ? std::optional<Range>(range_of(workbook, beside)) : std::nullopt;
}

std::vector<double> list_of(const std::string& text, const char* name) {
    std::vector<double> values;
    std::string item;
    const auto flush = [&] {
        const auto first = item.find_first_not_of(' ');
        if (first == std::string::npos) {
            item.clear();
            return;
        }
        const std::string trimmed = item.substr(first, item.find_last_not_of(' ') - first + 1);
        double value = 0.0;
        const auto [end, error] =
            std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
        if (error != std::errc() || end != trimmed.data() + trimmed.size())
            throw Refusal(Reason::BadArgument, {name, text});
        values.push_back(value);
        item.clear();
    };
    for (char c : text) {
        if (c == ';' || c == ',' || c == '|')
            flush();
        else
            item += c;
    }
    flush();
    return values;
}

// A name no named range and no sheet uses yet: "Plan", "Plan_2", …
std::string free_name(const Workbook& workbook, const std::string& wanted) {
    uno::Reference<css::beans::XPropertySet> properties(workbook.document(), uno::UNO_QUERY_THROW);
    uno::Reference<css::container::XNameAccess> names(properties->getPropertyValue("NamedRanges"),
                                                      uno::UNO_QUERY_THROW);
    std::string name = wanted;
    for (int n = 2; names->hasByName(ustring(name + "_Total")) || sheet_index(workbook, name) >= 0;
         ++n)
        name = wanted + "_" + std::to_string(n);
    return name;
}

struct Choices {
    commands::PlanRequest request;
    CellRangeAddress input;
    std::optional<CellRangeAddress> output; // the top-left cell; none: a new sheet
    std::optional<Method> compare_with;
};

Choices from_arguments(const Invocation& call) {
    const Workbook& workbook = call.workbook;
    Choices choices;
    commands::PlanRequest& request = choices.request;
    const std::string method = call.text("Method").value_or("proportional");
    const auto chosen = commands::method_named(method);
    if (!chosen)
        throw Refusal(Reason::UnknownMethod, {method});
    request.method = *chosen;
    if (const auto given = call.text("InputRange")) {
        choices.input = workbook.range(*given);
    } else {
        const auto selected = workbook.selection();
        if (selected.empty())
            throw Refusal(Reason::MissingArgument, {"InputRange"});
        choices.input = selected.front();
    }
    request.input = range_of(workbook, choices.input);
    const auto total = call.arguments.find("Total");
    if (total == call.arguments.end() || !total->second.hasValue())
        throw Refusal(Reason::MissingArgument, {"Total"});
    double number = 0.0;
    if (total->second >>= number) {
        request.total = number;
    } else {
        const std::string typed = call.text("Total").value_or("");
        const auto change = commands::parse_total_change(typed);
        if (!change || change->kind != commands::TotalChange::Kind::Absolute)
            throw Refusal(Reason::UnreadableTotal, {typed});
        request.total = change->amount;
    }
    request.unit = call.number("Unit").value_or(1.0);
    request.name = commands::plan_name(call.text("Name").value_or("Plan"));
    const auto range_argument = [&](const char* name) -> std::optional<Range> {
        if (const auto given = call.text(name))
            return range_of(workbook, workbook.range(*given));
        return std::nullopt;
    };
    request.labels = range_argument("Labels");
    request.column_labels = range_argument("ColumnLabels");
    request.factors = range_argument("Factors");
    request.multipliers = range_argument("Multipliers");
    request.history = range_argument("History");
    request.actuals = range_argument("Actuals");
    if (const auto weights = call.text("FactorWeights"))
        request.factor_weights = list_of(*weights, "FactorWeights");
    request.minimum = call.number("Minimum");
    request.maximum = call.number("Maximum");
    request.levels = call.flag("Levels").value_or(false);
    request.floor_ratio = call.number("FloorRatio").value_or(request.floor_ratio);
    request.stretch_ratio = call.number("StretchRatio").value_or(request.stretch_ratio);
    request.deal_size = call.number("DealSize").value_or(0.0);
    request.periods = call.number("Periods").value_or(0.0);
    request.people = call.number("People").value_or(0.0);
    // A chart of more than a couple of hundred bars is unreadable, and costs
    // a second to draw at 5,000 rows: by default only for smaller plans.
    request.chart = call.flag("Chart").value_or(request.input.rows <= chart_rows_by_default);
    if (const auto output = call.text("Output"))
        choices.output = workbook.range(*output);
    if (const auto other = call.text("Compare")) {
        choices.compare_with = commands::method_named(*other);
        if (!choices.compare_with)
            throw Refusal(Reason::UnknownMethod, {*other});
    }
    return choices;
}

// Fills in what the workbook tells: labels beside the input, holds, and
// checks the numbers the method needs.
void complete(const Workbook& workbook, Choices& choices) {
    commands::PlanRequest& request = choices.request;
    const CellRangeAddress& input = choices.input;
    const bool row = request.input.rows == 1 && request.input.columns > 1;
    switch (request.method) {
    case Method::Seasonal:
    case Method::Grid:
        numbers_of(workbook, input);
        if (!request.column_labels)
            request.column_labels = labels_beside(workbook, input, true);
        if (!request.labels && request.method == Method::Grid)
            request.labels = labels_beside(workbook, input, false);
        if (request.method == Method::Grid && request.history)
            numbers_of(workbook, address_of(input.Sheet, *request.history));
        break;
    case Method::Tree:
    case Method::Kpi:
        break; // ids and operators are text; the function checks them
    case Method::Funnel:
        numbers_of(workbook, input);
        break;
    default: {
        const std::vector<double> basis = numbers_of(workbook, input);
        if (!request.labels)
            request.labels = labels_beside(workbook, input, row);
        const std::vector<bool> held = workbook.held(input);
        request.holds.assign(basis.size(), std::nullopt);
        for (std::size_t i = 0; i < basis.size(); ++i)
            if (held[i])
                request.holds[i] = basis[i];
    }
    }
}

commands::PreviewInput preview_input(const Workbook& workbook, const Choices& choices) {
    const commands::PlanRequest& request = choices.request;
    commands::PreviewInput input;
    input.total = request.total;
    input.unit = request.unit;
    input.basis = numbers_of(workbook, choices.input);
    if (request.labels)
        input.labels = texts_of(workbook, address_of(choices.input.Sheet, *request.labels));
    if (request.factors) {
        const auto at = workbook.range(commands::reference(*request.factors));
        input.factors = numbers_of(workbook, at);
        input.factor_columns = request.factors->columns;
    }
    input.factor_weights = request.factor_weights;
    if (request.multipliers)
        input.multipliers =
            numbers_of(workbook, workbook.range(commands::reference(*request.multipliers)));
    input.minimum = request.minimum;
    input.maximum = request.maximum;
    input.holds = request.holds;
    return input;
}

// The wizard's last step: the two methods side by side, or why the choices
// cannot make a plan yet.
std::string preview_text(const Invocation& call, const Arguments& arguments) {
    try {
        const Invocation trial{call.workbook, call.language, false, arguments};
        Choices choices = from_arguments(trial);
        complete(call.workbook, choices);
        if (!commands::comparable(choices.request.method))
            return commands::say("Only the methods that split rows by a basis (proportional, "
                                 "equal, capability, OKR) are "
                                 "compared. This plan is written with live formulas, and its check "
                                 "cell proves it adds up.",
                                 call.language);
        const commands::PreviewInput input = preview_input(call.workbook, choices);
        const auto comparison = commands::compare(
            choices.request.method, choices.compare_with.value_or(Method::Equal), input);
        return commands::describe(comparison, input, call.language);
    } catch (const Refusal& refusal) {
        return commands::explain(refusal, call.language);
    } catch (const uno::Exception& failure) {
        return commands::explain(Refusal(Reason::Failed, {utf8(failure.Message)}), call.language);
    } catch (const std::exception& failure) {
        return commands::explain(Refusal(Reason::Failed, {failure.what()}), call.language);
    }
}

} // namespace

Outcome decompose(Invocation& call) {
    const Workbook& workbook = call.workbook;
    if (call.interactive) {
        // The wizard asks; what it answers goes the way a macro's arguments go.
        std::string input;
        if (const auto selected = workbook.selection(); !selected.empty())
            input = commands::reference(range_of(workbook, selected.front()));
        const auto chosen = ask_decompose(
            call, input, [&](const Arguments& arguments) { return preview_text(call, arguments); });
        if (!chosen)
            return {Outcome::Status::Cancelled, {}, {}};
        Invocation filled{call.workbook, call.language, false, *chosen, true};
        return decompose(filled);
    }
    Choices choices = from_arguments(call);
    complete(workbook, choices);
    commands::PlanRequest& request = choices.request;

    // Where it goes: a chosen cell, or a new sheet named after the plan.
    request.name = free_name(workbook, request.name);
    sal_Int16 sheet = -1;
    if (choices.output) {
        sheet = choices.output->Sheet;
        request.sheet = workbook.area(*choices.output).sheet;
        request.column = choices.output->StartColumn;
        request.row = choices.output->StartRow;
    } else {
        request.sheet = request.name;
    }
    const commands::Plan plan = commands::plan_for(request, call.language);
    // Cells already in use are written over only when the user says so.
    bool clear = false;
    if (sheet >= 0)
        if (const auto taken = first_taken(workbook, sheet, plan.footprint)) {
            if (const auto array = array_across(workbook, sheet, plan.footprint))
                throw Refusal(Reason::TargetCutsArray, {array->first, array->second});
            if (call.flag("Overwrite").value_or(false)) {
                clear = true;
            } else if (call.may_ask) {
                const commands::Area area = {request.sheet, plan.footprint.column,
                                             plan.footprint.row, plan.footprint.columns,
                                             plan.footprint.rows};
                const std::string question = commands::say(
                    commands::overwrite_question, call.language,
                    {area.range(), std::to_string(taken->cells), taken->first, taken->shows});
                if (!ask(call, commands::say("Decompose", call.language), question))
                    return {Outcome::Status::Cancelled, {}, {}};
                clear = true;
            } else {
                throw Refusal(Reason::TargetNotEmpty, {taken->first, taken->shows});
            }
        }

    std::optional<commands::Comparison> comparison;
    commands::PreviewInput preview;
    if (choices.compare_with && commands::comparable(request.method)) {
        preview = preview_input(workbook, choices);
        comparison = commands::compare(request.method, *choices.compare_with, preview);
    }

    {
        UndoStep step(workbook, commands::say("Decompose", call.language));
        if (sheet < 0) {
            uno::Reference<css::container::XIndexAccess> sheets(workbook.document()->getSheets(),
                                                                uno::UNO_QUERY_THROW);
            sheet = static_cast<sal_Int16>(sheets->getCount());
            workbook.document()->getSheets()->insertNewByName(ustring(request.sheet), sheet);
        }
        if (clear)
            clear_cells(workbook, sheet, plan.footprint);
        write_plan(workbook, sheet, plan, call.language);
    }
    workbook.recalculate_if_manual();

    // Show the plan.
    try {
        uno::Reference<css::sheet::XSpreadsheetView> view(workbook.frame()->getController(),
                                                          uno::UNO_QUERY_THROW);
        view->setActiveSheet(workbook.sheet(sheet));
        uno::Reference<css::view::XSelectionSupplier>(view, uno::UNO_QUERY_THROW)
            ->select(uno::Any(workbook.sheet(sheet)->getCellRangeByPosition(
                plan.footprint.column, plan.footprint.row, plan.footprint.column,
                plan.footprint.row)));
    } catch (const uno::Exception&) {
        // A hidden document has no view to show it in.
    }

    const auto check_at = workbook.range(plan.check);
    const auto check_cell = workbook.cells(check_at)->getCellByPosition(0, 0);
    const bool adds_up = check_cell->getError() == 0 && check_cell->getValue() == 1.0;
    const commands::Area where = {request.sheet, plan.footprint.column, plan.footprint.row,
                                  plan.footprint.columns, plan.footprint.rows};
    Outcome outcome;
    outcome.message = commands::say(
        "Plan {1} written on sheet {2} ({3}) with live ALLOT formulas. {4}", call.language,
        {request.name, request.sheet, where.range(),
         adds_up ? commands::say("Check: it adds up to the total.", call.language)
                 : commands::say("Check: it does NOT add up; see the check cell.", call.language)});
    if (comparison)
        outcome.message += "\n\n" + commands::describe(*comparison, preview, call.language);
    outcome.add("Name", uno::Any(ustring(request.name)));
    outcome.add("Sheet", uno::Any(ustring(request.sheet)));
    outcome.add("Range", uno::Any(ustring(where.range())));
    outcome.add("Targets", uno::Any(ustring(plan.targets)));
    outcome.add("Check", uno::Any(adds_up));
    if (comparison) {
        uno::Sequence<double> first(static_cast<sal_Int32>(comparison->first_targets.size()));
        uno::Sequence<double> second(static_cast<sal_Int32>(comparison->second_targets.size()));
        for (std::size_t i = 0; i < comparison->first_targets.size(); ++i) {
            first.getArray()[i] = comparison->first_targets[i];
            second.getArray()[i] = comparison->second_targets[i];
        }
        outcome.add("FirstSpread", uno::Any(comparison->first_fairness.spread));
        outcome.add("SecondSpread", uno::Any(comparison->second_fairness.spread));
        outcome.add("FirstTargets", uno::Any(first));
        outcome.add("SecondTargets", uno::Any(second));
    }
    return outcome;
}

} // namespace allot::addin
