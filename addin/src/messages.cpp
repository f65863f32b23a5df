#include "messages.hpp"

#include <allot/tracking.hpp>

#include <set>

namespace allot::addin {
namespace {

constexpr std::string_view ok = "OK";

// The template in `language` with its values and names filled in.
std::string render(std::string_view english, const std::vector<std::string>& values,
                   std::optional<std::size_t> argument, std::optional<std::size_t> reference,
                   const FunctionInfo* function, const Language& language) {
    const std::string pattern = translate(english, language);
    // A name missing here stays a placeholder, which the tests look for.
    const auto name = [&](std::optional<std::size_t> position) {
        return function && position ? argument_phrase(*function, *position, language)
                                    : std::string("{argument}");
    };
    return fill_in(pattern, values,
                   {{"argument", name(argument)},
                    {"reference", name(reference)},
                    {"function", function ? std::string(function->display) : "{function}"}});
}

} // namespace

std::string explain(const Error& error, const Language& language, const FunctionInfo* function) {
    return render(message_template(error.problem()), error.args(), error.argument(),
                  error.reference(), function, language);
}

std::string explain(const CallError& error, const Language& language,
                    const FunctionInfo* function) {
    return render(message_template(error.problem()), error.values(), error.argument(),
                  error.reference(), function, language);
}

std::string explain(Note note, const Language& language) {
    return translate(message_template(note), language);
}

std::string no_error(const Language& language) {
    return translate(ok, language);
}

std::vector<std::string_view> user_texts() {
    std::vector<std::string_view> texts;
    std::set<std::string_view> seen;
    const auto add = [&](std::string_view text) {
        if (!text.empty() && seen.insert(text).second)
            texts.push_back(text);
    };
    add(ok);
    for (Problem problem : all_problems())
        add(message_template(problem));
    for (CallProblem problem : all_call_problems())
        add(message_template(problem));
    for (Note note : all_notes())
        add(message_template(note));
    for (Status status : {Status::Behind, Status::AtRisk, Status::OnTrack})
        add(status_text(status));
    for (const FunctionInfo& function : function_table()) {
        add(function.description);
        for (const ArgumentInfo& argument : function.arguments) {
            add(argument.name);
            add(argument.description);
        }
        add(function.example_result);
    }
    return texts;
}

} // namespace allot::addin
