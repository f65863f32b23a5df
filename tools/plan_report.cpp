#include "plan_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace allot::plan {

std::string say(std::string_view english, const Language& language,
                const std::vector<std::string>& args) {
    std::string text = addin::translate(english, language, catalog_context);
    // From the highest number down, so that "{1}" never eats part of "{10}".
    for (std::size_t n = args.size(); n > 0; --n) {
        std::string placeholder = "{"; // not "{" + …: GCC 12 warns falsely (-Wrestrict)
        placeholder += std::to_string(n);
        placeholder += '}';
        for (auto at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + args[n - 1].size()))
            text.replace(at, placeholder.size(), args[n - 1]);
    }
    return text;
}

Table::Table(std::vector<std::string> header, std::vector<bool> right_aligned)
    : header_(std::move(header)), right_(std::move(right_aligned)) {
    if (header_.size() != right_.size())
        throw std::invalid_argument("a table needs one alignment per column");
}

void Table::add_row(std::vector<std::string> cells) {
    cells.resize(header_.size());
    rows_.push_back(std::move(cells));
}

void Table::add_rule() {
    rows_.emplace_back();
}

std::string Table::render(std::string_view indent) const {
    std::vector<std::size_t> widths;
    for (const auto& title : header_)
        widths.push_back(display_width(title));
    for (const auto& row : rows_)
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], display_width(row[c]));

    std::size_t total = 0;
    for (const auto width : widths)
        total += width;
    total += 3 * (widths.size() - 1);

    auto line = [&](const std::vector<std::string>& cells) {
        std::string out(indent);
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string padding(widths[c] - display_width(cells[c]), ' ');
            if (c > 0)
                out += "   ";
            out += right_[c] ? padding + cells[c] : cells[c] + padding;
        }
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        return out + "\n";
    };
    std::string out = line(header_);
    out += std::string(indent) + std::string(total, '-') + "\n";
    for (const auto& row : rows_)
        out += row.empty() ? std::string(indent) + std::string(total, '-') + "\n" : line(row);
    return out;
}

} // namespace allot::plan
