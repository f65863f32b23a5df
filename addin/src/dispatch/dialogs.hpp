// The Targets menu's dialogs (addin/dialogs/*.xdl, texts from the
// .properties files generated from the catalogs) and message boxes, parented
// to the document's window.
#pragma once

#include "command.hpp"

#include <allot/commands/redistribute.hpp>

#include <optional>
#include <string>

namespace allot::addin {

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

// A message box: an outcome (`error` false) or a refusal.
void tell(const Invocation& call, const std::string& title, const std::string& message, bool error);

// A file: URL to save to, from the office's Save dialog; std::nullopt when cancelled.
std::optional<std::string> ask_save_url(const Invocation& call, const std::string& suggested_name);

} // namespace allot::addin
