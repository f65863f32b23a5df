// ALLOT.SPLIT on a million parts, against the cheapest possible proportional
// split (one multiply per part, no rounding) as the baseline of the same run.
#include "allot/split.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <numeric>
#include <random>
#include <vector>

namespace {

constexpr std::size_t parts = 1'000'000;
constexpr double total = 1e9;

std::vector<double> random_weights(std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::uniform_real_distribution<double> weight(0.0, 1.0);
    std::vector<double> weights(parts);
    for (double& w : weights)
        w = weight(engine);
    return weights;
}

const std::vector<double>& weights() {
    static const std::vector<double> w = random_weights(1);
    return w;
}

// Baseline: x_i = total · w_i / W, plain doubles.
void Multiply(benchmark::State& state) {
    const std::vector<double>& w = weights();
    std::vector<double> x(w.size());
    for (auto _ : state) {
        const double sum = std::accumulate(w.begin(), w.end(), 0.0);
        const double scale = total / sum;
        for (std::size_t i = 0; i < w.size(); ++i)
            x[i] = scale * w[i];
        benchmark::DoNotOptimize(x.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * w.size()));
}
BENCHMARK(Multiply)->Unit(benchmark::kMillisecond);

void run_split(benchmark::State& state, const allot::SplitRequest& request) {
    for (auto _ : state) {
        std::vector<double> result = allot::split(request);
        benchmark::DoNotOptimize(result.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * parts));
}

// Unit 1, no bounds: water level in one pass, largest remainder by selection.
void Split(benchmark::State& state) {
    allot::SplitRequest request;
    request.total = total;
    request.weights = weights();
    run_split(state, request);
}
BENCHMARK(Split)->Unit(benchmark::kMillisecond);

// Per-part minimums and maximums, about a third of them binding.
void SplitBounded(benchmark::State& state) {
    allot::SplitRequest request;
    request.total = total;
    request.weights = weights();
    const double sum = std::accumulate(request.weights.begin(), request.weights.end(), 0.0);
    std::mt19937_64 engine(2);
    std::uniform_real_distribution<double> factor(0.0, 1.0);
    for (double w : request.weights) {
        const double share = total * w / sum;
        const double minimum = std::floor(share * (0.7 + 0.5 * factor(engine)));
        request.minimums.emplace_back(minimum);
        request.maximums.emplace_back(minimum + std::ceil(share * 0.5 * factor(engine)) + 1);
    }
    run_split(state, request);
}
BENCHMARK(SplitBounded)->Unit(benchmark::kMillisecond);

// Few distinct weights: most remainders tie and go to the earlier part.
void SplitTies(benchmark::State& state) {
    allot::SplitRequest request;
    request.total = total + 7;
    std::mt19937_64 engine(3);
    std::uniform_int_distribution<int> weight(1, 4);
    request.weights.resize(parts);
    for (double& w : request.weights)
        w = weight(engine);
    run_split(state, request);
}
BENCHMARK(SplitTies)->Unit(benchmark::kMillisecond);

// Every weight 0: the free parts split equally (as weight 1 each), the
// same answer as a million ones.
void SplitZeros(benchmark::State& state) {
    allot::SplitRequest request;
    request.total = total + 7;
    request.weights.assign(parts, 0.0);
    run_split(state, request);
}
BENCHMARK(SplitZeros)->Unit(benchmark::kMillisecond);

void SplitOnes(benchmark::State& state) {
    allot::SplitRequest request;
    request.total = total + 7;
    request.weights.assign(parts, 1.0);
    run_split(state, request);
}
BENCHMARK(SplitOnes)->Unit(benchmark::kMillisecond);

} // namespace
