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
};

// One distinct argument per placeholder, so each can be found in the result.
Error sample_error(Problem problem) {
    const std::string text(message_template(problem));
    std::regex placeholder(R"(\{(\d+)\})");
    int count = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder);
         it != std::sregex_iterator(); ++it)
        count = std::max(count, std::stoi((*it)[1]));
    std::vector<std::string> args;
    for (int i = 1; i <= count; ++i)
        args.push_back("ARG" + std::to_string(i) + "X");
    return Error(problem, args);
}

bool has_chinese(const std::string& text) {
    // UTF-8 lead bytes of the CJK Unified Ideographs block (U+4E00–U+9FFF) are 0xE4–0xE9.
    for (unsigned char c : text)
        if (c >= 0xE4 && c <= 0xE9)
            return true;
    return false;
}

} // namespace

TEST_F(Messages, EnglishIsTheTemplateWithArgumentsFilledIn) {
    for (Problem problem : all_problems()) {
        Error error = sample_error(problem);
        const std::string english = explain(error, Language::English);
        EXPECT_EQ(english, error.what());
        for (const std::string& arg : error.args())
            EXPECT_NE(english.find(arg), std::string::npos) << english;
        EXPECT_EQ(english.find('{'), std::string::npos) << english;
    }
}

TEST_F(Messages, EveryProblemHasAChineseTranslation) {
    for (Problem problem : all_problems()) {
        Error error = sample_error(problem);
        const std::string chinese = explain(error, Language::Chinese);
        SCOPED_TRACE(message_template(problem));
        EXPECT_TRUE(has_chinese(chinese)) << chinese;
        for (const std::string& arg : error.args())
            EXPECT_NE(chinese.find(arg), std::string::npos) << chinese;
        EXPECT_EQ(chinese.find('{'), std::string::npos) << chinese;
    }
}

// The engine names some arguments with spaces or in the plural; Chinese still
// shows the Function Wizard's names.
TEST_F(Messages, ArgumentNamesAreShownInChinese) {
    const std::pair<const char*, const char*> names[] = {
        {"weights", "权重"},
        {"deal size", "平均单额"},
        {"period targets", "分期目标"},
        {"actuals", "实际"},
    };
    for (const auto& [english, chinese] : names) {
        const std::string text =
            explain(Error(Problem::NotFinite, {english, "2"}), Language::Chinese);
        EXPECT_NE(text.find(chinese), std::string::npos) << text;
        EXPECT_EQ(text.find(english), std::string::npos) << text;
    }
}

// "rates" are 提成比例 in COMMISSION but 转化率 in FUNNEL.
TEST_F(Messages, ArgumentNamesOfTheFailedFunctionComeFirst) {
    const Error error(Problem::NotANumber, {"rates", "2", "x"});
    EXPECT_NE(explain(error, Language::Chinese, find_programmatic("commission")).find("提成比例"),
              std::string::npos);
    EXPECT_NE(explain(error, Language::Chinese, find_programmatic("funnel")).find("转化率"),
              std::string::npos);
}

TEST_F(Messages, NoErrorIsOkInBothLanguages) {
    EXPECT_EQ(no_error(Language::English), "OK");
    EXPECT_EQ(no_error(Language::Chinese), "OK");
}
