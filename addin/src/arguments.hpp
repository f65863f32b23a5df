// What Calc passes to an ALLOT function, read by the argument names of the
// function table. A blank cell (void, or an empty string inside a range) is
// "not given"; text where a number belongs is an error, never a silent 0.
// Every error is a CallError naming the argument by its position in the
// function table.
//
// Calc passes a required argument (sequence<sequence<any>> in the IDL) as
// a grid even for a single value (1×1), and an optional one (`any`) as a
// value or a grid; ALLOT.WHY passes either as a value or a grid. Each
// reader below takes all of these.
#pragma once

#include "call_error.hpp"
#include "function_table.hpp"
#include "uno_text.hpp"

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace allot::addin {

using AnyGrid = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;
using DoubleGrid = css::uno::Sequence<css::uno::Sequence<double>>;

// The shape of a range argument (rows × columns) and its cells in reading order.
template <class Value> struct Range {
    sal_Int32 rows = 0;
    sal_Int32 columns = 0;
    std::vector<Value> values;
};

// A range of numbers; an empty optional is a blank cell.
using Cells = Range<std::optional<double>>;
// A range of numbers whose blank cells count as 0 (weights, sizes), read
// straight into doubles.
using Numbers = Range<double>;
// A range of labels (ids, parents, operators…): text as typed, numbers in
// their shortest form ("12"), blank cells std::nullopt.
using Labels = Range<std::optional<std::string>>;

// Every item of a range (no limit on how many are read).
inline constexpr std::size_t all_items = static_cast<std::size_t>(-1);

class Arguments {
public:
    // `given` holds the arguments in the table's order; missing trailing
    // ones are not given. `language` is the office's, for text results.
    Arguments(const FunctionInfo& function, std::span<const css::uno::Any> given,
              Language language = {});

    const FunctionInfo& function() const { return function_; }
    const Language& language() const { return language_; }

    // Whether the argument was given at all (an empty place `;;` is not).
    bool given(std::string_view name) const;
    // A range (or a single value, as 1×1) of numbers; with a limit, only
    // the first `limit` cells in reading order (the shape is the range's).
    Cells cells(std::string_view name, std::size_t limit = all_items) const;
    // A range (or a single value) of numbers, blank cells as 0; the same
    // errors as cells().
    Numbers numbers(std::string_view name) const;
    // A range (or a single value) of labels; a limit as for cells().
    Labels labels(std::string_view name, std::size_t limit = all_items) const;
    // For arguments read item by item side by side (TREE's and KPI's ids,
    // parents …), where a row blank in all of them is the same as any other
    // such row: how many leading items to read so that the rows left out
    // are all blank in every one of them and the last one read is too
    // (one past the last item that is not blank, plus one), or all_items
    // when there is nothing to leave out or the given ranges differ in
    // their number of cells (or a grid is ragged). Only blank cells are left out: every error the
    // whole ranges give, the items read give. Arguments not given are left aside.
    std::size_t items_in_use(std::initializer_list<std::string_view> names) const;
    // One number; blank or not given is a MissingArgument error.
    double number(std::string_view name) const;
    // One number; blank or not given is std::nullopt.
    std::optional<double> optional_number(std::string_view name) const;
    // One text, such as a method name; blank or not given is std::nullopt.
    std::optional<std::string> text(std::string_view name) const;
    // One number for every item, or a range with one cell per item of the
    // argument `reference`. Empty: not given (all defaults).
    std::vector<std::optional<double>> per_item(std::string_view name, std::size_t items,
                                                std::string_view reference) const;

    // A range that must be one row or one column, as a line of cells.
    void require_line(std::string_view name, const Cells& cells) const;
    // The position of an argument in the function table.
    std::size_t position(std::string_view name) const;

    // Something ALLOT.WHY should tell although the call works.
    void note(Note note) { notes_.push_back(note); }
    const std::vector<Note>& notes() const { return notes_; }

private:
    const css::uno::Any& at(std::size_t position) const;
    // cells() and numbers(): a blank cell is Value{} (nothing, or 0).
    template <class Value> Range<Value> numbers_as(std::string_view name, std::size_t limit) const;

    const FunctionInfo& function_;
    std::span<const css::uno::Any> given_;
    Language language_;
    std::vector<Note> notes_;
};

// Blank cells as 0 (e.g. weights).
std::vector<double> zero_if_blank(const Cells& cells);
// Whether every cell is blank.
bool all_blank(const Cells& cells);

// A rows × columns result from values in reading order. In a column, rows
// of the same value share one sequence (UNO sequences are reference-counted
// values): one allocation per distinct value instead of one per row.
DoubleGrid grid_of(sal_Int32 rows, sal_Int32 columns, const std::vector<double>& values);

} // namespace allot::addin
