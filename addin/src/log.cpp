#include "log.hpp"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/null_sink.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace allot::addin {
namespace {

std::mutex mutex;
std::shared_ptr<spdlog::logger> logger;
bool opened = false;

std::shared_ptr<spdlog::logger> discard() {
    return std::make_shared<spdlog::logger>("allot",
                                            std::make_shared<spdlog::sinks::null_sink_mt>());
}

} // namespace

void open_log(const std::string& dir) noexcept {
    std::lock_guard lock(mutex);
    if (opened)
        return;
    opened = true;
    try {
        const char* level = std::getenv("ALLOT_LOG_LEVEL");
        auto file = std::make_shared<spdlog::sinks::basic_file_sink_mt>(dir + "/allot.log");
        logger = std::make_shared<spdlog::logger>("allot", file);
        logger->set_level(level ? spdlog::level::from_str(level) : spdlog::level::warn);
        logger->flush_on(spdlog::level::trace);
    } catch (...) {
        // A profile we cannot write to must not stop the functions from working.
        logger = discard();
    }
}

spdlog::logger& log() noexcept {
    std::lock_guard lock(mutex);
    if (!logger)
        logger = discard();
    return *logger;
}

} // namespace allot::addin
