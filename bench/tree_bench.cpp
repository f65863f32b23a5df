// ALLOT.TREE on 100,000 nodes (company → 10 regions → 100 teams → people),
// against a plain top-down proportional pass over the same tree (one
// multiply per node, no ids, no rounding) as the baseline of the same run.
#include "allot/tree.hpp"

#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

namespace {

constexpr std::size_t regions = 10;
constexpr std::size_t teams = 100;
constexpr std::size_t nodes = 100'000;

struct Sheet {
    allot::TreeRequest request;
    std::vector<std::size_t> parent; // nodes for the top level
};

// Regions first, then teams, then people: how an exported org chart looks.
Sheet org_chart() {
    Sheet sheet;
    std::mt19937_64 engine(7);
    allot::TreeRequest& r = sheet.request;
    r.total = 1'000'000'000;
    r.unit = 1000;
    for (std::size_t i = 0; i < nodes; ++i) {
        std::size_t parent = nodes;
        if (i >= regions && i < regions + teams)
            parent = i % regions;
        else if (i >= regions + teams)
            parent = regions + engine() % teams;
        sheet.parent.push_back(parent);
        r.ids.push_back("n" + std::to_string(i));
        r.parents.push_back(parent == nodes
                                ? std::nullopt
                                : std::optional<std::string>("n" + std::to_string(parent)));
        // People carry weights (last year's sales); regions and teams are blank.
        r.weights.push_back(parent >= regions && parent != nodes
                                ? std::optional<double>(1 + engine() % 100'000)
                                : std::nullopt);
    }
    return sheet;
}

const Sheet& sheet() {
    static const Sheet s = org_chart();
    return s;
}

// Baseline: leaves' sums bottom up, then value = parent's value · w / Σ siblings.
void PlainTopDown(benchmark::State& state) {
    const Sheet& s = sheet();
    std::vector<double> weight(nodes), sum(nodes + 1), value(nodes);
    for (auto _ : state) {
        std::fill(weight.begin(), weight.end(), 0.0);
        for (std::size_t i = nodes; i-- > 0;) {
            weight[i] += s.request.weights[i].value_or(0.0);
            if (s.parent[i] != nodes)
                weight[s.parent[i]] += weight[i];
        }
        std::fill(sum.begin(), sum.end(), 0.0);
        for (std::size_t i = 0; i < nodes; ++i)
            sum[s.parent[i]] += weight[i];
        for (std::size_t i = 0; i < nodes; ++i) {
            const double whole = s.parent[i] == nodes ? s.request.total : value[s.parent[i]];
            value[i] = whole * weight[i] / sum[s.parent[i]];
        }
        benchmark::DoNotOptimize(value.data());
    }
}
BENCHMARK(PlainTopDown)->Unit(benchmark::kMillisecond);

void Tree100k(benchmark::State& state) {
    const Sheet& s = sheet();
    for (auto _ : state) {
        std::vector<double> values = allot::tree(s.request);
        benchmark::DoNotOptimize(values.data());
    }
}
BENCHMARK(Tree100k)->Unit(benchmark::kMillisecond);

} // namespace
