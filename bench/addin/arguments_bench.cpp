// The add-in's reading of Calc's arguments, without an office: a whole
// column (1,048,576 one-cell rows of `any`) as Calc hands it over, blank
// (empty strings, as Calc passes blank cells of a range), void, or numbers,
// read by Arguments and run through whole calls that refuse it (the
// bad-input battery's whole-column rows).
#include "arguments.hpp"
#include "calls.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <random>
#include <vector>

namespace {

namespace uno = css::uno;
using namespace allot::addin;

constexpr sal_Int32 column_rows = 1'048'576;

// Blank: empty strings, in rows laid out one after another in memory;
// Void: void anys; Numbers: 1, 2 …; Scattered: blank, but the rows lie in
// memory in a random order, as after the office's copies (the reflection
// and the C++ bridge each copy the array a row at a time between other
// allocations), so that every row is a cache miss.
enum class Fill { Blank, Void, Numbers, Scattered };

// A whole column of one-cell rows, each row its own sequence, as Calc builds it.
uno::Any whole_column(Fill fill) {
    std::vector<uno::Sequence<uno::Any>> made(column_rows);
    for (sal_Int32 r = 0; r < column_rows; ++r) {
        uno::Sequence<uno::Any> row(1);
        if (fill == Fill::Blank || fill == Fill::Scattered)
            row.getArray()[0] <<= rtl::OUString();
        else if (fill == Fill::Numbers)
            row.getArray()[0] <<= static_cast<double>(r + 1);
        made[static_cast<std::size_t>(r)] = row;
    }
    if (fill == Fill::Scattered)
        std::shuffle(made.begin(), made.end(), std::mt19937_64(10));
    AnyGrid grid(column_rows);
    std::copy(made.begin(), made.end(), grid.getArray());
    return uno::Any(grid);
}

const uno::Any& column_of(Fill fill) {
    static const std::array columns{whole_column(Fill::Blank), whole_column(Fill::Void),
                                    whole_column(Fill::Numbers), whole_column(Fill::Scattered)};
    return columns[static_cast<std::size_t>(fill)];
}

uno::Any one(double value) {
    const uno::Any cell(value);
    AnyGrid grid(1);
    grid.getArray()[0] = uno::Sequence<uno::Any>(&cell, 1);
    return uno::Any(grid);
}

template <class Read> void read_column(benchmark::State& state, Read read) {
    const auto fill = static_cast<Fill>(state.range(0));
    const std::array given{one(100), column_of(fill)};
    const Arguments arguments(*find_programmatic("split"), given);
    for (auto _ : state) {
        auto read_ = read(arguments);
        benchmark::DoNotOptimize(read_.values.data());
    }
    state.SetItemsProcessed(state.iterations() * column_rows);
}

void BM_Cells(benchmark::State& state) {
    read_column(state, [](const Arguments& arguments) { return arguments.cells("weights"); });
}
void BM_Numbers(benchmark::State& state) {
    read_column(state, [](const Arguments& arguments) { return arguments.numbers("weights"); });
}
void BM_Labels(benchmark::State& state) {
    read_column(state, [](const Arguments& arguments) { return arguments.labels("weights"); });
}
BENCHMARK(BM_Cells)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Numbers)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Labels)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// A whole call on blank whole columns, as the battery's rows make it (the
// call fails; ALLOT.WHY costs the same).
void run_call(benchmark::State& state, const char* function, std::vector<uno::Any> given) {
    const FunctionInfo& info = *find_programmatic(function);
    for (auto _ : state) {
        try {
            benchmark::DoNotOptimize(run(info, given, Language{}));
        } catch (const std::exception&) {
        }
    }
}

void BM_SplitBlankColumn(benchmark::State& state) {
    run_call(state, "split", {one(100), column_of(Fill::Blank)});
}
void BM_SplitNumberColumn(benchmark::State& state) {
    run_call(state, "split", {one(100), column_of(Fill::Numbers)});
}
void BM_ApportionBlankColumn(benchmark::State& state) {
    run_call(state, "apportion", {one(10), column_of(Fill::Blank)});
}
void BM_TreeBlankColumns(benchmark::State& state) {
    const uno::Any& blank = column_of(static_cast<Fill>(state.range(0)));
    run_call(state, "tree", {one(100), blank, blank, blank});
}
void BM_KpiBlankColumns(benchmark::State& state) {
    const uno::Any& blank = column_of(static_cast<Fill>(state.range(0)));
    run_call(state, "kpi", {one(100), blank, blank, blank, blank});
}
void BM_FunnelBlankColumn(benchmark::State& state) {
    run_call(state, "funnel", {one(1000), one(100), column_of(Fill::Blank)});
}
BENCHMARK(BM_SplitBlankColumn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SplitNumberColumn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ApportionBlankColumn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TreeBlankColumns)->Arg(0)->Arg(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_KpiBlankColumns)->Arg(0)->Arg(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FunnelBlankColumn)->Unit(benchmark::kMillisecond);

} // namespace
