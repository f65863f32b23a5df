// The Targets menu's dialogs (addin/dialogs/*.xdl, texts from the
// .properties files generated from the catalogs) and message boxes, parented
// to the document's window.
#pragma once

#include "command.hpp"

#include <allot/commands/redistribute.hpp>

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XDialogEventHandler.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace allot::addin {

// A dialog of the extension's dialogs/ folder (its texts in the office's UI
// language from the .properties beside it), with a handler for its buttons'
// vnd.sun.star.UNO: events, or none.
css::uno::Reference<css::awt::XDialog>
load_dialog(const Invocation& call, const char* name,
            const css::uno::Reference<css::awt::XDialogEventHandler>& handler = {});
css::uno::Reference<css::awt::XControl>
control(const css::uno::Reference<css::awt::XDialog>& dialog, const char* name);
void set_label(const css::uno::Reference<css::awt::XDialog>& dialog, const char* name,
               const std::string& text);
void set_text(const css::uno::Reference<css::awt::XDialog>& dialog, const char* name,
              const std::string& text);
std::string text_of(const css::uno::Reference<css::awt::XDialog>& dialog, const char* name);
void enable(const css::uno::Reference<css::awt::XDialog>& dialog, const char* name, bool enabled);
void dispose(const css::uno::Reference<css::awt::XDialog>& dialog);

// What the Redistribute dialog shows before the user chooses.
struct RedistributeFacts {
    std::string range;      // "B2:M6"
    std::string total_cell; // a plan's total cell ("AnnualTarget (B3)"); "" for a block
    int cells = 0;
    int held = 0;
    double current_total = 0.0;
    double unit = 1.0;
};

struct RedistributeChoices {
    std::string total; // as typed: "5500万", "+10%"
    commands::Basis basis = commands::Basis::Current;
    std::string basis_range;
    double unit = 1.0;
    int closed_periods = 0;
    bool periods_in_rows = false;
};

// std::nullopt when the user cancels.
std::optional<RedistributeChoices> ask_redistribute(const Invocation& call,
                                                    const RedistributeFacts& facts);

// Decompose's wizard, three steps (the target and method; the rows and the
// method's inputs; a preview of two methods, and where to write). Returns
// the named arguments a macro would pass, or std::nullopt when cancelled.
// `preview` turns the arguments chosen so far into the text of step 3.
using Arguments = std::map<std::string, css::uno::Any>;
std::optional<Arguments> ask_decompose(const Invocation& call, const std::string& input,
                                       const std::function<std::string(const Arguments&)>& preview);

// A message box: an outcome (`error` false) or a refusal.
void tell(const Invocation& call, const std::string& title, const std::string& message, bool error);

// A question with Yes and No (No is the default): true for Yes.
bool ask(const Invocation& call, const std::string& title, const std::string& question);

// A file: URL to save to, from the office's Save dialog; std::nullopt when cancelled.
std::optional<std::string> ask_save_url(const Invocation& call, const std::string& suggested_name);

} // namespace allot::addin
