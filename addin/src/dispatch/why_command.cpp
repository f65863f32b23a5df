// Why? / 为什么出错？: the ALLOT.WHY reason for the ALLOT formula in a cell,
// without editing any formula. ALLOT.WHY runs in a hidden scratch document
// holding copies of the cells the formula reads (same sheets, same
// addresses, same names), so the user's document is not touched at all.
#include "command.hpp"
#include "scratch_document.hpp"

#include "messages.hpp"

#include <allot/commands/formula.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XFormulaQuery.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <algorithm>
#include <cctype>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using commands::Reason;
using commands::Refusal;
using css::table::CellRangeAddress;

std::string shown(const uno::Reference<css::table::XCell>& cell) {
    return utf8(uno::Reference<css::text::XTextRange>(cell, uno::UNO_QUERY_THROW)->getString());
}

uno::Reference<css::sheet::XNamedRanges>
named_ranges(const uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    uno::Reference<css::beans::XPropertySet> properties(document, uno::UNO_QUERY_THROW);
    return uno::Reference<css::sheet::XNamedRanges>(properties->getPropertyValue("NamedRanges"),
                                                    uno::UNO_QUERY_THROW);
}

// The scratch document gets the user's sheets (by name, in order), the named
// ranges, and the values of every cell in `ranges`.
void mirror(const Workbook& workbook, const std::vector<CellRangeAddress>& ranges,
            const uno::Reference<css::sheet::XSpreadsheetDocument>& scratch) {
    uno::Reference<css::container::XIndexAccess> sheets(workbook.document()->getSheets(),
                                                        uno::UNO_QUERY_THROW);
    const auto target_sheets = scratch->getSheets();
    uno::Reference<css::container::XIndexAccess> targets(target_sheets, uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const auto name =
            uno::Reference<css::container::XNamed>(sheets->getByIndex(i), uno::UNO_QUERY_THROW)
                ->getName();
        if (i < targets->getCount())
            uno::Reference<css::container::XNamed>(targets->getByIndex(i), uno::UNO_QUERY_THROW)
                ->setName(name);
        else
            target_sheets->insertNewByName(name, static_cast<sal_Int16>(i));
    }
    for (const CellRangeAddress& at : ranges) {
        auto data =
            uno::Reference<css::sheet::XCellRangeData>(workbook.cells(at), uno::UNO_QUERY_THROW)
                ->getDataArray();
        writable(data);
        uno::Reference<css::sheet::XSpreadsheet> sheet(targets->getByIndex(at.Sheet),
                                                       uno::UNO_QUERY_THROW);
        uno::Reference<css::sheet::XCellRangeData>(
            sheet->getCellRangeByPosition(at.StartColumn, at.StartRow, at.EndColumn, at.EndRow),
            uno::UNO_QUERY_THROW)
            ->setDataArray(data);
    }
    const auto names = named_ranges(workbook.document());
    const auto target_names = named_ranges(scratch);
    for (const rtl::OUString& name : names->getElementNames()) {
        uno::Reference<css::sheet::XNamedRange> named(names->getByName(name), uno::UNO_QUERY_THROW);
        target_names->addNewByName(name, named->getContent(), named->getReferencePosition(),
                                   named->getType());
    }
}

// The cells the formula reads directly, and the cells its names refer to.
std::vector<CellRangeAddress> read_by(const Workbook& workbook,
                                      const uno::Reference<css::table::XCell>& cell) {
    std::vector<CellRangeAddress> ranges;
    const auto precedents = uno::Reference<css::sheet::XFormulaQuery>(cell, uno::UNO_QUERY_THROW)
                                ->queryPrecedents(false);
    for (const CellRangeAddress& at : precedents->getRangeAddresses())
        ranges.push_back(at);
    const auto names = named_ranges(workbook.document());
    for (const rtl::OUString& name : names->getElementNames()) {
        try {
            uno::Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(name),
                                                                    uno::UNO_QUERY_THROW);
            uno::Reference<css::sheet::XCellRangeAddressable> range(referrer->getReferredCells(),
                                                                    uno::UNO_QUERY);
            if (range.is())
                ranges.push_back(range->getRangeAddress());
        } catch (const uno::Exception&) {
        }
    }
    return ranges;
}

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

} // namespace

