// What an Office shares with the Documents it opened.
#pragma once

#include <allot/office/office.hpp>

#include <memory>
#include <string_view>

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "uno_client.hpp"

namespace allot::office {

namespace detail {
// One connection to a running office; documents opened through it become
// unusable when it ends (the office stopped or restarted).
struct Session {
    bool alive = true;
};
} // namespace detail

struct Document::Impl {
    std::shared_ptr<const detail::Session> session;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document;
    // The office's context, for its services (DispatchHelper).
    css::uno::Reference<css::uno::XComponentContext> context;

    // Throws unless the document is open in a running office.
    void check_open() const;
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(std::string_view name) const;
};

} // namespace allot::office
