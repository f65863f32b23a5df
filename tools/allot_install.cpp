// allot-install: installs the Allot extension into a LibreOffice profile
// folder, so that LibreOffice started with that profile
// (-env:UserInstallation=file://<folder>) has it enabled from its first
// window on. scripts/explore.sh uses it for a profile of its own, then opens
// a template in LibreOffice's window.
//
// It starts a headless LibreOffice on the profile, adds the .oxt through the
// office's ExtensionManager (accepting the licence), restarts the office once
// so the extension is registered, and stops it. `unopkg add` cannot do this
// as root, and into a profile LibreOffice has never started it leaves the
// extension disabled (LIBREOFFICE-NOTES).
#include <allot/office/office.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <string>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
    std::filesystem::path profile;
    std::filesystem::path oxt = ALLOT_DEFAULT_OXT;
    std::string language = "en";
    bool verbose = false;
    CLI::App app{"allot-install: install the Allot extension into a LibreOffice profile folder "
                 "(through the office's Extension Manager, in a headless LibreOffice), so that it "
                 "is enabled when LibreOffice next starts with that profile"};
    app.add_option("--profile", profile, "the profile folder (made if missing)")->required();
    app.add_option("--oxt", oxt, "the extension")->capture_default_str();
    app.add_option("--language", language, "en or zh: the UI language of a new profile")
        ->check(CLI::IsMember({"en", "zh"}))
        ->capture_default_str();
    app.add_flag("-v,--verbose", verbose, "log what is done with the office");
    CLI11_PARSE(app, argc, argv);
    if (verbose)
        spdlog::set_level(spdlog::level::debug);
    try {
        const auto started = std::chrono::steady_clock::now();
        if (!std::filesystem::is_regular_file(oxt))
            throw std::runtime_error("no extension file " + oxt.string());
        std::filesystem::create_directories(profile);
        allot::office::Options options;
        options.profile = profile;
        options.ui_locale = language == "zh" ? "zh-CN" : "en-US";
        allot::office::Office office(options);
        office.install_extension(oxt);
        const auto installed = office.user_extensions();
        if (std::find(installed.begin(), installed.end(), "org.allot.extension") == installed.end())
            throw std::runtime_error("the office does not list the extension after installing it");
        office.stop();
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
        std::cout << "Installed " << oxt.filename().string() << " into "
                  << std::filesystem::absolute(profile).string() << " (" << took.count() << " s)\n";
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "allot-install: " << error.what() << "\n";
        return 1;
    }
}
