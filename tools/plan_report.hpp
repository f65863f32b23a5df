// What allot-plan prints: its texts in the user's language, and text tables
// for the terminal, numbers with thousands separators, columns aligned by
// display width (a Chinese character takes two columns).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <allot/commands/numbers.hpp>
#include <allot/commands/text.hpp>
#include <translation.hpp>

namespace allot::plan {

using addin::Language;
using commands::decimals_for_unit;
using commands::display_width;
using commands::grouped;

// The catalogs' context of allot-plan's texts (addin/po/*/plan.po).
inline constexpr std::string_view catalog_context = "allot-plan";

// A text of plan_texts.hpp in `language`, with "{1}", "{2}" … replaced by `args`.
std::string say(std::string_view english, const Language& language,
                const std::vector<std::string>& args = {});

class Table {
public:
    // `right_aligned[i]`: column i holds numbers.
    Table(std::vector<std::string> header, std::vector<bool> right_aligned);
    void add_row(std::vector<std::string> cells);
    void add_rule(); // a line of dashes across the table
    std::string render(std::string_view indent = "  ") const;

private:
    std::vector<std::string> header_;
    std::vector<bool> right_;
    std::vector<std::vector<std::string>> rows_; // an empty row is a rule
};

} // namespace allot::plan
