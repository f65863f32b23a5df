#include "arguments.hpp"

#include <allot/error.hpp>

#include <rtl/ustring.hxx>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <stdexcept>

namespace allot::addin {
namespace {

namespace uno = css::uno;

// One cell: a number, blank (neither), or text where a number may belong.
struct CellValue {
    std::optional<double> number;
    std::optional<std::string> text;
};

// Calc hands over every number as a double: read it in place.
bool holds_double(const uno::Any& cell) {
    return cell.getValueTypeClass() == uno::TypeClass_DOUBLE;
}

double double_in(const uno::Any& cell) {
    return *static_cast<const double*>(cell.getValue());
}

CellValue read_cell(const uno::Any& cell) {
    switch (cell.getValueTypeClass()) {
    case uno::TypeClass_VOID:
        return {};
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
        return {value, std::nullopt};
    }
    case uno::TypeClass_BOOLEAN:
        return {*static_cast<const sal_Bool*>(cell.getValue()) ? 1.0 : 0.0, std::nullopt};
    case uno::TypeClass_STRING: {
        rtl::OUString text;
        cell >>= text;
        // Calc passes a blank cell inside a multi-cell range as an empty string.
        if (text.isEmpty())
            return {};
        return {std::nullopt, utf8(text)};
    }
    default:
        return {std::nullopt, utf8(cell.getValueTypeName())};
    }
}

// One cell as a label; numbers as people read them.
std::optional<std::string> read_label(const uno::Any& cell) {
    switch (cell.getValueTypeClass()) {
    case uno::TypeClass_BOOLEAN:
        return *static_cast<const sal_Bool*>(cell.getValue()) ? "TRUE" : "FALSE";
    default: {
        const CellValue value = read_cell(cell);
        if (value.number)
            return format_number(*value.number);
        return value.text;
    }
    }
}

// Calls `visit(cell, 0-based index)` on every cell of an argument in reading
// order, a single value being a 1×1 range; sets the shape. Calc always
// passes rectangles; a ragged grid can only come from a macro.
template <class Shape, class Visit>
void visit_cells(const uno::Any& argument, std::size_t position, Shape& shape, Visit visit) {
    AnyGrid given;
    if (!(argument >>= given)) {
        shape.rows = 1;
        shape.columns = 1;
        visit(argument, std::size_t{0});
        return;
    }
    // Read only: the non-const accessors of a shared sequence copy it first.
    const AnyGrid& grid = given;
    shape.rows = grid.getLength();
    shape.columns = shape.rows > 0 ? grid[0].getLength() : 0;
    std::size_t index = 0;
    for (const auto& row : grid) {
        if (row.getLength() != shape.columns)
            throw CallError(CallProblem::RaggedRange,
                            {std::to_string(shape.columns), std::to_string(row.getLength())},
                            position);
        for (const uno::Any& cell : row)
            visit(cell, index++);
    }
}

std::size_t cell_count(sal_Int32 rows, sal_Int32 columns) {
    return static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns);
}

// One cell of a range of numbers (item `index` of `cells`, argument `where`):
// its number, or nothing when blank; text is an error.
std::optional<double> number_in(const uno::Any& cell, std::size_t index, std::size_t cells,
                                std::size_t where) {
    CellValue value = read_cell(cell);
    if (value.text) {
        if (cells == 1)
            throw CallError(CallProblem::TextForNumber, {*value.text}, where);
        throw CallError(CallProblem::TextInRange, {std::to_string(index + 1), *value.text}, where);
    }
    return value.number;
}

} // namespace

Arguments::Arguments(const FunctionInfo& function, std::span<const uno::Any> given,
                     Language language)
    : function_(function), given_(given), language_(std::move(language)) {}

std::size_t Arguments::position(std::string_view name) const {
    if (const std::optional<std::size_t> found = function_.position_of(name))
        return *found;
    // A call asking for an argument its table entry does not have: a bug
    // that the tests of every function find.
    throw std::logic_error("allot: " + std::string(function_.display) + " has no argument " +
                           std::string(name));
}

const uno::Any& Arguments::at(std::size_t position) const {
    static const uno::Any not_given;
    return position < given_.size() ? given_[position] : not_given;
}

bool Arguments::given(std::string_view name) const {
    return at(position(name)).hasValue();
}

