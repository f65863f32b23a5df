// The older entry point of the extension's shared library: an office that
// does not use the constructors named in allot.components (or a tool that
// asks for a factory, as enabling an extension in a running office does)
// looks for component_getFactory. It serves both components: the ALLOT.*
// functions and the Targets menu's protocol handler.
#include "dispatch/handler.hpp"
#include "functions.hpp"

#include <cppuhelper/implementationentry.hxx>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using rtl::OUString;

uno::Reference<uno::XInterface>
    SAL_CALL create_functions(const uno::Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new Functions(context));
}

OUString SAL_CALL functions_name() {
    return implementation_name;
}

uno::Sequence<OUString> SAL_CALL functions_services() {
    return functions_service_names();
}

uno::Reference<uno::XInterface>
    SAL_CALL create_commands(const uno::Reference<uno::XComponentContext>& context) {
    return static_cast<cppu::OWeakObject*>(new CommandHandler(context));
}

OUString SAL_CALL commands_name() {
    return commands_implementation_name;
}

uno::Sequence<OUString> SAL_CALL commands_services() {
    return CommandHandler::service_names();
}

const cppu::ImplementationEntry implementations[] = {
    {create_functions, functions_name, functions_services, cppu::createSingleComponentFactory,
     nullptr, 0},
    {create_commands, commands_name, commands_services, cppu::createSingleComponentFactory, nullptr,
     0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

} // namespace
} // namespace allot::addin

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation,
                                                                    void* service_manager,
                                                                    void* registry_key) {
    try {
        return cppu::component_getFactoryHelper(implementation, service_manager, registry_key,
                                                allot::addin::implementations);
    } catch (...) {
        return nullptr; // the office reports the missing component; it must not crash
    }
}
