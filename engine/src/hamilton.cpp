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

#include "compensated_sum.hpp"
#include "decimal.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
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

// Remainders are bucketed by value for the selection: the k largest lie in
// the buckets above some bucket T plus a few of T's, so only T's members are
// ordered (n/4096 of them on average), in linear time overall.
constexpr int bucket_count = 4096;

template <class Real> int bucket_of(Real remainder) {
    // Branch-free: remainders are random, a branch would be mispredicted.
    // Remainders lie in (-1, 2); the clamps come first (a NaN goes to 0).
    const Real scaled =
        std::min(Real(bucket_count - 1), std::max(Real(0), remainder * Real(bucket_count)));
    return static_cast<int>(scaled);
}

// The rounding itself, with quotas in Real: double when every quota is
// small enough for double to settle nearly all floors and comparisons (it is
// much faster than the x87 long double), long double otherwise. Counts go
// straight into the caller's buffer (int64, or whole doubles for SPLIT's
// result), and remainders are recomputed rather than stored: on a million
// parts, fresh memory costs more than arithmetic.
template <class Real, class Count>
void round_quotas(int128 units, std::span<const double> weights, long double scale,
                  long double largest_quota, ExactQuotas& exact, Ties ties,
                  std::span<Count> counts) {
    const std::size_t n = weights.size();
    const Real factor = static_cast<Real>(scale);
    // One bound for every quota's error: that of the largest.
    const Real relative = ties == Ties::Decimal ? decimal_error<Real> : binary_error<Real>;
    const Real error =
        static_cast<Real>(largest_quota * relative) + std::numeric_limits<Real>::min() * 4;
    // The hot loops below: everything captured by value, so that a store
    // into `counts` (doubles for SPLIT) cannot make the compiler reload the
    // factor and the error from memory.
    const double* const weight = weights.data();
    Count* const count = counts.data();
    const auto floor_at = [count](std::size_t i) { return static_cast<std::int64_t>(count[i]); };
    const auto remainder_at = [factor, weight](std::size_t i, std::int64_t floor) {
        return factor * weight[i] - static_cast<Real>(floor);
    };
    const auto floor_of_quota = [factor, weight, error, &exact](std::size_t i) {
        const Real quota = factor * weight[i];
        if (std::fabs(quota) < Real(0x1p62)) {
            const auto truncated = static_cast<std::int64_t>(quota); // a floor without libm
            const std::int64_t floor =
                static_cast<Real>(truncated) > quota ? truncated - 1 : truncated;
            const Real fraction = quota - static_cast<Real>(floor);
            if (fraction > error && 1 - fraction > error)
                return floor;
        }
        return exact.floor(weight[i]); // quota within rounding error of a whole number
    };
    // The buckets follow the approximate remainders; they agree with the
    // exact order as long as no remainder is within the tie margin of the
    // edges of the bucket that decides (T below). Remainders that close to
    // T's edges are looked for on the second pass; nearly always there are
    // none.
    const Real tie = 2 * error;
    const Real edge_margin = (tie + 4 * std::numeric_limits<Real>::epsilon()) * Real(bucket_count);
    std::array<std::uint32_t, bucket_count> histogram{};
    int128 floors = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t floor = floor_of_quota(i);
        count[i] = static_cast<Count>(floor);
        floors += floor;
        ++histogram[static_cast<std::size_t>(bucket_of(remainder_at(i, floor)))];
    }

    // Units still to give: Σq − Σ⌊q⌋, a whole number in [0, n).
    const int128 left = units - floors;
    if (left < 0 || left >= static_cast<int128>(n))
        throw std::logic_error("allot: largest remainder out of range");
    if (left == 0)
        return;

    // Larger remainder first, then the earlier part. A strict weak order
    // because every decision agrees with the exact remainders.
    auto before = [&](const Candidate<Real>& a, const Candidate<Real>& b) {
        const Real difference = a.remainder - b.remainder;
        if (difference > tie)
            return true;
        if (difference < -tie)
            return false;
        const double wa = weights[a.index];
        const double wb = weights[b.index];
        if (wa != wb) { // equal weights have equal quotas
            const BigInt& ra = exact.remainder(wa, floor_at(a.index));
            const BigInt& rb = exact.remainder(wb, floor_at(b.index));
            const int order = ra < rb ? -1 : (ra > rb ? 1 : 0);
            if (order != 0)
                return order > 0;
        }
        return a.index < b.index;
    };
    // The k best of some candidates, by O(n) selection (std::nth_element).
    auto select = [&](Candidate<Real>* first, Candidate<Real>* last, std::size_t k) {
        std::nth_element(first, first + static_cast<std::ptrdiff_t>(k - 1), last, before);
        for (std::size_t j = 0; j < k; ++j)
            counts[first[j].index] += 1;
    };

    // The plain selection over everything, the floors as on the first pass.
    const auto select_all = [&](std::size_t units_left) {
        std::vector<Candidate<Real>> candidates;
        candidates.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::int64_t floor = floor_of_quota(i);
            counts[i] = static_cast<Count>(floor);
            candidates.push_back({remainder_at(i, floor), static_cast<std::uint32_t>(i)});
        }
        select(candidates.data(), candidates.data() + n, units_left);
    };
    const auto k = static_cast<std::size_t>(left);
    // Quotas so large that their error spans half a bucket or more (long
    // double quotas beyond about 2^30): the buckets cannot decide, and the
    // band below could outgrow the room kept for three buckets.
    if (!(edge_margin < Real(0.5))) {
        select_all(k);
        return;
    }
    // Bucket T: the one where the count from the top reaches k. The buckets
    // above give a unit each, T's members compete for the rest.
    std::size_t above = 0;
    int threshold = bucket_count - 1;
    while (above + histogram[static_cast<std::size_t>(threshold)] < k) {
        above += histogram[static_cast<std::size_t>(threshold)];
        --threshold;
    }
    // One pass: a unit to every part above T, T's members collected. In
    // scaled remainders x = 4096·r, T's members are T <= x < T + 1
    // (bucket_of clamps, so the outer buckets reach to ∓∞); the band is
    // widened by the margin on both sides so that a remainder too close to
    // an edge to call shows up among the members. Branch-free but for the
    // rare members: whether a part is above is random, a branch on it would
    // be mispredicted half the time.
    constexpr Real infinity = std::numeric_limits<Real>::infinity();
    const Real low_edge = threshold == 0 ? -infinity : Real(threshold);
    const Real high_edge = threshold == bucket_count - 1 ? infinity : Real(threshold + 1);
    const Real low_cut = low_edge - edge_margin;
    const Real high_cut = high_edge + edge_margin;
    static constexpr Count one_if[2] = {Count(0), Count(1)};
    // The band holds T's members and, within the margin (less than a
    // bucket), members of T's neighbours: room for all three buckets, and
    // every part written to the next free place, which only a member keeps.
    const auto members_of = [&](int bucket) {
        return bucket < 0 || bucket >= bucket_count
                   ? std::size_t(0)
                   : std::size_t(histogram[static_cast<std::size_t>(bucket)]);
    };
    const std::size_t room =
        members_of(threshold - 1) + members_of(threshold) + members_of(threshold + 1) + 1;
    const auto band = std::make_unique_for_overwrite<Candidate<Real>[]>(room);
    std::size_t members = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const Real r = remainder_at(i, floor_at(i));
        const Real x = r * Real(bucket_count);
        const bool over = x >= high_cut;
        count[i] += one_if[over];
        band[members] = {r, static_cast<std::uint32_t>(i)};
        members += (x >= low_cut) != over; // over implies x >= low_cut
    }
    const bool near_edge = std::any_of(band.get(), band.get() + members, [&](const auto& c) {
        const Real x = c.remainder * Real(bucket_count);
        return std::fabs(x - low_edge) < edge_margin || std::fabs(x - high_edge) < edge_margin;
    });
    if (!near_edge && members == histogram[static_cast<std::size_t>(threshold)]) {
        select(band.get(), band.get() + members, k - above);
        return;
    }
    // Too close to call by buckets: back to the floors (the same as on the
    // first pass), and the plain selection over everything.
    select_all(k);
}

