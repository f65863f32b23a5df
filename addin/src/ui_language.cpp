#include "ui_language.hpp"

#include "log.hpp"
#include "uno_text.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using rtl::OUString;

// One string property of the office configuration; empty when unreadable.
std::string configured(const uno::Reference<uno::XComponentContext>& context, const char* node_path,
                       const char* property) {
    try {
        auto provider = css::configuration::theDefaultProvider::get(context);
        uno::Sequence<uno::Any> arguments(1);
        arguments.getArray()[0] <<=
            css::beans::NamedValue("nodepath", uno::Any(OUString::createFromAscii(node_path)));
        uno::Reference<css::container::XNameAccess> node(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  arguments),
            uno::UNO_QUERY_THROW);
        OUString value;
        node->getByName(OUString::createFromAscii(property)) >>= value;
        return utf8(value);
    } catch (const uno::Exception& failure) {
        log().warn("cannot read {}/{}: {}", node_path, property, utf8(failure.Message));
    }
    return {};
}

} // namespace

std::string ui_language_tag(const uno::Reference<uno::XComponentContext>& context) {
    std::string tag = configured(context, "/org.openoffice.Office.Linguistic/General", "UILocale");
    if (tag.empty())
        tag = configured(context, "/org.openoffice.Setup/L10N", "ooLocale");
    return tag;
}

} // namespace allot::addin
