// ALLOT.KPI on a driver tree of a million nodes (company → 1000 regions →
// 1000 people each), against the cheapest possible tree pass (one bottom-up
// sum over parent indices, no labels) as the baseline of the same run. Most
// of KPI's time goes to hashing the labels.
#include "allot/kpi.hpp"

#include <benchmark/benchmark.h>

#include <optional>
#include <string>
#include <vector>

namespace {

constexpr std::size_t regions = 1000;
constexpr std::size_t per_region = 1000;
constexpr std::size_t nodes = 1 + regions + regions * per_region;

struct Tree {
    allot::KpiRequest request;
    std::vector<std::size_t> parent; // for the baseline
    std::vector<double> baseline;
};

const Tree& tree(const char* region_operator) {
    static std::vector<std::pair<std::string, Tree>> built;
    for (const auto& [op, t] : built)
        if (op == region_operator)
            return t;
    Tree t;
    auto& r = t.request;
    r.ids.reserve(nodes);
    auto add = [&](std::string id, std::optional<std::string> parent, const char* op,
                   std::optional<double> baseline, std::size_t parent_index) {
        r.ids.emplace_back(std::move(id));
        r.parents.push_back(std::move(parent));
        r.operators.push_back(op ? std::optional<std::string>(op) : std::nullopt);
        r.baselines.push_back(baseline);
        t.parent.push_back(parent_index);
        t.baseline.push_back(baseline.value_or(0.0));
    };
    add("company", std::nullopt, "+", std::nullopt, nodes);
    for (std::size_t g = 0; g < regions; ++g)
        add("region " + std::to_string(g), "company", region_operator, std::nullopt, 0);
    for (std::size_t g = 0; g < regions; ++g)
        for (std::size_t p = 0; p < per_region; ++p)
            add("person " + std::to_string(g) + "." + std::to_string(p),
                "region " + std::to_string(g), nullptr, 1.0 + static_cast<double>(p % 7) / 100,
                1 + g);
    r.target = 1e6; // regions of + nodes: about +73%; of * nodes: growth spread geometrically
    built.emplace_back(region_operator, std::move(t));
    return built.back().second;
}

// Baseline: every node's value as the sum of its children, one pass.
void BottomUpSum(benchmark::State& state) {
    const Tree& t = tree("+");
    std::vector<double> value(nodes);
    for (auto _ : state) {
        value.assign(t.baseline.begin(), t.baseline.end());
        for (std::size_t i = nodes; i-- > 1;)
            value[t.parent[i]] += value[i];
        benchmark::DoNotOptimize(value.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * nodes));
}
BENCHMARK(BottomUpSum)->Unit(benchmark::kMillisecond);

void run(benchmark::State& state, const char* region_operator) {
    const Tree& t = tree(region_operator);
    for (auto _ : state) {
        std::vector<double> result = allot::kpi(t.request);
        benchmark::DoNotOptimize(result.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * nodes));
}

void KpiSums(benchmark::State& state) {
    run(state, "+");
}
BENCHMARK(KpiSums)->Unit(benchmark::kMillisecond);

void KpiProducts(benchmark::State& state) {
    run(state, "*");
}
BENCHMARK(KpiProducts)->Unit(benchmark::kMillisecond);

} // namespace
