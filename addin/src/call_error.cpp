#include "call_error.hpp"

#include <allot/error.hpp>

#include <array>

namespace allot::addin {
namespace {

#define ALLOT_CALL_TEXT(id, text) text,
constexpr std::array problem_texts{ALLOT_CALL_PROBLEMS(ALLOT_CALL_TEXT)};
constexpr std::array note_texts{ALLOT_CALL_NOTES(ALLOT_CALL_TEXT)};
#undef ALLOT_CALL_TEXT

template <class Id, std::size_t count> std::vector<Id> every() {
    std::vector<Id> all;
    for (std::size_t i = 0; i < count; ++i)
        all.push_back(static_cast<Id>(i));
    return all;
}

std::string position_name(std::optional<std::size_t> position) {
    return position ? "argument " + std::to_string(*position + 1) : std::string("?");
}

} // namespace

std::string_view message_template(CallProblem problem) {
    return problem_texts.at(static_cast<std::size_t>(problem));
}

std::string_view message_template(Note note) {
    return note_texts.at(static_cast<std::size_t>(note));
}

const std::vector<CallProblem>& all_call_problems() {
    static const std::vector<CallProblem> all = every<CallProblem, problem_texts.size()>();
    return all;
}

const std::vector<Note>& all_notes() {
    static const std::vector<Note> all = every<Note, note_texts.size()>();
    return all;
}

CallError::CallError(CallProblem problem, std::vector<std::string> values,
                     std::optional<std::size_t> argument, std::optional<std::size_t> reference)
    : problem_(problem), values_(std::move(values)), argument_(argument), reference_(reference),
      english_(fill_in(message_template(problem), values_,
                       {{"argument", position_name(argument)},
                        {"reference", position_name(reference)},
                        {"function", "the function"}})) {}

} // namespace allot::addin
