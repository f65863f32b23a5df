#include <allot/commands/formula.hpp>

#include "function_table.hpp"

#include <algorithm>
#include <cctype>

namespace allot::commands {
namespace {

constexpr std::string_view programmatic_prefix = "ORG.ALLOT.FUNCTIONS.";
constexpr std::string_view display_prefix = "ALLOT.";

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_';
}

std::string upper(std::string_view text) {
    std::string result(text);
    for (char& c : result)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return result;
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

// The programmatic name of the ALLOT function `name` stands for, or "".
std::string allot_function(std::string_view name) {
    const std::string key = upper(name);
    std::string_view rest;
    if (key.starts_with(programmatic_prefix))
        rest = std::string_view(key).substr(programmatic_prefix.size());
    else if (key.starts_with(display_prefix))
        rest = std::string_view(key).substr(display_prefix.size());
    else
        return {};
    const addin::FunctionInfo* function = addin::find_by_user_name(rest);
    return function ? std::string(function->programmatic) : std::string();
}

// Skips a quoted run (a string "…" or a sheet name '…', the quote doubled
// inside) starting at `at`; returns the position after its closing quote.
std::size_t skip_quoted(std::string_view formula, std::size_t at) {
    const char quote = formula[at];
    for (std::size_t i = at + 1; i < formula.size(); ++i) {
        if (formula[i] != quote)
            continue;
        if (i + 1 < formula.size() && formula[i + 1] == quote) {
            ++i;
            continue;
        }
        return i + 1;
    }
    return formula.size();
}

struct Scanner {
    std::string_view formula;
    std::vector<AllotCall> calls;

    // Scans from `at` up to the parenthesis closing the current level (or
    // the end); when `arguments` is given, splits this level at `;`.
    std::size_t scan(std::size_t at, std::vector<std::string>* arguments) {
        std::size_t argument_start = at;
        int braces = 0;
        while (at < formula.size()) {
            const char c = formula[at];
            if (c == '"' || c == '\'') {
                at = skip_quoted(formula, at);
            } else if (c == '{') {
                ++braces;
                ++at;
            } else if (c == '}') {
                braces = std::max(0, braces - 1);
                ++at;
            } else if (c == '(') {
                at = scan(at + 1, nullptr); // a parenthesised group
            } else if (c == ')') {
                if (arguments)
                    arguments->push_back(
                        trimmed(formula.substr(argument_start, at - argument_start)));
                return at + 1;
            } else if (c == ';' && braces == 0 && arguments) {
                arguments->push_back(trimmed(formula.substr(argument_start, at - argument_start)));
                argument_start = ++at;
            } else if (is_name_char(c) && (at == 0 || !is_name_char(formula[at - 1]))) {
                at = name(at);
            } else {
                ++at;
            }
        }
        if (arguments)
            arguments->push_back(trimmed(formula.substr(argument_start)));
        return at;
    }

    // A name starting at `at`: a function call when "(" follows.
    std::size_t name(std::size_t at) {
        std::size_t end = at;
        while (end < formula.size() && is_name_char(formula[end]))
            ++end;
        std::size_t open = end;
        while (open < formula.size() && formula[open] == ' ')
            ++open;
        if (open >= formula.size() || formula[open] != '(')
            return end;
        const std::string function = allot_function(formula.substr(at, end - at));
        if (function.empty())
            return scan(open + 1, nullptr);
        AllotCall call;
        call.function = function;
        call.begin = at;
        call.end = scan(open + 1, &call.arguments);
        // F() has no arguments, not one empty one.
        if (call.arguments.size() == 1 && call.arguments.front().empty())
            call.arguments.clear();
        calls.push_back(std::move(call));
        return calls.back().end;
    }
};

} // namespace

std::vector<AllotCall> allot_calls(std::string_view formula) {
    if (formula.starts_with('{') && formula.ends_with('}'))
        formula = formula.substr(1, formula.size() - 2);
    Scanner scanner{formula, {}};
    scanner.scan(0, nullptr);
    // Nested calls were recorded before the call around them finished, so
    // the order is already innermost first; keep it stable by end position.
    std::stable_sort(scanner.calls.begin(), scanner.calls.end(),
                     [](const AllotCall& a, const AllotCall& b) { return a.end < b.end; });
    return scanner.calls;
}

bool calls_allot(std::string_view formula) {
    return !allot_calls(formula).empty();
}

std::string why_formula(const AllotCall& call) {
    std::string formula = "=ORG.ALLOT.FUNCTIONS.WHY(\"" + upper(call.function) + "\"";
    for (const std::string& argument : call.arguments)
        formula += ";" + argument;
    return formula + ")";
}

} // namespace allot::commands
