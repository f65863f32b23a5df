// The spreadsheet a command works on, read and written through the office
// API: ranges by name or selection, blocks of cells as the commands library
// sees them (allot::commands::Block), and one undo step around every change.
#pragma once

#include "uno_text.hpp"

#include "uno_text.hpp"

#include <allot/commands/redistribute.hpp>

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <vector>

namespace allot::addin {

class Workbook {
public:
    // The spreadsheet shown in `frame`; throws Refusal-free runtime_error when
    // the frame shows no spreadsheet.
    Workbook(const css::uno::Reference<css::uno::XComponentContext>& context,
             const css::uno::Reference<css::frame::XFrame>& frame);

    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document() const {
        return document_;
    }
    const css::uno::Reference<css::frame::XFrame>& frame() const { return frame_; }
    const css::uno::Reference<css::uno::XComponentContext>& context() const { return context_; }

    // The selected ranges (one for an ordinary selection, several for a
    // Ctrl+click one); empty when no cell is selected (a drawing, say).
    std::vector<css::table::CellRangeAddress> selection() const;
    // A range written as a user or macro would: "$Sheet1.$B$2:$B$20",
    // "Sheet1.B2:B20", "B2:B20" (the active sheet) or a named range.
    // Throws Refusal(BadRange) when it is none of these.
    css::table::CellRangeAddress range(const std::string& text) const;

    css::uno::Reference<css::sheet::XSpreadsheet> sheet(sal_Int16 index) const;
    // The part of a range inside its sheet's used area (a whole column
    // selected is a million rows, most of them empty); end before start when
    // nothing of it is used.
    css::table::CellRangeAddress used_part(const css::table::CellRangeAddress& at) const;
    css::uno::Reference<css::table::XCellRange> cells(const css::table::CellRangeAddress& at) const;
    // The area as the commands library names it (sheet name, 0-based cell).
    commands::Area area(const css::table::CellRangeAddress& at) const;
    // "B3", or "Plan.B3" when the cell is not on `home`'s sheet.
    std::string cell_name(sal_Int16 sheet, sal_Int32 column, sal_Int32 row, sal_Int16 home) const;

    // What the cells hold: numbers, text, blanks, formulas (with their
    // results and texts).
    commands::Block block(const css::table::CellRangeAddress& at) const;
    // Which cells of the range carry the Hold mark, in reading order.
    std::vector<bool> held(const css::table::CellRangeAddress& at) const;

    // Recalculates what changed if automatic calculation is off (it is on
    // unless the user turned it off).
    void recalculate_if_manual() const;

private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
};

// Makes what getDataArray read safe to give to setDataArray: a cell showing
// an error reads as void, and Calc 7.4 crashes when setDataArray writes a
// void into a cell that holds no formula. Voids become empty (blank) cells.
void writable(css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& rows);

// One undo step (one Ctrl+Z) for everything written while it lives.
class UndoStep {
public:
    UndoStep(const Workbook& workbook, const std::string& title);
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;
    ~UndoStep();

private:
    css::uno::Reference<css::document::XUndoManager> undo_;
};

} // namespace allot::addin
