// What the extension's integration tests share: the paths CMake gives them
// and one office per UI language, each with the extension installed, started
// on first use and stopped when the test program ends.
#pragma once

#include <allot/office/office.hpp>

#include <filesystem>
#include <string_view>

namespace allot::integration {

// From CMake; the environment variables ALLOT_OXT_FILE and ALLOT_FUNCTIONS_DIR
// override them (to try another build or a folder of new .fods files).
std::filesystem::path oxt_file();
std::filesystem::path functions_dir();

// An en-US office with the .oxt installed. Throws (every time) if it could
// not be set up, so each test that needs it fails with the reason.
office::Office& english_office();
// The same in a zh-CN office (a second one, started only if a test needs it).
office::Office& chinese_office();

// A directory for the files tests write; removed at the end.
std::filesystem::path scratch_dir();

// Whether UTF-8 text contains a CJK unified ideograph (U+4E00..U+9FFF).
bool has_chinese(std::string_view text);

} // namespace allot::integration
