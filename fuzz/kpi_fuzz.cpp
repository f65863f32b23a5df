// ALLOT.KPI with arbitrary driver trees (cycles, several roots, unknown
// operators), baselines, efforts and holds. Promises checked: finite
// targets; the root gets the target; holds kept; every + node is the sum and
// every * node the product of its children's targets (within 1e-9), so
// recomputing the tree from its leaves gives the root target.
#include "allot/kpi.hpp"

#include "input.hpp"

#include <map>

namespace {

using namespace allot::fuzz;
constexpr const char* function = "kpi";

std::string trim(const std::optional<std::string>& label) {
    if (!label)
        return {};
    const auto begin = label->find_first_not_of(' ');
    if (begin == std::string::npos)
        return {};
    return label->substr(begin, label->find_last_not_of(' ') - begin + 1);
}

void check(const allot::KpiRequest& r, const std::vector<double>& values) {
    const std::size_t n = r.ids.size();
    if (values.size() != n)
        broken(function, "wrong number of targets");
    check_finite(function, values);
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i)
        index[trim(r.ids[i])] = i;
    std::vector<long double> sum(n, 0), product(n, 1), scale(n, 0);
    std::vector<bool> inner(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string parent = trim(r.parents[i]);
        if (parent.empty()) {
            if (!near(values[i], r.target, std::fabs(r.target)))
                broken(function, "the root does not get the target");
            continue;
        }
        const std::size_t p = index.at(parent);
        inner[p] = true;
        sum[p] += values[i];
        product[p] *= values[i];
        scale[p] += std::fabs(values[i]);
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!r.fixed.empty() && r.fixed[i] && !near(values[i], *r.fixed[i], std::fabs(*r.fixed[i])))
            broken(function, "hold " + std::to_string(i + 1) + " not kept");
        if (!inner[i])
            continue;
        const bool is_sum = trim(r.operators[i]) == "+";
        const long double recomputed = is_sum ? sum[i] : product[i];
        const long double magnitude =
            is_sum ? std::max(scale[i], std::fabs(recomputed)) : std::fabs(recomputed);
        if (!near(recomputed, values[i],
                  std::max(magnitude, std::fabs(static_cast<long double>(values[i])))))
            broken(function, "node " + std::to_string(i + 1) + " is not " +
                                 (is_sum ? "the sum" : "the product") + " of its children");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    allot::KpiRequest r;
    const auto n = in.ConsumeIntegralInRange<std::size_t>(0, 12);
    r.target = number(in);
    static const char* operators[] = {"+", "*", "\u00d7", "", "-", " + "};
    // Mostly well-formed trees (each node under an earlier one, operators on
    // inner nodes, baselines on leaves), so the search reaches the
    // arithmetic; otherwise arbitrary labels for the structural errors.
    const bool well_formed = in.ConsumeIntegralInRange<int>(0, 3) != 0;
    std::vector<bool> inner(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (well_formed) {
            r.ids.push_back("n" + std::to_string(i));
            const std::size_t parent =
                i == 0 ? 0 : in.ConsumeIntegralInRange<std::size_t>(0, i - 1);
            r.parents.push_back(i == 0 ? std::nullopt
                                       : std::optional<std::string>("n" + std::to_string(parent)));
            if (i > 0)
                inner[parent] = true;
        } else {
            r.ids.push_back(label(in, n));
            r.parents.push_back(i == 0 || in.ConsumeIntegralInRange<int>(0, 7) == 0 ? std::nullopt
                                                                                    : label(in, n));
        }
        const int op = in.ConsumeIntegralInRange<int>(0, 9);
        r.operators.push_back(op < 6 ? std::optional<std::string>(operators[op]) : std::nullopt);
        r.baselines.push_back(cell(in));
    }
    for (std::size_t i = 0; well_formed && i < n; ++i) {
        r.operators[i] =
            inner[i] ? std::optional<std::string>(in.ConsumeBool() ? "+" : "*") : std::nullopt;
        if (inner[i] && in.ConsumeBool())
            r.baselines[i] = std::nullopt;
    }
    if (in.ConsumeBool())
        r.efforts = range(in, n);
    if (in.ConsumeBool()) {
        r.fixed.resize(n);
        for (auto& f : r.fixed)
            if (in.ConsumeIntegralInRange<int>(0, 3) == 0)
                f = number(in);
    }
    request_text() = "target " + text_of(r.target) + " baselines " + text_of(r.baselines) +
                     " efforts " + text_of(r.efforts) + " fixed " + text_of(r.fixed) + " nodes";
    for (std::size_t i = 0; i < r.ids.size(); ++i)
        request_text() += " " + r.ids[i].value_or("_") + "<" + r.parents[i].value_or("_") + "[" +
                          r.operators[i].value_or("_") + "]";
    guarded(function, [&] { check(r, allot::kpi(r)); });
    return 0;
}
