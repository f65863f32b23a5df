// A hidden spreadsheet of the office's own, closed when done with: where
// Why evaluates ALLOT.WHY without touching the user's document, and where
// Freeze for Excel works on its copy.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace allot::addin {

class ScratchDocument {
public:
    // A new empty spreadsheet (url "private:factory/scalc") or a copy of a file.
    ScratchDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                    const std::string& url);
    ScratchDocument(const ScratchDocument&) = delete;
    ScratchDocument& operator=(const ScratchDocument&) = delete;
    ~ScratchDocument();

    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document() const {
        return document_;
    }

private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
};

} // namespace allot::addin
