// The Hold mark: a cell style. Visible (a pale amber fill), saved with the
// document in .ods and .xlsx, and kept by copy and paste. A held cell's
// style inherits from the style the cell had before, so number formats and
// fonts stay, and Release gives the cell that style back.
#pragma once

#include <allot/commands/refusal.hpp>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>
#include <string_view>

namespace allot::addin {

// Whether a cell style is a Hold mark, in any language's name: "Allot Held",
// "Allot 锁定", or either followed by " · <the style it inherits from>".
bool is_held_style(std::string_view name);

// The Hold style for cells whose style is now `base`, created if the
// document lacks it; its name is in the UI language.
std::string held_style_for(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                           const std::string& base, const commands::Language& language);

// The style a held cell goes back to on Release.
std::string released_style(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                           const std::string& held);

} // namespace allot::addin
