// Plain-language reasons for errors, in the user's language, through
// Boost.Locale message catalogs (English msgids, zh_CN translations).
#pragma once

#include "function_table.hpp"

#include <allot/error.hpp>

#include <string>

namespace allot::addin {

// Where the compiled catalogs live (<dir>/zh_CN/LC_MESSAGES/allot.mo).
// Must be called before the first explain(); later calls are ignored.
void set_catalog_dir(const std::string& dir);

// The reason for `error` in `language`, with its arguments filled in. Given
// the function that failed, its own argument names come first (COMMISSION's
// rates are 提成比例, FUNNEL's 转化率).
std::string explain(const Error& error, Language language, const FunctionInfo* function = nullptr);

// The short answer of ALLOT.WHY when the call has no error.
std::string no_error(Language language);

// A message that is not one of the engine's problems (e.g. an internal failure).
std::string translate(std::string_view english, Language language);

} // namespace allot::addin
