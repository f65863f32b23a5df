// Cells and blocks named the way a spreadsheet user reads them ("B3",
// "B2:M6"), without any office type.
#pragma once

#include <string>

namespace allot::commands {

// A1 name of a cell from 0-based positions: (0, 0) is "A1", (27, 9) is "AB10".
// Throws std::invalid_argument for a negative position.
std::string cell_name(int column, int row);

// A rectangle on one sheet (0-based first cell, size in cells).
struct Area {
    std::string sheet;
    int column = 0;
    int row = 0;
    int columns = 1;
    int rows = 1;

    int cells() const { return columns * rows; }
    // One column (0-based) of the area, or one row.
    Area column_at(int index) const { return {sheet, column + index, row, 1, rows}; }
    Area row_at(int index) const { return {sheet, column, row + index, columns, 1}; }
    // "B3" or "D8:D15", without the sheet.
    std::string range() const;
    // The name of the cell at `index` in reading order.
    std::string cell(int index) const;
};

} // namespace allot::commands
