// ALLOT.WHY answers in the office's UI language: Chinese in a zh-CN office.
#include "shared_office.hpp"

#include <string>

#include <gtest/gtest.h>

namespace allot::integration {
namespace {

// The reason ALLOT.WHY gives for text among the weights, in an office.
std::string reason_for_text_in_weights(office::Office& office, std::string* sheet_name) {
    auto document = office.create_spreadsheet();
    const auto sheet = document.sheet_names().front();
    if (sheet_name)
        *sheet_name = sheet;
    document.set_value(sheet, "A1", 1);
    document.set_text(sheet, "A2", "abc");
    document.set_value(sheet, "A3", 2);
    document.set_formula(sheet, "B1", "=ALLOT.WHY(\"SPLIT\";100;A1:A3)");
    document.set_formula(sheet, "B2", "=ALLOT.SPLIT(100;A1:A3)");
    document.recalculate();
    EXPECT_EQ(document.cell(sheet, "B2").error, 502) << "ALLOT.SPLIT with text in the weights";
    const auto why = document.cell(sheet, "B1");
    EXPECT_EQ(why.error, 0) << why.formula << " gave " << why.text;
    return why.text;
}

TEST(Chinese, WhyExplainsInTheUiLanguage) {
    std::string sheet;
    const std::string chinese = reason_for_text_in_weights(chinese_office(), &sheet);
    // The office really runs in Chinese: a new document's first sheet is 工作表1.
    ASSERT_TRUE(has_chinese(sheet)) << "the zh-CN office named its first sheet " << sheet;
    const std::string english = reason_for_text_in_weights(english_office(), nullptr);
    std::cout << "[ why      ] zh-CN: " << chinese << "\n[ why      ] en-US: " << english << "\n";
    EXPECT_TRUE(has_chinese(chinese)) << "ALLOT.WHY in a zh-CN office said: " << chinese;
    EXPECT_FALSE(has_chinese(english)) << "ALLOT.WHY in an en-US office said: " << english;
    EXPECT_NE(chinese, english);
    EXPECT_NE(chinese.find('2'), std::string::npos) << "the position of the text (item 2)";
}

// No error: "OK" in English, Chinese in a Chinese office.
std::string no_error(office::Office& office) {
    auto document = office.create_spreadsheet();
    const auto sheet = document.sheet_names().front();
    document.set_formula(sheet, "A1", "=ALLOT.WHY(\"SPLIT\";100;{1|1|1})");
    document.recalculate();
    return document.cell(sheet, "A1").text;
}

TEST(Chinese, WhyAnswersOkInTheUiLanguage) {
    EXPECT_EQ(no_error(chinese_office()), "没有错误");
    EXPECT_EQ(no_error(english_office()), "OK");
}

// ALLOT.STATUS's text in an office: behind, at risk, on track.
std::string statuses(office::Office& office) {
    auto document = office.create_spreadsheet();
    const auto sheet = document.sheet_names().front();
    document.set_formula(sheet, "A1", "=ALLOT.STATUS(0.5)");
    document.set_formula(sheet, "A2", "=ALLOT.STATUS(0.9)");
    document.set_formula(sheet, "A3", "=ALLOT.STATUS(1.2)");
    document.recalculate();
    std::string text;
    for (const char* cell : {"A1", "A2", "A3"})
        text += document.cell(sheet, cell).text + "/";
    return text;
}

TEST(Chinese, StatusSpeaksTheUiLanguage) {
    EXPECT_EQ(statuses(chinese_office()), "落后/有风险/正常/");
    EXPECT_EQ(statuses(english_office()), "behind/at risk/on track/");
}

} // namespace
} // namespace allot::integration
