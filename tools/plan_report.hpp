// Text tables for the terminal: numbers with thousands separators, columns
// aligned by display width (a Chinese character takes two columns).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace allot::plan {

// "12,000,000", "-1,234.5", "33.33": `decimals` digits after the point.
std::string grouped(double value, int decimals);

// How many digits after the point show every multiple of `unit` exactly
// (1000 → 0, 0.01 → 2); unit 0 (no rounding) → 2.
int decimals_for_unit(double unit);

// Terminal columns a UTF-8 text takes: 2 for East Asian wide characters.
std::size_t display_width(std::string_view text);

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
