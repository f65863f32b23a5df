// The client side of the UNO bridge: the local component context, string and
// URL conversions, and turning UNO exceptions into std::runtime_error.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

namespace allot::office {
namespace css = ::com::sun::star;
}

namespace allot::office::detail {

// This process's own UNO context, bootstrapped once from the office's
// fundamentalrc (types, services, the URP bridge). Never destroyed.
css::uno::Reference<css::uno::XComponentContext> local_context();

rtl::OUString to_ou(std::string_view text);
std::string to_utf8(const rtl::OUString& text);
rtl::OUString file_url(const std::filesystem::path& file);

// The socket file of an office pipe: /tmp/OSL_PIPE_<uid>_<name>.
std::filesystem::path pipe_socket(const std::string& name);
// The name of an office's single-instance pipe: "SingleOfficeIPC_" and the MD5
// of its UTF-16 user installation URL, each byte in hex without padding.
std::string single_instance_pipe(const std::filesystem::path& profile);

// Runs `action`; a UNO exception, or any std::exception, leaves as
// std::runtime_error("<what>: <message>").
template <class Action> auto guarded(std::string_view what, Action&& action) -> decltype(action()) {
    try {
        return std::forward<Action>(action)();
    } catch (const css::uno::Exception& error) {
        throw std::runtime_error(std::string(what) + ": " + to_utf8(error.Message));
    } catch (const std::exception& error) {
        throw std::runtime_error(std::string(what) + ": " + error.what());
    }
}

// A URP bridge over a named pipe to an office's acceptor.
class Bridge {
public:
    // One attempt; throws css::connection::NoConnectException while nobody listens.
    static Bridge connect(const std::string& pipe_name);

    const css::uno::Reference<css::uno::XComponentContext>& office_context() const {
        return context_;
    }
    // Releases the office's objects and closes the pipe.
    void dispose() noexcept;

private:
    css::uno::Reference<css::lang::XComponent> bridge_;
    css::uno::Reference<css::uno::XComponentContext> context_;
};

} // namespace allot::office::detail
