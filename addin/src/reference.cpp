// Prints the README's function reference (Markdown) from the function table,
// with --pot the message catalog template for translators, or with
// --extension-description the .oxt's description for the Extension Manager. The README
// section between the "reference" markers is this program's output; a unit
// test keeps the two the same.
#include "function_table.hpp"

#include <allot/error.hpp>

#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

using allot::addin::FunctionInfo;

std::string signature(const FunctionInfo& function) {
    std::string text(function.display.en);
    text += '(';
    bool first = true;
    for (const auto& argument : function.arguments) {
        if (!first)
            text += "; ";
        first = false;
        std::string name(argument.name.en);
        if (argument.repeats)
            name += "…";
        text += argument.optional ? "[" + name + "]" : name;
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

void print_reference(std::ostream& out) {
    for (const FunctionInfo& function : allot::addin::function_table()) {
        out << "### " << signature(function) << "\n\n";
        out << function.description.en << "\n\n";
        out << function.description.zh << "\n\n";
        out << "| Argument | 参数 | Description | 说明 |\n|---|---|---|---|\n";
        for (const auto& argument : function.arguments)
            out << "| " << argument.name.en << (argument.optional ? " (optional)" : "") << " | "
                << argument.name.zh << " | " << cell(argument.description.en) << " | "
                << cell(argument.description.zh) << " |\n";
        out << "\nExample / 示例: `" << function.example << "` → " << function.example_result.en
            << " / " << function.example_result.zh << "\n\n";
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
    out << "msgid \"OK\"\nmsgstr \"\"\n\n";
    for (allot::Problem problem : allot::all_problems())
        out << "msgid " << po_quoted(allot::message_template(problem)) << "\nmsgstr \"\"\n\n";
}

// The Extension Manager's description of the .oxt: an introduction, then
// every function with its description, in one language.
int write_extension_description(std::string_view language, const char* intro_path,
                                const char* out_path) {
    const auto lang =
        language == "zh" ? allot::addin::Language::Chinese : allot::addin::Language::English;
    std::ifstream intro(intro_path);
    std::ofstream out(out_path);
    if (!intro || !out) {
        std::cerr << "allot_reference: cannot read " << intro_path << " or write " << out_path
                  << "\n";
        return 1;
    }
    out << intro.rdbuf();
    for (const FunctionInfo& function : allot::addin::function_table())
        out << "\n" << function.display.in(lang) << ": " << function.description.in(lang) << "\n";
    return out ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    const std::string_view mode = argc > 1 ? argv[1] : "";
    if (mode == "--pot") {
        print_pot(std::cout);
        return 0;
    }
    if (mode == "--extension-description") {
        if (argc != 5) {
            std::cerr << "usage: allot_reference --extension-description en|zh INTRO OUT\n";
            return 2;
        }
        return write_extension_description(argv[2], argv[3], argv[4]);
    }
    print_reference(std::cout);
    return 0;
}
