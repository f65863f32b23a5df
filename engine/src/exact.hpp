// Exact arithmetic for the rare comparisons that floating point cannot
// settle. Every finite double is a dyadic rational m·2^e, and so are sums and
// products of doubles and integers: a Dyadic holds one exactly (big integer
// mantissa, binary exponent). The fast paths use long double with proven
// error bounds and fall back to this only when two values are too close.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <cstdint>
#include <vector>

namespace allot::detail {

__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

using BigInt = boost::multiprecision::cpp_int;

BigInt to_big(int128 value);

// value = mantissa · 2^exponent, exactly.
struct Dyadic {
    BigInt mantissa;
    int exponent = 0;
};

Dyadic to_dyadic(double value); // value finite
Dyadic to_dyadic(int128 value);
Dyadic operator*(const Dyadic& a, const Dyadic& b);
Dyadic operator+(const Dyadic& a, const Dyadic& b);
Dyadic operator-(const Dyadic& a, const Dyadic& b);
int sign(const Dyadic& value);
// Sign of a − b.
int compare(const Dyadic& a, const Dyadic& b);
// ⌊a / b⌋ for b > 0, as a big integer.
BigInt floor_divide(const Dyadic& a, const Dyadic& b);

// Exact sum of non-negative doubles in O(1) per term: one 128-bit bucket per
// binary exponent, combined into a Dyadic only when the value is asked for.
class ExactSum {
public:
    ExactSum();
    void add(double value); // value >= 0 and finite
    Dyadic value() const;

private:
    std::vector<uint128> buckets_;
    int lowest_;
    int highest_;
};

} // namespace allot::detail
