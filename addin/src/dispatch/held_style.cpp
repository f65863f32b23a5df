#include "held_style.hpp"

#include "messages.hpp"
#include "workbook.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

namespace allot::addin {
namespace {

namespace uno = css::uno;

constexpr std::string_view held_name = "Allot Held"; // msgid; 锁定 in Chinese
constexpr std::string_view separator = " · ";
// A pale amber: distinct from Calc's own styles (Accent, Good, Note) and
// readable under black text when printed.
constexpr sal_Int32 held_fill = 0xFFE5A0;

uno::Reference<css::container::XNameContainer>
cell_styles(const uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
    uno::Reference<css::style::XStyleFamiliesSupplier> families(document, uno::UNO_QUERY_THROW);
    return uno::Reference<css::container::XNameContainer>(
        families->getStyleFamilies()->getByName("CellStyles"), uno::UNO_QUERY_THROW);
}

// The held style's name in every language Allot speaks.
std::vector<std::string> held_names() {
    return {std::string(held_name), addin::translate(held_name, addin::language_of("zh-CN"))};
}

} // namespace

bool is_held_style(std::string_view name) {
    for (const std::string& held : held_names())
        if (name == held || name.starts_with(held + std::string(separator)))
            return true;
    return false;
}

std::string held_style_for(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                           const std::string& base, const commands::Language& language) {
    std::string name = addin::translate(held_name, language);
    if (!base.empty() && base != "Default")
        name += std::string(separator) + base;
    const auto styles = cell_styles(document);
    const auto key = ustring(name);
    if (styles->hasByName(key))
        return name;
    uno::Reference<css::lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
    uno::Reference<css::style::XStyle> style(
        factory->createInstance("com.sun.star.style.CellStyle"), uno::UNO_QUERY_THROW);
    styles->insertByName(key, uno::Any(style));
    if (!base.empty())
        style->setParentStyle(ustring(base));
    uno::Reference<css::beans::XPropertySet> properties(style, uno::UNO_QUERY_THROW);
    properties->setPropertyValue("CellBackColor", uno::Any(held_fill));
    properties->setPropertyValue("IsCellBackgroundTransparent", uno::Any(false));
    return name;
}

std::string released_style(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                           const std::string& held) {
    const auto styles = cell_styles(document);
    uno::Reference<css::style::XStyle> style(styles->getByName(ustring(held)),
                                             uno::UNO_QUERY_THROW);
    const std::string parent = utf8(style->getParentStyle());
    return parent.empty() ? std::string("Default") : parent;
}

} // namespace allot::addin
