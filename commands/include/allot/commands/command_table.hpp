// The commands of the Targets menu (目标), in menu order: the one table the
// protocol handler, the menu and toolbar (Addons.xcu, generated from it) and
// the README read. Each is the dispatch URL `vnd.org.allot:<name>`.
#pragma once

#include <span>
#include <string_view>

namespace allot::commands {

inline constexpr std::string_view protocol = "vnd.org.allot:";

struct Command {
    std::string_view name;      // the URL's path: "Redistribute"
    std::string_view title;     // menu title in English, "~" before the access key
    std::string_view help;      // tooltip and status bar text in English
    std::string_view arguments; // the named arguments a macro may pass, for the README
    bool separator_before = false;
};

std::span<const Command> command_table();

// The command of a URL path ("Redistribute"), or nullptr.
const Command* find_command(std::string_view name);

} // namespace allot::commands
