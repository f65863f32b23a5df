// Text across the UNO boundary: the office's UTF-16 strings and our UTF-8
// ones, converted in one place.
#pragma once

#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace allot::addin {

inline std::string utf8(const rtl::OUString& text) {
    const rtl::OString bytes = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

inline rtl::OUString ustring(std::string_view text) {
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

} // namespace allot::addin
