#include "decimal.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace allot::detail {

namespace {

constexpr double digits_limit = 1e15;

BigInt power_of_ten(int exponent) {
    BigInt result = 1;
    BigInt base = 10;
    for (unsigned e = static_cast<unsigned>(exponent); e != 0; e >>= 1) {
        if (e & 1)
            result *= base;
        base *= base;
    }
    return result;
}

Decimal normalised(std::int64_t digits, int exponent) {
    if (digits == 0)
        return {0, 0};
    while (digits % 10 == 0) {
        digits /= 10;
        ++exponent;
    }
    return {digits, exponent};
}

} // namespace

Decimal to_decimal(double value) {
    if (value == 0)
        return {0, 0};
    // Whole numbers below 10^15 are their own decimal: no formatting needed.
    if (std::fabs(value) < digits_limit && value == std::trunc(value))
        return normalised(static_cast<std::int64_t>(value), 0);
    // "d.dddddddddddddde±x": 15 significant digits, correctly rounded.
    char text[32];
    const auto result =
        std::to_chars(text, text + sizeof text - 1, value, std::chars_format::scientific, 14);
    if (result.ec != std::errc())
        throw std::logic_error("allot: a number that cannot be formatted");
    *result.ptr = '\0'; // to_chars does not end the text
    std::int64_t digits = 0;
    const char* p = text;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    for (; *p != 'e'; ++p)
        if (*p != '.')
            digits = digits * 10 + (*p - '0');
    const int exponent = std::atoi(p + 1) - 14;
    return normalised(negative ? -digits : digits, exponent);
}

UnitAmounts::UnitAmounts(double unit) : unit_(unit) {
    if (!(unit > 0) || !std::isfinite(unit))
        return;
    const Decimal d = to_decimal(unit);
    if (d.exponent < 0 && d.exponent >= -22) { // 10^22 is the largest exact power of ten
        digits_ = static_cast<double>(d.digits);
        divisor_ = std::pow(10.0, -d.exponent);
        exact_ = true;
    }
}

ExactDecimal exact_decimal(double value) {
    const Decimal d = to_decimal(value);
    return {BigInt(d.digits), d.exponent};
}

ExactDecimal operator*(const ExactDecimal& a, const ExactDecimal& b) {
    return {a.mantissa * b.mantissa, a.exponent + b.exponent};
}

ExactDecimal operator*(const ExactDecimal& a, int128 b) {
    return {a.mantissa * to_big(b), a.exponent};
}

BigInt scaled_to(const ExactDecimal& value, int exponent) {
    if (exponent > value.exponent)
        throw std::logic_error("allot: decimal scaled up");
    return value.mantissa * power_of_ten(value.exponent - exponent);
}

int compare(const ExactDecimal& a, const ExactDecimal& b) {
    const int exponent = std::min(a.exponent, b.exponent);
    const BigInt x = scaled_to(a, exponent);
    const BigInt y = scaled_to(b, exponent);
    return x < y ? -1 : (x > y ? 1 : 0);
}

} // namespace allot::detail
