// Exact rational arithmetic for the oracles (Boost.Multiprecision): every
// double converted without rounding, and floors of fractions.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <cmath>
#include <cstdint>

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

inline Int floor_of(const Rational& r) {
    const Int n = numerator(r);
    const Int d = denominator(r);
    Int q = n / d;
    if (n < 0 && q * d != n)
        q -= 1;
    return q;
}

} // namespace allot::testing
