#include <allot/commands/formula.hpp>

#include <gtest/gtest.h>

namespace allot::commands {
namespace {

using Arguments = std::vector<std::string>;

TEST(AllotCalls, FindsACallByItsProgrammaticName) {
    const auto calls = allot_calls("=ORG.ALLOT.FUNCTIONS.SPLIT($B$3;$B$8:$B$15;B4)");
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0].function, "split");
    EXPECT_EQ(calls[0].arguments, (Arguments{"$B$3", "$B$8:$B$15", "B4"}));
}

TEST(AllotCalls, FindsDisplayNamesInAnyCase) {
    const auto calls = allot_calls("=allot.Split(100; A1:A3)");
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0].function, "split");
    EXPECT_EQ(calls[0].arguments, (Arguments{"100", "A1:A3"}));
}

TEST(AllotCalls, KeepsEmptyPlacesAndInlineArrays) {
    const auto calls = allot_calls("=ORG.ALLOT.FUNCTIONS.SPLIT(5;{0.03|0.07};;{1;2|3;4})");
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0].arguments, (Arguments{"5", "{0.03|0.07}", "", "{1;2|3;4}"}));
}

TEST(AllotCalls, ReadsNestedExpressionsAsOneArgument) {
    const auto calls =
        allot_calls("=ROUND(ORG.ALLOT.FUNCTIONS.PACE(SUM(B2:B4)*(1+C1);D2:D13;MIN(7;E1));2)");
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0].function, "pace");
    EXPECT_EQ(calls[0].arguments, (Arguments{"SUM(B2:B4)*(1+C1)", "D2:D13", "MIN(7;E1)"}));
}

TEST(AllotCalls, ListsInnerCallsFirst) {
    const auto calls =
        allot_calls("=ORG.ALLOT.FUNCTIONS.SPLIT(A1;ORG.ALLOT.FUNCTIONS.WEIGHTS(B1:C4;{1;1}))+"
                    "ORG.ALLOT.FUNCTIONS.OKR(1;0;2)");
    ASSERT_EQ(calls.size(), 3u);
    EXPECT_EQ(calls[0].function, "weights");
    EXPECT_EQ(calls[1].function, "split");
    EXPECT_EQ(calls[2].function, "okr");
    EXPECT_EQ(calls[1].arguments[1], "ORG.ALLOT.FUNCTIONS.WEIGHTS(B1:C4;{1;1})");
}

TEST(AllotCalls, IgnoresNamesInStringsAndSheetNames) {
    EXPECT_TRUE(allot_calls("=\"ALLOT.SPLIT(1;2)\"&A1").empty());
    EXPECT_TRUE(allot_calls("='ALLOT.SPLIT(1)'.A1+1").empty());
    EXPECT_TRUE(allot_calls("=SUM(A1:A3)").empty());
    EXPECT_TRUE(allot_calls("=ALLOT.NOSUCH(1)").empty()) << "not a function of Allot";
    EXPECT_TRUE(allot_calls("=MYALLOT.SPLIT(1;2)").empty());
    const auto calls = allot_calls("=ORG.ALLOT.FUNCTIONS.STATUS(\"a)b;c\"\"\")");
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0].arguments, (Arguments{"\"a)b;c\"\"\""}));
}

TEST(AllotCalls, ReadsArrayFormulas) {
    EXPECT_TRUE(calls_allot("{=ORG.ALLOT.FUNCTIONS.SPLIT(100;A1:A3)}"));
    EXPECT_FALSE(calls_allot("{=A1:A3*2}"));
}

TEST(AllotCalls, SurvivesUnbalancedText) {
    // Never a crash or a hang on whatever a cell holds.
    for (const char* formula : {"=ALLOT.SPLIT(", "=ALLOT.SPLIT(1;(2", "=ALLOT.SPLIT(\"", ")))",
                                "=ALLOT.SPLIT(1;{2;3", "", "=", "=ALLOT.SPLIT", "{", "}"}) {
        const auto calls = allot_calls(formula);
        EXPECT_LE(calls.size(), 1u) << formula;
    }
}

TEST(WhyFormula, AsksWhyWithTheSameArguments) {
    const auto calls = allot_calls("=ORG.ALLOT.FUNCTIONS.SPLIT(B3;B8:B15;;B4)");
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(why_formula(calls[0]), "=ORG.ALLOT.FUNCTIONS.WHY(\"SPLIT\";B3;B8:B15;;B4)");
}

} // namespace
} // namespace allot::commands
