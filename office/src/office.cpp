// Office: the life of one private soffice.bin.
//
// start(): a fresh profile gets its settings file first; soffice.bin is
// spawned with that profile, HOME and the XDG directories in a temporary
// directory, and a pipe acceptor of a unique name. On a fresh profile's first
// start the office creates the profile and exits with code 81, asking to be
// started again, which start() does. Meanwhile it tries to connect a URP
// bridge to the pipe until the office answers or the deadline passes.
//
// install_extension(): ExtensionManager.addExtension into the "user"
// repository of the private profile, with a command environment of ours that
// approves whatever the office asks (licence, versions); then a restart.
// This works as root too: `unopkg add` refuses per-user installs when run by
// root, and running it as another user would need that user to own the
// profile and HOME.
//
// stop(): closes every document, XDesktop::terminate() (the office goes away
// during the call, so the bridge reports DisposedException, as expected),
// waits for the process, SIGKILL after the timeout.
#include "document_impl.hpp"
#include "process.hpp"
#include "profile.hpp"
#include "uno_client.hpp"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include <com/sun/star/beans/Optional.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/FunctionArgument.hpp>
#include <com/sun/star/task/XAbortChannel.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/XCommandEnvironment.hpp>
#include <com/sun/star/ucb/XProgressHandler.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase3.hxx>
#include <rtl/ref.hxx>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace allot::office {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using detail::guarded;
using detail::to_ou;
using detail::to_utf8;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int restart_requested = 81; // soffice.bin's "start me again"

std::filesystem::path unique_path_part() {
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    std::ostringstream name;
    name << ::getpid() << "_" << counter++ << "_" << std::hex << random();
    return name.str();
}

std::chrono::milliseconds since(Clock::time_point start) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

// The last lines the office wrote, for error messages.
std::string log_tail(const std::filesystem::path& log) {
    std::ifstream in(log);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    constexpr std::size_t keep = 2000;
    if (text.size() > keep)
        text = "..." + text.substr(text.size() - keep);
    return text.empty() ? std::string("(the office wrote nothing)") : text;
}

// Answers the questions the extension manager asks: approves each one (licence,
// "replace the installed version?"), remembers what was asked, and shows no
// progress.
class ApprovingEnvironment
    : public cppu::WeakImplHelper3<css::ucb::XCommandEnvironment, css::task::XInteractionHandler,
                                   css::ucb::XProgressHandler> {
public:
    const std::vector<std::string>& requests() const { return requests_; }

    Reference<css::task::XInteractionHandler> SAL_CALL getInteractionHandler() override {
        return this;
    }
    Reference<css::ucb::XProgressHandler> SAL_CALL getProgressHandler() override { return this; }

    void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
        const Any question = request->getRequest();
        std::string text = to_utf8(question.getValueTypeName());
        css::uno::Exception error;
        if (question >>= error)
            text += ": " + to_utf8(error.Message);
        requests_.push_back(text);
        for (const auto& continuation : request->getContinuations()) {
            const Reference<css::task::XInteractionApprove> approve(continuation, UNO_QUERY);
            if (approve.is()) {
                spdlog::debug("office: extension manager asked {}; approved", text);
                approve->select();
                return;
            }
        }
        spdlog::debug("office: extension manager asked {}; nothing to approve", text);
    }

    void SAL_CALL push(const Any&) override {}
    void SAL_CALL update(const Any&) override {}
    void SAL_CALL pop() override {}

private:
    std::vector<std::string> requests_;
};

} // namespace

std::filesystem::path Options::default_soffice() {
    return ALLOT_DEFAULT_SOFFICE_BIN;
}

struct Office::Impl {
    Options options;
    std::filesystem::path work;    // temporary: HOME, TMPDIR, office.log (and the profile)
    std::filesystem::path profile; // -env:UserInstallation
    std::string pipe;
    detail::Child child;
    detail::Bridge bridge;
    std::shared_ptr<detail::Session> session;
    Reference<css::frame::XDesktop2> desktop;
    std::chrono::milliseconds last_start{0};

