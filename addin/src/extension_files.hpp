// Where the extension's files are, and what every component of it prepares
// once when the office first creates it: the message catalogs and the log.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace allot::addin {

// The directory this library was loaded from: the unpacked extension.
std::string library_dir();

// Opens the log in the user profile and points the translations at the
// extension's catalogs. Either component (the functions, the Targets menu)
// may be created first; later calls change nothing. Never throws.
void prepare_extension(const css::uno::Reference<css::uno::XComponentContext>& context) noexcept;

} // namespace allot::addin
