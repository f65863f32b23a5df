#include <allot/commands/total_change.hpp>

#include <charconv>
#include <cmath>
#include <string>

namespace allot::commands {
namespace {

// Full-width forms (U+FF01–U+FF5E) are ASCII + 0xFEE0; the minus sign
// U+2212 is "-". Everything else passes through unchanged.
std::string narrowed(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == 0xEF && i + 2 < text.size()) {
            const unsigned code = ((byte & 0x0Fu) << 12) |
                                  ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                                  (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
            if (code >= 0xFF01 && code <= 0xFF5E) {
                out += static_cast<char>(code - 0xFEE0);
                i += 3;
                continue;
            }
        }
        if (text.substr(i).starts_with("\xE2\x88\x92")) { // U+2212 minus sign
            out += '-';
            i += 3;
            continue;
        }
        out += text[i++];
    }
    return out;
}

bool strip_suffix(std::string& text, std::string_view suffix) {
    if (!text.ends_with(suffix))
        return false;
    text.erase(text.size() - suffix.size());
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    return true;
}

} // namespace

double TotalChange::applied_to(double current) const {
    switch (kind) {
    case Kind::Absolute:
        return amount;
    case Kind::Add:
        return current + amount;
    case Kind::Percent:
        return current * (100.0 + amount) / 100.0;
    case Kind::Share:
        return current * amount / 100.0;
    }
    return amount;
}

std::optional<TotalChange> parse_total_change(std::string_view typed) {
    std::string text = narrowed(typed);
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return std::nullopt;
    text = text.substr(first, text.find_last_not_of(" \t") - first + 1);

    char sign = 0;
    if (text[0] == '+' || text[0] == '-') {
        sign = text[0];
        text.erase(0, 1);
    }
    const bool percent = strip_suffix(text, "%");
    int exponent = 0; // of ten, from the suffix
    if (!percent) {
        if (strip_suffix(text, "\xE4\xBA\xBF")) // 亿
            exponent = 8;
        else if (strip_suffix(text, "\xE4\xB8\x87")) // 万
            exponent = 4;
        else if (strip_suffix(text, "k") || strip_suffix(text, "K"))
            exponent = 3;
        else if (strip_suffix(text, "M") || strip_suffix(text, "m"))
            exponent = 6;
    }
    // Digits with one decimal point; separators between digit groups.
    std::string digits;
    bool point = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (c == '.' && !point) {
            point = true;
            digits += c;
        } else if ((c == ',' || c == ' ' || c == '_' || c == '\'') && !point && !digits.empty() &&
                   i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (digits.empty() || digits == ".")
        return std::nullopt;
    // Scaling by the suffix in the decimal text keeps "0.55亿" exact.
    digits += "e" + std::to_string(exponent);
    double amount = 0.0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), amount);
    if (error != std::errc() || end != digits.data() + digits.size() || !std::isfinite(amount))
        return std::nullopt;

    TotalChange change;
    if (percent) {
        change.kind = sign ? TotalChange::Kind::Percent : TotalChange::Kind::Share;
        change.amount = sign == '-' ? -amount : amount;
    } else {
        change.kind = sign ? TotalChange::Kind::Add : TotalChange::Kind::Absolute;
        change.amount = sign == '-' ? -amount : amount;
    }
    return change;
}

} // namespace allot::commands
