// ALLOT.APPORTION with arbitrary counts, sizes, methods and minimums.
// Promises checked: whole counts adding up to the count, each at least the
// minimum, size 0 gets only the minimum; divisor methods certified against
// their definition; small counts equal to the exact one-at-a-time oracle.
#include "allot/apportion.hpp"

#include "apportion_oracle.hpp"
#include "input.hpp"

namespace {

using namespace allot::fuzz;
constexpr const char* function = "apportion";

void check(const allot::ApportionRequest& r, const std::vector<std::int64_t>& counts) {
    if (counts.size() != r.sizes.size())
        broken(function, "wrong number of counts");
    long double sum = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        sum += static_cast<long double>(counts[i]);
        if (static_cast<double>(counts[i]) < std::round(r.minimum))
            broken(function, "count " + std::to_string(i + 1) + " below the minimum");
        if (r.sizes[i] == 0 && static_cast<double>(counts[i]) != std::round(r.minimum))
            broken(function, "size 0 got more than the minimum");
    }
    if (sum != std::round(static_cast<long double>(r.count)))
        broken(function, "counts do not add up to the count");
    if (r.method != allot::ApportionMethod::Hamilton) {
        const std::string wrong = apportion_oracle::certify_divisor(r, counts);
        if (!wrong.empty())
            broken(function, wrong);
    }
    if (r.count <= 2000 && counts.size() <= 12 && counts != apportion_oracle::apportion(r))
        broken(function, "the oracle apportions otherwise");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    allot::ApportionRequest r;
    const auto n = in.ConsumeIntegralInRange<std::size_t>(0, 40);
    r.count =
        in.ConsumeBool() ? static_cast<double>(in.ConsumeIntegralInRange<int>(0, 200)) : number(in);
    r.method = static_cast<allot::ApportionMethod>(in.ConsumeIntegralInRange<int>(0, 4));
    r.minimum = in.ConsumeIntegralInRange<int>(0, 3) == 0 ? number(in)
                                                          : in.ConsumeIntegralInRange<int>(0, 2);
    for (std::size_t i = 0; i < n; ++i)
        r.sizes.push_back(amount(in));
    request_text() = "count " + text_of(r.count) + " method " +
                     std::to_string(static_cast<int>(r.method)) + " minimum " + text_of(r.minimum) +
                     " sizes " + text_of(r.sizes);
    guarded(function, [&] { check(r, allot::apportion(r)); });
    // The method names users type.
    guarded(function, [&] { allot::apportion_method(in.ConsumeRandomLengthString(24)); });
    return 0;
}
