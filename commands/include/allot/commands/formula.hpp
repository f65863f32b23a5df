// Reading a cell's formula as Calc's API shows it (XCell::getFormula: English
// function names, `;` between arguments, add-in functions by programmatic
// name such as ORG.ALLOT.FUNCTIONS.SPLIT): which ALLOT functions it calls and
// with what arguments. Freeze for Excel uses it to tell ALLOT formulas from
// native ones, Why to ask ALLOT.WHY about each call.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace allot::commands {

struct AllotCall {
    std::string function;               // the programmatic name, e.g. "split"
    std::vector<std::string> arguments; // as written, trimmed; "" for an empty place
    std::size_t begin = 0;              // where the name starts in the formula
    std::size_t end = 0;                // one past the closing parenthesis
};

// Every call of an ALLOT function in `formula`, innermost first (a call
// inside another's arguments comes before it), then left to right. Names
// inside strings ("ALLOT.SPLIT") or sheet names are not calls. An array
// formula's braces ({=…}) are ignored.
std::vector<AllotCall> allot_calls(std::string_view formula);

// Whether `formula` calls any ALLOT function.
bool calls_allot(std::string_view formula);

// The ALLOT.WHY formula asking about `call`: the same arguments, the
// function's name first: =ORG.ALLOT.FUNCTIONS.WHY("SPLIT";B3;B8:B15).
std::string why_formula(const AllotCall& call);

} // namespace allot::commands
