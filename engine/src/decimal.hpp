// Numbers as the user sees them (the README's "How each function decides"): Calc shows and rounds a
// double at 15 significant digits, so the 0.07 a person typed is 7/100, and 0.1+0.2 is 0.3, not the
// binary values next to them. Quotas, remainders and ties are decided on these decimal values;
// binary arithmetic decides everything that is not within a hair of a tie, and these exact values
// settle the rest.
#pragma once

#include "exact.hpp"

#include <cmath>
#include <cstdint>

namespace allot::detail {

// value = digits · 10^exponent exactly, |digits| < 10^15, no trailing zero
// digits (so equal values have equal representations); 0 is {0, 0}.
struct Decimal {
    std::int64_t digits = 0;
    int exponent = 0;
};

// A finite double at 15 significant digits, rounded to nearest as Calc shows it.
Decimal to_decimal(double value);

// Relative distance between a double and its 15-digit decimal: at most half a
// unit in the 15th digit, 5e-15 < 2^-47.
inline constexpr double decimal_deviation = 0x1p-47;

// count × unit as the user reads it: the double nearest to the decimal
// product (3 units of 0.1 are 0.3, not 0.30000000000000004). A unit with
// up to 22 decimals and 15 digits takes one exact product and one correctly
// rounded division; any other unit, the plain product.
class UnitAmounts {
public:
    explicit UnitAmounts(double unit);
    double operator()(std::int64_t count) const {
        const double scaled = static_cast<double>(count) * digits_; // exact below 2^53
        return exact_ && std::fabs(scaled) < 0x1p53 ? scaled / divisor_
                                                    : static_cast<double>(count) * unit_;
    }

private:
    double unit_;
    double digits_ = 0;
    double divisor_ = 1;
    bool exact_ = false;
};

// An exact decimal value: mantissa · 10^exponent.
struct ExactDecimal {
    BigInt mantissa;
    int exponent = 0;
};

ExactDecimal exact_decimal(double value); // of to_decimal(value)
ExactDecimal operator*(const ExactDecimal& a, const ExactDecimal& b);
ExactDecimal operator*(const ExactDecimal& a, int128 b);
// Sign of a − b.
int compare(const ExactDecimal& a, const ExactDecimal& b);

// The mantissa of `value` scaled to the (lower or equal) exponent `exponent`.
BigInt scaled_to(const ExactDecimal& value, int exponent);

} // namespace allot::detail
