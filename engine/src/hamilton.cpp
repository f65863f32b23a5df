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

#include "decimal.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>
#include <unordered_map>

namespace allot::detail {

namespace {

// Relative error bounds of a quota computed as q = (units/Σw) · w: the
// compensated sum Σw (below 2^-63 for positive terms), one division, the
// rounding of the scale to Real and one product, each at most half an ulp:
// within 2^-49 for double (ulp 2^-52), 2^-56 for long double (ulp 2^-63).
// On decimal values each weight and Σw may also move by up to 2^-47 (the
// 15-digit rounding), so the quota by about 2^-45.4: 2^-44 covers both.
template <class Real>
constexpr Real binary_error = sizeof(Real) > sizeof(double) ? 0x1p-56L : 0x1p-49;
template <class Real> constexpr Real decimal_error = 0x1p-44;

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

// ⌊a / b⌋ for b > 0.
BigInt floor_of(const BigInt& a, const BigInt& b) {
    BigInt quotient = a / b; // truncates toward zero
    if (a.sign() < 0 && quotient * b != a)
        quotient -= 1;
    return quotient;
}

// Exact floors and remainders, computed only for the parts that need them.
// Every weight is taken exactly (its decimal value, or its binary one) and
// scaled to one common exponent, so quotas are units · W_i / ΣW in integers.
// Parts with equal weights have equal quotas, so results are kept per weight.
class ExactQuotas {
public:
    ExactQuotas(int128 units, std::span<const double> weights, Ties ties)
        : units_(to_big(units)), weights_(weights), ties_(ties) {}

    std::int64_t floor(double weight) {
        auto found = floors_.find(weight);
        if (found == floors_.end())
            found =
                floors_.emplace(weight, to_int64(floor_of(units_ * scaled(weight), total()))).first;
        return found->second;
    }

    // units·W − ⌊q⌋·ΣW: the remainder times the common denominator ΣW.
    const BigInt& remainder(double weight, std::int64_t floor) {
        auto found = remainders_.find(weight);
        if (found == remainders_.end()) {
            BigInt value = units_ * scaled(weight) - to_big(int128(floor)) * total();
            found = remainders_.emplace(weight, std::move(value)).first;
        }
        return found->second;
    }

private:
    // The weights' lowest exponent (of 10 or of 2) and their exact sum there.
    const BigInt& total() {
        if (!total_) {
            lowest_ = std::numeric_limits<int>::max();
            if (ties_ == Ties::Decimal) {
                std::map<int, int128>
                    by_exponent; // Σ digits per exponent: no overflow below 2^32 parts
                for (double weight : weights_) {
                    const Decimal d = to_decimal(weight);
                    if (d.digits != 0)
                        by_exponent[d.exponent] += d.digits;
                }
                BigInt sum = 0;
                if (!by_exponent.empty())
                    lowest_ = by_exponent.begin()->first;
                for (const auto& [exponent, digits] : by_exponent)
                    sum += scaled_to(ExactDecimal{to_big(digits), exponent}, lowest_);
                total_ = std::move(sum);
            } else {
                ExactSum sum;
                for (double weight : weights_)
                    sum.add(weight);
                const Dyadic value = sum.value();
                // The sum's exponent is the lowest of the weights' or above.
                for (double weight : weights_)
                    if (weight != 0)
                        lowest_ = std::min(lowest_, to_dyadic(weight).exponent);
                BigInt scaled_sum = value.mantissa;
                if (lowest_ != std::numeric_limits<int>::max())
                    scaled_sum <<= static_cast<unsigned>(value.exponent - lowest_);
                total_ = std::move(scaled_sum);
            }
        }
        return *total_;
    }

    BigInt scaled(double weight) {
        total();
        if (weight == 0)
            return 0;
        if (ties_ == Ties::Decimal)
            return scaled_to(exact_decimal(weight), lowest_);
        Dyadic d = to_dyadic(weight);
        d.mantissa <<= static_cast<unsigned>(d.exponent - lowest_);
        return d.mantissa;
    }

