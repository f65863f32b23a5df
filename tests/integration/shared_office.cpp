#include "shared_office.hpp"

#include <allot/commands/text.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>
#include <spdlog/cfg/env.h>
#include <spdlog/spdlog.h>
#include <stdlib.h>
#include <unistd.h>

namespace allot::integration {

namespace {

using Clock = std::chrono::steady_clock;

struct SharedOffice {
    std::unique_ptr<office::Office> office;
    std::optional<std::string> failure;
};

SharedOffice english;
SharedOffice chinese;
std::filesystem::path scratch;

office::Office& set_up(SharedOffice& shared, const std::string& locale) {
    if (shared.failure)
        throw std::runtime_error(*shared.failure);
    if (shared.office)
        return *shared.office;
    try {
        office::Options options;
        options.ui_locale = locale;
        auto started = Clock::now();
        auto instance = std::make_unique<office::Office>(options);
        instance->start();
        const auto first_start = instance->last_start_duration();
        instance->install_extension(oxt_file());
        const auto total =
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
        std::cout << "[ office   ] " << locale << " office: first start " << first_start.count()
                  << " ms, extension added and office restarted in "
                  << (total - first_start).count() << " ms (restart "
                  << instance->last_start_duration().count() << " ms), total " << total.count()
                  << " ms\n";
        shared.office = std::move(instance);
        return *shared.office;
    } catch (const std::exception& error) {
        shared.failure = "cannot set up the " + locale + " office with " + oxt_file().string() +
                         ": " + error.what();
        throw std::runtime_error(*shared.failure);
    }
}

// Stops the offices after the last test (and before static destruction).
class StopOffices : public ::testing::Environment {
public:
    void TearDown() override {
        english.office.reset();
        chinese.office.reset();
        if (!scratch.empty()) {
            std::error_code ignored;
            std::filesystem::remove_all(scratch, ignored);
        }
    }
};

} // namespace

std::filesystem::path oxt_file() {
    if (const char* file = std::getenv("ALLOT_OXT_FILE"))
        return file;
    return ALLOT_OXT_FILE;
}

std::filesystem::path functions_dir() {
    if (const char* dir = std::getenv("ALLOT_FUNCTIONS_DIR"))
        return dir;
    return ALLOT_FUNCTIONS_DIR;
}

office::Office& english_office() {
    return set_up(english, "en-US");
}
office::Office& chinese_office() {
    return set_up(chinese, "zh-CN");
}

std::filesystem::path scratch_dir() {
    if (scratch.empty()) {
        // Named like the office's own directories, so that an office started
        // later removes it if this process was killed before cleaning up.
        std::string pattern = (std::filesystem::temp_directory_path() /
                               ("allot-office-" + std::to_string(::getpid()) + "-tests-XXXXXX"))
                                  .string();
        if (::mkdtemp(pattern.data()) == nullptr)
            throw std::runtime_error("cannot create a scratch directory");
        scratch = pattern;
    }
    return scratch;
}

bool has_chinese(std::string_view text) {
    for (const char32_t code : commands::code_points(text))
        if (code >= 0x4E00 && code <= 0x9FFF)
            return true;
    return false;
}

} // namespace allot::integration

int main(int argc, char** argv) {
    // SPDLOG_LEVEL=debug shows what the office layer does.
    spdlog::cfg::load_env_levels();
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new allot::integration::StopOffices);
    return RUN_ALL_TESTS();
}
