// ALLOT.MATRIX on 200 regions × 52 weeks and 2,000 people × 12 months,
// random positive seeds and consistent totals, against a plain baseline in
// the same run: one proportional pass (cell = row total · seed / row sum,
// no column fitting, no rounding) over the same seed.
#include "allot/matrix.hpp"

#include <benchmark/benchmark.h>

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
