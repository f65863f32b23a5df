#include "workbook.hpp"

#include "held_style.hpp"

#include <allot/commands/refusal.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>
#include <stdexcept>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using css::table::CellRangeAddress;
using rtl::OUString;

} // namespace

Workbook::Workbook(const uno::Reference<uno::XComponentContext>& context,
                   const uno::Reference<css::frame::XFrame>& frame)
    : context_(context), frame_(frame) {
    if (frame.is() && frame->getController().is())
        document_.set(frame->getController()->getModel(), uno::UNO_QUERY);
    if (!document_.is())
        throw std::runtime_error("the window shows no spreadsheet");
}

std::vector<CellRangeAddress> Workbook::selection() const {
    uno::Reference<css::view::XSelectionSupplier> supplier(frame_->getController(),
                                                           uno::UNO_QUERY_THROW);
    const uno::Any selected = supplier->getSelection();
    std::vector<CellRangeAddress> ranges;
    uno::Reference<css::sheet::XCellRangeAddressable> single(selected, uno::UNO_QUERY);
    if (single.is()) {
        ranges.push_back(single->getRangeAddress());
        return ranges;
    }
    uno::Reference<css::sheet::XSheetCellRanges> several(selected, uno::UNO_QUERY);
    if (several.is())
        for (const CellRangeAddress& address : several->getRangeAddresses())
            ranges.push_back(address);
    return ranges;
}

CellRangeAddress Workbook::range(const std::string& text) const {
    const OUString name = ustring(text);
    try {
        uno::Reference<css::beans::XPropertySet> properties(document_, uno::UNO_QUERY_THROW);
        uno::Reference<css::sheet::XNamedRanges> names(properties->getPropertyValue("NamedRanges"),
                                                       uno::UNO_QUERY_THROW);
        if (names->hasByName(name)) {
            uno::Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(name),
                                                                    uno::UNO_QUERY_THROW);
            uno::Reference<css::sheet::XCellRangeAddressable> cells(referrer->getReferredCells(),
                                                                    uno::UNO_QUERY_THROW);
            return cells->getRangeAddress();
        }
    } catch (const uno::Exception&) {
    }
    // "$Sheet1.$B$2:$B$20" (file and macro notation) or as the UI shows it.
    uno::Reference<css::lang::XMultiServiceFactory> factory(document_, uno::UNO_QUERY_THROW);
    for (const char* representation : {"PersistRepresentation", "UserInterfaceRepresentation"}) {
        try {
            uno::Reference<css::beans::XPropertySet> conversion(
                factory->createInstance("com.sun.star.table.CellRangeAddressConversion"),
                uno::UNO_QUERY_THROW);
            conversion->setPropertyValue(OUString::createFromAscii(representation), uno::Any(name));
            CellRangeAddress address;
            if (conversion->getPropertyValue("Address") >>= address)
                return address;
        } catch (const uno::Exception&) {
        }
    }
    // "B2:B20" on the sheet in view.
    try {
        uno::Reference<css::sheet::XSpreadsheetView> view(frame_->getController(),
                                                          uno::UNO_QUERY_THROW);
        uno::Reference<css::sheet::XCellRangeAddressable> cells(
            view->getActiveSheet()->getCellRangeByName(name), uno::UNO_QUERY_THROW);
        return cells->getRangeAddress();
    } catch (const uno::Exception&) {
    }
    throw commands::Refusal(commands::Reason::BadRange, {text});
}

uno::Reference<css::sheet::XSpreadsheet> Workbook::sheet(sal_Int16 index) const {
    uno::Reference<css::container::XIndexAccess> sheets(document_->getSheets(),
                                                        uno::UNO_QUERY_THROW);
    return uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index),
                                                    uno::UNO_QUERY_THROW);
}

CellRangeAddress Workbook::used_part(const CellRangeAddress& at) const {
    const auto sheet_at = sheet(at.Sheet);
    uno::Reference<css::sheet::XUsedAreaCursor> cursor(sheet_at->createCursor(),
                                                       uno::UNO_QUERY_THROW);
    cursor->gotoStartOfUsedArea(false);
    cursor->gotoEndOfUsedArea(true);
    const CellRangeAddress used =
        uno::Reference<css::sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    CellRangeAddress part = at;
    part.EndColumn = std::min(at.EndColumn, used.EndColumn);
    part.EndRow = std::min(at.EndRow, used.EndRow);
    return part;
}

uno::Reference<css::table::XCellRange> Workbook::cells(const CellRangeAddress& at) const {
    return sheet(at.Sheet)->getCellRangeByPosition(at.StartColumn, at.StartRow, at.EndColumn,
                                                   at.EndRow);
}

commands::Area Workbook::area(const CellRangeAddress& at) const {
    uno::Reference<css::container::XNamed> named(sheet(at.Sheet), uno::UNO_QUERY_THROW);
    return {utf8(named->getName()), at.StartColumn, at.StartRow, at.EndColumn - at.StartColumn + 1,
            at.EndRow - at.StartRow + 1};
}

