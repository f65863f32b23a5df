// A workbook using ALLOT.SPLIT, saved as .ods and opened again in the same
// office, gives the same numbers, before and after recalculating.
#include "shared_office.hpp"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

namespace allot::integration {
namespace {

using office::CellKind;
using office::FileFormat;

const std::vector<std::vector<double>> weights = {{3.1}, {2.7}, {1.9}, {1.2},
                                                  {0.8}, {0.4}, {0.0}, {5.3}};

double sum(const std::vector<std::vector<double>>& column) {
    double total = 0.0;
    for (const auto& row : column)
        total += row.at(0);
    return total;
}

TEST(RoundTrip, OdsKeepsTheSplit) {
    auto& office = english_office();
    const auto file = scratch_dir() / "round-trip.ods";
    std::vector<std::vector<double>> before;
    {
        auto document = office.create_spreadsheet();
        const auto sheet = document.sheet_names().front();
        document.set_value(sheet, "A1", 12'000'000);
        document.set_values(sheet, "B1:B8", weights);
        // The English display name, as a user types it.
        document.set_array_formula(sheet, "C1:C8", "=ALLOT.SPLIT(A1;B1:B8;1000)");
        document.set_formula(sheet, "D1", "=SUM(C1:C8)=A1");
        document.recalculate();
        before = document.values(sheet, "C1:C8");
        ASSERT_EQ(document.cell(sheet, "C1").error, 0) << document.cell(sheet, "C1").text;
        EXPECT_EQ(sum(before), 12'000'000);
        for (const auto& row : before)
            EXPECT_EQ(std::fmod(row.at(0), 1000.0), 0.0) << row.at(0) << " is not a whole 1000";
        document.store(file, FileFormat::Ods);
    }
    auto document = office.load(file);
    const auto sheet = document.sheet_names().front();
    EXPECT_EQ(document.values(sheet, "C1:C8"), before) << "values stored in the file";
    document.recalculate();
    EXPECT_EQ(document.values(sheet, "C1:C8"), before) << "values after recalculating";
    const auto first = document.cell(sheet, "C1");
    EXPECT_EQ(first.kind, CellKind::Formula);
    EXPECT_EQ(first.formula, "{=ORG.ALLOT.FUNCTIONS.SPLIT(A1;B1:B8;1000)}")
        << "the array formula, as the API shows it after reloading";
    EXPECT_EQ(document.cell(sheet, "D1").value, 1.0) << "SUM(C1:C8)=A1";
}

} // namespace
} // namespace allot::integration
