#include "profile.hpp"
#include "uno_client.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <signal.h>
#include <spdlog/spdlog.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace allot::office::detail {

namespace {

std::string xml_escaped(const std::string& text) {
    std::string result;
    for (const char c : text) {
        switch (c) {
        case '&':
            result += "&amp;";
            break;
        case '<':
            result += "&lt;";
            break;
        case '>':
            result += "&gt;";
            break;
        case '"':
            result += "&quot;";
            break;
        default:
            result += c;
        }
    }
    return result;
}

} // namespace

namespace {
constexpr const char* kept_marker = "KEPT";
}

std::filesystem::path make_temporary_directory(const std::string& prefix) {
    std::string pattern =
        (std::filesystem::temp_directory_path() / (prefix + std::to_string(::getpid()) + "-XXXXXX"))
            .string();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw std::runtime_error("cannot create a temporary directory " + pattern + ": " +
                                 std::strerror(errno));
    return pattern;
}

namespace {

// The entries of a directory; none if it cannot be read.
std::vector<std::filesystem::path> entries_of(const std::filesystem::path& directory) {
    std::vector<std::filesystem::path> entries;
    std::error_code error;
    for (std::filesystem::directory_iterator it(directory, error), end; !error && it != end;
         it.increment(error))
        entries.push_back(it->path());
    return entries;
}

// Whether `digits` is the id of a process that has ended.
bool ended(const std::string& digits) {
    if (digits.empty() || digits.size() > 9 ||
        digits.find_first_not_of("0123456789") != std::string::npos)
        return false;
    return ::kill(static_cast<pid_t>(std::stol(digits)), 0) != 0 && errno == ESRCH;
}

bool owned_directory(const std::filesystem::path& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 && info.st_uid == ::getuid() && S_ISDIR(info.st_mode);
}

} // namespace

void remove_stale_directories(const std::string& prefix) noexcept {
    try {
        std::error_code error;
        for (const auto& path : entries_of(std::filesystem::temp_directory_path())) {
            const std::string name = path.filename().string();
            const auto dash = name.find('-', prefix.size());
            if (name.rfind(prefix, 0) != 0 || dash == std::string::npos ||
                !ended(name.substr(prefix.size(), dash - prefix.size())) ||
                !owned_directory(path) || std::filesystem::exists(path / kept_marker, error))
                continue;
            spdlog::debug("office: removing {}, left behind by a process that has ended",
                          path.string());
            std::filesystem::remove(pipe_socket(single_instance_pipe(path / "profile")), error);
            remove_tree(path);
        }
        // The sockets of acceptor pipes (allot_<pid>_...) of ended processes.
        const std::string ours = pipe_socket("allot_").filename().string();
        for (const auto& path : entries_of(pipe_socket("allot_").parent_path())) {
            const std::string name = path.filename().string();
            if (name.rfind(ours, 0) != 0)
                continue;
            const std::string rest = name.substr(ours.size());
            if (ended(rest.substr(0, rest.find('_'))))
                std::filesystem::remove(path, error);
        }
    } catch (const std::exception& failure) {
        spdlog::warn("office: cleaning up after ended processes: {}", failure.what());
    }
}

void mark_kept(const std::filesystem::path& directory) {
    std::ofstream(directory / kept_marker) << "kept on purpose (Options::keep_files)\n";
}

void write_settings(const std::filesystem::path& profile, const std::vector<Setting>& settings) {
    const auto directory = profile / "user";
    std::filesystem::create_directories(directory);
    const auto file = directory / "registrymodifications.xcu";
    std::ofstream out(file);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\""
           " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
           " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n";
    for (const auto& setting : settings) {
        out << "<item oor:path=\"" << xml_escaped(setting.path) << "\"><prop oor:name=\""
            << xml_escaped(setting.property) << "\" oor:op=\"fuse\"><value>"
            << xml_escaped(setting.value) << "</value></prop></item>\n";
    }
    out << "</oor:items>\n";
    out.close();
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
    spdlog::debug("office: wrote {} settings to {}", settings.size(), file.string());
}

std::vector<Setting> profile_settings(const Options& options) {
    std::vector<Setting> settings = {
        {"/org.openoffice.Office.Common/Misc", "FirstRun", "false"},
        {"/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false"},
        {"/org.openoffice.Office.Recovery/AutoSave", "Enabled", "false"},
        // No .~lock.<name># files next to the documents we open (in the
        // user's or the source tree), and none left behind by a killed
        // office to block the next load.
        {"/org.openoffice.Office.Common/Misc", "UseLocking", "false"},
    };
    if (!options.ui_locale.empty()) {
        // Setup/L10N is the office's UI language; Linguistic/General/UILocale
        // is the user's choice in Tools > Options > Language Settings.
        settings.push_back({"/org.openoffice.Setup/L10N", "ooLocale", options.ui_locale});
        settings.push_back(
            {"/org.openoffice.Office.Linguistic/General", "UILocale", options.ui_locale});
    }
    settings.insert(settings.end(), options.settings.begin(), options.settings.end());
    return settings;
}

void remove_tree(const std::filesystem::path& directory) noexcept {
    if (directory.empty())
        return;
    std::error_code error;
    std::filesystem::remove_all(directory, error);
    if (error)
        spdlog::warn("office: cannot remove {}: {}", directory.string(), error.message());
    else
        spdlog::debug("office: removed {}", directory.string());
}

} // namespace allot::office::detail
