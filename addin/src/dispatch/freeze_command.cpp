// Freeze for Excel… / 导出给 Excel…: a copy of the workbook as .xlsx in which
// every ALLOT formula is replaced by the value it shows, native formulas
// staying formulas, so colleagues on Excel see the same numbers. The open
// document is not changed: the work is done on a hidden copy.
#include "command.hpp"
#include "dialogs.hpp"
#include "scratch_document.hpp"

#include <allot/commands/formula.hpp>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/TempFile.hpp>
#include <com/sun/star/io/XTempFile.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <osl/file.hxx>

#include <set>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using commands::Reason;
using commands::Refusal;
using css::table::CellRangeAddress;

uno::Sequence<css::beans::PropertyValue> store_arguments(const char* filter) {
    uno::Sequence<css::beans::PropertyValue> arguments(2);
    arguments.getArray()[0].Name = "FilterName";
    arguments.getArray()[0].Value <<= rtl::OUString::createFromAscii(filter);
    arguments.getArray()[1].Name = "Overwrite";
    arguments.getArray()[1].Value <<= true;
    return arguments;
}

// A file: URL from what a macro passed: a URL, or a path.
std::string file_url(const std::string& given) {
    if (given.rfind("file:", 0) == 0)
        return given;
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(ustring(given), url) != osl::FileBase::E_None)
        throw Refusal(Reason::BadArgument, {"URL", given});
    return utf8(url);
}

sal_Int32 freeze_sheet(const uno::Reference<css::sheet::XSpreadsheet>& original,
                       const uno::Reference<css::sheet::XSpreadsheet>& copy) {
    const auto formulas =
        uno::Reference<css::sheet::XCellRangesQuery>(original, uno::UNO_QUERY_THROW)
            ->queryContentCells(css::sheet::CellFlags::FORMULA);
    // Collect first: changing cells while enumerating them is not safe.
    std::vector<css::table::CellAddress> allot_cells;
    const auto each = uno::Reference<css::container::XEnumerationAccess>(formulas->getCells(),
                                                                         uno::UNO_QUERY_THROW)
                          ->createEnumeration();
    while (each->hasMoreElements()) {
        uno::Reference<css::table::XCell> cell(each->nextElement(), uno::UNO_QUERY_THROW);
        if (commands::calls_allot(utf8(cell->getFormula())))
            allot_cells.push_back(
                uno::Reference<css::sheet::XCellAddressable>(cell, uno::UNO_QUERY_THROW)
                    ->getCellAddress());
    }
    sal_Int32 frozen = 0;
    std::set<std::pair<sal_Int32, sal_Int32>> done; // (row, column)
    for (const auto& at : allot_cells) {
        if (done.count({at.Row, at.Column}))
            continue;
        // The whole array an array formula fills (itself for an ordinary one).
        auto cursor = copy->createCursorByRange(uno::Reference<css::sheet::XSheetCellRange>(
            copy->getCellRangeByPosition(at.Column, at.Row, at.Column, at.Row),
            uno::UNO_QUERY_THROW));
        cursor->collapseToCurrentArray();
        const CellRangeAddress area =
            uno::Reference<css::sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                ->getRangeAddress();
        const auto source = original->getCellRangeByPosition(area.StartColumn, area.StartRow,
                                                             area.EndColumn, area.EndRow);
        auto values = uno::Reference<css::sheet::XCellRangeData>(source, uno::UNO_QUERY_THROW)
                          ->getDataArray();
        // A cell showing an error keeps the text it shows (Err:502).
        auto* rows = values.getArray();
        for (sal_Int32 row = 0; row < values.getLength(); ++row) {
            auto* cells = rows[row].getArray();
            for (sal_Int32 column = 0; column < rows[row].getLength(); ++column) {
                const auto cell = source->getCellByPosition(column, row);
                if (cell->getError() != 0)
                    cells[column] <<=
                        uno::Reference<css::text::XTextRange>(cell, uno::UNO_QUERY_THROW)
                            ->getString();
                done.insert({area.StartRow + row, area.StartColumn + column});
                ++frozen;
            }
        }
        writable(values);
        const auto target = copy->getCellRangeByPosition(area.StartColumn, area.StartRow,
                                                         area.EndColumn, area.EndRow);
        uno::Reference<css::sheet::XArrayFormulaRange> array(target, uno::UNO_QUERY_THROW);
        if (area.StartColumn != area.EndColumn || area.StartRow != area.EndRow ||
            !array->getArrayFormula().isEmpty())
            array->setArrayFormula(rtl::OUString());
        uno::Reference<css::sheet::XCellRangeData>(target, uno::UNO_QUERY_THROW)
            ->setDataArray(values);
    }
    return frozen;
}

} // namespace

Outcome freeze_for_excel(Invocation& call) {
    const Workbook& workbook = call.workbook;
    std::string url;
    if (const auto given = call.text("URL")) {
        url = file_url(*given);
    } else if (!call.interactive) {
        throw Refusal(Reason::MissingArgument, {"URL"});
    } else {
        uno::Reference<css::frame::XModel> model(workbook.document(), uno::UNO_QUERY_THROW);
        std::string name = utf8(model->getURL());
        name = name.substr(name.find_last_of('/') + 1);
        name = name.substr(0, name.find_last_of('.'));
        const auto chosen =
            ask_save_url(call, (name.empty() ? std::string("plan") : name) + " (Excel).xlsx");
        if (!chosen)
            return {Outcome::Status::Cancelled, {}, {}};
        url = *chosen;
    }

    // The copy: the document as it is now (unsaved edits included).
    const auto temporary = css::io::TempFile::create(workbook.context());
    temporary->setRemoveFile(true);
    const std::string copy_url = utf8(temporary->getUri());
    uno::Reference<css::frame::XStorable>(workbook.document(), uno::UNO_QUERY_THROW)
        ->storeToURL(ustring(copy_url), store_arguments("calc8"));
    const ScratchDocument copy(workbook.context(), copy_url);

    uno::Reference<css::container::XIndexAccess> originals(workbook.document()->getSheets(),
                                                           uno::UNO_QUERY_THROW);
    uno::Reference<css::container::XIndexAccess> copies(copy.document()->getSheets(),
                                                        uno::UNO_QUERY_THROW);
    sal_Int32 frozen = 0;
    for (sal_Int32 i = 0; i < originals->getCount() && i < copies->getCount(); ++i)
        frozen += freeze_sheet(
            uno::Reference<css::sheet::XSpreadsheet>(originals->getByIndex(i),
                                                     uno::UNO_QUERY_THROW),
            uno::Reference<css::sheet::XSpreadsheet>(copies->getByIndex(i), uno::UNO_QUERY_THROW));
    uno::Reference<css::frame::XStorable>(copy.document(), uno::UNO_QUERY_THROW)
        ->storeToURL(ustring(url), store_arguments("Calc MS Excel 2007 XML"));

    rtl::OUString path;
    osl::FileBase::getSystemPathFromFileURL(ustring(url), path);
    Outcome outcome;
    outcome.message = commands::say(
        "Saved {1} for Excel: {2} ALLOT formula cells replaced by their values; other formulas "
        "kept. This workbook is unchanged.",
        call.language, {utf8(path.isEmpty() ? ustring(url) : path), std::to_string(frozen)});
    outcome.add("URL", uno::Any(ustring(url)));
    outcome.add("Frozen", uno::Any(frozen));
    return outcome;
}

} // namespace allot::addin
