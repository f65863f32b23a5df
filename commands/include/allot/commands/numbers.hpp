// Numbers as a summary shows them: thousands separators and as many
// decimals as the unit needs.
#pragma once

#include <string>

namespace allot::commands {

// "12,000,000", "-1,234.5", "33.33": `decimals` digits after the point.
std::string grouped(double value, int decimals);

// How many digits after the point show every multiple of `unit` exactly
// (1000 → 0, 0.01 → 2); unit 0 (no rounding) → 2.
int decimals_for_unit(double unit);

// `value` grouped with the decimals of `unit`, and a sign for a change.
std::string amount(double value, double unit);
std::string signed_amount(double value, double unit);

} // namespace allot::commands
