// ALLOT.SPLIT over 100,000 weights in a real Calc: the parts add up exactly,
// and the recalculation time is reported against =2*A1 over the same cells
// (printed, not asserted: timings depend on the machine).
#include "shared_office.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace allot::integration {
namespace {

constexpr int count = 100'000;
constexpr std::int64_t total = 987'654'321;

std::chrono::duration<double, std::milli> best_recalculation(office::Document& document) {
    std::chrono::duration<double, std::milli> best{1e300};
    for (int round = 0; round < 3; ++round) {
        const auto start = std::chrono::steady_clock::now();
        document.recalculate();
        best = std::min<std::chrono::duration<double, std::milli>>(
            best, std::chrono::steady_clock::now() - start);
    }
    return best;
}

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

    // Baseline: the simplest formula over the same cells, filled down from B1
    // (as a user would; setFormulaArray is quadratic in Calc 7.4).
    document.set_formula(sheet, "B1", "=2*A1");
    document.fill_down(sheet, "B1:B" + rows);
    ASSERT_EQ(document.cell(sheet, "B" + rows).formula, "=2*A" + rows);
    const auto baseline = best_recalculation(document);
    EXPECT_EQ(document.cell(sheet, "B" + rows).value, 2.0 * weights.back()[0]);
    document.clear(sheet, "B1:B" + rows);

    document.set_array_formula(sheet, "C1:C" + rows, "=ALLOT.SPLIT(D1;A1:A" + rows + ")");
    document.set_formula(sheet, "E1", "=SUM(C1:C" + rows + ")=D1");
    const auto split = best_recalculation(document);
    std::cout << std::fixed << std::setprecision(1) << "[ timing   ] recalculation over " << count
              << " cells: =2*A1 " << baseline.count() << " ms, one ALLOT.SPLIT array "
              << split.count() << " ms, ratio " << std::setprecision(2)
              << split.count() / baseline.count() << " (best of 3 each)\n";
    RecordProperty("baseline_ms", std::to_string(baseline.count()));
    RecordProperty("split_ms", std::to_string(split.count()));

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
