#include "uno_client.hpp"

#include <cstdio>
#include <cstdlib>
#include <mutex>

#include <com/sun/star/bridge/BridgeFactory.hpp>
#include <com/sun/star/bridge/XBridge.hpp>
#include <com/sun/star/connection/Connector.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <osl/file.hxx>
#include <rtl/digest.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace allot::office::detail {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

Reference<css::uno::XComponentContext> local_context() {
    static std::once_flag once;
    static Reference<css::uno::XComponentContext>* context = nullptr;
    std::call_once(once, [] {
        // The URE bootstrap variables (UNO_TYPES, UNO_SERVICES, the library
        // directory) come from the office's own fundamentalrc, unless the
        // caller set URE_BOOTSTRAP already.
        const std::string rc = std::string("vnd.sun.star.pathname:") +
                               ALLOT_LIBREOFFICE_PROGRAM_DIR + "/fundamentalrc";
        ::setenv("URE_BOOTSTRAP", rc.c_str(), 0);
        spdlog::debug("office: bootstrapping the UNO client from {}", std::getenv("URE_BOOTSTRAP"));
        // Deliberately leaked: disposing a context at exit races the bridge threads.
        context = new Reference<css::uno::XComponentContext>(
            guarded("cannot bootstrap the UNO client",
                    [] { return cppu::defaultBootstrap_InitialComponentContext(); }));
    });
    return *context;
}

rtl::OUString to_ou(std::string_view text) {
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

std::string to_utf8(const rtl::OUString& text) {
    const rtl::OString bytes = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

rtl::OUString file_url(const std::filesystem::path& file) {
    rtl::OUString url;
    const auto absolute = std::filesystem::absolute(file).lexically_normal();
    if (osl::FileBase::getFileURLFromSystemPath(to_ou(absolute.string()), url) !=
        osl::FileBase::E_None)
        throw std::runtime_error("cannot make a file URL of " + absolute.string());
    return url;
}

std::filesystem::path pipe_socket(const std::string& name) {
    return std::filesystem::path("/tmp") / ("OSL_PIPE_" + std::to_string(::getuid()) + "_" + name);
}

std::string single_instance_pipe(const std::filesystem::path& profile) {
    const rtl::OUString url = file_url(profile);
    sal_uInt8 digest[RTL_DIGEST_LENGTH_MD5];
    rtl_digest_MD5(url.getStr(), static_cast<sal_uInt32>(url.getLength()) * sizeof(sal_Unicode),
                   digest, sizeof digest);
    std::string name = "SingleOfficeIPC_";
    char hex[3];
    for (const sal_uInt8 byte : digest) {
        std::snprintf(hex, sizeof hex, "%x", byte);
        name += hex;
    }
    return name;
}

Bridge Bridge::connect(const std::string& pipe_name) {
    const auto local = local_context();
    const auto connector = css::connection::Connector::create(local);
    const auto connection = connector->connect(to_ou("pipe,name=" + pipe_name));
    const auto factory = css::bridge::BridgeFactory::create(local);
    // An anonymous bridge (empty name): one per connection, never shared.
    const auto bridge = factory->createBridge(rtl::OUString(), "urp", connection, nullptr);
    Bridge result;
    result.bridge_.set(bridge, UNO_QUERY_THROW);
    try {
        result.context_.set(bridge->getInstance("StarOffice.ComponentContext"), UNO_QUERY_THROW);
    } catch (...) {
        result.dispose();
        throw;
    }
    return result;
}

void Bridge::dispose() noexcept {
    context_.clear();
    if (bridge_.is()) {
        try {
            bridge_->dispose();
        } catch (const css::uno::Exception& error) {
            spdlog::debug("office: disposing the bridge: {}", to_utf8(error.Message));
        }
        bridge_.clear();
    }
}

} // namespace allot::office::detail
