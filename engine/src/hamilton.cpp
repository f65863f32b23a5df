// Largest remainder (Hamilton's method). Balinski & Young, "Fair
// Representation" (1982): give every part the floor of its quota, then one
// more unit to the parts with the largest fractional remainders. It satisfies
// quota (each part within one unit of its exact share); the Alabama and
// population paradoxes are inherent to it (their impossibility theorem).
//
// Exactness: the quotas are computed in long double, whose error we bound;
// a floor or a comparison of remainders that falls inside that bound is
// settled in exact dyadic arithmetic, so the result never depends on how a
// machine rounds.
#include "hamilton.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>
#include <unordered_map>

namespace allot::detail {

namespace {

// A quota q = units · w · (1/Σw) goes through: the compensated sum Σw
// (relative error below 2^-63 for positive terms), 1/Σw, the conversion of
// `units` and two products, each rounding by at most 2^-64. 2^-56 leaves a
// wide margin; the absolute floor guards quotas that underflow.
constexpr long double relative_error = 0x1p-56L;
constexpr long double absolute_error = 0x1p-16000L;

// Kahan–Babuška–Neumaier summation.
long double compensated_sum(std::span<const double> values) {
    long double sum = 0;
    long double compensation = 0;
    for (double value : values) {
        const long double term = value;
        const long double next = sum + term;
        if (std::fabs(sum) >= std::fabs(term))
            compensation += (sum - next) + term;
        else
            compensation += (term - next) + sum;
        sum = next;
    }
    return sum + compensation;
}

std::int64_t to_int64(const BigInt& value) {
    if (value > BigInt(INT64_MAX) || value < BigInt(INT64_MIN))
        throw std::logic_error("allot: quota outside the int64 range");
    return value.convert_to<std::int64_t>();
}

// Exact floors and remainders, computed only for the parts that need them.
// Parts with equal weights have equal quotas, so results are kept per weight.
class ExactQuotas {
public:
    ExactQuotas(int128 units, std::span<const double> weights)
        : units_(to_dyadic(units)), weights_(weights) {}

    std::int64_t floor(double weight) {
        auto found = floors_.find(weight);
        if (found == floors_.end())
            found =
                floors_.emplace(weight, to_int64(floor_divide(units_ * to_dyadic(weight), total())))
                    .first;
        return found->second;
    }

    // units·w − ⌊q⌋·Σw: the remainder times the common denominator Σw.
    const Dyadic& remainder(double weight, std::int64_t floor) {
        auto found = remainders_.find(weight);
        if (found == remainders_.end()) {
            Dyadic value = units_ * to_dyadic(weight) - to_dyadic(int128(floor)) * total();
            found = remainders_.emplace(weight, std::move(value)).first;
        }
        return found->second;
    }

private:
    const Dyadic& total() {
        if (!total_) {
            ExactSum sum;
            for (double weight : weights_)
                sum.add(weight);
            total_ = sum.value();
        }
        return *total_;
    }

    Dyadic units_;
    std::span<const double> weights_;
    std::optional<Dyadic> total_;
    std::unordered_map<double, std::int64_t> floors_;
    std::unordered_map<double, Dyadic> remainders_;
};

struct Candidate {
    long double remainder; // approximate fractional part of the quota
    double error;          // bound on |remainder − exact remainder|
    double weight;
    std::size_t index;
};

} // namespace

std::vector<std::int64_t> largest_remainder(int128 units, std::span<const double> weights) {
    const std::size_t n = weights.size();
    std::vector<std::int64_t> counts(n, 0);
    if (n == 0)
        return counts;

    ExactQuotas exact(units, weights);
    const long double scale = static_cast<long double>(units) / compensated_sum(weights);
    std::vector<Candidate> candidates(n);
    int128 floors = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double weight = weights[i];
        const long double quota = scale * weight;
        const long double error = std::fabs(quota) * relative_error + absolute_error;
        const long double below = std::floor(quota);
        const long double fraction = quota - below;
        std::int64_t floor = 0;
        if (fraction > error && 1 - fraction > error && std::fabs(below) < 0x1p62L)
            floor = static_cast<std::int64_t>(below);
        else
            floor = exact.floor(weight); // quota within rounding error of a whole number
        counts[i] = floor;
        floors += floor;
        candidates[i] = Candidate{quota - static_cast<long double>(floor),
                                  static_cast<double>(error) * 2, weight, i};
    }

    // Units still to give: Σq − Σ⌊q⌋, a whole number in [0, n).
    const int128 left = units - floors;
    if (left < 0 || left >= static_cast<int128>(n))
        throw std::logic_error("allot: largest remainder out of range");
    if (left == 0)
        return counts;

    // Larger remainder first, then the earlier part. A strict weak order
    // because every decision agrees with the exact remainders.
    auto before = [&](const Candidate& a, const Candidate& b) {
        if (a.weight == b.weight) // same quota exactly
            return a.index < b.index;
        const long double difference = a.remainder - b.remainder;
        const long double tolerance = static_cast<long double>(a.error) + b.error;
        if (difference > tolerance)
            return true;
        if (difference < -tolerance)
            return false;
        const int order = compare(exact.remainder(a.weight, counts[a.index]),
                                  exact.remainder(b.weight, counts[b.index]));
        if (order != 0)
            return order > 0;
        return a.index < b.index;
    };
    const auto k = static_cast<std::ptrdiff_t>(left);
    // O(n) selection of the k best (Hoare's selection via std::nth_element).
    std::nth_element(candidates.begin(), candidates.begin() + (k - 1), candidates.end(), before);
    for (std::ptrdiff_t i = 0; i < k; ++i)
        counts[candidates[static_cast<std::size_t>(i)].index] += 1;
    return counts;
}

} // namespace allot::detail
