// ALLOT.PROFILE: a seasonality profile (shares per period) from several
// years of history (the README's "How each function decides"). Pure C++; knows nothing of UNO.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace allot {

// ALLOT.PROFILE's arguments in order: an error names one by its position.
enum class ProfileArgument { history, method };

enum class ProfileMethod {
    Average, // each year's shares, averaged over the years (the default)
    Pooled,  // the shares of the column totals: big years weigh more
};

// "average" or "pooled", any case. Throws allot::Error (ProfileUnknownMethod).
ProfileMethod profile_method(std::string_view name);

struct ProfileRequest {
    // One row per year, one column per period, in reading order; an empty
    // optional is a blank cell (0 in a year that has other values).
    std::vector<std::optional<double>> history;
    std::size_t periods = 0; // columns
    ProfileMethod method = ProfileMethod::Average;
};

// One share per period, each 0 or more, adding up to 1 exactly in double
// arithmetic: the largest share (the earliest of equals) takes 1 minus the
// others, so it absorbs the rounding. Blank years (a row with every cell
// blank) are skipped; so is a year that adds up to 0, which has no pattern
// (for "pooled" it would add nothing anyway). Throws allot::Error for
// negative or unusable values and when no year is left.
std::vector<double> profile(const ProfileRequest& request);

} // namespace allot
