// ALLOT.APPORTION: a whole number of things (people, accounts, seats, deals)
// shared over entities in proportion to their sizes, by one of the classic
// apportionment methods (the README's "How each function decides"). Pure C++; knows nothing of UNO.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace allot {

// ALLOT.APPORTION's arguments in order: an error names one by its position.
enum class ApportionArgument { count, sizes, method, minimum };

enum class ApportionMethod {
    Hamilton,       // largest remainder (the default)
    Jefferson,      // = D'Hondt: divisor, rounding down
    Webster,        // = Sainte-Laguë: divisor, rounding to the nearest
    HuntingtonHill, // divisor, rounding at the geometric mean √(s(s+1))
    Adams,          // divisor, rounding up
};

// The method a user typed: "hamilton", "jefferson" or "dhondt", "webster" or
// "sainte-lague", "huntington-hill", "adams". Case, spaces, hyphens,
// apostrophes and underscores do not matter ("D'Hondt", "Sainte-Laguë" and
// "Huntington Hill" work). Throws allot::Error (ApportionUnknownMethod).
ApportionMethod apportion_method(std::string_view name);

struct ApportionRequest {
    // A whole number from 0 to 2^53 (within the 1e-9 relative tolerance).
    double count = 0;
    // One per entity, each 0 or more; an entity of size 0 gets only the minimum.
    std::vector<double> sizes;
    ApportionMethod method = ApportionMethod::Hamilton;
    // A whole number every entity gets at least.
    double minimum = 0;
};

// Whole counts, one per size, adding up to `count` exactly; ties go to the
// earlier entity; deterministic. Throws allot::Error for every invalid input.
//
// With a minimum, every method keeps its own definition above it: Hamilton
// takes the water-filled share max(minimum, λ·size) as the quota (as
// ALLOT.SPLIT does with minimums) and rounds by largest remainder; a divisor
// method gives max(minimum, round(size / D)), which is highest averages
// starting every entity at the minimum.
std::vector<std::int64_t> apportion(const ApportionRequest& request);

} // namespace allot
