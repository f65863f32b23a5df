// Spawning and reaping the office process (POSIX).
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace allot::office::detail {

// A child process that receives SIGKILL when the thread that spawned it dies
// (PR_SET_PDEATHSIG), so a crashed test runner leaves no office behind.
class Child {
public:
    Child() = default;
    // argv[0] is the absolute path of the program; environment is complete
    // ("NAME=value" entries); stdout and stderr are appended to `log`.
    static Child spawn(const std::vector<std::string>& argv,
                       const std::vector<std::string>& environment,
                       const std::filesystem::path& log);

    pid_t pid() const { return pid_; }
    bool alive() const { return pid_ > 0; }
    // The exit status if the child has ended (reaping it): its exit code, or
    // 128 + the signal that killed it. Empty while it runs.
    std::optional<int> poll();
    std::optional<int> wait_for(std::chrono::milliseconds timeout);
    // SIGKILL, then reap.
    int kill();

private:
    pid_t pid_ = -1;
};

// This process's environment with `overrides` ("NAME=value") replacing or
// adding entries and the names in `removed` left out.
std::vector<std::string> environment_with(const std::vector<std::string>& overrides,
                                          const std::vector<std::string>& removed);

} // namespace allot::office::detail
