// ALLOT.TREE with arbitrary labels (duplicates, cycles, unknown parents,
// blank rows), weights, totals and units. Promises checked: finite values;
// the top-level nodes add up to the total and every parent to the sum of its
// children; blank rows get 0.
#include "allot/tree.hpp"

#include "input.hpp"

#include <algorithm>
#include <map>

namespace {

using namespace allot::fuzz;
constexpr const char* function = "tree";

std::string trim(const std::optional<std::string>& label) {
    if (!label)
        return {};
    const auto begin = label->find_first_not_of(' ');
    if (begin == std::string::npos)
        return {};
    return label->substr(begin, label->find_last_not_of(' ') - begin + 1);
}

void check(const allot::TreeRequest& r, const std::vector<double>& values) {
    const std::size_t n = r.ids.size();
    if (values.size() != n)
        broken(function, "wrong number of values");
    check_finite(function, values);
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i)
        if (!trim(r.ids[i]).empty())
            index[trim(r.ids[i])] = i;
    // Σ children per parent (n: the top level), and their magnitudes.
    std::vector<long double> sum(n + 1, 0);
    std::vector<long double> scale(n + 1, 0);
    std::vector<bool> has_children(n + 1, false);
    has_children[n] = true;
    for (std::size_t i = 0; i < n; ++i) {
        if (trim(r.ids[i]).empty()) {
            if (values[i] != 0)
                broken(function, "a blank row got a value");
            continue;
        }
        const std::string parent = trim(r.parents[i]);
        const std::size_t p = parent.empty() ? n : index.at(parent);
        sum[p] += values[i];
        scale[p] += std::fabs(values[i]);
        has_children[p] = true;
    }
    for (std::size_t p = 0; p <= n; ++p) {
        if (!has_children[p])
            continue;
        const long double whole = p == n ? r.total : values[p];
        // 1e-9 of a unit is forgiven (a total of 1e-10 with unit 1 is 0 units).
        const long double unit = r.unit > 0 ? r.unit : 0.0;
        if (!near(sum[p], whole, std::max({scale[p], std::fabs(whole), unit})))
            broken(function, "node " + std::to_string(p + 1) + " is not the sum of its children");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    allot::TreeRequest r;
    const auto n = in.ConsumeIntegralInRange<std::size_t>(0, 16);
    r.total = number(in);
    r.unit = in.ConsumeBool() ? 1.0 : number(in);
    for (std::size_t i = 0; i < n; ++i) {
        r.ids.push_back(label(in, n));
        r.parents.push_back(in.ConsumeBool() ? std::nullopt : label(in, n));
        r.weights.push_back(cell(in));
    }
    if (in.ConsumeIntegralInRange<int>(0, 15) == 0)
        r.weights.resize(in.ConsumeIntegralInRange<std::size_t>(0, n + 1));
    request_text() = "total " + text_of(r.total) + " unit " + text_of(r.unit) + " weights " +
                     text_of(r.weights) + " nodes";
    for (std::size_t i = 0; i < r.ids.size(); ++i)
        request_text() += " " + r.ids[i].value_or("_") + "<" + r.parents[i].value_or("_");
    guarded(function, [&] { check(r, allot::tree(r)); });
    return 0;
}