    BigInt units_;
    std::span<const double> weights_;
    Ties ties_;
    int lowest_ = 0;
    std::optional<BigInt> total_;
    std::unordered_map<double, std::int64_t> floors_;
    std::unordered_map<double, BigInt> remainders_;
};

template <class Real> struct Candidate {
    Real remainder; // approximate fractional part of the quota
    std::uint32_t index;
};

// The rounding itself, with quotas in Real: double when every quota is
// small enough for double to settle nearly all floors and comparisons (it is
// much faster than the x87 long double), long double otherwise.
template <class Real>
std::vector<std::int64_t> round_quotas(int128 units, std::span<const double> weights,
                                       long double scale, long double largest_quota,
                                       ExactQuotas& exact, Ties ties) {
    const std::size_t n = weights.size();
    const Real factor = static_cast<Real>(scale);
    // One bound for every quota's error: that of the largest.
    const Real relative = ties == Ties::Decimal ? decimal_error<Real> : binary_error<Real>;
    const Real error =
        static_cast<Real>(largest_quota * relative) + std::numeric_limits<Real>::min() * 4;
    std::vector<std::int64_t> counts(n, 0);
    std::vector<Candidate<Real>> candidates(n);
    int128 floors = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double weight = weights[i];
        const Real quota = factor * weight;
        const Real below = std::floor(quota);
        const Real fraction = quota - below;
        std::int64_t floor = 0;
        if (fraction > error && 1 - fraction > error && std::fabs(below) < Real(0x1p62))
            floor = static_cast<std::int64_t>(below);
        else
            floor = exact.floor(weight); // quota within rounding error of a whole number
        counts[i] = floor;
        floors += floor;
        candidates[i] = {quota - static_cast<Real>(floor), static_cast<std::uint32_t>(i)};
    }

    // Units still to give: Σq − Σ⌊q⌋, a whole number in [0, n).
    const int128 left = units - floors;
    if (left < 0 || left >= static_cast<int128>(n))
        throw std::logic_error("allot: largest remainder out of range");
    if (left == 0)
        return counts;

    // Larger remainder first, then the earlier part. A strict weak order
    // because every decision agrees with the exact remainders.
    const Real tie = 2 * error;
    auto before = [&](const Candidate<Real>& a, const Candidate<Real>& b) {
        const Real difference = a.remainder - b.remainder;
        if (difference > tie)
            return true;
        if (difference < -tie)
            return false;
        const double wa = weights[a.index];
        const double wb = weights[b.index];
        if (wa != wb) { // equal weights have equal quotas
            const BigInt& ra = exact.remainder(wa, counts[a.index]);
            const BigInt& rb = exact.remainder(wb, counts[b.index]);
            const int order = ra < rb ? -1 : (ra > rb ? 1 : 0);
            if (order != 0)
                return order > 0;
        }
        return a.index < b.index;
    };
    const auto k = static_cast<std::ptrdiff_t>(left);
    // O(n) selection of the k best (Hoare's selection via std::nth_element).
    std::nth_element(candidates.begin(), candidates.begin() + (k - 1), candidates.end(), before);
    for (std::ptrdiff_t i = 0; i < k; ++i)
        counts[candidates[static_cast<std::size_t>(i)].index] += 1;
    return counts;
}

} // namespace

std::vector<std::int64_t> largest_remainder(int128 units, std::span<const double> weights,
                                            Ties ties) {
    const std::size_t n = weights.size();
    if (n == 0)
        return {};
    if (n > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("allot: too many parts");
    ExactQuotas exact(units, weights, ties);
    const long double scale = static_cast<long double>(units) / compensated_sum(weights);
    const long double largest_quota =
        std::fabs(scale) * *std::max_element(weights.begin(), weights.end());
    if (largest_quota < 0x1p29L)
        return round_quotas<double>(units, weights, scale, largest_quota, exact, ties);
    return round_quotas<long double>(units, weights, scale, largest_quota, exact, ties);
}

} // namespace allot::detail
