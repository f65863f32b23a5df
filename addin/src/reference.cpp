// Prints the README's function reference (Markdown) from the function table,
// or with --pot the message catalog template for translators. The README
// section between the "reference" markers is this program's output; a unit
// test keeps the two the same. Texts in other languages come from the
// compiled catalogs (--catalogs DIR, by default the build's).
#include "function_table.hpp"
#include "messages.hpp"

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using allot::addin::FunctionInfo;
using allot::addin::Language;

// The README's second language.
const Language chinese("zh_CN");

// Arguments in runs that share a description (ALLOT.WHY's argument1 …
// argument7) are listed as one: "argument1 … argument7".
struct Run {
    const allot::addin::ArgumentInfo* first;
    const allot::addin::ArgumentInfo* last;

    // "argument1 … argument7", each name through `name_of`.
    template <class Name> std::string name(Name name_of) const {
        std::string text = name_of(first->name);
        if (last != first)
            text += " … " + name_of(last->name);
        return text;
    }
};

std::vector<Run> runs_of(const FunctionInfo& function) {
    std::vector<Run> runs;
    const auto& arguments = function.arguments;
    for (std::size_t i = 0; i < arguments.size();) {
        std::size_t j = i + 1;
        while (j < arguments.size() && arguments[j].description == arguments[i].description &&
               arguments[j].optional == arguments[i].optional)
            ++j;
        runs.push_back({&arguments[i], &arguments[j - 1]});
        i = j;
    }
    return runs;
}

std::string signature(const FunctionInfo& function) {
    std::string text(function.display);
    text += '(';
    bool first = true;
    for (const Run& run : runs_of(function)) {
        if (!first)
            text += ", ";
        first = false;
        const std::string name = run.name([](std::string_view n) { return std::string(n); });
        text += run.first->optional ? "[" + name + "]" : name;
    }
    return text + ')';
}

// A table cell must not contain a bare '|'.
std::string cell(std::string_view text) {
    std::string escaped;
    for (char c : text) {
        if (c == '|')
            escaped += '\\';
        escaped += c;
    }
    return escaped;
}

// A formula in file notation (`;` between arguments, `{1;2|3;4}`: `;`
// between columns, `|` between rows) as Calc in English or Chinese shows it:
// `,` between arguments and columns, `;` between rows (`{1,2;3,4}`). Calc
// takes `;` between arguments too, and `|` between rows.
std::string as_shown(std::string_view formula) {
    std::string shown;
    bool quoted = false;
    bool array = false;
    for (const char c : formula) {
        if (c == '"')
            quoted = !quoted; // "" inside a string toggles twice
        else if (!quoted && c == '{')
            array = true;
        else if (!quoted && c == '}')
            array = false;
        if (!quoted && c == ';')
            shown += ',';
        else if (!quoted && array && c == '|')
            shown += ';';
        else
            shown += c;
    }
    return shown;
}

void print_reference(std::ostream& out) {
    for (const FunctionInfo& function : allot::addin::function_table()) {
        const auto zh = [&](std::string_view english) {
            return allot::addin::text_in(function, english, chinese);
        };
        out << "### " << signature(function) << "\n\n";
        out << function.description << "\n\n";
        out << zh(function.description) << "\n\n";
        out << "| Argument | 参数 | Description | 说明 |\n|---|---|---|---|\n";
        for (const Run& run : runs_of(function)) {
            const auto& argument = *run.first;
            out << "| " << run.name([](std::string_view n) { return std::string(n); })
                << (argument.optional ? " (optional)" : "") << " | " << run.name(zh) << " | "
                << cell(argument.description) << " | " << cell(zh(argument.description)) << " |\n";
        }
        out << "\nExample / 示例: `" << as_shown(function.example) << "` → "
            << function.example_result << " / " << zh(function.example_result) << "\n\n";
    }
}

std::string po_quoted(std::string_view text) {
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + '"';
}

void print_pot(std::ostream& out) {
    out << "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";
    for (std::string_view text : allot::addin::user_texts())
        out << "msgid " << po_quoted(text) << "\nmsgstr \"\"\n\n";
}

} // namespace

int main(int argc, char** argv) {
    int first = 1;
    std::string catalogs = ALLOT_LOCALE_DIR;
    if (argc > 2 && std::string_view(argv[1]) == "--catalogs") {
        catalogs = argv[2];
        first = 3;
    }
    allot::addin::set_catalog_dir(catalogs);
    const std::string_view mode = argc > first ? argv[first] : "";
    if (mode == "--pot") {
        print_pot(std::cout);
        return 0;
    }
    print_reference(std::cout);
    return 0;
}
