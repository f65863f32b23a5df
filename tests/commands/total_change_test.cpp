#include <allot/commands/total_change.hpp>

#include <gtest/gtest.h>

namespace allot::commands {
namespace {

double new_total(const char* typed, double current) {
    const auto change = parse_total_change(typed);
    EXPECT_TRUE(change) << typed;
    return change ? change->applied_to(current) : -1.0;
}

TEST(TotalChange, ReadsPlainNumbers) {
    EXPECT_EQ(new_total("5500000", 1), 5'500'000);
    EXPECT_EQ(new_total("5,500,000", 1), 5'500'000);
    EXPECT_EQ(new_total(" 5 500 000 ", 1), 5'500'000);
    EXPECT_EQ(new_total("1234.5", 1), 1234.5);
}

TEST(TotalChange, ReadsChineseAndShortSuffixesExactly) {
    EXPECT_EQ(new_total("5500万", 1), 55'000'000);
    EXPECT_EQ(new_total("0.55亿", 1), 55'000'000) << "exact, not 0.55 * 1e8 in binary";
    EXPECT_EQ(new_total("5.5M", 1), 5'500'000);
    EXPECT_EQ(new_total("750k", 1), 750'000);
    EXPECT_EQ(new_total("５５００万", 1), 55'000'000) << "full-width digits";
}

TEST(TotalChange, ReadsChanges) {
    EXPECT_EQ(new_total("+10%", 50'000'000), 55'000'000);
    EXPECT_EQ(new_total("+10 %", 50'000'000), 55'000'000);
    EXPECT_EQ(new_total("-5%", 1000), 950);
    EXPECT_EQ(new_total("−500,000", 5'000'000), 4'500'000) << "the minus sign U+2212";
    EXPECT_EQ(new_total("+500万", 50'000'000), 55'000'000);
    EXPECT_EQ(new_total("＋10％", 1000), 1100) << "full-width plus and percent";
}

TEST(TotalChange, ReadsAShareOfTheCurrentTotal) {
    EXPECT_EQ(new_total("110%", 50'000'000), 55'000'000);
    EXPECT_EQ(new_total("50%", 1000), 500);
}

TEST(TotalChange, RefusesWhatItCannotRead) {
    for (const char* typed : {"", "  ", "abc", "10 apples", "1.2.3", "++5", "%", "万", ".", "1e5",
                              "5,", ",5", "nan", "inf", "--1"})
        EXPECT_FALSE(parse_total_change(typed)) << typed;
}

} // namespace
} // namespace allot::commands
