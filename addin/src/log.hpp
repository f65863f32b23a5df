// The add-in's log: a file `allot.log` in the LibreOffice user profile,
// quiet by default (warnings only). ALLOT_LOG_LEVEL=trace|debug|info|warn|
// error|off sets the level.
#pragma once

#include <spdlog/spdlog.h>

#include <string>

namespace allot::addin {

// Opens the log in `dir` (once; later calls are ignored). Never throws.
void open_log(const std::string& dir) noexcept;

// The log; before open_log() it discards everything.
spdlog::logger& log() noexcept;

} // namespace allot::addin
