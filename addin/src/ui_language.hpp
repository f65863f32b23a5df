// The language of the office's menus, which is the language Allot answers in
// (ALLOT.WHY, ALLOT.STATUS, the Targets menu's dialogs and reports).
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace allot::addin {

// The UI locale tag ("zh-CN", "en-US"): the user's choice in Tools ▸ Options
// ▸ Language Settings, else the installation's locale; "" when unreadable.
// Calc's XLocalizable::setLocale cannot tell: Calc sets the UI locale and
// then en-US (to learn the English function names) and leaves it there.
std::string ui_language_tag(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace allot::addin