// Σw and the largest weight, then the rounding in double or long double.
template <class Count>
void largest_remainder_into(int128 units, std::span<const double> weights,
                            const WeightTotals& totals, Ties ties, std::span<Count> counts) {
    const std::size_t n = weights.size();
    if (n == 0)
        return;
    if (n > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("allot: too many parts");
    ExactQuotas exact(units, weights, ties);
    // Σw by Neumaier in double (within 2^-52, ample for double quotas);
    // long double quotas need the long double sum.
    const CompensatedSum<double>& sum = totals.sum;
    long double scale =
        static_cast<long double>(units) / (static_cast<long double>(sum.plain()) + sum.lost());
    const long double largest_quota = std::fabs(scale) * totals.largest;
    // Double needs a finite factor too: weights of 1e-320 make it 1e322.
    if (largest_quota < 0x1p29L && std::isfinite(sum.plain()) &&
        std::isfinite(static_cast<double>(scale))) {
        round_quotas<double>(units, weights, scale, largest_quota, exact, ties, counts);
        return;
    }
    scale = static_cast<long double>(units) / compensated_sum(weights);
    round_quotas<long double>(units, weights, scale, std::fabs(scale) * totals.largest, exact, ties,
                              counts);
}

} // namespace

WeightTotals weight_totals(std::span<const double> weights) {
    // Four sums and extremes side by side: each addition waits for the one
    // before it, so one chain would be latency-bound.
    constexpr std::size_t lanes = 4;
    std::array<WeightTotals, lanes> lane{};
    const auto add = [](WeightTotals& totals, double w) {
        totals.sum.add(w);
        totals.largest = std::max(totals.largest, w);
        totals.smallest = std::min(totals.smallest, w);
    };
    const std::size_t n = weights.size();
    std::size_t i = 0;
    for (; i + lanes <= n; i += lanes)
        for (std::size_t j = 0; j < lanes; ++j)
            add(lane[j], weights[i + j]);
    for (; i < n; ++i)
        add(lane[0], weights[i]);
    for (std::size_t j = 1; j < lanes; ++j) {
        lane[0].sum.add(lane[j].sum);
        lane[0].largest = std::max(lane[0].largest, lane[j].largest);
        lane[0].smallest = std::min(lane[0].smallest, lane[j].smallest);
    }
    return lane[0];
}

std::vector<std::int64_t> largest_remainder(int128 units, std::span<const double> weights,
                                            Ties ties) {
    std::vector<std::int64_t> counts(weights.size());
    largest_remainder_into(units, weights, weight_totals(weights), ties,
                           std::span<std::int64_t>(counts));
    return counts;
}

void largest_remainder(int128 units, std::span<const double> weights, const WeightTotals& totals,
                       Ties ties, std::span<double> counts) {
    largest_remainder_into(units, weights, totals, ties, counts);
}

} // namespace allot::detail
