// The one table of calls: every ALLOT function as a call on its arguments,
// keyed by the programmatic name of the function table. The XFunctions
// methods and ALLOT.WHY both run a function through it, so ALLOT.WHY finds
// the very error the cell shows.
#pragma once

#include "arguments.hpp"

#include <span>
#include <string>
#include <variant>

namespace allot::addin {

// What a call gives back: one number, one text, or a grid of numbers.
using Result = std::variant<double, std::string, DoubleGrid>;

struct Call {
    std::string_view function; // programmatic name, as in the function table
    Result (*run)(Arguments& arguments);
};

std::span<const Call> call_table();

// Runs `function` on `given`, in the order of its arguments in the function
// table (missing trailing ones are not given). Throws CallError or
// allot::Error when the call fails; `notes` gets what ALLOT.WHY should
// tell although it works.
Result run(const FunctionInfo& function, std::span<const css::uno::Any> given,
           const Language& language, std::vector<Note>* notes = nullptr);

// ALLOT.WHY: why `function` (a name as a user types it) fails on `given`, in
// `language`; "OK" (translated) when it does not, or a note.
std::string why(std::string_view function, std::span<const css::uno::Any> given,
                const Language& language);

// The calls, one file each (calls_<function>.cpp).
Result call_split(Arguments& arguments);
Result call_apportion(Arguments& arguments);
Result call_tree(Arguments& arguments);
Result call_profile(Arguments& arguments);
Result call_weights(Arguments& arguments);
Result call_levels(Arguments& arguments);
Result call_funnel(Arguments& arguments);
Result call_funnelyield(Arguments& arguments);
Result call_kpi(Arguments& arguments);
Result call_pace(Arguments& arguments);
Result call_status(Arguments& arguments);
Result call_commission(Arguments& arguments);
Result call_okr(Arguments& arguments);
Result call_matrix(Arguments& arguments);

// A unit argument: 1 when not given; 0 (no rounding) gets a note, since a
// reference to an empty cell arrives as 0.
double unit_of(Arguments& arguments);

} // namespace allot::addin
