// ALLOT.FUNNEL and ALLOT.FUNNELYIELD (the README's "How each function
// decides"). Counts are whole numbers
// kept in long double (exact up to 2^64); a quotient or product within 1e-9
// (relative) of a whole number counts as that number before rounding, because
// rates such as 0.3 are not exact in binary: 60 ÷ 0.3 is 200.00000000000003.
#include "allot/funnel.hpp"

#include "allot/error.hpp"
#include "checks.hpp"
#include "units.hpp"

#include <cmath>
#include <string>

namespace allot {

namespace {

template <class Position> void check_rates(const std::vector<double>& rates, Position argument) {
    for (std::size_t i = 0; i < rates.size(); ++i) {
        detail::check_finite(rates[i], argument, i);
        if (!(rates[i] > 0 && rates[i] <= 1))
            throw Error(Problem::FunnelRateOutOfRange,
                        {std::to_string(i + 1), format_number(rates[i])});
    }
}

template <class Position>
void check_positive(const std::optional<double>& value, Position argument) {
    if (!value)
        return;
    detail::check_finite(*value, argument);
    if (*value <= 0)
        throw Error(Problem::FunnelNotPositive, {format_number(*value)}, argument);
}

template <class Position> void check_not_negative(double value, Position argument) {
    detail::check_finite(value, argument);
    if (value < 0)
        throw Error(Problem::FunnelNegative, {format_number(value)}, argument);
}

long double whole_at_least(long double ratio) {
    long double whole = 0;
    return detail::near_whole(ratio, whole) ? whole : std::ceil(ratio);
}

long double whole_at_most(long double ratio) {
    long double whole = 0;
    return detail::near_whole(ratio, whole) ? whole : std::floor(ratio);
}

// `stage` is 0-based from the top of the funnel.
void check_count(long double count, std::size_t stage) {
    if (!(count <= detail::unit_limit))
        throw Error(Problem::FunnelTooLarge,
                    {std::to_string(stage + 1), format_number(static_cast<double>(count)),
                     detail::unit_limit_text()});
}

} // namespace

std::vector<double> funnel(const FunnelRequest& request) {
    check_not_negative(request.target, FunnelArgument::target);
    check_positive(std::optional(request.deal_size), FunnelArgument::deal_size);
    check_rates(request.rates, FunnelArgument::rates);
    check_positive(request.periods, FunnelArgument::periods);
    check_positive(request.people, FunnelArgument::people);

    const std::size_t stages = request.rates.size() + 1;
    std::vector<long double> counts(stages);
    long double next = whole_at_least(static_cast<long double>(request.target) / request.deal_size);
    check_count(next, stages - 1);
    counts[stages - 1] = next;
    for (std::size_t stage = stages - 1; stage-- > 0;) {
        next = whole_at_least(next / request.rates[stage]);
        check_count(next, stage);
        counts[stage] = next;
    }

    // Per person per period: each stage's total shared out, rounded up, so
    // that everyone doing their share reaches at least the total.
    const long double share = static_cast<long double>(request.periods.value_or(1.0)) *
                              static_cast<long double>(request.people.value_or(1.0));
    std::vector<double> result(stages);
    for (std::size_t stage = 0; stage < stages; ++stage) {
        long double count = counts[stage];
        if (request.periods || request.people) {
            count = whole_at_least(count / share);
            check_count(count, stage); // a share of 1e-300 people makes counts explode
        }
        result[stage] = static_cast<double>(count);
    }
    return result;
}

std::vector<double> funnel_yield(const FunnelYieldRequest& request) {
    check_not_negative(request.activity, FunnelYieldArgument::activity);
    check_rates(request.rates, FunnelYieldArgument::rates);
    check_positive(request.deal_size, FunnelYieldArgument::deal_size);

    long double count = whole_at_most(request.activity);
    check_count(count, 0);
    std::vector<double> result;
    result.reserve(request.rates.size() + 2);
    result.push_back(static_cast<double>(count));
    for (double rate : request.rates) {
        count = whole_at_most(count * rate);
        result.push_back(static_cast<double>(count));
    }
    if (request.deal_size) {
        const auto revenue =
            static_cast<double>(count * static_cast<long double>(*request.deal_size));
        if (!std::isfinite(revenue))
            throw Error(Problem::FunnelRevenueTooLarge, {format_number(static_cast<double>(count)),
                                                         format_number(*request.deal_size)});
        result.push_back(revenue);
    }
    return result;
}

} // namespace allot
