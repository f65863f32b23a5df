#include "process.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace allot::office::detail {

namespace {

[[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error(what + ": " + std::strerror(errno));
}

int status_code(int status) {
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return -1;
}

std::string name_of(const std::string& entry) {
    return entry.substr(0, entry.find('='));
}

} // namespace

Child Child::spawn(const std::vector<std::string>& argv,
                   const std::vector<std::string>& environment, const std::filesystem::path& log) {
    // Everything the child needs is prepared before fork: between fork and
    // exec only async-signal-safe calls are allowed (the bridge has threads).
    std::vector<char*> args;
    for (const auto& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    std::vector<char*> env;
    for (const auto& entry : environment)
        env.push_back(const_cast<char*>(entry.c_str()));
    env.push_back(nullptr);

    const int log_fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (log_fd < 0)
        fail("cannot open " + log.string());
    const int null_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null_fd < 0) {
        ::close(log_fd);
        fail("cannot open /dev/null");
    }
    const pid_t parent = ::getpid();

    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(log_fd);
        ::close(null_fd);
        fail("fork");
    }
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // the parent died before prctl
            ::_exit(127);
        ::dup2(null_fd, STDIN_FILENO);
        ::dup2(log_fd, STDOUT_FILENO);
        ::dup2(log_fd, STDERR_FILENO);
        // No descriptor of ours (bridge pipes, test files) leaks into the office.
        if (::syscall(SYS_close_range, 3U, ~0U, 0U) != 0) {
            for (int fd = 3; fd < 1024; ++fd)
                ::close(fd);
        }
        ::execve(args[0], args.data(), env.data());
        ::_exit(127);
    }
    ::close(log_fd);
    ::close(null_fd);
    Child child;
    child.pid_ = pid;
    return child;
}

std::optional<int> Child::poll() {
    if (pid_ <= 0)
        return std::nullopt;
    int status = 0;
    const pid_t result = ::waitpid(pid_, &status, WNOHANG);
    if (result == 0)
        return std::nullopt;
    if (result < 0) {
        pid_ = -1;
        return -1; // already reaped by someone else
    }
    pid_ = -1;
    return status_code(status);
}

std::optional<int> Child::wait_for(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        if (auto code = poll())
            return code;
        if (std::chrono::steady_clock::now() >= deadline)
            return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

int Child::kill() {
    if (pid_ <= 0)
        return -1;
    ::kill(pid_, SIGKILL);
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    return status_code(status);
}

std::vector<std::string> environment_with(const std::vector<std::string>& overrides,
                                          const std::vector<std::string>& removed) {
    std::vector<std::string> result;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string text(*entry);
        const std::string name = name_of(text);
        bool drop = false;
        for (const auto& other : overrides)
            drop = drop || name_of(other) == name;
        for (const auto& other : removed)
            drop = drop || other == name;
        if (!drop)
            result.push_back(text);
    }
    result.insert(result.end(), overrides.begin(), overrides.end());
    return result;
}

} // namespace allot::office::detail
