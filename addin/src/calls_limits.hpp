// The limits every call keeps, checked before any argument is converted, so
// that no input can make a call's work unbounded: a range argument holds at
// most one whole column of Calc's cells. The engine's own limits (units,
// counts, grid cells) are in its functions; the README lists them all.
#pragma once

#include <com/sun/star/uno/Any.hxx>

#include <cstddef>
#include <span>

namespace allot::addin {

// The most cells one range argument may hold: a whole column of a Calc
// sheet (1,048,576 rows), so A:A works and a block of whole columns does not.
inline constexpr std::size_t cell_limit = 1'048'576;

// Throws CallError TooManyCells naming the first argument above the limit.
void check_range_sizes(std::span<const css::uno::Any> given);

} // namespace allot::addin