Outcome why(Invocation& call) {
    const Workbook& workbook = call.workbook;
    CellRangeAddress at;
    if (const auto given = call.text("Cell")) {
        at = workbook.range(*given);
    } else {
        const auto selected = workbook.selection();
        if (selected.empty())
            throw Refusal(Reason::EmptySelection);
        at = selected.front();
    }
    const auto sheet = workbook.sheet(at.Sheet);
    const auto cell = sheet->getCellByPosition(at.StartColumn, at.StartRow);
    const std::string name = workbook.cell_name(at.Sheet, at.StartColumn, at.StartRow, at.Sheet);
    const std::string formula = utf8(cell->getFormula());
    const auto calls = commands::allot_calls(formula);
    if (calls.empty())
        throw Refusal(Reason::NoAllotFormula, {name});

    // An error in a cell the formula reads stops Calc before ALLOT sees it.
    // (A cell of an array formula reads the array's first cell: not that.)
    auto cursor = sheet->createCursorByRange(uno::Reference<css::sheet::XSheetCellRange>(
        sheet->getCellRangeByPosition(at.StartColumn, at.StartRow, at.StartColumn, at.StartRow),
        uno::UNO_QUERY_THROW));
    cursor->collapseToCurrentArray();
    const CellRangeAddress array =
        uno::Reference<css::sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    const auto inside = [&](const CellRangeAddress& place) {
        return place.Sheet == array.Sheet && array.StartColumn <= place.StartColumn &&
               place.StartColumn <= array.EndColumn && array.StartRow <= place.StartRow &&
               place.StartRow <= array.EndRow;
    };
    // What the formula reads: asked of the array's first cell, which holds it.
    const auto origin = sheet->getCellByPosition(array.StartColumn, array.StartRow);
    const auto precedents = uno::Reference<css::sheet::XFormulaQuery>(origin, uno::UNO_QUERY_THROW)
                                ->queryPrecedents(false);
    if (precedents->getRangeAddresses().getLength() > 0) {
        const auto errors =
            uno::Reference<css::sheet::XCellRangesQuery>(precedents, uno::UNO_QUERY_THROW)
                ->queryFormulaCells(css::sheet::FormulaResult::ERROR);
        for (const CellRangeAddress& error : errors->getRangeAddresses()) {
            for (sal_Int32 row = error.StartRow; row <= error.EndRow; ++row) {
                for (sal_Int32 column = error.StartColumn; column <= error.EndColumn; ++column) {
                    if (inside({error.Sheet, column, row, column, row}))
                        continue;
                    const auto bad = workbook.sheet(error.Sheet)->getCellByPosition(column, row);
                    throw Refusal(
                        Reason::PrecedentError,
                        {name, workbook.cell_name(error.Sheet, column, row, at.Sheet), shown(bad)});
                }
            }
        }
    }

    const ScratchDocument scratch(workbook.context(), "private:factory/scalc");
    mirror(workbook, read_by(workbook, origin), scratch.document());
    uno::Reference<css::container::XIndexAccess> scratch_sheets(scratch.document()->getSheets(),
                                                                uno::UNO_QUERY_THROW);
    const auto place = uno::Reference<css::sheet::XSpreadsheet>(
                           scratch_sheets->getByIndex(at.Sheet), uno::UNO_QUERY_THROW)
                           ->getCellByPosition(at.StartColumn, at.StartRow);
    const std::string ok = addin::translate("OK", call.language);
    for (const commands::AllotCall& each : calls) {
        place->setFormula(ustring(commands::why_formula(each)));
        const std::string reason = shown(place);
        if (reason != ok && !reason.empty()) {
            Outcome outcome{Outcome::Status::Done, reason, {}};
            outcome.add("Function", uno::Any(ustring("ALLOT." + upper(each.function))));
            outcome.add("Reason", uno::Any(ustring(reason)));
            return outcome;
        }
    }
    // Not a refusal: the answer is that the arguments are fine.
    const std::string function = "ALLOT." + upper(calls.back().function);
    Outcome outcome{
        Outcome::Status::Done,
        commands::explain(Refusal(Reason::NoFormulaError, {name, function}), call.language),
        {}};
    outcome.add("Function", uno::Any(ustring(function)));
    outcome.add("Reason", uno::Any(ustring(ok)));
    return outcome;
}

} // namespace allot::addin
