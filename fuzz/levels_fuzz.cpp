// ALLOT.LEVELS with arbitrary targets, ratios and units. Promises checked:
// finite; floor <= target <= stretch on every row; the floor column adds up
// to floor_ratio × the total and the stretch column to stretch_ratio × the
// total; whole units (one odd part per column at most).
#include "allot/levels.hpp"

#include "input.hpp"

namespace {

using namespace allot::fuzz;
constexpr const char* function = "levels";

void check_column(const allot::LevelsRequest& r, const std::vector<double>& column, double ratio,
                  const char* name) {
    check_finite(function, column);
    long double total = 0;
    long double sum = 0;
    std::size_t not_whole = 0;
    for (std::size_t i = 0; i < column.size(); ++i) {
        total += r.targets[i];
        sum += column[i];
        if (r.unit > 0 && ratio != 1) {
            const long double units = column[i] / static_cast<long double>(r.unit);
            if (!near(units, std::round(units), std::fmax(1.0L, std::fabs(units))))
                ++not_whole;
        }
    }
    const long double wanted = ratio * total;
    // 1e-9 of a unit is forgiven. The engine decides that on the double it
    // splits and this check on the long double product: at exactly 1e-9 of
    // a unit (30 × 1e-10 with unit 3) an ulp apart, so a hair of slack.
    if (!near(sum, wanted, std::fmax(wanted, r.unit) * (1 + 1e-6L)))
        broken(function, std::string("the ") + name + " column adds up to " +
                             std::to_string(static_cast<double>(sum)) + ", not " +
                             std::to_string(static_cast<double>(wanted)));
    if (not_whole > 1)
        broken(function, std::string("the ") + name + " column is not in whole units");
}

void check(const allot::LevelsRequest& r, const allot::Levels& l) {
    const std::size_t n = r.targets.size();
    if (l.floor.size() != n || l.target.size() != n || l.stretch.size() != n)
        broken(function, "wrong number of rows");
    for (std::size_t i = 0; i < n; ++i)
        if (!(l.floor[i] <= l.target[i] && l.target[i] <= l.stretch[i]))
            broken(function, "row " + std::to_string(i + 1) +
                                 " is out of order: " + std::to_string(l.floor[i]) + ", " +
                                 std::to_string(l.target[i]) + ", " + std::to_string(l.stretch[i]));
    check_column(r, l.floor, r.floor_ratio, "floor");
    check_column(r, l.stretch, r.stretch_ratio, "stretch");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    allot::LevelsRequest r;
    const auto n = in.ConsumeIntegralInRange<std::size_t>(0, 12);
    r.floor_ratio = in.ConsumeBool() ? in.ConsumeFloatingPointInRange<double>(0, 1) : number(in);
    r.stretch_ratio = in.ConsumeBool() ? in.ConsumeFloatingPointInRange<double>(1, 5) : number(in);
    r.unit = in.ConsumeBool() ? 1.0 : number(in);
    for (std::size_t i = 0; i < n; ++i)
        r.targets.push_back(amount(in));
    request_text() = "targets " + text_of(r.targets) + " floor " + text_of(r.floor_ratio) +
                     " stretch " + text_of(r.stretch_ratio) + " unit " + text_of(r.unit);
    guarded(function, [&] { check(r, allot::levels(r)); });
    return 0;
}
