// Turns what Calc passes to an add-in function into engine values. A blank
// cell (void, or an empty string inside a range) is "not given"; text where a
// number is expected is an allot::Error naming the argument and the item.
#pragma once

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace allot::addin {

using AnyGrid = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// The shape of a range argument (rows × columns) and its cells in reading order.
struct Cells {
    sal_Int32 rows = 0;
    sal_Int32 columns = 0;
    std::vector<std::optional<double>> values; // empty optional = blank cell
};

// A range (or a single value, taken as 1×1) as cells. Text is an error.
Cells cells_of(const css::uno::Any& argument, std::string_view name);
Cells cells_of(const AnyGrid& argument, std::string_view name);

// A single number; blank or not given gives std::nullopt.
std::optional<double> number_of(const css::uno::Any& argument, std::string_view name);

// An optional argument that is one number for every item or a range with one
// cell per item. Empty result: not given (all defaults).
std::vector<std::optional<double>> per_item(const css::uno::Any& argument, std::string_view name,
                                            std::size_t items);

// A range of labels (ids, parents, operators…) in reading order, with its
// shape: text as typed, numbers in their shortest form ("12"), blank cells as
// std::nullopt.
struct Labels {
    sal_Int32 rows = 0;
    sal_Int32 columns = 0;
    std::vector<std::optional<std::string>> values;
};
Labels labels_of(const css::uno::Any& argument, std::string_view name);
Labels labels_of(const AnyGrid& argument, std::string_view name);

// A single text argument such as a method name; blank or not given gives
// std::nullopt; a number is an error only if `name` expects text.
std::optional<std::string> text_of(const css::uno::Any& argument, std::string_view name);

// Blank cells as 0 (e.g. weights).
std::vector<double> zero_if_blank(const Cells& cells);

} // namespace allot::addin
