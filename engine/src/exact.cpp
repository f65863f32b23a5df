#include "exact.hpp"

#include <bit>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

namespace allot::detail {

namespace {

// Binary exponents of the odd mantissa of a positive finite double: from the
// smallest denormal, 1·2^-1074, to the largest power of two, 1·2^1023 (the
// exponent of an odd mantissa reaches past DBL_MAX's 2^971 when the trailing
// zero bits are stripped).
using limits = std::numeric_limits<double>;
constexpr int lowest_exponent = limits::min_exponent - limits::digits; // -1074
constexpr int highest_exponent = limits::max_exponent - 1;             // 1023

struct Binary {
    std::uint64_t mantissa; // odd, or 0
    int exponent;
};

// |value| = mantissa · 2^exponent exactly.
Binary decompose(double value) {
    if (value == 0)
        return {0, 0};
    int exponent = 0;
    const double fraction = std::frexp(std::fabs(value), &exponent);
    auto mantissa = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
    exponent -= 53;
    const int zeros = std::countr_zero(mantissa);
    return {mantissa >> zeros, exponent + zeros};
}

// Both mantissas scaled to the smaller exponent.
std::pair<BigInt, BigInt> aligned(const Dyadic& a, const Dyadic& b, int& exponent) {
    exponent = std::min(a.exponent, b.exponent);
    BigInt x = a.mantissa;
    BigInt y = b.mantissa;
    x <<= static_cast<unsigned>(a.exponent - exponent);
    y <<= static_cast<unsigned>(b.exponent - exponent);
    return {std::move(x), std::move(y)};
}

} // namespace

BigInt to_big(int128 value) {
    const bool negative = value < 0;
    const uint128 magnitude =
        negative ? uint128(0) - static_cast<uint128>(value) : static_cast<uint128>(value);
    BigInt result = static_cast<std::uint64_t>(magnitude >> 64);
    result <<= 64;
    result += static_cast<std::uint64_t>(magnitude);
    return negative ? BigInt(-result) : result;
}

Dyadic to_dyadic(double value) {
    const Binary binary = decompose(value);
    Dyadic result{BigInt(binary.mantissa), binary.exponent};
    if (value < 0)
        result.mantissa = -result.mantissa;
    return result;
}

Dyadic to_dyadic(int128 value) {
    return Dyadic{to_big(value), 0};
}

Dyadic operator*(const Dyadic& a, const Dyadic& b) {
    return Dyadic{a.mantissa * b.mantissa, a.exponent + b.exponent};
}

Dyadic operator+(const Dyadic& a, const Dyadic& b) {
    int exponent = 0;
    auto [x, y] = aligned(a, b, exponent);
    return Dyadic{x + y, exponent};
}

Dyadic operator-(const Dyadic& a, const Dyadic& b) {
    int exponent = 0;
    auto [x, y] = aligned(a, b, exponent);
    return Dyadic{x - y, exponent};
}

int sign(const Dyadic& value) {
    return value.mantissa.sign();
}

int compare(const Dyadic& a, const Dyadic& b) {
    return sign(a - b);
}

BigInt floor_divide(const Dyadic& a, const Dyadic& b) {
    int exponent = 0;
    auto [x, y] = aligned(a, b, exponent);
    BigInt quotient = x / y; // truncates toward zero
    if (x.sign() < 0 && quotient * y != x)
        quotient -= 1;
    return quotient;
}

ExactSum::ExactSum()
    : buckets_(highest_exponent - lowest_exponent + 1, 0), lowest_(highest_exponent + 1),
      highest_(lowest_exponent - 1) {}

void ExactSum::add(double value) {
    const Binary binary = decompose(value);
    if (binary.mantissa == 0)
        return;
    if (binary.exponent < lowest_exponent || binary.exponent > highest_exponent)
        throw std::logic_error("allot: exponent outside the exact sum's buckets");
    const int index = binary.exponent - lowest_exponent;
    // A bucket holds up to 2^75 mantissas of 53 bits before it could overflow.
    buckets_[static_cast<std::size_t>(index)] += binary.mantissa;
    lowest_ = std::min(lowest_, index);
    highest_ = std::max(highest_, index);
}

Dyadic ExactSum::value() const {
    Dyadic sum{BigInt(0), 0};
    if (lowest_ > highest_)
        return sum;
    for (int index = highest_; index >= lowest_; --index) {
        const uint128 bucket = buckets_[static_cast<std::size_t>(index)];
        // Horner-like: shift what we have by one exponent step, add this bucket.
        if (index != highest_)
            sum.mantissa <<= 1;
        if (bucket != 0)
            sum.mantissa += to_big(static_cast<int128>(bucket));
    }
    sum.exponent = lowest_ + lowest_exponent;
    return sum;
}

} // namespace allot::detail
