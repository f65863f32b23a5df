#include "function_table.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

using namespace allot::addin;

TEST(FunctionTable, EveryTextExistsInEnglishAndChinese) {
    for (const FunctionInfo& f : function_table()) {
        SCOPED_TRACE(std::string(f.programmatic));
        EXPECT_FALSE(f.display.en.empty());
        EXPECT_FALSE(f.display.zh.empty());
        EXPECT_FALSE(f.description.en.empty());
        EXPECT_FALSE(f.description.zh.empty());
        EXPECT_NE(f.description.en, f.description.zh);
        EXPECT_FALSE(f.example.empty());
        ASSERT_FALSE(f.arguments.empty());
        for (const ArgumentInfo& a : f.arguments) {
            EXPECT_FALSE(a.name.en.empty());
            EXPECT_FALSE(a.name.zh.empty());
            EXPECT_FALSE(a.description.en.empty());
            EXPECT_FALSE(a.description.zh.empty());
            EXPECT_NE(a.description.en, a.description.zh);
        }
    }
}

TEST(FunctionTable, OptionalArgumentsComeLast) {
    for (const FunctionInfo& f : function_table()) {
        bool optional_seen = false;
        for (const ArgumentInfo& a : f.arguments) {
            if (optional_seen) {
                EXPECT_TRUE(a.optional) << f.programmatic << ": " << a.name.en;
            }
            optional_seen = optional_seen || a.optional;
        }
    }
}

// Every method of the IDL interface has a table entry with as many arguments, and back.
TEST(FunctionTable, MatchesTheIdlInterface) {
    std::ifstream file(ALLOT_IDL_FILE);
    std::stringstream text;
    text << file.rdbuf();
    const std::string idl = text.str();
    std::regex method(R"((\w+)\s*\(([^)]*)\)\s*raises)");
    std::set<std::string> methods;
    for (auto it = std::sregex_iterator(idl.begin(), idl.end(), method);
         it != std::sregex_iterator(); ++it) {
        const std::string name = (*it)[1];
        const std::string parameters = (*it)[2];
        methods.insert(name);
        const FunctionInfo* f = find_programmatic(name);
        ASSERT_NE(f, nullptr) << name;
        const auto count =
            static_cast<std::size_t>(std::count(parameters.begin(), parameters.end(), '['));
        EXPECT_EQ(count, f->arguments.size()) << name;
    }
    EXPECT_EQ(methods.size(), function_table().size());
}

TEST(FunctionTable, FindsFunctionsByTheNamesUsersType) {
    EXPECT_EQ(find_by_user_name("SPLIT"), find_programmatic("split"));
    EXPECT_EQ(find_by_user_name("allot.split"), find_programmatic("split"));
    EXPECT_EQ(find_by_user_name("Allot.Why"), find_programmatic("why"));
    EXPECT_EQ(find_by_user_name("SPLITX"), nullptr);
    EXPECT_EQ(find_by_user_name(""), nullptr);
}

TEST(FunctionTable, LanguageOfTags) {
    EXPECT_EQ(language_of("zh"), Language::Chinese);
    EXPECT_EQ(language_of("zh-CN"), Language::Chinese);
    EXPECT_EQ(language_of("ZH_cn"), Language::Chinese);
    EXPECT_EQ(language_of("en-US"), Language::English);
    EXPECT_EQ(language_of(""), Language::English);
}