Cells Arguments::cells(std::string_view name) const {
    const std::size_t where = position(name);
    Cells cells;
    visit_cells(at(where), where, cells, [&](const uno::Any& cell, std::size_t index) {
        const std::size_t count = cell_count(cells.rows, cells.columns);
        if (index == 0)
            cells.values.reserve(count);
        cells.values.push_back(holds_double(cell) ? double_in(cell)
                                                  : number_in(cell, index, count, where));
    });
    return cells;
}

Numbers Arguments::numbers(std::string_view name) const {
    const std::size_t where = position(name);
    Numbers numbers;
    visit_cells(at(where), where, numbers, [&](const uno::Any& cell, std::size_t index) {
        const std::size_t count = cell_count(numbers.rows, numbers.columns);
        if (index == 0)
            numbers.values.reserve(count);
        numbers.values.push_back(holds_double(cell)
                                     ? double_in(cell)
                                     : number_in(cell, index, count, where).value_or(0.0));
    });
    return numbers;
}

Labels Arguments::labels(std::string_view name) const {
    const std::size_t where = position(name);
    Labels labels;
    visit_cells(at(where), where, labels, [&](const uno::Any& cell, std::size_t index) {
        if (index == 0)
            labels.values.reserve(cell_count(labels.rows, labels.columns));
        labels.values.push_back(read_label(cell));
    });
    return labels;
}

std::optional<double> Arguments::optional_number(std::string_view name) const {
    const Cells given = cells(name);
    if (given.values.size() != 1)
        throw CallError(CallProblem::NotOneValue, {std::to_string(given.values.size())},
                        position(name));
    return given.values.front();
}

double Arguments::number(std::string_view name) const {
    if (const std::optional<double> value = optional_number(name))
        return *value;
    throw CallError(CallProblem::MissingArgument, {}, position(name));
}

std::optional<std::string> Arguments::text(std::string_view name) const {
    Labels given = labels(name);
    if (given.values.size() != 1)
        throw CallError(CallProblem::NotOneValue, {std::to_string(given.values.size())},
                        position(name));
    return std::move(given.values.front());
}

std::vector<std::optional<double>> Arguments::per_item(std::string_view name, std::size_t items,
                                                       std::string_view reference) const {
    if (!given(name))
        return {};
    Cells given = cells(name);
    if (given.values.size() == 1 && items != 1) {
        if (!given.values.front())
            return {};
        return std::vector<std::optional<double>>(items, given.values.front());
    }
    if (given.values.size() != items)
        throw CallError(CallProblem::CountMismatch,
                        {std::to_string(given.values.size()), std::to_string(items)},
                        position(name), position(reference));
    return std::move(given.values);
}

void Arguments::require_line(std::string_view name, const Cells& cells) const {
    if (cells.rows > 1 && cells.columns > 1)
        throw CallError(CallProblem::NotALine,
                        {std::to_string(cells.rows), std::to_string(cells.columns)},
                        position(name));
}

std::vector<double> zero_if_blank(const Cells& cells) {
    std::vector<double> values;
    values.reserve(cells.values.size());
    for (const auto& value : cells.values)
        values.push_back(value.value_or(0.0));
    return values;
}

bool all_blank(const Cells& cells) {
    return std::none_of(cells.values.begin(), cells.values.end(),
                        [](const std::optional<double>& v) { return v.has_value(); });
}

DoubleGrid grid_of(sal_Int32 rows, sal_Int32 columns, const std::vector<double>& values) {
    DoubleGrid grid(rows);
    auto* row = grid.getArray();
    const double* next = values.data();
    if (columns != 1) {
        for (sal_Int32 r = 0; r < rows; ++r, next += columns)
            row[r] = uno::Sequence<double>(next, columns);
        return grid;
    }
    // A column: the row last made for a value, by a hash of its bits (the
    // same bits: 0 and -0 stay apart), in a small table; a row whose value
    // is there shares that sequence.
    constexpr int slot_bits = 12;
    std::vector<const uno::Sequence<double>*> made(std::size_t{1} << slot_bits, nullptr);
    for (sal_Int32 r = 0; r < rows; ++r) {
        const auto bits = std::bit_cast<std::uint64_t>(next[r]);
        const auto slot =
            static_cast<std::size_t>((bits * 0x9E3779B97F4A7C15u) >> (64 - slot_bits));
        const uno::Sequence<double>* same = made[slot];
        if (same && std::bit_cast<std::uint64_t>((*same)[0]) == bits) {
            row[r] = *same;
        } else {
            row[r] = uno::Sequence<double>(next + r, 1);
            made[slot] = &row[r];
        }
    }
    return grid;
}

} // namespace allot::addin
