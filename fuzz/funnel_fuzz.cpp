// ALLOT.FUNNEL and ALLOT.FUNNELYIELD with arbitrary targets, deal sizes,
// rates, periods and people. Promises checked: finite whole counts, 0 or
// more; stages that do not grow down the funnel (FUNNELYIELD) or that reach
// the next stage and the target (FUNNEL, before the per-person division);
// a finite revenue.
#include "allot/funnel.hpp"

#include "input.hpp"

namespace {

using namespace allot::fuzz;

void check_counts(const char* function, const std::vector<double>& counts, std::size_t stages) {
    if (counts.size() < stages)
        broken(function, "too few stages");
    check_finite(function, counts);
    for (std::size_t s = 0; s < stages; ++s)
        if (counts[s] < 0 || counts[s] != std::floor(counts[s]))
            broken(function, "stage " + std::to_string(s + 1) + " is not a whole count");
}

void check_funnel(const allot::FunnelRequest& r, const std::vector<double>& counts) {
    const std::size_t stages = r.rates.size() + 1;
    check_counts("funnel", counts, stages);
    if (counts.size() != stages)
        broken("funnel", "wrong number of stages");
    for (std::size_t s = 0; s + 1 < stages; ++s)
        if (counts[s] < counts[s + 1])
            broken("funnel", "stage " + std::to_string(s + 1) + " is below the next");
    if (r.periods || r.people)
        return;
    for (std::size_t s = 0; s + 1 < stages; ++s)
        if (static_cast<long double>(counts[s]) * r.rates[s] <
            counts[s + 1] - 1e-9L * std::fmax(1.0, counts[s + 1]))
            broken("funnel", "stage " + std::to_string(s + 1) + " does not reach the next");
    // Within 1e-9 of a whole deal counts as that deal (the README's tolerance).
    if (static_cast<long double>(counts.back()) * r.deal_size <
        r.target - 1e-9L * std::fmax(r.target, r.deal_size))
        broken("funnel", "the deals do not reach the target");
}

void check_yield(const allot::FunnelYieldRequest& r, const std::vector<double>& counts) {
    const std::size_t stages = r.rates.size() + 1;
    check_counts("funnelyield", counts, stages);
    if (counts.size() != stages + (r.deal_size ? 1 : 0))
        broken("funnelyield", "wrong number of values");
    for (std::size_t s = 0; s + 1 < stages; ++s)
        if (counts[s] < counts[s + 1])
            broken("funnelyield", "stage " + std::to_string(s + 2) + " grows");
}

std::vector<double> rates(FuzzedDataProvider& in) {
    std::vector<double> result(in.ConsumeIntegralInRange<std::size_t>(0, 8));
    for (double& rate : result)
        rate = in.ConsumeBool() ? in.ConsumeFloatingPointInRange<double>(0, 1) : number(in);
    return result;
}

std::optional<double> optional_number(FuzzedDataProvider& in) {
    return in.ConsumeBool() ? std::optional<double>(number(in)) : std::nullopt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    if (in.ConsumeBool()) {
        allot::FunnelRequest r;
        r.target = number(in);
        r.deal_size = number(in);
        r.rates = rates(in);
        r.periods = optional_number(in);
        r.people = optional_number(in);
        request_text() = "target " + text_of(r.target) + " deal size " + text_of(r.deal_size) +
                         " rates " + text_of(r.rates) + " periods " + text_of(r.periods) +
                         " people " + text_of(r.people);
        guarded("funnel", [&] { check_funnel(r, allot::funnel(r)); });
    } else {
        allot::FunnelYieldRequest r;
        r.activity = number(in);
        r.rates = rates(in);
        r.deal_size = optional_number(in);
        request_text() = "activity " + text_of(r.activity) + " rates " + text_of(r.rates) +
                         " deal size " + text_of(r.deal_size);
        guarded("funnelyield", [&] { check_yield(r, allot::funnel_yield(r)); });
    }
    return 0;
}
