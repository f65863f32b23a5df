#include "arguments.hpp"

#include <allot/error.hpp>

#include <rtl/ustring.hxx>

#include <string>

namespace allot::addin {
namespace {

namespace uno = css::uno;

std::string utf8(const rtl::OUString& text) {
    return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr();
}

// One cell's value; `position` is 1-based in reading order, for messages.
std::optional<double> cell_value(const uno::Any& cell, std::string_view name,
                                 std::size_t position) {
    switch (cell.getValueTypeClass()) {
    case uno::TypeClass_VOID:
        return std::nullopt;
    case uno::TypeClass_DOUBLE:
    case uno::TypeClass_FLOAT:
    case uno::TypeClass_LONG:
    case uno::TypeClass_SHORT:
    case uno::TypeClass_HYPER:
    case uno::TypeClass_BYTE:
    case uno::TypeClass_UNSIGNED_LONG:
    case uno::TypeClass_UNSIGNED_SHORT:
    case uno::TypeClass_UNSIGNED_HYPER: {
        double value = 0;
        cell >>= value;
        return value;
    }
    case uno::TypeClass_BOOLEAN:
        return *static_cast<const sal_Bool*>(cell.getValue()) ? 1.0 : 0.0;
    case uno::TypeClass_STRING: {
        rtl::OUString text;
        cell >>= text;
        // Calc passes a blank cell inside a multi-cell range as an empty string.
        if (text.isEmpty())
            return std::nullopt;
        throw Error(Problem::NotANumber, {std::string(name), std::to_string(position), utf8(text)});
    }
    default:
        throw Error(Problem::NotANumber,
                    {std::string(name), std::to_string(position), utf8(cell.getValueTypeName())});
    }
}

// One cell as a label; numbers as people read them.
std::optional<std::string> cell_label(const uno::Any& cell) {
    switch (cell.getValueTypeClass()) {
    case uno::TypeClass_VOID:
        return std::nullopt;
    case uno::TypeClass_STRING: {
        rtl::OUString text;
        cell >>= text;
        if (text.isEmpty())
            return std::nullopt;
        return utf8(text);
    }
    case uno::TypeClass_BOOLEAN:
        return *static_cast<const sal_Bool*>(cell.getValue()) ? "TRUE" : "FALSE";
    default: {
        double value = 0;
        if (cell >>= value)
            return format_number(value);
        return utf8(cell.getValueTypeName());
    }
    }
}

// A range into `out` (Cells or Labels) in reading order, each cell through
// `convert(cell, 1-based position)`. Calc always passes rectangles; a ragged
// grid can only come from a macro.
template <class Out, class Convert>
void read_grid(const AnyGrid& grid, std::string_view name, Out& out, Convert convert) {
    out.rows = grid.getLength();
    out.columns = out.rows > 0 ? grid[0].getLength() : 0;
    out.values.reserve(static_cast<std::size_t>(out.rows) * static_cast<std::size_t>(out.columns));
    for (const auto& row : grid) {
        if (row.getLength() != out.columns)
            throw Error(Problem::ShapeMismatch, {std::string(name), std::to_string(out.columns),
                                                 std::to_string(row.getLength())});
        for (const uno::Any& cell : row)
            out.values.push_back(convert(cell, out.values.size() + 1));
    }
}

} // namespace

Labels labels_of(const AnyGrid& grid, std::string_view name) {
    Labels labels;
    read_grid(grid, name, labels,
              [](const uno::Any& cell, std::size_t) { return cell_label(cell); });
    return labels;
}

Labels labels_of(const uno::Any& argument, std::string_view name) {
    AnyGrid grid;
    if (argument >>= grid)
        return labels_of(grid, name);
    Labels labels;
    labels.rows = 1;
    labels.columns = 1;
    labels.values.push_back(cell_label(argument));
    return labels;
}

std::optional<std::string> text_of(const uno::Any& argument, std::string_view name) {
    Labels labels = labels_of(argument, name);
    if (labels.values.size() != 1)
        throw Error(Problem::ShapeMismatch,
                    {std::string(name), "1", std::to_string(labels.values.size())});
    return labels.values.front();
}

Cells cells_of(const AnyGrid& grid, std::string_view name) {
    Cells cells;
    read_grid(grid, name, cells, [&](const uno::Any& cell, std::size_t position) {
        return cell_value(cell, name, position);
    });
    return cells;
}

Cells cells_of(const uno::Any& argument, std::string_view name) {
    AnyGrid grid;
    if (argument >>= grid)
        return cells_of(grid, name);
    Cells cells;
    cells.rows = 1;
    cells.columns = 1;
    cells.values.push_back(cell_value(argument, name, 1));
    return cells;
}

std::optional<double> number_of(const uno::Any& argument, std::string_view name) {
    Cells cells = cells_of(argument, name);
    if (cells.values.size() != 1)
        throw Error(Problem::ShapeMismatch,
                    {std::string(name), "1", std::to_string(cells.values.size())});
    return cells.values.front();
}

std::vector<std::optional<double>> per_item(const uno::Any& argument, std::string_view name,
                                            std::size_t items) {
    if (!argument.hasValue())
        return {};
    Cells cells = cells_of(argument, name);
    if (cells.values.size() == 1 && items != 1) {
        if (!cells.values.front())
            return {};
        return std::vector<std::optional<double>>(items, cells.values.front());
    }
    if (cells.values.size() != items)
        throw Error(Problem::ShapeMismatch, {std::string(name), std::to_string(items),
                                             std::to_string(cells.values.size())});
    return cells.values;
}

std::vector<double> zero_if_blank(const Cells& cells) {
    std::vector<double> values;
    values.reserve(cells.values.size());
    for (const auto& value : cells.values)
        values.push_back(value.value_or(0.0));
    return values;
}

} // namespace allot::addin
