#include "handler.hpp"

#include "command.hpp"
#include "dialogs.hpp"
#include "extension_files.hpp"
#include "log.hpp"
#include "messages.hpp"
#include "ui_language.hpp"

#include <allot/commands/command_table.hpp>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using commands::Reason;
using commands::Refusal;

// The command a URL names, or nullptr: vnd.org.allot:Redistribute.
const commands::Command* command_of(const css::util::URL& url) {
    const std::string complete = utf8(url.Complete);
    if (complete.rfind(commands::protocol, 0) != 0)
        return nullptr;
    return commands::find_command(std::string_view(complete).substr(commands::protocol.size()));
}

// Whether a macro passed any argument of the command's own (the menu passes
// none, or only the framework's own such as KeyModifier).
bool has_own_arguments(const commands::Command& command,
                       const std::map<std::string, uno::Any>& arguments) {
    for (const auto& [name, value] : arguments)
        if (command.arguments.find(name) != std::string_view::npos || name == "Silent")
            return true;
    return false;
}

Outcome run_command(const commands::Command& command, Invocation& call) {
    const std::string_view name = command.name;
    if (name == "Decompose")
        return decompose(call);
    if (name == "Redistribute")
        return redistribute(call);
    if (name == "Hold")
        return hold(call, false);
    if (name == "Release")
        return hold(call, true);
    if (name == "FreezeForExcel")
        return freeze_for_excel(call);
    if (name == "Why")
        return why(call);
    throw Refusal(Reason::UnknownCommand, {std::string(name)});
}

const char* status_name(Outcome::Status status) {
    switch (status) {
    case Outcome::Status::Done:
        return "done";
    case Outcome::Status::Refused:
        return "refused";
    case Outcome::Status::Cancelled:
        return "cancelled";
    }
    return "refused";
}

} // namespace

CommandHandler::CommandHandler(const uno::Reference<uno::XComponentContext>& context)
    : context_(context) {
    prepare_extension(context);
}

void CommandHandler::initialize(const uno::Sequence<uno::Any>& arguments) {
    std::lock_guard lock(mutex_);
    for (const uno::Any& argument : arguments) {
        uno::Reference<css::frame::XFrame> frame(argument, uno::UNO_QUERY);
        if (frame.is())
            frame_ = frame;
    }
}

uno::Reference<css::frame::XDispatch>
CommandHandler::queryDispatch(const css::util::URL& url, const rtl::OUString&, sal_Int32) {
    if (command_of(url))
        return this;
    return {};
}

