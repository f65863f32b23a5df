// What a user types as the new total of a block or plan: a number
// ("5,500,000", "5500万", "0.55亿", "5.5M"), a change ("+10%", "−500,000",
// "+500万") or a share of the current total ("110%").
#pragma once

#include <optional>
#include <string_view>

namespace allot::commands {

struct TotalChange {
    enum class Kind {
        Absolute, // the new total itself
        Add,      // the current total plus `amount` (negative: minus)
        Percent,  // the current total changed by `amount` percent (+10 → ×1.1)
        Share,    // `amount` percent of the current total (110 → ×1.1)
    };
    Kind kind = Kind::Absolute;
    double amount = 0.0;

    // The new total, given the current one.
    double applied_to(double current) const;
};

// Reads what was typed; std::nullopt when it is not one of the forms above.
// Accepts thousands separators (",", spaces, "_"), full-width digits and
// signs, the minus sign "−", the suffixes 万 (10^4), 亿 (10^8), k, M, and
// a percent sign (% or ％). Decimals are read exactly as typed ("0.55亿" is
// 55,000,000 exactly).
std::optional<TotalChange> parse_total_change(std::string_view typed);

} // namespace allot::commands
