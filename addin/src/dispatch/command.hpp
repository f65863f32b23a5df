// One run of a Targets command: the workbook it works on, the arguments a
// macro passed (none from the menu), the UI language, and what it ends with.
#pragma once

#include "workbook.hpp"

#include <allot/commands/refusal.hpp>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/uno/Any.hxx>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace allot::addin {

struct Invocation {
    Workbook workbook;
    commands::Language language;
    // From the menu or toolbar (no arguments of the command's own): dialogs
    // ask for what is missing and message boxes tell the outcome. With
    // arguments (a macro, a test): no dialog, the outcome is returned.
    bool interactive = true;
    std::map<std::string, css::uno::Any> arguments;
    // The arguments come from a dialog: a question (may it write over these
    // cells?) may still be asked before anything is written.
    bool may_ask = false;

    bool has(const std::string& name) const;
    // An argument as text (numbers in their shortest form); nullopt if absent.
    std::optional<std::string> text(const std::string& name) const;
    // An argument as a number (text holding a number is read too); throws
    // Refusal(BadArgument) when it is something else.
    std::optional<double> number(const std::string& name) const;
    std::optional<bool> flag(const std::string& name) const;
};

struct Outcome {
    enum class Status { Done, Refused, Cancelled };
    Status status = Status::Done;
    std::string message; // in the UI language; "" when there is nothing to tell
    std::vector<css::beans::NamedValue> values; // for a macro: counts, the range…

    void add(const char* name, const css::uno::Any& value);
};

Outcome redistribute(Invocation& call);
Outcome hold(Invocation& call, bool release);
Outcome freeze_for_excel(Invocation& call);
Outcome why(Invocation& call);
Outcome decompose(Invocation& call);

} // namespace allot::addin
