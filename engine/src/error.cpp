// English message templates and the Error type. The templates double as
// Boost.Locale msgids, so they use "{1}", "{2}" … for arguments and never a
// literal brace otherwise.
#include "allot/error.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace allot {

namespace {

struct ProblemText {
    Problem problem;
    std::size_t arguments;
    std::string_view english;
};

// One row per Problem, in declaration order. Written for the person who
// typed the formula: what is wrong, where, and what to do about it.
constexpr std::array problem_texts{
    ProblemText{Problem::NotANumber, 3,
                "Item {2} of the {1} is text (\"{3}\"), not a number. Enter a number there, "
                "or clear the cell to leave it blank."},
    ProblemText{Problem::NotFinite, 2,
                "Item {2} of the {1} is not a usable number (it is an error value, infinite or "
                "too large). Enter an ordinary number there."},
    ProblemText{Problem::NegativeWeight, 2,
                "Weight {1} is negative ({2}). Weights must be 0 or more; use 0 for a part that "
                "should get no share."},
    ProblemText{Problem::EmptyWeights, 0,
                "There are no weights. Give one weight for each part the total is split over."},
    ProblemText{Problem::ShapeMismatch, 3,
                "The {1} have {3} items, but {2} are needed (one for each weight). Make the range "
                "the same size as the weights, or leave it out."},
    ProblemText{Problem::NegativeUnit, 1,
                "The unit is negative ({1}). Use a positive rounding step such as 1 or 0.01, or 0 "
                "for no rounding."},
    ProblemText{Problem::TooManyUnits, 2,
                "The split would need {1} units, more than the limit of {2}. Use a larger unit "
                "(for example 1000 instead of 1) or a smaller total."},
    ProblemText{Problem::MinimumAboveMaximum, 3,
                "Item {1} has a minimum ({2}) above its maximum ({3}), after rounding both to "
                "whole units. Lower the minimum or raise the maximum."},
    ProblemText{Problem::MinimumsAboveRemaining, 2,
                "The minimums add up to {1}, more than the {2} left to split after the holds. "
                "Lower some minimums or holds, or raise the total."},
    ProblemText{Problem::MaximumsBelowRemaining, 2,
                "The maximums add up to {1}, less than the {2} left to split after the holds. "
                "Raise some maximums, change the holds, or lower the total."},
    ProblemText{Problem::NoRoomForOddPart, 1,
                "The total is not a whole number of units, and no part can take the odd amount "
                "({1}) without going above its maximum. Round the total to whole units or raise "
                "a maximum."},
    ProblemText{Problem::NoFreeParts, 1,
                "Every part is held, but {1} of the total is still left to split. Clear at least "
                "one hold, or make the holds add up to the total."},
    ProblemText{Problem::UnknownFunction, 1,
                "There is no Allot function called \"{1}\". Check the spelling, for example "
                "ALLOT.SPLIT."},
    ProblemText{Problem::TooManyArguments, 2,
                "{1} takes at most {2} arguments. Remove the extra ones."},
    ProblemText{Problem::MissingArgument, 2,
                "{1} needs the argument \"{2}\", but it is missing. Fill it in."},
};

const ProblemText& text_of(Problem problem) {
    for (const ProblemText& text : problem_texts)
        if (text.problem == problem)
            return text;
    return problem_texts.front(); // unreachable for a valid enum value
}

// Replaces {1}, {2} … by the arguments; a placeholder without an argument stays.
std::string fill_in(std::string_view pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size() + 32);
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            std::size_t close = pattern.find('}', i);
            std::size_t index = 0;
            if (close != std::string_view::npos && close > i + 1) {
                auto [end, ec] =
                    std::from_chars(pattern.data() + i + 1, pattern.data() + close, index);
                if (ec == std::errc() && end == pattern.data() + close && index >= 1 &&
                    index <= args.size()) {
                    out += args[index - 1];
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i];
        ++i;
    }
    return out;
}

} // namespace

Error::Error(Problem problem, std::vector<std::string> args)
    : problem_(problem), args_(std::move(args)),
      english_(fill_in(message_template(problem), args_)) {}

std::string_view message_template(Problem problem) {
    return text_of(problem).english;
}

std::size_t argument_count(Problem problem) {
    return text_of(problem).arguments;
}

const std::vector<Problem>& all_problems() {
    static const std::vector<Problem> problems = [] {
        std::vector<Problem> all;
        for (const ProblemText& text : problem_texts)
            all.push_back(text.problem);
        return all;
    }();
    return problems;
}

std::string format_number(double value) {
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "infinity" : "-infinity";
    if (value == 0)
        return "0"; // also for -0
    std::array<char, 64> buffer{};
    const double magnitude = std::fabs(value);
    // Shortest text that reads back as the same double; plain digits for the
    // magnitudes people type, scientific notation only outside them.
    const bool plain = magnitude >= 1e-6 && magnitude <= 1e15;
    auto result = plain ? std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                        std::chars_format::fixed)
                        : std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

} // namespace allot
