// The terminal tables of allot-plan (no office needed).
#include "plan_report.hpp"

#include <gtest/gtest.h>

namespace allot::plan {
namespace {

TEST(Grouped, PutsThousandsSeparators) {
    EXPECT_EQ(grouped(12'000'000, 0), "12,000,000");
    EXPECT_EQ(grouped(999, 0), "999");
    EXPECT_EQ(grouped(1000, 0), "1,000");
    EXPECT_EQ(grouped(-1234.5, 1), "-1,234.5");
    EXPECT_EQ(grouped(33.333, 2), "33.33");
    EXPECT_EQ(grouped(-0.001, 2), "0.00") << "no negative zero";
}

TEST(DecimalsForUnit, ShowsEveryMultipleExactly) {
    EXPECT_EQ(decimals_for_unit(1000), 0);
    EXPECT_EQ(decimals_for_unit(1), 0);
    EXPECT_EQ(decimals_for_unit(0.5), 1);
    EXPECT_EQ(decimals_for_unit(0.01), 2);
    EXPECT_EQ(decimals_for_unit(0), 2) << "no rounding";
}

TEST(DisplayWidth, CountsChineseAsTwoColumns) {
    EXPECT_EQ(display_width("North"), 5u);
    EXPECT_EQ(display_width("华东"), 4u);
    EXPECT_EQ(display_width("East 华东"), 9u);
    EXPECT_EQ(display_width(""), 0u);
}

TEST(Table, AlignsColumns) {
    Table table({"Entity", "Target"}, {false, true});
    table.add_row({"华东", "1,000"});
    table.add_row({"North", "12,000"});
    table.add_rule();
    table.add_row({"Total", "13,000"});
    EXPECT_EQ(table.render(""), "Entity   Target\n"
                                "---------------\n"
                                "华东      1,000\n"
                                "North    12,000\n"
                                "---------------\n"
                                "Total    13,000\n");
}

} // namespace
} // namespace allot::plan
