// ALLOT.SPLIT over 100,000 weights in a real Calc: the parts add up exactly
// and each is within one unit of its exact share. Only correctness is
// checked here; the speed of this path is measured by the benchmark
// allot-calc-bench (README, Speed), against the naive formulas and an
// add-in's floor in the same run. No test asserts a time.
#include "shared_office.hpp"

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace allot::integration {
namespace {

constexpr int count = 100'000;
constexpr std::int64_t total = 987'654'321;

TEST(Performance, SplitOver100000WeightsAddsUpExactly) {
    auto document = english_office().create_spreadsheet();
    const auto sheet = document.sheet_names().front();
    const std::string rows = std::to_string(count);

    std::vector<std::vector<double>> weights(count);
    double weight_sum = 0.0;
    for (int i = 0; i < count; ++i) {
        weights[static_cast<std::size_t>(i)] = {static_cast<double>(1 + (i * 7919) % 1000)};
        weight_sum += weights[static_cast<std::size_t>(i)][0];
    }
    document.set_values(sheet, "A1:A" + rows, weights);
    document.set_value(sheet, "D1", static_cast<double>(total));

    document.set_array_formula(sheet, "C1:C" + rows, "=ALLOT.SPLIT(D1;A1:A" + rows + ")");
    document.set_formula(sheet, "E1", "=SUM(C1:C" + rows + ")=D1");
    document.recalculate();

    const auto parts = document.values(sheet, "C1:C" + rows);
    ASSERT_EQ(parts.size(), static_cast<std::size_t>(count));
    ASSERT_EQ(document.cell(sheet, "C1").error, 0) << document.cell(sheet, "C1").text;
    std::int64_t sum = 0;
    int off_quota = 0;
    for (int i = 0; i < count; ++i) {
        const double part = parts[static_cast<std::size_t>(i)].at(0);
        ASSERT_EQ(part, std::floor(part)) << "part " << i + 1 << " is not a whole unit";
        sum += static_cast<std::int64_t>(part);
        const long double share =
            static_cast<long double>(total) * weights[static_cast<std::size_t>(i)][0] / weight_sum;
        if (std::fabs(static_cast<long double>(part) - share) >= 1.0L)
            ++off_quota;
    }
    EXPECT_EQ(sum, total) << "the parts add up to the total exactly";
    EXPECT_EQ(off_quota, 0) << "parts more than one unit from their exact share";
    EXPECT_EQ(document.cell(sheet, "E1").value, 1.0) << "Calc's own SUM(C1:C100000)=D1";
}

} // namespace
} // namespace allot::integration
