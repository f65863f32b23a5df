// What allot-plan prints (no office needed): its texts in both languages and
// its terminal tables.
#include "plan_report.hpp"
#include "plan_texts.hpp"

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

// Every text allot-plan prints has a Chinese translation (addin/po/zh_CN/plan.po)
// that keeps its placeholders.
TEST(PlanTexts, EveryTextIsTranslated) {
    addin::set_catalog_dir(ALLOT_LOCALE_DIR);
    for (const std::string_view english : text::all) {
        EXPECT_TRUE(addin::has_translation(english, addin::Language::Chinese, catalog_context))
            << english;
        const std::string chinese = say(english, addin::Language::Chinese);
        for (int n = 1; n <= 5; ++n) {
            std::string placeholder = "{"; // not "{" + …: GCC 12 warns falsely (-Wrestrict)
            placeholder += std::to_string(n);
            placeholder += '}';
            EXPECT_EQ(english.find(placeholder) == std::string_view::npos,
                      chinese.find(placeholder) == std::string::npos)
                << english << " / " << chinese;
        }
    }
}

TEST(PlanTexts, FillsPlaceholders) {
    addin::set_catalog_dir(ALLOT_LOCALE_DIR);
    EXPECT_EQ(say(text::sum_check_exact, addin::Language::English, {"5", "5"}),
              "Check: the region targets add up to the annual target exactly: 5 = 5");
    EXPECT_EQ(say(text::total, addin::Language::Chinese), "合计")
        << "the context keeps allot-plan's own translation";
}

} // namespace
} // namespace allot::plan
