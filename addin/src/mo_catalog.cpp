#include "mo_catalog.hpp"

#include <cstdint>
#include <fstream>
#include <iterator>

namespace allot::addin {
namespace {

// The .mo layout (GNU gettext manual, "The Format of GNU MO Files"): a
// header of 32-bit words — magic, revision, string count, offset of the
// table of original strings, offset of the table of translations — and
// each table holds (length, offset) pairs pointing at NUL-terminated strings.
constexpr std::uint32_t magic = 0x950412de;
constexpr std::uint32_t magic_swapped = 0xde120495;

class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    bool swapped = false;

    std::optional<std::uint32_t> word(std::size_t offset) const {
        if (offset > bytes_.size() || bytes_.size() - offset < 4)
            return std::nullopt;
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const auto byte =
                static_cast<std::uint8_t>(bytes_[offset + static_cast<std::size_t>(i)]);
            // Little-endian unless the magic said otherwise.
            const int shift = swapped ? 8 * (3 - i) : 8 * i;
            value |= static_cast<std::uint32_t>(byte) << shift;
        }
        return value;
    }

    // The string of table entry `index` of the table at `table`.
    std::optional<std::string_view> string(std::uint32_t table, std::uint32_t index) const {
        const std::size_t entry = std::size_t{table} + 8 * std::size_t{index};
        const auto length = word(entry);
        const auto offset = word(entry + 4);
        if (!length || !offset || *offset > bytes_.size() || bytes_.size() - *offset < *length)
            return std::nullopt;
        return bytes_.substr(*offset, *length);
    }

private:
    std::string_view bytes_;
};

} // namespace

std::optional<MoCatalog> MoCatalog::parse(std::string_view bytes) {
    Reader reader(bytes);
    const auto first = reader.word(0);
    if (!first || (*first != magic && *first != magic_swapped))
        return std::nullopt;
    reader.swapped = *first == magic_swapped;
    const auto count = reader.word(8);
    const auto originals = reader.word(12);
    const auto translations = reader.word(16);
    if (!count || !originals || !translations)
        return std::nullopt;
    MoCatalog catalog;
    for (std::uint32_t i = 0; i < *count; ++i) {
        const auto msgid = reader.string(*originals, i);
        const auto msgstr = reader.string(*translations, i);
        if (!msgid || !msgstr)
            return std::nullopt;
        // The empty msgid is the catalog's header; a NUL inside a msgid
        // separates a plural form, which Allot does not use. A context
        // stays in the key as "context\x04msgid".
        if (msgid->empty() || msgid->find('\0') != std::string_view::npos || msgstr->empty())
            continue;
        catalog.translations_.emplace(*msgid, *msgstr);
    }
    return catalog;
}

std::optional<MoCatalog> MoCatalog::load(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    const std::string bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    return parse(bytes);
}

const std::string* MoCatalog::find(std::string_view msgid) const {
    const auto it = translations_.find(msgid);
    return it == translations_.end() ? nullptr : &it->second;
}

} // namespace allot::addin
