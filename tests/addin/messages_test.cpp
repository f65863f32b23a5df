// The reasons themselves: templates filled in, the argument at fault named
// as the Function Wizard names it, in the language asked for.
#include "messages.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <string>

using namespace allot;
using namespace allot::addin;

namespace {

class Messages : public ::testing::Test {
protected:
    static void SetUpTestSuite() { set_catalog_dir(ALLOT_LOCALE_DIR); }
    const Language english;
    const Language chinese{"zh_CN"};
};

TEST_F(Messages, AnArgumentIsNamedByItsPosition) {
    const FunctionInfo& funnel = *find_programmatic("funnel");
    const CallError error(CallProblem::TextForNumber, {"abc"}, 1);
    EXPECT_EQ(explain(error, english, &funnel),
              "The deal size argument is text (\"abc\"), not a number. Enter a number, or a cell "
              "that holds one.");
    const std::string chinese_text = explain(error, chinese, &funnel);
    EXPECT_NE(chinese_text.find("平均单额"), std::string::npos) << chinese_text;
    EXPECT_NE(chinese_text.find("abc"), std::string::npos) << chinese_text;
}

// "rates" are 提成比例 in COMMISSION but 转化率 in FUNNEL.
TEST_F(Messages, ArgumentNamesOfTheFunctionThatFailed) {
    const CallError commission_error(CallProblem::TextInRange, {"2", "x"}, 3);
    EXPECT_NE(explain(commission_error, chinese, find_programmatic("commission")).find("提成比例"),
              std::string::npos);
    const CallError funnel_error(CallProblem::TextInRange, {"2", "x"}, 2);
    EXPECT_NE(explain(funnel_error, chinese, find_programmatic("funnel")).find("转化率"),
              std::string::npos);
}

TEST_F(Messages, TheFunctionByItsDisplayName) {
    const CallError error(CallProblem::MissingArgument, {}, 1);
    EXPECT_EQ(explain(error, english, find_programmatic("split")),
              "ALLOT.SPLIT needs the weights argument, but it is missing or blank. Fill it in.");
}

TEST_F(Messages, EngineProblemsInEnglishAndChinese) {
    const Error error(Problem::NegativeWeight, {"2", "-1"});
    EXPECT_EQ(explain(error, english, find_programmatic("split")), error.what());
    const std::string text = explain(error, chinese, find_programmatic("split"));
    EXPECT_NE(text, error.what());
    EXPECT_NE(text.find("-1"), std::string::npos);
}

// Without its arguments a CallError's own text still reads (for the log).
TEST_F(Messages, WhatNamesArgumentsByNumber) {
    const CallError error(CallProblem::TextForNumber, {"abc"}, 0);
    EXPECT_STREQ(error.what(), "The argument 1 argument is text (\"abc\"), not a number. Enter a "
                               "number, or a cell that holds one.");
}

TEST_F(Messages, EveryTemplateIsASentence) {
    const std::regex placeholder(R"(\{(\d+|argument|reference|function)\})");
    for (CallProblem problem : all_call_problems()) {
        const std::string text(message_template(problem));
        SCOPED_TRACE(text);
        EXPECT_EQ(std::regex_replace(text, placeholder, "").find_first_of("{}"), std::string::npos);
        EXPECT_EQ(text.back(), '.');
    }
}

} // namespace
