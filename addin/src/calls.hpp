// Each ALLOT.* function as a call on the arguments Calc passes; throws
// allot::Error on bad input. Shared by the functions themselves and by
// ALLOT.WHY, which runs the same call to find the reason for an error.
#pragma once

#include "arguments.hpp"
#include "function_table.hpp"

namespace allot::addin {

using DoubleGrid = css::uno::Sequence<css::uno::Sequence<double>>;

DoubleGrid call_split(const css::uno::Any& total, const Cells& weights, const css::uno::Any& unit,
                      const css::uno::Any& minimums, const css::uno::Any& maximums,
                      const css::uno::Any& fixed);

// Runs `function` on positional arguments as ALLOT.WHY received them (missing
// trailing ones are "not given"). Throws allot::Error when the call would fail.
void check_call(const FunctionInfo& function, const css::uno::Sequence<css::uno::Any>& arguments);

} // namespace allot::addin
