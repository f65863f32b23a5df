// ALLOT.FUNNEL (倒推法): from a revenue target back to the activity it takes,
// and its companion ALLOT.FUNNELYIELD: from an activity level forward to the
// deals and revenue it yields (the README's "How each function decides").
#pragma once

#include <optional>
#include <vector>

namespace allot {

// The arguments of ALLOT.FUNNEL and ALLOT.FUNNELYIELD in order: an error
// names one by its position.
enum class FunnelArgument { target, deal_size, rates, periods, people };
enum class FunnelYieldArgument { activity, rates, deal_size };

struct FunnelRequest {
    double target = 0.0;    // revenue, 0 or more
    double deal_size = 0.0; // average revenue per deal, more than 0
    // Stage conversion rates from the top of the funnel down, each in (0, 1].
    std::vector<double> rates;
    // Both default to 1; when given, more than 0 (fractions such as 2.5
    // people working part time are allowed).
    std::optional<double> periods;
    std::optional<double> people;
};

// One whole count per stage, top stage first, deals last (rates.size() + 1
// counts): deals = ⌈target ÷ deal_size⌉, each earlier stage = ⌈next ÷ rate⌉,
// then each count ÷ (periods × people), rounded up. A quotient within 1e-9
// (relative) of a whole number counts as that number, so 60 ÷ 0.3 is 200,
// not 201. Throws allot::Error for invalid input or counts beyond 2^53.
std::vector<double> funnel(const FunnelRequest& request);

struct FunnelYieldRequest {
    double activity = 0.0; // top-of-funnel count, 0 or more
    std::vector<double> rates;
    std::optional<double> deal_size; // more than 0 when given
};

// The forward direction: the top count is ⌊activity⌋, each later stage
// ⌊previous × rate⌋ (only whole leads become whole deals); with a deal size,
// one more value: the revenue, deals × deal_size. The same 1e-9 tolerance
// applies, so 1000 × 0.07 is 70. Throws allot::Error for invalid input.
std::vector<double> funnel_yield(const FunnelYieldRequest& request);

} // namespace allot
