// Exact rational arithmetic for the oracles (Boost.Multiprecision): every
// double converted without rounding, and floors of fractions.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace allot::testing {

using Int = boost::multiprecision::cpp_int;
using Rational = boost::multiprecision::cpp_rational;

// Every double is m·2^e exactly.
inline Rational exact(double x) {
    if (x == 0)
        return Rational(0);
    int e = 0;
    const double f = std::frexp(x, &e);
    const auto m = static_cast<std::int64_t>(std::ldexp(f, 53));
    e -= 53;
    Rational r(m);
    if (e > 0)
        r *= Rational(Int(1) << e);
    else
        r /= Rational(Int(1) << -e);
    return r;
}

// The value a person sees in Calc: the double at 15 significant digits
// (the README's "How each function decides"), as an exact decimal fraction.
inline Rational decimal(double x) {
    if (x == 0)
        return Rational(0);
    char text[40];
    std::snprintf(text, sizeof text, "%.14e", x);
    const char* e = std::strchr(text, 'e');
    Int digits = 0;
    for (const char* p = text; p != e; ++p)
        if (*p >= '0' && *p <= '9')
            digits = digits * 10 + (*p - '0');
    const int exponent = std::atoi(e + 1) - 14;
    Rational r(text[0] == '-' ? Int(-digits) : digits);
    Int scale = 1;
    for (int k = 0; k < std::abs(exponent); ++k)
        scale *= 10;
    if (exponent > 0)
        r *= Rational(scale);
    else
        r /= Rational(scale);
    return r;
}

inline Int floor_of(const Rational& r) {
    const Int n = numerator(r);
    const Int d = denominator(r);
    Int q = n / d;
    if (n < 0 && q * d != n)
        q -= 1;
    return q;
}

} // namespace allot::testing