std::string Workbook::cell_name(sal_Int16 sheet_index, sal_Int32 column, sal_Int32 row,
                                sal_Int16 home) const {
    std::string name = commands::cell_name(column, row);
    if (sheet_index == home)
        return name;
    uno::Reference<css::container::XNamed> named(sheet(sheet_index), uno::UNO_QUERY_THROW);
    return utf8(named->getName()) + "." + name;
}

commands::Block Workbook::block(const CellRangeAddress& at) const {
    using commands::Entry;
    commands::Block block;
    block.area = area(at);
    const auto range = cells(at);
    const auto rows =
        uno::Reference<css::sheet::XCellRangeData>(range, uno::UNO_QUERY_THROW)->getDataArray();
    block.entries.reserve(static_cast<std::size_t>(block.area.cells()));
    for (const auto& row : rows) {
        for (const uno::Any& value : row) {
            Entry entry;
            double number = 0.0;
            OUString text;
            if (value >>= number) {
                entry.kind = Entry::Kind::Number;
                entry.value = number;
            } else if ((value >>= text) && !text.isEmpty()) {
                entry.kind = Entry::Kind::Text;
                entry.text = utf8(text);
            }
            block.entries.push_back(std::move(entry));
        }
    }
    // getDataArray shows a formula's result: ask which cells hold formulas.
    const auto formulas = uno::Reference<css::sheet::XCellRangesQuery>(range, uno::UNO_QUERY_THROW)
                              ->queryContentCells(css::sheet::CellFlags::FORMULA);
    for (const CellRangeAddress& part : formulas->getRangeAddresses()) {
        for (sal_Int32 row = part.StartRow; row <= part.EndRow; ++row) {
            for (sal_Int32 column = part.StartColumn; column <= part.EndColumn; ++column) {
                const auto index = static_cast<std::size_t>(
                    (row - at.StartRow) * block.area.columns + (column - at.StartColumn));
                if (index >= block.entries.size())
                    continue;
                Entry& entry = block.entries[index];
                entry.kind = Entry::Kind::Formula;
                entry.text =
                    utf8(range->getCellByPosition(column - at.StartColumn, row - at.StartRow)
                             ->getFormula());
            }
        }
    }
    return block;
}

std::vector<bool> Workbook::held(const CellRangeAddress& at) const {
    const sal_Int32 columns = at.EndColumn - at.StartColumn + 1;
    std::vector<bool> held(static_cast<std::size_t>(columns * (at.EndRow - at.StartRow + 1)),
                           false);
    // One entry per run of equally formatted cells: no per-cell round trips.
    uno::Reference<css::sheet::XUniqueCellFormatRangesSupplier> supplier(cells(at),
                                                                         uno::UNO_QUERY_THROW);
    const auto formats = supplier->getUniqueCellFormatRanges();
    for (sal_Int32 i = 0; i < formats->getCount(); ++i) {
        uno::Reference<css::beans::XPropertySet> properties(formats->getByIndex(i),
                                                            uno::UNO_QUERY_THROW);
        OUString style;
        properties->getPropertyValue("CellStyle") >>= style;
        if (!is_held_style(utf8(style)))
            continue;
        uno::Reference<css::sheet::XSheetCellRanges> ranges(properties, uno::UNO_QUERY_THROW);
        for (const CellRangeAddress& part : ranges->getRangeAddresses())
            for (sal_Int32 row = part.StartRow; row <= part.EndRow; ++row)
                for (sal_Int32 column = part.StartColumn; column <= part.EndColumn; ++column) {
                    const auto index = static_cast<std::size_t>((row - at.StartRow) * columns +
                                                                (column - at.StartColumn));
                    if (index < held.size())
                        held[index] = true;
                }
    }
    return held;
}

void Workbook::recalculate_if_manual() const {
    uno::Reference<css::sheet::XCalculatable> calculatable(document_, uno::UNO_QUERY_THROW);
    if (!calculatable->isAutomaticCalculationEnabled())
        calculatable->calculate();
}

void writable(uno::Sequence<uno::Sequence<uno::Any>>& rows) {
    auto* row = rows.getArray();
    for (sal_Int32 r = 0; r < rows.getLength(); ++r) {
        auto* value = row[r].getArray();
        for (sal_Int32 c = 0; c < row[r].getLength(); ++c)
            if (!value[c].hasValue())
                value[c] <<= OUString();
    }
}

UndoStep::UndoStep(const Workbook& workbook, const std::string& title) {
    uno::Reference<css::document::XUndoManagerSupplier> supplier(workbook.document(),
                                                                 uno::UNO_QUERY_THROW);
    undo_ = supplier->getUndoManager();
    undo_->enterUndoContext(ustring(title));
}

UndoStep::~UndoStep() {
    try {
        undo_->leaveUndoContext();
    } catch (...) {
        // A destructor must not throw; the context is closed or the document gone.
    }
}

} // namespace allot::addin
