// ALLOT.APPORTION (the README's "How each function decides"): validate, give entities of size 0
// their minimum, then share the rest by the chosen method: Hamilton by water-filling above the
// minimum and largest remainder (the same machinery as ALLOT.SPLIT), the divisor methods by highest
// averages (apportion_divisor.cpp). Counts are int64 throughout; nothing is rounded in floating
// point.
#include "allot/apportion.hpp"

#include "allot/error.hpp"
#include "apportion_divisor.hpp"
#include "checks.hpp"
#include "exact.hpp"
#include "hamilton.hpp"
#include "units.hpp"
#include "waterfill.hpp"

#include <cmath>
#include <limits>
#include <string>

namespace allot {

namespace {

using detail::int128;

// A whole number within the 1e-9 relative tolerance (the README's "How each
// function decides"), so that a
// count computed by a formula (say 100 * 0.07) is still accepted.
bool whole(double value, long double& result) {
    return std::isfinite(value) && detail::near_whole(value, result);
}

std::int64_t count_of(double count) {
    long double value = 0;
    if (!whole(count, value) || value < 0 || value > detail::unit_limit)
        throw Error(Problem::ApportionCountNotWhole,
                    {format_number(count), detail::unit_limit_text()});
    return static_cast<std::int64_t>(value);
}

// The minimum as a count; above 2^53 it is reported as more than the count
// can cover, so it saturates there.
std::int64_t minimum_of(double minimum) {
    long double value = 0;
    if (!whole(minimum, value) || value < 0)
        throw Error(Problem::ApportionMinimumNotWhole, {format_number(minimum)});
    return static_cast<std::int64_t>(std::fmin(value, detail::unit_limit + 1));
}

void check_sizes(const std::vector<double>& sizes) {
    if (sizes.empty())
        throw Error(Problem::ApportionEmptySizes, {});
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        detail::check_finite(sizes[i], ApportionArgument::sizes, i);
        if (sizes[i] < 0)
            throw Error(Problem::ApportionNegativeSize,
                        {std::to_string(i + 1), format_number(sizes[i])});
    }
}

// Largest remainder above a minimum: quotas are the water-filled shares
// max(minimum, λ·p_i) adding up to `seats` (Σ over these entities), each
// rounded down or up by largest remainder, never below the minimum.
std::vector<std::int64_t> hamilton(const std::vector<double>& sizes, std::int64_t minimum,
                                   std::int64_t seats) {
    const std::size_t n = sizes.size();
    constexpr long double no_maximum = std::numeric_limits<long double>::infinity();
    std::vector<detail::UnitPart> parts(n);
    for (std::size_t i = 0; i < n; ++i)
        parts[i] = {sizes[i], minimum, detail::saturated_units(no_maximum)};
    const detail::Filling filling = detail::fill_units(parts, seats);
    std::vector<double> shared_sizes;
    for (std::size_t i = 0; i < n; ++i)
        if (filling.levels[i] == detail::Level::Shared)
            shared_sizes.push_back(sizes[i]);
    std::vector<std::int64_t> shared =
        detail::largest_remainder(filling.shared_units, shared_sizes);
    // As in ALLOT.SPLIT: binary values decide where a decimal quota sits a
    // hair below the minimum that the exact water level keeps.
    for (std::int64_t c : shared)
        if (c < minimum) {
            shared =
                detail::largest_remainder(filling.shared_units, shared_sizes, detail::Ties::Binary);
            break;
        }
    std::vector<std::int64_t> counts(n, minimum);
    std::size_t next = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (filling.levels[i] == detail::Level::Shared)
            counts[i] = shared[next++];
    return counts;
}

detail::DivisorRule rule_of(ApportionMethod method) {
    switch (method) {
    case ApportionMethod::Jefferson:
        return detail::DivisorRule::Jefferson;
    case ApportionMethod::Webster:
        return detail::DivisorRule::Webster;
    case ApportionMethod::HuntingtonHill:
        return detail::DivisorRule::HuntingtonHill;
    case ApportionMethod::Adams:
        return detail::DivisorRule::Adams;
    case ApportionMethod::Hamilton:
        break;
    }
    return detail::DivisorRule::Jefferson; // unreachable: Hamilton is not a divisor method
}

} // namespace

ApportionMethod apportion_method(std::string_view name) {
    // Letters only, lower case; "ë" (UTF-8 C3 AB, as in Sainte-Laguë) reads as "e".
    std::string key;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c == 0xC3 && i + 1 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0xAB) {
            key += 'e';
            ++i;
        } else if (c == ' ' || c == '-' || c == '_' || c == '\'') {
            continue;
        } else if (c >= 'A' && c <= 'Z') {
            key += static_cast<char>(c - 'A' + 'a');
        } else {
            key += static_cast<char>(c);
        }
    }
    if (key == "hamilton")
        return ApportionMethod::Hamilton;
    if (key == "jefferson" || key == "dhondt")
        return ApportionMethod::Jefferson;
    if (key == "webster" || key == "saintelague")
        return ApportionMethod::Webster;
    if (key == "huntingtonhill")
        return ApportionMethod::HuntingtonHill;
    if (key == "adams")
        return ApportionMethod::Adams;
    throw Error(Problem::ApportionUnknownMethod, {std::string(name)});
}

std::vector<std::int64_t> apportion(const ApportionRequest& request) {
    check_sizes(request.sizes);
    const std::int64_t count = count_of(request.count);
    const std::int64_t minimum = minimum_of(request.minimum);
    const std::size_t n = request.sizes.size();
    const int128 needed = int128(minimum) * int128(n);
    if (needed > count) {
        const double sum = static_cast<double>(needed);
        throw Error(Problem::ApportionCountBelowMinimums,
                    {std::to_string(count), std::to_string(n),
                     format_number(static_cast<double>(minimum)), format_number(sum)});
    }

    std::vector<std::int64_t> result(n, minimum);
    const auto left = static_cast<std::int64_t>(int128(count) - needed);
    if (left == 0)
        return result;

    // Only entities of positive size take part; the others keep the minimum.
    std::vector<std::size_t> positive;
    std::vector<double> sizes;
    for (std::size_t i = 0; i < n; ++i) {
        if (request.sizes[i] > 0) {
            positive.push_back(i);
            sizes.push_back(request.sizes[i]);
        }
    }
    if (positive.empty())
        throw Error(Problem::ApportionNoPositiveSize, {std::to_string(left)});
    const std::int64_t seats = left + minimum * static_cast<std::int64_t>(positive.size());

    const std::vector<std::int64_t> counts =
        request.method == ApportionMethod::Hamilton
            ? hamilton(sizes, minimum, seats)
            : detail::highest_averages(rule_of(request.method), sizes, minimum, seats);
    for (std::size_t k = 0; k < positive.size(); ++k)
        result[positive[k]] = counts[k];
    return result;
}

} // namespace allot
