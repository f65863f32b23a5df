// The protocol handler behind the Targets menu and toolbar: answers the
// vnd.org.allot: URLs (commands::command_table) in Calc windows. Every
// command runs with what a macro passed to executeDispatch, or from the menu
// with dialogs. Nothing but a DispatchResultEvent leaves a command: every
// exception is caught, turned into a plain-language message, and the
// document is left as it was.
#pragma once

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

#include <mutex>

namespace allot::addin {

inline constexpr char commands_implementation_name[] = "org.allot.Commands";

class CommandHandler
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit CommandHandler(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XInitialization: the frame this handler serves.
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;

    // XDispatchProvider
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const rtl::OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatch, XNotifyingDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL dispatchWithNotification(
        const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
        const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
    void SAL_CALL
    addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                      const css::util::URL& url) override;
    void SAL_CALL
    removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                         const css::util::URL& url) override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;
    // com.sun.star.frame.ProtocolHandler
    static css::uno::Sequence<rtl::OUString> service_names();

private:
    // Runs the command of `url`; never throws. Returns the DispatchResultEvent's
    // state and result (a sequence of NamedValue: Status, Message, …).
    std::pair<sal_Int16, css::uno::Any>
    run(const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments);

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
    std::mutex mutex_;
};

} // namespace allot::addin
