#include "function_table.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

using namespace allot::addin;

namespace {

class FunctionTable : public ::testing::Test {
protected:
    static void SetUpTestSuite() { set_catalog_dir(ALLOT_LOCALE_DIR); }
};

// Every text of the table, in English and translated in every catalog.
TEST_F(FunctionTable, EveryTextExistsInEveryLanguage) {
    const std::vector<Language> all = languages();
    ASSERT_GE(all.size(), 2u) << "no catalog in " << ALLOT_LOCALE_DIR;
    for (const FunctionInfo& f : function_table()) {
        SCOPED_TRACE(std::string(f.programmatic));
        EXPECT_TRUE(f.display.starts_with("ALLOT."));
        EXPECT_FALSE(f.example.empty());
        ASSERT_FALSE(f.arguments.empty());
        std::vector<std::string_view> texts{f.description, f.example_result};
        for (const ArgumentInfo& a : f.arguments) {
            texts.push_back(a.name);
            texts.push_back(a.description);
        }
        for (std::string_view text : texts) {
            EXPECT_FALSE(text.empty());
            for (const Language& language : all)
                EXPECT_TRUE(has_translation(text, language, f.programmatic))
                    << language.catalog() << " has no translation of: " << text;
        }
    }
}

TEST_F(FunctionTable, ArgumentsHaveDistinctNames) {
    for (const FunctionInfo& f : function_table()) {
        std::set<std::string_view> names;
        for (const ArgumentInfo& a : f.arguments)
            EXPECT_TRUE(names.insert(a.name).second) << f.programmatic << ": " << a.name;
    }
}

TEST_F(FunctionTable, OptionalArgumentsComeLast) {
    for (const FunctionInfo& f : function_table()) {
        bool optional_seen = false;
        for (const ArgumentInfo& a : f.arguments) {
            if (optional_seen) {
                EXPECT_TRUE(a.optional) << f.programmatic << ": " << a.name;
            }
            optional_seen = optional_seen || a.optional;
        }
    }
}

// ALLOT.WHY has a place for every argument of the longest function.
TEST_F(FunctionTable, WhyTakesTheArgumentsOfEveryFunction) {
    const FunctionInfo* why = find_programmatic("why");
    ASSERT_NE(why, nullptr);
    EXPECT_EQ(why->arguments.size(), most_arguments() + 1);
    EXPECT_EQ(function_table().back().programmatic, "why") << "WHY stays last";
}

// Every method of the IDL interface has a table entry with the same
// arguments, and back; required arguments are sequence<sequence<any>> (so
// Calc marks them required), optional ones `any`.
TEST_F(FunctionTable, MatchesTheIdlInterface) {
    std::ifstream file(ALLOT_IDL_FILE);
    std::stringstream text;
    text << file.rdbuf();
    const std::string idl = text.str();
    const std::regex method(R"((\w+)\s*\(([^)]*)\)\s*raises)");
    const std::regex parameter(R"(\[in\]\s*([^,]*?)\s+(\w+)\s*(,|$))");
    std::set<std::string> methods;
    for (auto it = std::sregex_iterator(idl.begin(), idl.end(), method);
         it != std::sregex_iterator(); ++it) {
        const std::string name = (*it)[1];
        const std::string parameters = (*it)[2];
        methods.insert(name);
        const FunctionInfo* f = find_programmatic(name);
        ASSERT_NE(f, nullptr) << name;
        std::size_t i = 0;
        for (auto p = std::sregex_iterator(parameters.begin(), parameters.end(), parameter);
             p != std::sregex_iterator(); ++p, ++i) {
            ASSERT_LT(i, f->arguments.size()) << name;
            const ArgumentInfo& argument = f->arguments[i];
            std::string idl_name = (*p)[2];
            std::string table_name(argument.name);
            table_name.erase(std::remove(table_name.begin(), table_name.end(), '_'),
                             table_name.end());
            std::transform(idl_name.begin(), idl_name.end(), idl_name.begin(), ::tolower);
            EXPECT_EQ(idl_name, table_name) << name << " argument " << i;
            const std::string type = (*p)[1];
            if (name == "why" && i == 0)
                EXPECT_EQ(type, "string");
            else if (argument.optional)
                EXPECT_EQ(type, "any") << name << ": " << argument.name;
            else
                EXPECT_EQ(type, "sequence< sequence< any > >") << name << ": " << argument.name;
        }
        EXPECT_EQ(i, f->arguments.size()) << name;
    }
    EXPECT_EQ(methods.size(), function_table().size());
}

TEST_F(FunctionTable, FindsFunctionsByTheNamesUsersType) {
    EXPECT_EQ(find_by_user_name("SPLIT"), find_programmatic("split"));
    EXPECT_EQ(find_by_user_name("allot.split"), find_programmatic("split"));
    EXPECT_EQ(find_by_user_name("Allot.Why"), find_programmatic("why"));
    EXPECT_EQ(find_by_user_name("SPLITX"), nullptr);
    EXPECT_EQ(find_by_user_name(""), nullptr);
}

TEST_F(FunctionTable, ArgumentsAsMessagesNameThem) {
    const FunctionInfo& funnel = *find_programmatic("funnel");
    EXPECT_EQ(argument_phrase(funnel, 1, Language()), "deal size");
    EXPECT_EQ(argument_phrase(funnel, 1, Language("zh_CN")), "平均单额");
}

// One function may translate a word differently: COMMISSION's rates are
// 提成比例, FUNNEL's 转化率.
TEST_F(FunctionTable, TextsAreTranslatedForTheirFunction) {
    const Language chinese("zh_CN");
    EXPECT_EQ(text_in(*find_programmatic("commission"), "rates", chinese), "提成比例");
    EXPECT_EQ(text_in(*find_programmatic("funnel"), "rates", chinese), "转化率");
    EXPECT_EQ(text_in(*find_programmatic("funnel"), "rates", Language()), "rates");
}

} // namespace