    std::filesystem::path log() const { return work / "office.log"; }
    void spawn();
    void connect(Clock::time_point deadline);
    void check_running() const {
        if (!session)
            throw std::runtime_error("the office is not running");
    }
    Reference<css::deployment::XExtensionManager> extension_manager() const {
        return css::deployment::ExtensionManager::get(bridge.office_context());
    }
};

void Office::Impl::spawn() {
    const auto home = work / "home";
    const auto tmp = work / "tmp";
    std::filesystem::create_directories(home);
    std::filesystem::create_directories(tmp);
    std::vector<std::string> argv = {
        options.soffice.string(),
        "-env:UserInstallation=" + to_utf8(detail::file_url(profile)),
        "--norestore",
        "--nologo",
        "--nolockcheck",
        "--nodefault",
        "--accept=pipe,name=" + pipe + ";urp;",
    };
    std::vector<std::string> overrides = {
        "HOME=" + home.string(), "XDG_CONFIG_HOME=" + (home / ".config").string(),
        "XDG_CACHE_HOME=" + (home / ".cache").string(),
        "XDG_DATA_HOME=" + (home / ".local/share").string(), "TMPDIR=" + tmp.string()};
    if (options.display.empty()) {
        argv.insert(argv.begin() + 2, {"--headless", "--invisible"});
    } else {
        // The plain X11 toolkit: no desktop session, D-Bus or window manager needed.
        overrides.push_back("DISPLAY=" + options.display);
        overrides.push_back("SAL_USE_VCLPLUGIN=gen");
    }
    // The office writes caches (fontconfig, dconf) under HOME and XDG
    // directories: all of them point into the temporary directory. Our own
    // bootstrap variables are not the office's business.
    const auto environment =
        detail::environment_with(overrides, {"URE_BOOTSTRAP", "UNO_TYPES", "UNO_SERVICES",
                                             "XDG_RUNTIME_DIR", "SESSION_MANAGER"});
    child = detail::Child::spawn(argv, environment, log());
    spdlog::debug("office: spawned {} (pid {}) with profile {} and pipe {}",
                  options.soffice.string(), child.pid(), profile.string(), pipe);
}

