#include "profile_shares.hpp"

#include "compensated_sum.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace allot::detail {

std::vector<double> shares_adding_to_one(const std::vector<long double>& values) {
    const long double total = compensated_sum(values);
    if (!(total > 0) || values.empty())
        throw std::logic_error("allot: shares of nothing");
    std::vector<double> shares(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        shares[i] = static_cast<double>(values[i] / total);
    const std::size_t largest =
        static_cast<std::size_t>(std::max_element(shares.begin(), shares.end()) - shares.begin());
    std::vector<long double> others;
    others.reserve(shares.size());
    for (std::size_t i = 0; i < shares.size(); ++i)
        if (i != largest)
            others.push_back(shares[i]);
    // The largest share is at least 1/n, far above the residue (a few ulps).
    shares[largest] = static_cast<double>(1.0L - compensated_sum(others));
    return shares;
}

} // namespace allot::detail
