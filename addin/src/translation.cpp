#include "translation.hpp"

#include "mo_catalog.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <mutex>

namespace allot::addin {
namespace {

constexpr const char* domain = "allot";

// The catalogs, read once from the directory given (or none).
struct Catalogs {
    std::mutex mutex;
    std::string dir;
    bool loaded = false;
    std::map<std::string, MoCatalog> by_language; // "zh_CN" → catalog
};

Catalogs& catalogs() {
    static Catalogs instance;
    return instance;
}

// Reads every <dir>/<language>/LC_MESSAGES/allot.mo; the caller holds the lock.
void load(Catalogs& c) {
    if (c.loaded)
        return;
    c.loaded = true;
    std::error_code error;
    if (c.dir.empty() || !std::filesystem::is_directory(c.dir, error))
        return;
    for (const auto& entry : std::filesystem::directory_iterator(c.dir, error)) {
        const std::filesystem::path file =
            entry.path() / "LC_MESSAGES" / (std::string(domain) + ".mo");
        if (auto catalog = MoCatalog::load(file.string()))
            c.by_language.emplace(entry.path().filename().string(), std::move(*catalog));
    }
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

// "zh-CN", "zh_CN.UTF-8" → {"zh", "CN"}.
std::pair<std::string_view, std::string_view> language_and_region(std::string_view tag) {
    tag = tag.substr(0, tag.find_first_of(".@"));
    const auto separator = tag.find_first_of("-_");
    if (separator == std::string_view::npos)
        return {tag, {}};
    std::string_view region = tag.substr(separator + 1);
    return {tag.substr(0, separator), region.substr(0, region.find_first_of("-_"))};
}

// The translation of `english` in `context`, else without one; the caller
// holds the lock and has loaded the catalogs.
const std::string* find(const Catalogs& c, std::string_view english, const Language& language,
                        std::string_view context) {
    const auto catalog = c.by_language.find(language.catalog());
    if (catalog == c.by_language.end())
        return nullptr;
    if (!context.empty()) {
        // gettext keys a message with a context as "context\x04msgid".
        std::string key(context);
        key += '\x04';
        key += english;
        if (const std::string* translation = catalog->second.find(key))
            return translation;
    }
    return catalog->second.find(english);
}

} // namespace

std::string Language::tag() const {
    if (english())
        return "en-US";
    std::string tag = catalog_;
    std::replace(tag.begin(), tag.end(), '_', '-');
    return tag;
}

void set_catalog_dir(const std::string& dir) {
    Catalogs& c = catalogs();
    std::lock_guard lock(c.mutex);
    if (!c.loaded)
        c.dir = dir;
}

std::vector<Language> languages() {
    Catalogs& c = catalogs();
    std::lock_guard lock(c.mutex);
    load(c);
    std::vector<Language> all{Language()};
    for (const auto& [name, catalog] : c.by_language)
        all.emplace_back(name);
    return all;
}

Language language_of(std::string_view tag) {
    const auto [language, region] = language_and_region(tag);
    Catalogs& c = catalogs();
    std::lock_guard lock(c.mutex);
    load(c);
    const std::string* same_language = nullptr;
    for (const auto& [name, catalog] : c.by_language) {
        const auto [catalog_language, catalog_region] = language_and_region(name);
        if (!same_ignoring_case(catalog_language, language))
            continue;
        if (same_ignoring_case(catalog_region, region))
            return Language(name);
        if (!same_language)
            same_language = &name;
    }
    return same_language ? Language(*same_language) : Language();
}

std::string translate(std::string_view english, const Language& language,
                      std::string_view context) {
    if (language.english())
        return std::string(english);
    Catalogs& c = catalogs();
    std::lock_guard lock(c.mutex);
    load(c);
    const std::string* translation = find(c, english, language, context);
    return translation ? *translation : std::string(english);
}

bool has_translation(std::string_view english, const Language& language, std::string_view context) {
    if (language.english())
        return true;
    Catalogs& c = catalogs();
    std::lock_guard lock(c.mutex);
    load(c);
    return find(c, english, language, context) != nullptr;
}

} // namespace allot::addin
