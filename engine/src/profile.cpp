// ALLOT.PROFILE (the README's "How each function decides"): a share per period
// from several years of history, either each year's shares averaged
// ("average": every year counts the same) or the shares of the pooled
// column totals ("pooled": big years count more).
#include "allot/profile.hpp"

#include "allot/error.hpp"
#include "checks.hpp"
#include "compensated_sum.hpp"
#include "profile_shares.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace allot {

ProfileMethod profile_method(std::string_view name) {
    std::string key;
    for (char c : name)
        if (c != ' ')
            key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (key == "average")
        return ProfileMethod::Average;
    if (key == "pooled")
        return ProfileMethod::Pooled;
    throw Error(Problem::ProfileUnknownMethod, {std::string(name)});
}

std::vector<double> profile(const ProfileRequest& request) {
    const std::size_t periods = request.periods;
    if (periods == 0 || request.history.empty())
        throw Error(Problem::ProfileEmptyHistory, {});
    if (request.history.size() % periods != 0)
        throw std::invalid_argument("allot: the history is not a whole number of rows");
    const std::size_t years = request.history.size() / periods;
    for (std::size_t y = 0; y < years; ++y) {
        for (std::size_t p = 0; p < periods; ++p) {
            const auto& cell = request.history[y * periods + p];
            if (!cell)
                continue;
            detail::check_finite(*cell, ProfileArgument::history, y * periods + p);
            if (*cell < 0)
                throw Error(Problem::ProfileNegativeHistory,
                            {std::to_string(y + 1), std::to_string(p + 1), format_number(*cell)});
        }
    }

    // Per period: the sum of the yearly shares ("average") or of the values
    // ("pooled"); either way the profile is these over their total, since
    // the yearly shares of the used years add up to their count.
    std::vector<long double> sums(periods, 0.0L);
    std::vector<long double> year(periods);
    bool used = false;
    for (std::size_t y = 0; y < years; ++y) {
        bool blank = true;
        for (std::size_t p = 0; p < periods; ++p) {
            const auto& cell = request.history[y * periods + p];
            blank = blank && !cell;
            year[p] = cell.value_or(0.0);
        }
        const long double total = detail::compensated_sum(year);
        if (blank || total == 0)
            continue; // no pattern in this year: skipped
        used = true;
        for (std::size_t p = 0; p < periods; ++p)
            sums[p] += request.method == ProfileMethod::Average ? year[p] / total : year[p];
    }
    if (!used)
        throw Error(Problem::ProfileNoHistory, {});
    return detail::shares_adding_to_one(sums);
}

} // namespace allot
