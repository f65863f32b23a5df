// ALLOT.SPLIT with arbitrary totals, weights, units, bounds and holds.
// Promises checked: finite parts; holds kept exactly; the parts add up to the
// total; whole units (one odd part at most); bounds kept; and, for small
// valid requests, the exact answer of the rational oracle.
#include "allot/split.hpp"

#include "input.hpp"
#include "oracle.hpp"

namespace {

using namespace allot::fuzz;
constexpr const char* function = "split";

bool valid_for_oracle(const allot::SplitRequest& r) {
    if (!std::isfinite(r.total) || !(r.unit > 0) || !std::isfinite(r.unit) || r.weights.empty())
        return false;
    const std::size_t n = r.weights.size();
    for (double w : r.weights)
        if (!std::isfinite(w) || w < 0)
            return false;
    for (const auto* v : {&r.minimums, &r.maximums, &r.fixed}) {
        if (!v->empty() && v->size() != n)
            return false;
        for (const auto& c : *v)
            if (c && !std::isfinite(*c))
                return false;
    }
    return n <= 8;
}

void check(const allot::SplitRequest& r, const std::vector<double>& parts) {
    const std::size_t n = r.weights.size();
    if (parts.size() != n)
        broken(function, "wrong number of parts");
    check_finite(function, parts);
    long double sum = 0;
    long double scale = std::fabs(r.total);
    std::size_t not_whole = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sum += parts[i];
        const bool held = !r.fixed.empty() && r.fixed[i];
        if (held) {
            scale += std::fabs(*r.fixed[i]);
            if (parts[i] != *r.fixed[i] && !(parts[i] == 0 && *r.fixed[i] == 0))
                broken(function, "hold " + std::to_string(i + 1) + " not kept");
            continue;
        }
        if (r.unit > 0) {
            const long double units = parts[i] / static_cast<long double>(r.unit);
            if (!near(units, std::round(units), std::fmax(1.0L, std::fabs(units))))
                ++not_whole;
        }
    }
    // Whole-unit tests forgive 1e-9 of a unit (a total of 1e-10 with unit 1 is 0 units).
    if (!near(sum, r.total, r.unit > 0 ? std::fmax(scale, r.unit) : scale))
        broken(function,
               "parts add up to " + std::to_string(static_cast<double>(sum)) + ", not the total");
    if (not_whole > 1)
        broken(function, "more than one part is not a whole number of units");
}

void compare_with_oracle(const allot::SplitRequest& r) {
    const oracle::Outcome expected = oracle::split(r);
    std::vector<double> parts;
    try {
        parts = allot::split(r);
    } catch (const allot::Error& error) {
        if (!expected.problem)
            broken(function, std::string("an error where the oracle has parts: ") + error.what());
        if (*expected.problem != error.problem())
            broken(function, std::string("another error than the oracle's: ") + error.what());
        return;
    }
    if (expected.problem)
        broken(function, "parts where the oracle has an error");
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const bool odd = expected.odd_part && *expected.odd_part == i;
        if (odd ? !near(parts[i], expected.parts[i], std::fabs(r.total))
                : parts[i] != expected.parts[i])
            broken(function, "part " + std::to_string(i + 1) + " is " + text_of(parts[i]) +
                                 ", the oracle says " + text_of(expected.parts[i]));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    allot::SplitRequest r;
    const auto n = in.ConsumeIntegralInRange<std::size_t>(0, 40);
    r.total = number(in);
    r.unit = in.ConsumeBool() ? 1.0 : number(in);
    for (std::size_t i = 0; i < n; ++i)
        r.weights.push_back(amount(in));
    if (in.ConsumeBool())
        r.minimums = range(in, n);
    if (in.ConsumeBool())
        r.maximums = range(in, n);
    if (in.ConsumeBool())
        r.fixed = range(in, n);
    request_text() = "total " + text_of(r.total) + " unit " + text_of(r.unit) + " weights " +
                     text_of(r.weights) + " min " + text_of(r.minimums) + " max " +
                     text_of(r.maximums) + " fixed " + text_of(r.fixed);
    if (valid_for_oracle(r)) {
        compare_with_oracle(r);
    }
    guarded(function, [&] { check(r, allot::split(r)); });
    return 0;
}
