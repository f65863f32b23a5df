#include "arguments.hpp"

#include <allot/error.hpp>

#include <cppu/unotype.hxx>
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
        const rtl::OUString& text = *static_cast<const rtl::OUString*>(cell.getValue());
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

// Whether a cell is blank: void, or the empty string that Calc passes for a
// blank cell inside a range (looked at in place, not copied).
bool blank(const uno::Any& cell) {
    switch (cell.getValueTypeClass()) {
    case uno::TypeClass_VOID:
        return true;
    case uno::TypeClass_STRING:
        return static_cast<const rtl::OUString*>(cell.getValue())->isEmpty();
    default:
        return false;
    }
}

// The grid of a range argument, in place (no copy, no reference count), or
// nullptr for a single value.
const AnyGrid* grid_in(const uno::Any& argument) {
    if (argument.getValueTypeClass() != uno::TypeClass_SEQUENCE ||
        argument.getValueType() != cppu::UnoType<AnyGrid>::get())
        return nullptr;
    return static_cast<const AnyGrid*>(argument.getValue());
}

std::size_t cell_count(sal_Int32 rows, sal_Int32 columns) {
    return static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns);
}

// How far ahead read_range asks for rows.
constexpr sal_Int32 rows_ahead = 32;

// Every cell of an argument (argument `position`) in reading order, each as
// `read(cell, 0-based index, number of cells)` gives it, a single value
// being a 1×1 range; at most the first `limit` cells, the shape staying
// the whole range's. Calc always passes rectangles; a ragged grid can only
// come from a macro.
template <class Value, class Read>
Range<Value> read_range(const uno::Any& argument, std::size_t position, std::size_t limit,
                        Read read) {
    Range<Value> range;
    const AnyGrid* grid = grid_in(argument);
    if (!grid) {
        range.rows = 1;
        range.columns = 1;
        range.values.push_back(read(argument, std::size_t{0}, std::size_t{1}));
        return range;
    }
    // One pointer per row, no Sequence copied: a whole column is a million rows.
    const uno::Sequence<uno::Any>* rows = grid->getConstArray();
    range.rows = grid->getLength();
    range.columns = range.rows > 0 ? rows[0].getLength() : 0;
    const std::size_t count = cell_count(range.rows, range.columns);
    range.values.reserve(std::min(count, limit));
    std::size_t index = 0;
    for (sal_Int32 r = 0; r < range.rows && index < limit; ++r) {
        // Each row is a block of its own, where the office's copies left it:
        // ask for the one `ahead` rows on while this one is read.
        if (r + rows_ahead < range.rows)
            __builtin_prefetch(rows[r + rows_ahead].getConstArray());
        const uno::Sequence<uno::Any>& row = rows[r];
        if (row.getLength() != range.columns)
            throw CallError(CallProblem::RaggedRange,
                            {std::to_string(range.columns), std::to_string(row.getLength())},
                            position);
        const uno::Any* cells = row.getConstArray();
        for (sal_Int32 c = 0; c < range.columns && index < limit; ++c, ++index)
            range.values.push_back(read(cells[c], index, count));
    }
    return range;
}

// The number of cells of an argument and one past its last cell that is
// not blank, in reading order; nothing for a ragged grid.
struct InUse {
    std::size_t cells = 0;
    std::size_t used = 0;
};

std::optional<InUse> in_use(const uno::Any& argument) {
    const AnyGrid* grid = grid_in(argument);
    if (!grid)
        return InUse{1, blank(argument) ? 0u : 1u};
    const uno::Sequence<uno::Any>* rows = grid->getConstArray();
    const sal_Int32 count = grid->getLength();
    const sal_Int32 columns = count > 0 ? rows[0].getLength() : 0;
    InUse found{cell_count(count, columns), 0};
    std::size_t index = 0;
    for (sal_Int32 r = 0; r < count; ++r) {
        if (r + rows_ahead < count)
            __builtin_prefetch(rows[r + rows_ahead].getConstArray());
        if (rows[r].getLength() != columns)
            return std::nullopt;
        const uno::Any* cells = rows[r].getConstArray();
        for (sal_Int32 c = 0; c < columns; ++c, ++index)
            if (!blank(cells[c]))
                found.used = index + 1;
    }
    return found;
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

// A number cell as Value: a blank cell is Value{} (nothing, or 0). Numbers
// and blanks, nearly every cell, are told by their type alone.
template <class Value>
Range<Value> Arguments::numbers_as(std::string_view name, std::size_t limit) const {
    const std::size_t where = position(name);
    return read_range<Value>(at(where), where, limit,
                             [where](const uno::Any& cell, std::size_t index, std::size_t count) {
                                 if (holds_double(cell))
                                     return Value(double_in(cell));
                                 if (blank(cell))
                                     return Value{};
                                 const std::optional<double> number =
                                     number_in(cell, index, count, where);
                                 return number ? Value(*number) : Value{};
                             });
}

Cells Arguments::cells(std::string_view name, std::size_t limit) const {
    return numbers_as<std::optional<double>>(name, limit);
}

Numbers Arguments::numbers(std::string_view name) const {
    return numbers_as<double>(name, all_items);
}

Labels Arguments::labels(std::string_view name, std::size_t limit) const {
    const std::size_t where = position(name);
    return read_range<std::optional<std::string>>(
        at(where), where, limit, [](const uno::Any& cell, std::size_t, std::size_t) {
            return blank(cell) ? std::nullopt : read_label(cell);
        });
}

std::size_t Arguments::items_in_use(std::initializer_list<std::string_view> names) const {
    std::optional<std::size_t> cells;
    std::size_t used = 0;
    for (const std::string_view name : names) {
        if (!given(name))
            continue;
        const std::optional<InUse> found = in_use(at(position(name)));
        // Ranges of different sizes, or a ragged one: the reading and the
        // engine say so, over all the cells.
        if (!found || (cells && *cells != found->cells))
            return all_items;
        cells = found->cells;
        used = std::max(used, found->used);
    }
    return cells && used < *cells ? used + 1 : all_items;
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
