#include "scratch_document.hpp"

#include "workbook.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <stdexcept>

namespace allot::addin {

namespace uno = css::uno;

ScratchDocument::ScratchDocument(const uno::Reference<uno::XComponentContext>& context,
                                 const std::string& url) {
    const auto desktop = css::frame::Desktop::create(context);
    uno::Sequence<css::beans::PropertyValue> arguments(1);
    arguments.getArray()[0].Name = "Hidden";
    arguments.getArray()[0].Value <<= true;
    document_.set(desktop->loadComponentFromURL(ustring(url), "_blank", 0, arguments),
                  uno::UNO_QUERY);
    if (!document_.is())
        throw std::runtime_error("cannot open a hidden spreadsheet");
}

ScratchDocument::~ScratchDocument() {
    try {
        uno::Reference<css::util::XCloseable>(document_, uno::UNO_QUERY_THROW)->close(true);
    } catch (...) {
        // The office may be going down; the document goes with it.
    }
}

} // namespace allot::addin
