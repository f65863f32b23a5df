// Calc's arguments as uno::Any, the way Calc passes them: numbers, texts,
// ranges (sequence<sequence<any>>) with blank cells as empty strings, and
// arguments left out (void).
#pragma once

#include "arguments.hpp"

#include <initializer_list>
#include <string_view>
#include <variant>
#include <vector>

namespace allot::addin::testing {

// One cell of a range: a number, a text ("" is how Calc passes a blank cell
// inside a range) or a truth value.
using CellValue = std::variant<double, std::string_view, bool>;

inline css::uno::Any cell(const CellValue& value) {
    if (const double* number = std::get_if<double>(&value))
        return css::uno::Any(*number);
    if (const bool* truth = std::get_if<bool>(&value))
        return css::uno::Any(static_cast<sal_Bool>(*truth));
    return css::uno::Any(ustring(std::get<std::string_view>(value)));
}

// A range, row by row.
inline css::uno::Any range(std::initializer_list<std::initializer_list<CellValue>> rows) {
    AnyGrid grid(static_cast<sal_Int32>(rows.size()));
    sal_Int32 r = 0;
    for (const auto& row : rows) {
        css::uno::Sequence<css::uno::Any> cells(static_cast<sal_Int32>(row.size()));
        sal_Int32 c = 0;
        for (const CellValue& value : row)
            cells.getArray()[c++] = cell(value);
        grid.getArray()[r++] = cells;
    }
    return css::uno::Any(grid);
}

// A column of numbers.
inline css::uno::Any column(std::initializer_list<double> values) {
    AnyGrid grid(static_cast<sal_Int32>(values.size()));
    sal_Int32 r = 0;
    for (double value : values) {
        const css::uno::Any number = cell(value);
        grid.getArray()[r++] = css::uno::Sequence<css::uno::Any>(&number, 1);
    }
    return css::uno::Any(grid);
}

// A column of texts ("" for a blank cell).
inline css::uno::Any labels(std::initializer_list<std::string_view> values) {
    AnyGrid grid(static_cast<sal_Int32>(values.size()));
    sal_Int32 r = 0;
    for (std::string_view value : values) {
        const css::uno::Any text = cell(value);
        grid.getArray()[r++] = css::uno::Sequence<css::uno::Any>(&text, 1);
    }
    return css::uno::Any(grid);
}

// A rows × columns block of one number.
inline css::uno::Any block(sal_Int32 rows, sal_Int32 columns, double value) {
    AnyGrid grid(rows);
    for (sal_Int32 r = 0; r < rows; ++r) {
        css::uno::Sequence<css::uno::Any> cells(columns);
        for (sal_Int32 c = 0; c < columns; ++c)
            cells.getArray()[c] <<= value;
        grid.getArray()[r] = cells;
    }
    return css::uno::Any(grid);
}

// A single value as Calc passes a required argument: a 1×1 range.
inline css::uno::Any one(const CellValue& value) {
    const css::uno::Any inner = cell(value);
    AnyGrid grid(1);
    grid.getArray()[0] = css::uno::Sequence<css::uno::Any>(&inner, 1);
    return css::uno::Any(grid);
}

inline css::uno::Any value(double number) {
    return css::uno::Any(number);
}
inline css::uno::Any text(std::string_view value) {
    return css::uno::Any(ustring(value));
}
// An argument left out, or an empty place (;;).
inline css::uno::Any none() {
    return css::uno::Any();
}
// An empty range (a macro may pass one).
inline css::uno::Any empty_range() {
    return css::uno::Any(AnyGrid());
}

} // namespace allot::addin::testing
