// ALLOT.MATRIX on 200 regions × 52 weeks and 2,000 people × 12 months,
// random positive seeds and consistent totals, against two plain baselines
// in the same run: one proportional pass (cell = row total · seed / row sum,
// no column fitting, no rounding) over the same seed, and plain IPF as a
// spreadsheet would do it (rows and columns scaled in turn, in doubles, to
// the tolerance MATRIX's fit uses, then every cell ROUNDed, which does not
// add up).
#include "allot/matrix.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {

allot::MatrixRequest sheet(std::size_t rows, std::size_t columns) {
    std::mt19937_64 engine(rows * 7919 + columns);
    allot::MatrixRequest r;
    r.rows = rows;
    r.columns = columns;
    r.unit = 1;
    // Totals from a whole table of about 50,000 per cell, the seed a noisy
    // version of it (last year's pattern).
    std::vector<double> row(rows, 0), column(columns, 0);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < columns; ++j) {
            const double cell = static_cast<double>(1000 + engine() % 100'000);
            row[i] += cell;
            column[j] += cell;
            r.seed.emplace_back(cell * (0.5 + static_cast<double>(engine() % 1000) / 1000.0));
        }
    for (double v : row)
        r.row_totals.emplace_back(v);
    for (double v : column)
        r.column_totals.emplace_back(v);
    return r;
}

void PlainProportionalPass(benchmark::State& state) {
    const auto r =
        sheet(static_cast<std::size_t>(state.range(0)), static_cast<std::size_t>(state.range(1)));
    std::vector<double> out(r.seed.size());
    for (auto _ : state) {
        for (std::size_t i = 0; i < r.rows; ++i) {
            double sum = 0;
            for (std::size_t j = 0; j < r.columns; ++j)
                sum += r.seed[i * r.columns + j].value_or(0);
            const double factor = r.row_totals[i].value_or(0) / sum;
            for (std::size_t j = 0; j < r.columns; ++j)
                out[i * r.columns + j] = r.seed[i * r.columns + j].value_or(0) * factor;
        }
        benchmark::DoNotOptimize(out.data());
    }
}
BENCHMARK(PlainProportionalPass)->Args({200, 52})->Args({2000, 12})->Unit(benchmark::kMillisecond);

void PlainIpfAndRound(benchmark::State& state) {
    const auto r =
        sheet(static_cast<std::size_t>(state.range(0)), static_cast<std::size_t>(state.range(1)));
    const std::size_t n = r.rows;
    const std::size_t m = r.columns;
    std::vector<double> x(n * m), column_factor(m), out(n * m);
    int rounds = 0;
    for (auto _ : state) {
        for (std::size_t c = 0; c < n * m; ++c)
            x[c] = r.seed[c].value_or(0);
        // MATRIX's tolerance: every row within max(1e-7, 1e-15 · total)
        // after a column step.
        for (rounds = 0; rounds < 10'000; ++rounds) {
            bool settled = rounds > 0;
            std::fill(column_factor.begin(), column_factor.end(), 0.0);
            for (std::size_t i = 0; i < n; ++i) {
                double sum = 0;
                for (std::size_t j = 0; j < m; ++j)
                    sum += x[i * m + j];
                const double total = r.row_totals[i].value_or(0);
                if (std::fabs(sum - total) > std::max(1e-7, 1e-15 * total))
                    settled = false;
                const double factor = sum > 0 ? total / sum : 0;
                for (std::size_t j = 0; j < m; ++j)
                    column_factor[j] += x[i * m + j] *= factor;
            }
            if (settled)
                break;
            for (std::size_t j = 0; j < m; ++j)
                column_factor[j] =
                    column_factor[j] > 0 ? r.column_totals[j].value_or(0) / column_factor[j] : 0;
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < m; ++j)
                    x[i * m + j] *= column_factor[j];
        }
        for (std::size_t c = 0; c < n * m; ++c)
            out[c] = std::round(x[c]);
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["rounds"] = rounds;
}
BENCHMARK(PlainIpfAndRound)->Args({200, 52})->Args({2000, 12})->Unit(benchmark::kMillisecond);

void Matrix(benchmark::State& state) {
    const auto r =
        sheet(static_cast<std::size_t>(state.range(0)), static_cast<std::size_t>(state.range(1)));
    for (auto _ : state) {
        std::vector<double> values = allot::matrix(r);
        benchmark::DoNotOptimize(values.data());
    }
}
BENCHMARK(Matrix)->Args({200, 52})->Args({2000, 12})->Unit(benchmark::kMillisecond);

} // namespace