uno::Sequence<uno::Reference<css::frame::XDispatch>>
CommandHandler::queryDispatches(const uno::Sequence<css::frame::DispatchDescriptor>& requests) {
    uno::Sequence<uno::Reference<css::frame::XDispatch>> dispatches(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
        dispatches.getArray()[i] =
            queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return dispatches;
}

std::pair<sal_Int16, uno::Any>
CommandHandler::run(const css::util::URL& url,
                    const uno::Sequence<css::beans::PropertyValue>& arguments) {
    Outcome outcome;
    Language language = language_of("en-US");
    bool interactive = false;
    std::string title = "Allot";
    try {
        language = language_of(ui_language_tag(context_));
        const commands::Command* command = command_of(url);
        if (!command)
            throw Refusal(Reason::UnknownCommand, {utf8(url.Complete)});
        // The menu title without its access key and dots: "重新分配(~R)…" → "重新分配".
        title = commands::say(command->title, language);
        if (const auto key = title.find("(~"); key != std::string::npos)
            title.erase(key);
        if (const auto dots = title.find("…"); dots != std::string::npos)
            title.erase(dots);
        std::erase(title, '~');
        std::map<std::string, uno::Any> given;
        for (const auto& argument : arguments)
            given[utf8(argument.Name)] = argument.Value;
        interactive = !has_own_arguments(*command, given);
        uno::Reference<css::frame::XFrame> frame;
        {
            std::lock_guard lock(mutex_);
            frame = frame_;
        }
        Invocation call{Workbook(context_, frame), language, interactive, std::move(given)};
        log().info("{} ({})", utf8(url.Complete), interactive ? "from the menu" : "with arguments");
        outcome = run_command(*command, call);
        if (interactive && !outcome.message.empty() && outcome.status == Outcome::Status::Done)
            tell(call, title, outcome.message, false);
    } catch (const Refusal& refusal) {
        outcome = {Outcome::Status::Refused, commands::explain(refusal, language), {}};
    } catch (const uno::Exception& failure) {
        log().error("{}: {}", utf8(url.Complete), utf8(failure.Message));
        outcome = {Outcome::Status::Refused,
                   commands::explain(Refusal(Reason::Failed, {utf8(failure.Message)}), language),
                   {}};
    } catch (const std::exception& failure) {
        log().error("{}: {}", utf8(url.Complete), failure.what());
        outcome = {Outcome::Status::Refused,
                   commands::explain(Refusal(Reason::Failed, {failure.what()}), language),
                   {}};
    } catch (...) {
        log().error("{}: unknown failure", utf8(url.Complete));
        outcome = {Outcome::Status::Refused, "Allot could not finish.", {}};
    }
    if (outcome.status == Outcome::Status::Refused) {
        log().info("{}: refused: {}", utf8(url.Complete), outcome.message);
        if (interactive) {
            try {
                std::lock_guard lock(mutex_);
                Invocation call{Workbook(context_, frame_), language, true, {}};
                tell(call, title, outcome.message, true);
            } catch (...) {
                // No window to tell it in: the log has it.
            }
        }
    }
    uno::Sequence<css::beans::NamedValue> values(2 + static_cast<sal_Int32>(outcome.values.size()));
    auto* value = values.getArray();
    value[0] = css::beans::NamedValue(
        "Status", uno::Any(rtl::OUString::createFromAscii(status_name(outcome.status))));
    value[1] = css::beans::NamedValue("Message", uno::Any(ustring(outcome.message)));
    for (std::size_t i = 0; i < outcome.values.size(); ++i)
        value[2 + i] = outcome.values[i];
    const sal_Int16 state = outcome.status == Outcome::Status::Done
                                ? css::frame::DispatchResultState::SUCCESS
                                : css::frame::DispatchResultState::FAILURE;
    return {state, uno::Any(values)};
}

void CommandHandler::dispatch(const css::util::URL& url,
                              const uno::Sequence<css::beans::PropertyValue>& arguments) {
    run(url, arguments);
}

void CommandHandler::dispatchWithNotification(
    const css::util::URL& url, const uno::Sequence<css::beans::PropertyValue>& arguments,
    const uno::Reference<css::frame::XDispatchResultListener>& listener) {
    const auto [state, result] = run(url, arguments);
    if (!listener.is())
        return;
    try {
        listener->dispatchFinished(
            css::frame::DispatchResultEvent(static_cast<cppu::OWeakObject*>(this), state, result));
    } catch (const uno::Exception& failure) {
        log().warn("cannot report the result of {}: {}", utf8(url.Complete), utf8(failure.Message));
    }
}

void CommandHandler::addStatusListener(const uno::Reference<css::frame::XStatusListener>& listener,
                                       const css::util::URL& url) {
    if (!listener.is() || !command_of(url))
        return;
    try {
        css::frame::FeatureStateEvent state;
        state.FeatureURL = url;
        state.IsEnabled = true;
        state.Source = static_cast<cppu::OWeakObject*>(this);
        listener->statusChanged(state);
    } catch (const uno::Exception&) {
    }
}

void CommandHandler::removeStatusListener(const uno::Reference<css::frame::XStatusListener>&,
                                          const css::util::URL&) {}

rtl::OUString CommandHandler::getImplementationName() {
    return commands_implementation_name;
}

sal_Bool CommandHandler::supportsService(const rtl::OUString& name) {
    return name == "com.sun.star.frame.ProtocolHandler";
}

uno::Sequence<rtl::OUString> CommandHandler::service_names() {
    uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

uno::Sequence<rtl::OUString> CommandHandler::getSupportedServiceNames() {
    return service_names();
}

} // namespace allot::addin

// Constructor-style entry point named in allot.components.
extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_allot_Commands_get_implementation(css::uno::XComponentContext* context,
                                      const css::uno::Sequence<css::uno::Any>&) {
    try {
        auto* handler = new allot::addin::CommandHandler(context);
        handler->acquire();
        return static_cast<cppu::OWeakObject*>(handler);
    } catch (...) {
        return nullptr;
    }
}
