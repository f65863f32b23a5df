// ALLOT.COMMISSION, ALLOT.OKR, ALLOT.PACE and ALLOT.STATUS with arbitrary
// numbers and ranges. Promises checked: finite results; commission between
// 0 and the sales paid for and never falling as the actual rises; an OKR
// score from 0 to 1.
#include "allot/commission.hpp"
#include "allot/okr.hpp"
#include "allot/tracking.hpp"

#include "input.hpp"

namespace {

using namespace allot::fuzz;

std::vector<double> numbers(FuzzedDataProvider& in, std::size_t n) {
    std::vector<double> result(n);
    for (double& v : result)
        v = number(in);
    return result;
}

void commission(FuzzedDataProvider& in) {
    allot::CommissionRequest r;
    r.actual = number(in);
    r.target = number(in);
    const auto n = in.ConsumeIntegralInRange<std::size_t>(0, 6);
    double level = 0;
    for (std::size_t i = 0; i < n; ++i) { // usually ascending, like a real table
        level =
            in.ConsumeBool() ? level + in.ConsumeFloatingPointInRange<double>(0, 1) : number(in);
        r.thresholds.push_back(level);
        r.rates.push_back(in.ConsumeBool() ? in.ConsumeFloatingPointInRange<double>(0, 1)
                                           : number(in));
    }
    if (in.ConsumeBool())
        r.rates.resize(in.ConsumeIntegralInRange<std::size_t>(0, n + 1));
    if (in.ConsumeBool())
        r.cap = number(in);
    guarded("commission", [&] {
        const double pay = allot::commission(r);
        if (!std::isfinite(pay) || pay < 0)
            broken("commission", "pay " + std::to_string(pay));
        if (r.actual > 0 && pay > r.actual * (1 + 1e-9))
            broken("commission", "pay above the sales");
        allot::CommissionRequest more = r;
        more.actual = r.actual + std::fabs(number(in));
        if (std::isfinite(more.actual)) {
            const double more_pay = allot::commission(more);
            if (more_pay < pay - 1e-9 * std::fabs(pay))
                broken("commission", "pay falls as the actual rises");
        }
    });
}

void okr(FuzzedDataProvider& in) {
    allot::OkrRequest r;
    const auto n = in.ConsumeIntegralInRange<std::size_t>(0, 6);
    r.actual = cells(in, n);
    r.baseline = range(in, n);
    r.target = range(in, n);
    if (in.ConsumeBool())
        r.weights = range(in, n);
    guarded("okr", [&] {
        const double score = allot::okr(r);
        if (!(score >= 0 && score <= 1))
            broken("okr", "score " + std::to_string(score));
    });
}

void pace(FuzzedDataProvider& in) {
    const double actual = number(in);
    const std::vector<double> targets = numbers(in, in.ConsumeIntegralInRange<std::size_t>(0, 12));
    const double elapsed =
        in.ConsumeBool() ? in.ConsumeFloatingPointInRange<double>(0, 13) : number(in);
    guarded("pace", [&] {
        const double result = allot::pace(actual, targets, elapsed);
        if (!std::isfinite(result))
            broken("pace", "pace " + std::to_string(result));
    });
}

void status(FuzzedDataProvider& in) {
    const double attainment = number(in);
    const std::optional<double> warn =
        in.ConsumeBool() ? std::optional<double>(number(in)) : std::nullopt;
    const std::optional<double> ok =
        in.ConsumeBool() ? std::optional<double>(number(in)) : std::nullopt;
    guarded("status", [&] { allot::status_text(allot::status(attainment, warn, ok)); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    switch (in.ConsumeIntegralInRange<int>(0, 3)) {
    case 0:
        commission(in);
        break;
    case 1:
        okr(in);
        break;
    case 2:
        pace(in);
        break;
    default:
        status(in);
        break;
    }
    return 0;
}
