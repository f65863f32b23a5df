// ALLOT.COMMISSION (the README's "How each function decides"): marginal tiers on attainment. Band i
// pays rates[i] on the sales between target × thresholds[i] and the next threshold, so the pay is
// continuous in the actual and never falls as it rises. Rates above 1 and thresholds above 10 are
// errors rather than guesses: 5 may mean 5% or 500%, and 80 as a threshold is 8000%.
#include "allot/commission.hpp"

#include "allot/error.hpp"
#include "checks.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace allot {

namespace {

constexpr double highest_level = 10.0; // 1000% attainment
constexpr double highest_rate = 1.0;   // everything in the band

void validate(const CommissionRequest& r) {
    detail::check_finite(r.actual, CommissionArgument::actual);
    detail::check_finite(r.target, CommissionArgument::target);
    if (r.target <= 0)
        throw Error(Problem::CommissionTargetNotPositive, {format_number(r.target)});
    if (r.thresholds.empty())
        throw Error(Problem::CommissionNoThresholds, {});
    if (r.rates.size() != r.thresholds.size())
        throw Error(Problem::CommissionCountMismatch,
                    {std::to_string(r.thresholds.size()), std::to_string(r.rates.size())});
    for (std::size_t i = 0; i < r.thresholds.size(); ++i) {
        const double level = r.thresholds[i];
        detail::check_finite(level, CommissionArgument::thresholds, i);
        if (level < 0 || level > highest_level)
            throw Error(Problem::CommissionThresholdOutOfRange,
                        {std::to_string(i + 1), format_number(level)});
        if (i > 0 && level <= r.thresholds[i - 1])
            throw Error(
                Problem::CommissionThresholdsNotAscending,
                {std::to_string(i + 1), format_number(level), format_number(r.thresholds[i - 1])});
    }
    for (std::size_t i = 0; i < r.rates.size(); ++i) {
        detail::check_finite(r.rates[i], CommissionArgument::rates, i);
        if (r.rates[i] < 0 || r.rates[i] > highest_rate)
            throw Error(Problem::CommissionRateOutOfRange,
                        {std::to_string(i + 1), format_number(r.rates[i])});
    }
    if (r.cap) {
        detail::check_finite(*r.cap, CommissionArgument::cap);
        if (*r.cap <= 0 || *r.cap > highest_level)
            throw Error(Problem::CommissionCapOutOfRange, {format_number(*r.cap)});
    }
}

} // namespace

double commission(const CommissionRequest& request) {
    validate(request);
    // In sales, not attainment: a band edge such as 0.8 × 100000 is then the
    // 80000 the person sees, and an actual of exactly 80000 sits on it.
    const long double target = request.target;
    long double paid_sales = request.actual;
    if (request.cap)
        paid_sales = std::min(paid_sales, target * static_cast<long double>(*request.cap));
    long double pay = 0;
    const std::size_t bands = request.thresholds.size();
    for (std::size_t i = 0; i < bands; ++i) {
        const long double bottom = target * static_cast<long double>(request.thresholds[i]);
        if (paid_sales <= bottom)
            break;
        long double top = paid_sales;
        if (i + 1 < bands)
            top = std::min(top, target * static_cast<long double>(request.thresholds[i + 1]));
        pay += static_cast<long double>(request.rates[i]) * (top - bottom);
    }
    return static_cast<double>(pay);
}

} // namespace allot
