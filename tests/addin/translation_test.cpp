// The catalogs: our reader of gettext's .mo files, the choice of language
// from an office's locale, and that every text a user can read is translated.
#include "messages.hpp"
#include "mo_catalog.hpp"
#include "translation.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

using namespace allot::addin;

namespace {

class Translation : public ::testing::Test {
protected:
    static void SetUpTestSuite() { set_catalog_dir(ALLOT_LOCALE_DIR); }
};

// The bytes of a .mo file holding `messages`, in either byte order, laid
// out as msgfmt does (header, two tables, then the strings).
std::string mo_file(const std::vector<std::pair<std::string, std::string>>& messages,
                    bool big_endian) {
    std::string bytes;
    const auto word = [&](std::uint32_t value) {
        for (int i = 0; i < 4; ++i) {
            const int shift = big_endian ? 8 * (3 - i) : 8 * i;
            bytes += static_cast<char>((value >> shift) & 0xff);
        }
    };
    const auto count = static_cast<std::uint32_t>(messages.size());
    const std::uint32_t originals = 28;
    const std::uint32_t translations = originals + 8 * count;
    std::uint32_t offset = translations + 8 * count;
    word(0x950412de);
    word(0);
    word(count);
    word(originals);
    word(translations);
    word(0); // no hash table
    word(0);
    std::string strings;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> table;
    for (const bool original : {true, false})
        for (const auto& [msgid, msgstr] : messages) {
            const std::string& text = original ? msgid : msgstr;
            table.emplace_back(static_cast<std::uint32_t>(text.size()), offset);
            strings += text;
            strings += '\0';
            offset += static_cast<std::uint32_t>(text.size() + 1);
        }
    for (const auto& [length, at] : table) {
        word(length);
        word(at);
    }
    return bytes + strings;
}

TEST_F(Translation, ReadsMoFilesInBothByteOrders) {
    const std::vector<std::pair<std::string, std::string>> messages{
        {"", "Content-Type: text/plain; charset=UTF-8\n"},
        {"OK", "没有错误"},
        {"commission\x04rates", "提成比例"},
        {std::string("deal\0deals", 10), std::string("单\0单", 7)},
    };
    for (const bool big_endian : {false, true}) {
        const auto catalog = MoCatalog::parse(mo_file(messages, big_endian));
        ASSERT_TRUE(catalog);
        ASSERT_NE(catalog->find("OK"), nullptr);
        EXPECT_EQ(*catalog->find("OK"), "没有错误");
        ASSERT_NE(catalog->find("commission\x04rates"), nullptr);
        EXPECT_EQ(catalog->find(""), nullptr) << "the header is not a message";
        EXPECT_EQ(catalog->size(), 2u) << "plural forms are skipped";
    }
}

TEST_F(Translation, RefusesWhatIsNotAMoFile) {
    EXPECT_FALSE(MoCatalog::parse(""));
    EXPECT_FALSE(MoCatalog::parse("not a catalog at all, just text"));
    std::string truncated = mo_file({{"OK", "好"}}, false);
    truncated.resize(truncated.size() - 4);
    EXPECT_FALSE(MoCatalog::parse(truncated));
    EXPECT_FALSE(MoCatalog::load("/nonexistent/allot.mo"));
}

TEST_F(Translation, LanguageOfAnOfficeLocale) {
    EXPECT_EQ(language_of("zh-CN"), Language("zh_CN"));
    EXPECT_EQ(language_of("zh_CN.UTF-8"), Language("zh_CN"));
    EXPECT_EQ(language_of("zh"), Language("zh_CN"));
    EXPECT_EQ(language_of("ZH-cn"), Language("zh_CN"));
    EXPECT_EQ(language_of("en-US"), Language());
    EXPECT_EQ(language_of("de-DE"), Language()) << "no German catalog: English";
    EXPECT_EQ(language_of(""), Language());
    EXPECT_EQ(Language("zh_CN").tag(), "zh-CN");
    EXPECT_EQ(Language().tag(), "en-US");
}

TEST_F(Translation, EnglishIsTheSourceText) {
    EXPECT_EQ(translate("OK", Language()), "OK");
    EXPECT_EQ(translate("no such text", Language("zh_CN")), "no such text");
}

// WHY's "OK" is Chinese in a Chinese office.
TEST_F(Translation, NoErrorInEveryLanguage) {
    EXPECT_EQ(no_error(Language()), "OK");
    EXPECT_EQ(no_error(Language("zh_CN")), "没有错误");
}

// Every text a user can read has a translation in every catalog, and
// keeps the placeholders of its English text.
TEST_F(Translation, EveryUserTextIsTranslated) {
    for (const Language& language : languages()) {
        for (std::string_view english : user_texts()) {
            SCOPED_TRACE(std::string(english));
            EXPECT_TRUE(has_translation(english, language))
                << language.catalog() << " has no translation";
            const std::string translated = translate(english, language);
            for (std::size_t at = english.find('{'); at != std::string_view::npos;
                 at = english.find('{', at + 1)) {
                const std::string_view placeholder =
                    english.substr(at, english.find('}', at) - at + 1);
                EXPECT_NE(translated.find(placeholder), std::string::npos)
                    << language.catalog() << " lost " << placeholder << ": " << translated;
            }
        }
    }
}

} // namespace
