// UTF-8 text as people read it: its characters (code points) and the columns
// it takes in a table of fixed-width characters (East Asian wide characters
// take two).
#pragma once

#include <string>
#include <string_view>

namespace allot::commands {

// The code points of UTF-8 text; a malformed sequence gives what its bytes decode to.
std::u32string code_points(std::string_view text);

// Columns a UTF-8 text takes in a terminal or a monospace table.
std::size_t display_width(std::string_view text);

} // namespace allot::commands
