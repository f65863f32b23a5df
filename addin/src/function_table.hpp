// The one table that describes every ALLOT.* function: programmatic and
// display names, arguments, and descriptions in English and Simplified
// Chinese. The XAddIn answers (Function Wizard), ALLOT.WHY's look-up and the
// README's function reference are all read from it. Knows nothing of UNO.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace allot::addin {

enum class Language { English, Chinese };

struct Text {
    std::string_view en;
    std::string_view zh;
    std::string_view in(Language language) const { return language == Language::Chinese ? zh : en; }
};

struct ArgumentInfo {
    Text name;
    Text description;
    bool optional = false;
    bool repeats = false; // the last argument may be given any number of times
};

struct FunctionInfo {
    std::string_view programmatic; // the method name in XFunctions.idl
    Text display;                  // what users type, e.g. ALLOT.SPLIT
    Text description;
    std::span<const ArgumentInfo> arguments;
    std::string_view example; // a formula for the reference, in file notation
    Text example_result;
};

std::span<const FunctionInfo> function_table();

// Look-ups; nullptr when there is no such function.
const FunctionInfo* find_programmatic(std::string_view name);
// Accepts "SPLIT", "ALLOT.SPLIT" or the display name in either language, any case.
const FunctionInfo* find_by_user_name(std::string_view name);

// The language for a BCP-47 / POSIX language tag ("zh", "zh-CN", "en-US" …).
Language language_of(std::string_view tag);

} // namespace allot::addin
