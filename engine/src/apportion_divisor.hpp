// Divisor (highest-averages) apportionment, fast for any count: the divisor
// is found directly and only the last few units are settled one at a time.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace allot::detail {

// The rounding of a divisor method, as the divisor d(s) of the priority
// size / d(s) of an entity's (s+1)-th unit.
enum class DivisorRule {
    Jefferson,      // d(s) = s + 1
    Webster,        // d(s) = s + 1/2
    HuntingtonHill, // d(s) = √(s(s+1))
    Adams,          // d(s) = s
};

// Exact order of the priorities size_a / d(s_a) and size_b / d(s_b): true
// when entity a's unit number s_a + 1 comes before entity b's unit number
// s_b + 1, that is, a higher priority, or an equal one and a < b.
// Sizes > 0; d(s) > 0 (s >= 1 for Huntington–Hill and Adams).
class UnitOrder {
public:
    UnitOrder(DivisorRule rule, std::span<const double> sizes) : rule_(rule), sizes_(sizes) {}
    bool before(std::uint32_t a, std::int64_t s_a, std::uint32_t b, std::int64_t s_b) const;

private:
    // Sign of size_a / d(s_a) − size_b / d(s_b), for sizes that differ.
    int compare(double size_a, std::int64_t s_a, double size_b, std::int64_t s_b) const;

    DivisorRule rule_;
    std::span<const double> sizes_;
};

// Highest averages with every entity starting at `floor` units: the units
// above the floors go one at a time, each to the highest priority, ties to
// the earlier entity; the result is the same as that one-at-a-time process.
// Huntington–Hill and Adams give every entity a first unit before any gets a
// second (d(0) = 0); with fewer units than entities, the largest get them.
// sizes > 0, seats >= floor · sizes.size(); counts fit in an int64.
std::vector<std::int64_t> highest_averages(DivisorRule rule, std::span<const double> sizes,
                                           std::int64_t floor, std::int64_t seats);

// The exact settlement on its own, from any starting counts (raised to the
// floor): the same result as highest_averages, however far off the start.
// highest_averages starts it from its divisor estimate; tests start it from
// arbitrary counts to exercise every repair path. Floors >= 1 for
// Huntington–Hill and Adams.
std::vector<std::int64_t> settle_from(DivisorRule rule, std::span<const double> sizes,
                                      std::int64_t floor, std::int64_t seats,
                                      std::vector<std::int64_t> start);

} // namespace allot::detail