void Office::Impl::connect(Clock::time_point deadline) {
    int attempts = 0;
    std::string last_error = "nobody listens on the pipe";
    while (true) {
        if (const auto code = child.poll()) {
            if (*code != restart_requested)
                throw std::runtime_error("the office exited with code " + std::to_string(*code) +
                                         " while starting; its output:\n" + log_tail(log()));
            spdlog::debug("office: exit code 81 (fresh profile set up), starting it again");
            spawn();
        }
        if (Clock::now() >= deadline) {
            child.kill();
            throw std::runtime_error("the office did not answer on pipe " + pipe + " within " +
                                     std::to_string(options.start_timeout.count()) + " ms (" +
                                     last_error + "); its output:\n" + log_tail(log()));
        }
        ++attempts;
        try {
            bridge = detail::Bridge::connect(pipe);
            desktop = css::frame::Desktop::create(bridge.office_context());
            spdlog::debug("office: connected after {} attempts", attempts);
            return;
        } catch (const css::connection::NoConnectException&) {
            // not listening yet
        } catch (const css::uno::Exception& error) {
            // e.g. the bridge died because the office exited (code 81) meanwhile
            last_error = to_utf8(error.Message);
            spdlog::debug("office: connecting: {}", last_error);
            bridge.dispose();
            desktop.clear();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

Office::Office(Options options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    if (!impl_->options.soffice.is_absolute())
        throw std::runtime_error("soffice.bin must be given by absolute path, not " +
                                 impl_->options.soffice.string());
    detail::remove_stale_directories("allot-office-");
    impl_->work = detail::make_temporary_directory("allot-office-");
    impl_->profile = impl_->options.profile.empty()
                         ? impl_->work / "profile"
                         : std::filesystem::absolute(impl_->options.profile);
    spdlog::debug("office: files in {}", impl_->work.string());
}

Office::~Office() {
    try {
        stop();
    } catch (const std::exception& error) {
        spdlog::warn("office: stopping: {}", error.what());
    }
    if (impl_->child.alive())
        impl_->child.kill();
    if (impl_->options.keep_files) {
        detail::mark_kept(impl_->work);
        spdlog::info("office: kept {}", impl_->work.string());
    } else
        detail::remove_tree(impl_->work);
}

void Office::start() {
    if (running())
        return;
    const auto started = Clock::now();
    if (!std::filesystem::exists(impl_->profile / "user"))
        detail::write_settings(impl_->profile, detail::profile_settings(impl_->options));
    impl_->pipe = "allot_" + unique_path_part().string();
    impl_->spawn();
    impl_->connect(started + impl_->options.start_timeout);
    impl_->session = std::make_shared<detail::Session>();
    impl_->last_start = since(started);
    spdlog::debug("office: started in {} ms", impl_->last_start.count());
}

void Office::stop() {
    if (!impl_->session) {
        if (impl_->child.alive())
            impl_->child.kill();
        return;
    }
    const auto started = Clock::now();
    impl_->session->alive = false;
    impl_->session.reset();
    bool terminating = false;
    try {
        const Reference<css::container::XEnumeration> components =
            impl_->desktop->getComponents()->createEnumeration();
        while (components->hasMoreElements()) {
            const Reference<css::util::XCloseable> closeable(components->nextElement(), UNO_QUERY);
            if (closeable.is())
                closeable->close(true);
        }
        terminating = impl_->desktop->terminate();
        if (!terminating)
            spdlog::warn("office: the office refused to terminate; killing it");
    } catch (const css::lang::DisposedException&) {
        terminating = true; // the office went away during the call: expected
    } catch (const css::uno::Exception& error) {
        spdlog::warn("office: terminating: {}", to_utf8(error.Message));
    }
    impl_->desktop.clear();
    impl_->bridge.dispose();
    std::optional<int> code;
    if (terminating)
        code = impl_->child.wait_for(impl_->options.stop_timeout);
    if (!code) {
        spdlog::warn("office: pid {} did not exit; killing it", impl_->child.pid());
        code = impl_->child.kill();
    }
    // A killed office leaves its pipes' socket files behind.
    std::error_code ignored;
    for (const auto& socket : pipe_sockets())
        std::filesystem::remove(socket, ignored);
    spdlog::debug("office: stopped (exit code {}) in {} ms", *code, since(started).count());
}

void Office::restart() {
    stop();
    start();
}

bool Office::running() const {
    return impl_->session != nullptr;
}

void Office::install_extension(const std::filesystem::path& oxt) {
    if (!std::filesystem::is_regular_file(oxt))
        throw std::runtime_error("no extension file " + oxt.string());
    start();
    const auto started = Clock::now();
    const rtl::Reference<ApprovingEnvironment> environment(new ApprovingEnvironment);
    std::string identifier;
    guarded("cannot install " + oxt.string(), [&] {
        const auto manager = impl_->extension_manager();
        const auto package =
            manager->addExtension(detail::file_url(oxt), Sequence<css::beans::NamedValue>(), "user",
                                  manager->createAbortChannel(),
                                  Reference<css::ucb::XCommandEnvironment>(environment.get()));
        if (!package.is()) {
            std::string asked;
            for (const auto& request : environment->requests())
                asked += "\n  " + request;
            throw std::runtime_error("the extension manager did not install " + oxt.string() +
                                     (asked.empty() ? std::string() : "; it said:" + asked));
        }
        const auto id = package->getIdentifier();
        identifier = to_utf8(id.IsPresent ? id.Value : package->getName());
    });
    spdlog::debug("office: added extension {} in {} ms; restarting", identifier,
                  since(started).count());
    restart();
    const auto installed = user_extensions();
    if (std::find(installed.begin(), installed.end(), identifier) == installed.end())
        throw std::runtime_error("the extension " + identifier +
                                 " is not installed after the restart");
}

std::vector<std::string> Office::user_extensions() {
    start();
    return guarded("cannot list the installed extensions", [&] {
        const rtl::Reference<ApprovingEnvironment> environment(new ApprovingEnvironment);
        const auto manager = impl_->extension_manager();
        std::vector<std::string> identifiers;
        for (const auto& package : manager->getDeployedExtensions(
                 "user", manager->createAbortChannel(),
                 Reference<css::ucb::XCommandEnvironment>(environment.get()))) {
            const auto id = package->getIdentifier();
            identifiers.push_back(to_utf8(id.IsPresent ? id.Value : package->getName()));
        }
        return identifiers;
    });
}

std::vector<FunctionDescription> Office::function_descriptions() {
    start();
    return guarded("cannot read the function descriptions", [&] {
        const auto context = impl_->bridge.office_context();
        const Reference<css::container::XIndexAccess> descriptions(
            context->getServiceManager()->createInstanceWithContext(
                "com.sun.star.sheet.FunctionDescriptions", context),
            css::uno::UNO_QUERY_THROW);
        std::vector<FunctionDescription> functions;
        for (sal_Int32 i = 0; i < descriptions->getCount(); ++i) {
            css::uno::Sequence<css::beans::PropertyValue> properties;
            descriptions->getByIndex(i) >>= properties;
            FunctionDescription function;
            for (const auto& property : properties) {
                rtl::OUString text;
                if (property.Name == "Name" && (property.Value >>= text))
                    function.name = to_utf8(text);
                else if (property.Name == "Description" && (property.Value >>= text))
                    function.description = to_utf8(text);
                else if (property.Name == "Arguments") {
                    css::uno::Sequence<css::sheet::FunctionArgument> arguments;
                    property.Value >>= arguments;
                    for (const auto& argument : arguments)
                        function.arguments.push_back({to_utf8(argument.Name),
                                                      to_utf8(argument.Description),
                                                      static_cast<bool>(argument.IsOptional)});
                }
            }
            functions.push_back(std::move(function));
        }
        return functions;
    });
}

namespace {

Reference<css::sheet::XSpreadsheetDocument>
open_spreadsheet(const Reference<css::frame::XDesktop2>& desktop, const rtl::OUString& url) {
    // Not Hidden: some operations (undo of sheet insertion) abort the office
    // in hidden documents.
    Sequence<css::beans::PropertyValue> arguments(1);
    arguments.getArray()[0].Name = "MacroExecutionMode";
    arguments.getArray()[0].Value <<= sal_Int16(0); // NEVER_EXECUTE
    const auto component = desktop->loadComponentFromURL(url, "_blank", 0, arguments);
    if (!component.is())
        throw std::runtime_error("the office could not open it");
    Reference<css::sheet::XSpreadsheetDocument> spreadsheet(component, UNO_QUERY);
    if (!spreadsheet.is()) {
        Reference<css::util::XCloseable>(component, UNO_QUERY_THROW)->close(true);
        throw std::runtime_error("it is not a spreadsheet");
    }
    return spreadsheet;
}

} // namespace

Document Office::load(const std::filesystem::path& file) {
    if (!std::filesystem::is_regular_file(file))
        throw std::runtime_error("no such file " + file.string());
    start();
    return guarded("cannot open " + file.string(), [&] {
        spdlog::debug("office: loading {}", file.string());
        auto document = std::make_unique<Document::Impl>();
        document->document = open_spreadsheet(impl_->desktop, detail::file_url(file));
        document->session = impl_->session;
        document->context = impl_->bridge.office_context();
        return Document(std::move(document));
    });
}

Document Office::create_spreadsheet() {
    start();
    return guarded("cannot create a spreadsheet", [&] {
        auto document = std::make_unique<Document::Impl>();
        document->document = open_spreadsheet(impl_->desktop, "private:factory/scalc");
        document->session = impl_->session;
        document->context = impl_->bridge.office_context();
        return Document(std::move(document));
    });
}

const std::filesystem::path& Office::profile() const {
    return impl_->profile;
}
std::filesystem::path Office::log_file() const {
    return impl_->log();
}
std::vector<std::filesystem::path> Office::pipe_sockets() const {
    return {detail::pipe_socket(impl_->pipe),
            detail::pipe_socket(detail::single_instance_pipe(impl_->profile))};
}

int Office::pid() const {
    return impl_->child.alive() ? impl_->child.pid() : 0;
}
std::chrono::milliseconds Office::last_start_duration() const {
    return impl_->last_start;
}

} // namespace allot::office
