// The one table that describes every ALLOT.* function: programmatic and
// display names, arguments, descriptions and an example. The XAddIn answers
// (Function Wizard), ALLOT.WHY, the call table (calls.cpp) and the README's
// function reference are all read from it. Its texts are English; other
// languages come from the catalogs (translation.hpp). Knows nothing of UNO.
#pragma once

#include "translation.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace allot::addin {

struct ArgumentInfo {
    // As the Function Wizard shows it, e.g. "deal_size"; also its key in the call table.
    std::string_view name;
    std::string_view description;
    // Optional arguments come last and are `any` in XFunctions.idl; required
    // ones are sequence<sequence<any>>, which Calc marks required.
    bool optional = false;
};

struct FunctionInfo {
    std::string_view programmatic; // the method name in XFunctions.idl
    std::string_view display;      // what users type, e.g. ALLOT.SPLIT, in every language
    std::string_view description;
    std::span<const ArgumentInfo> arguments;
    std::string_view example; // a formula for the reference, in file notation
    std::string_view example_result;

    // The position of the argument called `name`; std::nullopt if there is none.
    std::optional<std::size_t> position_of(std::string_view name) const;
};

std::span<const FunctionInfo> function_table();

// Look-ups; nullptr when there is no such function.
const FunctionInfo* find_programmatic(std::string_view name);
// Accepts "SPLIT" or "ALLOT.SPLIT" (the display name), in any case.
const FunctionInfo* find_by_user_name(std::string_view name);

// A text of the table in `language`. The function's programmatic name is
// the catalog context, so one function may translate a word differently
// ("rates" are 提成比例 in COMMISSION, 转化率 elsewhere).
std::string text_in(const FunctionInfo& function, std::string_view english,
                    const Language& language);

// An argument's name as messages show it: English without underscores
// ("deal size"), other languages as the Function Wizard does.
std::string argument_phrase(const FunctionInfo& function, std::size_t position,
                            const Language& language);

// The most arguments any function other than ALLOT.WHY takes: ALLOT.WHY
// takes that many after the function's name.
std::size_t most_arguments();

} // namespace allot::addin
