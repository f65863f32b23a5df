#include "extension_files.hpp"

#include "log.hpp"
#include "messages.hpp"
#include "uno_text.hpp"

#include <com/sun/star/util/PathSubstitution.hpp>
#include <osl/file.hxx>

#include <dlfcn.h>

namespace allot::addin {
namespace {

namespace uno = css::uno;

// The user profile directory, for the log file.
std::string profile_dir(const uno::Reference<uno::XComponentContext>& context) {
    try {
        auto substitution = css::util::PathSubstitution::create(context);
        rtl::OUString url = substitution->substituteVariables("$(user)", true);
        rtl::OUString path;
        if (osl::FileBase::getSystemPathFromFileURL(url, path) == osl::FileBase::E_None)
            return utf8(path);
    } catch (const uno::Exception&) {
    }
    return {};
}

} // namespace

std::string library_dir() {
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&library_dir), &info) == 0 || !info.dli_fname)
        return {};
    std::string path = info.dli_fname;
    auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

void prepare_extension(const uno::Reference<uno::XComponentContext>& context) noexcept {
    try {
        open_log(profile_dir(context));
        const std::string dir = library_dir();
        set_catalog_dir(dir + "/locale");
        log().info("Allot loaded from {}", dir);
    } catch (...) {
        // Without a log or catalogs Allot still works, in English.
    }
}

} // namespace allot::addin
