// One typed error for every invalid input: a problem id plus its arguments.
// The English text of each problem is a Boost.Locale message template
// ("{1}", "{2}" … stand for the arguments); the add-in translates it.
#pragma once

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

namespace allot {

enum class Problem {
    NotANumber,             // {1} argument name, {2} item position (1-based), {3} the text found
    NotFinite,              // {1} argument name, {2} item position
    NegativeWeight,         // {1} item position, {2} value
    EmptyWeights,           // (none)
    ShapeMismatch,          // {1} argument name, {2} items expected, {3} items given
    NegativeUnit,           // {1} value
    TooManyUnits,           // {1} the number of units asked for, {2} the limit (2^53)
    MinimumAboveMaximum,    // {1} item position, {2} minimum, {3} maximum (after rounding to units)
    MinimumsAboveRemaining, // {1} sum of minimums, {2} what is left to split after holds
    MaximumsBelowRemaining, // {1} sum of maximums, {2} what is left to split after holds
    NoRoomForOddPart,       // {1} the odd part (less than one unit) that no part can take
    NoFreeParts,            // {1} what is left after holds, with every part held
    UnknownFunction,        // {1} the function name given to ALLOT.WHY
    TooManyArguments,       // {1} function, {2} most arguments it takes
    MissingArgument,        // {1} function, {2} argument name
};

class Error : public std::exception {
public:
    Error(Problem problem, std::vector<std::string> args);
    Problem problem() const noexcept { return problem_; }
    const std::vector<std::string>& args() const noexcept { return args_; }
    // The English message with the arguments filled in.
    const char* what() const noexcept override { return english_.c_str(); }

private:
    Problem problem_;
    std::vector<std::string> args_;
    std::string english_;
};

// English Boost.Locale template of a problem; it is also the msgid in the catalogs.
std::string_view message_template(Problem problem);

// Every problem, for tests that check each has a translation.
const std::vector<Problem>& all_problems();

// How many arguments ({1}, {2} …) the message of a problem takes.
std::size_t argument_count(Problem problem);

// A number as a person reads it: shortest form that round-trips, no exponent
// for ordinary magnitudes ("1000", "0.01", "-34").
std::string format_number(double value);

} // namespace allot
