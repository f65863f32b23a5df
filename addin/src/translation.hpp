// Every text a user reads is written in English in the source and translated
// through gettext catalogs: addin/po/<language>/*.po, compiled at build time
// into <catalog dir>/<language>/LC_MESSAGES/allot.mo. A new language is one
// new folder of .po files. Knows nothing of UNO.
//
// The catalogs are read by a small reader of gettext's .mo format of our own
// (catalog.cpp) rather than by Boost.Locale or libintl: the add-in's shared
// library must run in any LibreOffice, which brings neither Boost nor ICU.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace allot::addin {

// A language of the user interface, named like its catalog ("zh_CN").
// English, the language of the source texts, has no catalog.
class Language {
public:
    Language() = default; // English
    explicit Language(std::string catalog) : catalog_(std::move(catalog)) {}

    // "" for English.
    const std::string& catalog() const { return catalog_; }
    bool english() const { return catalog_.empty(); }
    // "en-US" or "zh-CN", as LibreOffice names locales.
    std::string tag() const;

    friend bool operator==(const Language&, const Language&) = default;

    // The source language, and the one translation every build has (the
    // README and its tests use both).
    static const Language English;
    static const Language Chinese;

private:
    std::string catalog_;
};

inline const Language Language::English{};
inline const Language Language::Chinese{"zh_CN"};

// Where the compiled catalogs are. Call once, before the first translation
// (the add-in calls it when it is loaded); later calls are ignored.
void set_catalog_dir(const std::string& dir);

// English and every language that has a catalog, English first.
std::vector<Language> languages();

// The language for a locale tag as LibreOffice or POSIX write it ("zh-CN",
// "zh_CN.UTF-8", "zh", "en-US"): the catalog of that language and region,
// else the first of that language, else English.
Language language_of(std::string_view tag);

// `english` in `language`; the English text itself when the catalog has no
// translation for it. With a `context` (gettext's msgctxt), a translation
// for that context comes first, then the one without.
std::string translate(std::string_view english, const Language& language,
                      std::string_view context = {});

// Whether the catalog of `language` translates `english`, in `context` or
// without one (always true for English).
bool has_translation(std::string_view english, const Language& language,
                     std::string_view context = {});

} // namespace allot::addin
