// Kahan–Babuška–Neumaier summation, written once: the running sum plus the
// low-order bits each addition lost, added back at the end. The result is
// within a few ulps of the exact sum whatever the order and the magnitudes
// of the terms, where a plain loop loses the small terms beside large ones.
#pragma once

#include <cmath>

namespace allot::detail {

class CompensatedSum {
public:
    CompensatedSum() = default;
    explicit CompensatedSum(long double start) : sum_(start) {}

    void add(long double term) {
        const long double next = sum_ + term;
        compensation_ +=
            std::fabs(sum_) >= std::fabs(term) ? (sum_ - next) + term : (term - next) + sum_;
        sum_ = next;
    }

    long double value() const { return sum_ + compensation_; }

private:
    long double sum_ = 0;
    long double compensation_ = 0;
};

// The compensated sum of a range of numbers.
template <class Range> long double compensated_sum(const Range& values) {
    CompensatedSum sum;
    for (const auto& value : values)
        sum.add(static_cast<long double>(value));
    return sum.value();
}

} // namespace allot::detail
