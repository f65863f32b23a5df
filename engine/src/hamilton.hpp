// Largest-remainder (Hamilton) rounding of proportional quotas.
#pragma once

#include "compensated_sum.hpp"
#include "exact.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace allot::detail {

// What decides ties and floors: the weights' decimal values at 15
// significant digits (as Calc shows them; the default), or their exact binary
// values (a fallback where decimal quotas would cross a bound).
enum class Ties { Decimal, Binary };

// Splits `units` whole units over parts with positive weights w_i, in
// proportion: quota q_i = units · w_i / Σw, on the weights' values that
// `ties` names. Each part gets ⌊q_i⌋ or ⌊q_i⌋ + 1,
// the extra units going to the largest fractional remainders, ties to the
// earlier part; the result adds up to `units` exactly. Every quota must fit
// in an int64.
std::vector<std::int64_t> largest_remainder(int128 units, std::span<const double> weights,
                                            Ties ties = Ties::Decimal);

// Σw (Neumaier, in double), the largest and the smallest weight, in one
// pass. A NaN or an infinity among the weights makes the sum non-finite.
struct WeightTotals {
    CompensatedSum<double> sum;
    double largest = 0;
    double smallest = 0;
};
WeightTotals weight_totals(std::span<const double> weights);

// The same as above for weights with these totals, the counts written as
// whole doubles into `counts` (one per weight): no memory of its own beyond
// a few kilobytes, for SPLIT's result. Counts up to 2^53 are exact.
void largest_remainder(int128 units, std::span<const double> weights, const WeightTotals& totals,
                       Ties ties, std::span<double> counts);

} // namespace allot::detail
