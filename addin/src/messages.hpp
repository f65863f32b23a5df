// Plain-language reasons for errors, in the user's language: the English
// template of a problem translated through the catalogs, its values filled
// in, and the argument at fault named as the function table names it.
#pragma once

#include "call_error.hpp"
#include "function_table.hpp"
#include "translation.hpp"

#include <allot/error.hpp>

#include <string>

namespace allot::addin {

// The reason for an error of a call to `function` in `language`; without
// the function (nullptr), arguments the error names stay "{argument}".
std::string explain(const Error& error, const Language& language,
                    const FunctionInfo* function = nullptr);
std::string explain(const CallError& error, const Language& language,
                    const FunctionInfo* function = nullptr);

// A note of ALLOT.WHY, in `language`.
std::string explain(Note note, const Language& language);

// The short answer of ALLOT.WHY when the call has no error.
std::string no_error(const Language& language);

// Every English text a user can read: the function table's, the problems'
// and notes', the status texts, "OK". The msgids of every catalog.
std::vector<std::string_view> user_texts();

} // namespace allot::addin
