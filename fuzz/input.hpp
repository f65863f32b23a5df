// Shared by the fuzz targets: arbitrary bytes turned into the numbers,
// cells and labels a spreadsheet can hand the engine, and the checks every
// target makes on what comes back.
#pragma once

#include "allot/error.hpp"

#include <fuzzer/FuzzedDataProvider.h>

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace allot::fuzz {

// A number as a sheet may hold it: mostly ordinary amounts and decimals,
// often the values that break arithmetic (NaN, ±∞, −0, denormals, 2^1023,
// DBL_MAX, 2^53 ± 1), sometimes any bit pattern at all.
inline double number(FuzzedDataProvider& in) {
    static constexpr double special[] = {0.0,
                                         -0.0,
                                         1.0,
                                         -1.0,
                                         0.1,
                                         0.2,
                                         0.3,
                                         0.03,
                                         0.07,
                                         0.5,
                                         1e-10,
                                         1e-25,
                                         1e15,
                                         4e30,
                                         1e300,
                                         1e308,
                                         -1e308,
                                         1e-300,
                                         0x1p1023,
                                         DBL_MAX,
                                         -DBL_MAX,
                                         DBL_MIN,
                                         std::numeric_limits<double>::denorm_min(),
                                         0x1p53,
                                         0x1p53 + 2,
                                         0x1p62,
                                         std::numeric_limits<double>::infinity(),
                                         -std::numeric_limits<double>::infinity(),
                                         std::numeric_limits<double>::quiet_NaN()};
    switch (in.ConsumeIntegralInRange<int>(0, 7)) {
    case 0:
        return special[in.ConsumeIntegralInRange<std::size_t>(0, std::size(special) - 1)];
    case 1:
        return in.ConsumeFloatingPoint<double>();
    case 2: // a decimal with a few digits, as typed
        return static_cast<double>(in.ConsumeIntegralInRange<int>(-1000, 100000)) /
               std::pow(10.0, in.ConsumeIntegralInRange<int>(0, 6));
    case 3:
        return in.ConsumeFloatingPointInRange<double>(0, 1);
    default: // small whole numbers: ties and exact fits
        return static_cast<double>(in.ConsumeIntegralInRange<int>(0, 12));
    }
}

// A number that is mostly ordinary and positive (weights, sizes).
inline double amount(FuzzedDataProvider& in) {
    return in.ConsumeBool() ? number(in)
                            : static_cast<double>(in.ConsumeIntegralInRange<int>(0, 9));
}

// A cell: blank, or a number.
inline std::optional<double> cell(FuzzedDataProvider& in) {
    if (in.ConsumeIntegralInRange<int>(0, 4) == 0)
        return std::nullopt;
    return amount(in);
}

inline std::vector<std::optional<double>> cells(FuzzedDataProvider& in, std::size_t n) {
    std::vector<std::optional<double>> result(n);
    for (auto& c : result)
        c = cell(in);
    return result;
}

// A range that is usually n cells but may be empty or of another size.
inline std::vector<std::optional<double>> range(FuzzedDataProvider& in, std::size_t n) {
    switch (in.ConsumeIntegralInRange<int>(0, 7)) {
    case 0:
        return {};
    case 1:
        return cells(in, in.ConsumeIntegralInRange<std::size_t>(0, n + 2));
    default:
        return cells(in, n);
    }
}

// A label from a small alphabet, so ids collide, cycles form and parents
// are found: blank, "  a ", "b1" …
inline std::optional<std::string> label(FuzzedDataProvider& in, std::size_t n) {
    const auto k = in.ConsumeIntegralInRange<std::size_t>(0, n + 1);
    if (k == 0)
        return std::nullopt;
    std::string text = "n" + std::to_string(k - 1);
    if (in.ConsumeIntegralInRange<int>(0, 15) == 0)
        text = " " + text + " ";
    return text;
}

// What the target is calling, told when a promise breaks (to turn the
// finding into a unit test).
inline std::string& request_text() {
    static std::string text;
    return text;
}

inline std::string text_of(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", x);
    return buffer;
}

inline std::string text_of(const std::optional<double>& x) {
    return x ? text_of(*x) : std::string("_");
}

template <class Values> std::string text_of(const Values& values) {
    std::string text = "{";
    for (const auto& v : values)
        text += text_of(v) + ",";
    return text + "}";
}

[[noreturn]] inline void broken(const char* function, const std::string& what) {
    std::fprintf(stderr, "\n%s broke its promise: %s\nrequest: %s\n", function, what.c_str(),
                 request_text().c_str());
    std::abort();
}

// An Error must be told with all its arguments.
inline void check_error(const char* function, const Error& error) {
    if (error.args().size() != argument_count(error.problem()))
        broken(function, "error " + std::to_string(static_cast<int>(error.problem())) + " has " +
                             std::to_string(error.args().size()) + " arguments");
}

inline void check_finite(const char* function, const std::vector<double>& values) {
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i]))
            broken(function, "result " + std::to_string(i + 1) + " is not finite");
}

// Calls `run`; an allot::Error is a correct answer (checked for its
// arguments), anything else escapes and is reported by libFuzzer.
template <class Run> void guarded(const char* function, Run run) {
    try {
        run();
    } catch (const Error& error) {
        check_error(function, error);
    }
}

// |a − b| within the README's 1e-9 relative of `scale`.
inline bool near(long double a, long double b, long double scale) {
    return std::fabs(a - b) <= 1e-9L * std::fmax(scale, 1e-300L);
}

} // namespace allot::fuzz
