// Kahan–Babuška–Neumaier summation, written once: the running sum plus the
// low-order bits each addition lost, added back at the end. The result is
// within a few ulps of the exact sum whatever the order and the magnitudes
// of the terms, where a plain loop loses the small terms beside large ones.
#pragma once

#include <cmath>

namespace allot::detail {

// In `Real` arithmetic: long double by default, double where speed matters
// more than the last bits (SPLIT's common case).
template <class Real = long double> class CompensatedSum {
public:
    CompensatedSum() = default;
    explicit CompensatedSum(Real start) : sum_(start) {}

    void add(Real term) {
        const Real next = sum_ + term;
        compensation_ +=
            std::fabs(sum_) >= std::fabs(term) ? (sum_ - next) + term : (term - next) + sum_;
        sum_ = next;
    }

    // Adds another compensated sum (of other terms): its running sum as a
    // term, its lost bits to ours.
    void add(const CompensatedSum& other) {
        add(other.sum_);
        compensation_ += other.compensation_;
    }

    Real value() const { return sum_ + compensation_; }
    // The plain running sum (infinite on overflow) and the bits it lost,
    // to be added in a wider type.
    Real plain() const { return sum_; }
    Real lost() const { return compensation_; }

private:
    Real sum_ = 0;
    Real compensation_ = 0;
};

// The compensated sum of a range of numbers.
template <class Range> long double compensated_sum(const Range& values) {
    CompensatedSum<> sum;
    for (const auto& value : values)
        sum.add(static_cast<long double>(value));
    return sum.value();
}

} // namespace allot::detail
