#include "profile.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <spdlog/spdlog.h>
#include <stdlib.h>

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

std::filesystem::path make_temporary_directory(const std::string& prefix) {
    std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw std::runtime_error("cannot create a temporary directory " + pattern + ": " +
                                 std::strerror(errno));
    return pattern;
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
