// ALLOT.APPORTION: 10^7 units over 50 and over 10,000 entities, each
// method, against the cheapest possible proportional split of the same
// sizes (one multiply per entity, no rounding) as the baseline of the run.
// The divisor methods must not hand out units one at a time: their time
// should not depend on the count (compare the 10^12-unit runs).
#include "allot/apportion.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <numeric>
#include <random>
#include <vector>

namespace {

using allot::ApportionMethod;

constexpr double units = 1e7;

// Populations of very different sizes (log-uniform over four decades), like
// regions, teams or states.
std::vector<double> sizes(std::size_t entities) {
    std::mt19937_64 engine(entities);
    std::uniform_real_distribution<double> exponent(3.0, 7.0);
    std::vector<double> result(entities);
    for (double& s : result)
        s = std::round(std::pow(10.0, exponent(engine)));
    return result;
}

const std::vector<double>& sizes_for(std::int64_t entities) {
    static const std::vector<double> small = sizes(50);
    static const std::vector<double> large = sizes(10000);
    return entities == 50 ? small : large;
}

// Baseline: x_i = units · p_i / P in plain doubles.
void ApportionBaselineMultiply(benchmark::State& state) {
    const std::vector<double>& p = sizes_for(state.range(0));
    std::vector<double> x(p.size());
    for (auto _ : state) {
        const double total = std::accumulate(p.begin(), p.end(), 0.0);
        const double scale = units / total;
        for (std::size_t i = 0; i < p.size(); ++i)
            x[i] = scale * p[i];
        benchmark::DoNotOptimize(x.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(ApportionBaselineMultiply)->Arg(50)->Arg(10000)->Unit(benchmark::kMicrosecond);

void run(benchmark::State& state, ApportionMethod method, double count, double minimum = 0) {
    allot::ApportionRequest request;
    request.count = count;
    request.sizes = sizes_for(state.range(0));
    request.method = method;
    request.minimum = minimum;
    for (auto _ : state) {
        std::vector<std::int64_t> result = allot::apportion(request);
        benchmark::DoNotOptimize(result.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void ApportionHamilton(benchmark::State& state) {
    run(state, ApportionMethod::Hamilton, units);
}
void ApportionJefferson(benchmark::State& state) {
    run(state, ApportionMethod::Jefferson, units);
}
void ApportionWebster(benchmark::State& state) {
    run(state, ApportionMethod::Webster, units);
}
void ApportionHuntingtonHill(benchmark::State& state) {
    run(state, ApportionMethod::HuntingtonHill, units);
}
void ApportionAdams(benchmark::State& state) {
    run(state, ApportionMethod::Adams, units);
}
// The US House rule at scale: Huntington–Hill with one unit each.
void ApportionHuntingtonHillMinimum(benchmark::State& state) {
    run(state, ApportionMethod::HuntingtonHill, units, 1);
}
// A million times more units: the same time for the divisor methods.
void ApportionWebster1e12(benchmark::State& state) {
    run(state, ApportionMethod::Webster, 1e12);
}

BENCHMARK(ApportionHamilton)->Arg(50)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(ApportionJefferson)->Arg(50)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(ApportionWebster)->Arg(50)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(ApportionHuntingtonHill)->Arg(50)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(ApportionAdams)->Arg(50)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(ApportionHuntingtonHillMinimum)->Arg(50)->Arg(10000)->Unit(benchmark::kMicrosecond);
BENCHMARK(ApportionWebster1e12)->Arg(50)->Arg(10000)->Unit(benchmark::kMicrosecond);

} // namespace
