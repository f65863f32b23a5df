// One gettext message catalog (.mo file, as msgfmt writes it), read into
// memory: English msgid → translation. A message with a context is keyed
// "context\x04msgid", as in the file. Plural forms are not used by Allot
// and are skipped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace allot::addin {

class MoCatalog {
public:
    MoCatalog() = default; // empty: translates nothing

    // The catalog in the bytes of a .mo file; std::nullopt when they are not one.
    static std::optional<MoCatalog> parse(std::string_view bytes);
    // The catalog in a .mo file; std::nullopt when it cannot be read or parsed.
    static std::optional<MoCatalog> load(const std::string& path);

    // The translation of `msgid`, or nullptr.
    const std::string* find(std::string_view msgid) const;
    std::size_t size() const { return translations_.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> translations_;
};

} // namespace allot::addin
