// The problems of a call itself, found before the engine runs: the wrong
// number of arguments, text where a number belongs, a range where one value
// belongs, an unknown function name. The engine's own problems are in
// allot/error.hpp; these are the add-in's, listed once here.
//
// Each text is an English message template and the msgid of its
// translations (addin/po/<language>/calls.po): {1}, {2} … are the values of
// the error; {argument} is the name of the argument at fault and
// {function} the function's display name (ALLOT.SPLIT).
#pragma once

#include <cstddef>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace allot::addin {

// clang-format off
#define ALLOT_CALL_PROBLEMS(X)                                                                     \
    X(TextInRange,                                                                                 \
      "Item {1} of the {argument} argument is text (\"{2}\"), not a number. Enter a number "      \
      "there, or clear the cell to leave it blank.")                                               \
    X(TextForNumber,                                                                               \
      "The {argument} argument is text (\"{1}\"), not a number. Enter a number, or a cell that "  \
      "holds one.")                                                                                \
    X(NotOneValue,                                                                                 \
      "The {argument} argument is a range of {1} cells, but it takes a single value. Give one "   \
      "value or one cell.")                                                                        \
    X(NotALine,                                                                                    \
      "The {argument} argument is a block of {1} rows and {2} columns. Give it as one column or " \
      "one row.")                                                                                  \
    X(CountMismatch,                                                                               \
      "The {argument} argument has {1} cells, but it needs {2}: one for each item of the "        \
      "{reference} argument. Give it that many cells, or one value for all.")                     \
    X(RaggedRange,                                                                                 \
      "The rows of the {argument} argument have different lengths ({1} and {2}). Give a "         \
      "rectangular range.")                                                                        \
    X(MissingArgument,                                                                             \
      "{function} needs the {argument} argument, but it is missing or blank. Fill it in.")        \
    X(TooManyArguments,                                                                            \
      "{function} takes at most {1} arguments. Remove the extra ones.")                            \
    X(TooManyCells,                                                                                \
      "The {argument} argument has {1} cells, more than the {2} (one whole column) an Allot "     \
      "function works with. Give only the cells in use, such as A1:A5000, not a block of whole "  \
      "columns.")                                                                                  \
    X(UnknownFunction,                                                                             \
      "There is no Allot function called \"{1}\". Check the spelling, for example ALLOT.SPLIT.")

// What ALLOT.WHY adds to "OK" when a call works but may not do what was meant.
#define ALLOT_CALL_NOTES(X)                                                                        \
    X(UnitZero,                                                                                    \
      "OK, but note: the unit is 0, so nothing is rounded. A reference to an empty cell counts "  \
      "as 0: to round to whole numbers, leave the unit out or enter 1.")
// clang-format on

#define ALLOT_CALL_ID(id, text) id,
enum class CallProblem { ALLOT_CALL_PROBLEMS(ALLOT_CALL_ID) };
enum class Note { ALLOT_CALL_NOTES(ALLOT_CALL_ID) };
#undef ALLOT_CALL_ID

// The English template of a problem or note, which is also its msgid.
std::string_view message_template(CallProblem problem);
std::string_view message_template(Note note);

// Every problem and note, for the message catalog template and tests.
const std::vector<CallProblem>& all_call_problems();
const std::vector<Note>& all_notes();

// A problem of a call, about one of the function's arguments (its position
// in the function table) or about the call as a whole.
class CallError : public std::exception {
public:
    CallError(CallProblem problem, std::vector<std::string> values,
              std::optional<std::size_t> argument = std::nullopt,
              std::optional<std::size_t> reference = std::nullopt);

    CallProblem problem() const noexcept { return problem_; }
    const std::vector<std::string>& values() const noexcept { return values_; }
    std::optional<std::size_t> argument() const noexcept { return argument_; }
    // The argument that sets the count the one at fault should have (CountMismatch).
    std::optional<std::size_t> reference() const noexcept { return reference_; }
    // The template with its values filled in, arguments named by position.
    const char* what() const noexcept override { return english_.c_str(); }

private:
    CallProblem problem_;
    std::vector<std::string> values_;
    std::optional<std::size_t> argument_;
    std::optional<std::size_t> reference_;
    std::string english_;
};

} // namespace allot::addin
