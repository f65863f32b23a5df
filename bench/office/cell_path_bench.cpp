// allot-calc-bench: the cell path of ALLOT.SPLIT in a real Calc, against
// baselines measured in the same run (a benchmark, not a test: nothing is
// asserted about time; the results are checked).
//
// Over 100,000 weights, three workbooks, built once and stored as .ods:
//   naive  100,000 cells =ROUND(total*A1/sum) with the SUM in one helper cell
//          (what a user writes without Allot; its parts need not add up);
//   floor  one array formula =PROBE.ECHO(total; A1:A100000), a benchmark-only
//          add-in (bench/office/probe/) whose arguments are typed like
//          ALLOT.SPLIT's (sequence<sequence<any>>, as Calc hands a range) and
//          which only returns the weights: what any add-in pays for Calc to
//          hand it the range and take the result back;
//   floor-d the same probe with the weights typed sequence<sequence<double>>
//          (PROBE.ECHONUMBERS): what the `any` cells cost, for comparison
//          only; such a parameter turns text into 0 without a word, so
//          ALLOT's functions cannot take it;
//   split  one array formula =ALLOT.SPLIT(total; A1:A100000).
// Each trial opens each workbook in an office restarted just before, so the
// first recalculation (calculateAll) is the first time the formulas run in
// that office, as a user's after opening the file: it pays for whatever
// the add-in sets up on its first call. Then the second, and the best of
// the rest. The variants take turns (rotated each trial) so that load on
// the machine falls on all of them alike; the ratios of the same trial are
// the numbers to compare.
//
// Then, in process (no office): what the add-in itself does with the
// 100,000 cells Calc hands it, ALLOT.SPLIT's call against the probe's echo.
//
// Then, at 10,000 weights, the exact largest remainder written in formulas
// (RANK + COUNTIF, what a user without Allot would have to write to get
// parts that add up) against ALLOT.SPLIT.
//
//   allot-calc-bench [TRIALS [RECALCULATIONS]]     (default 5 and 7)
//   allot-calc-bench --hold naive|floor|floor-d|split SECONDS
//       prints the office's pid, waits 3 s, recalculates one workbook once,
//       waits 1 s, then recalculates it for SECONDS (to profile the first
//       recalculation or the later ones: perf record -p PID).
#include "calls.hpp"
#include "function_table.hpp"

#include <allot/office/office.hpp>
#include <allot/split.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using Grid = std::vector<std::vector<double>>;
using allot::office::Document;
using allot::office::Office;
namespace fs = std::filesystem;

constexpr double total = 987'654'321;
constexpr int count = 100'000;

double milliseconds_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

Grid weights_of(int rows) {
    Grid weights(static_cast<std::size_t>(rows));
    for (int i = 0; i < rows; ++i)
        weights[static_cast<std::size_t>(i)] = {static_cast<double>(1 + (i * 7919) % 1000)};
    return weights;
}

std::string rows_of(int rows) {
    return std::to_string(rows);
}

void check_adds_up(Document& document, const std::string& sheet, const Grid& weights) {
    const std::string n = rows_of(static_cast<int>(weights.size()));
    const Grid parts = document.values(sheet, "C1:C" + n);
    double sum = 0;
    for (const auto& part : parts) {
        if (part.at(0) != std::floor(part.at(0)))
            throw std::runtime_error("ALLOT.SPLIT gave a part that is not a whole number");
        sum += part.at(0);
    }
    if (sum != total)
        throw std::runtime_error("ALLOT.SPLIT's parts do not add up to the total");
}

struct Variant {
    const char* name;
    const char* what;
    // Writes the variant's formulas next to the weights (A) and the total (D1).
    std::function<void(Document&, const std::string& sheet, int rows)> enter;
    // Checks its results after the last recalculation; throws if wrong.
    std::function<void(Document&, const std::string& sheet, const Grid& weights)> check;
};

const std::vector<Variant>& variants() {
    static const std::vector<Variant> all{
        {"naive", "=ROUND(total*A1/sum), SUM in one helper cell",
         [](Document& document, const std::string& sheet, int rows) {
             const std::string n = rows_of(rows);
             document.set_formula(sheet, "E1", "=SUM(A1:A" + n + ")");
             document.set_formula(sheet, "C1", "=ROUND($D$1*A1/$E$1)");
             document.fill_down(sheet, "C1:C" + n);
         },
         [](Document& document, const std::string& sheet, const Grid& weights) {
             const std::string n = rows_of(static_cast<int>(weights.size()));
             const auto last = document.cell(sheet, "C" + n);
             if (last.formula != "=ROUND($D$1*A" + n + "/$E$1)" || last.error != 0)
                 throw std::runtime_error("the naive formulas were not filled down");
         }},
        {"floor", "=PROBE.ECHO(total; weights): receives the range, returns it",
         [](Document& document, const std::string& sheet, int rows) {
             const std::string n = rows_of(rows);
             document.set_array_formula(sheet, "C1:C" + n, "=PROBE.ECHO(D1;A1:A" + n + ")");
         },
         [](Document& document, const std::string& sheet, const Grid& weights) {
             const std::string n = rows_of(static_cast<int>(weights.size()));
             if (document.values(sheet, "C1:C" + n) != weights)
                 throw std::runtime_error("PROBE.ECHO did not return the weights (is the "
                                          "probe installed?)");
         }},
        {"floor-d", "=PROBE.ECHONUMBERS(...): the same, weights typed as doubles",
         [](Document& document, const std::string& sheet, int rows) {
             const std::string n = rows_of(rows);
             document.set_array_formula(sheet, "C1:C" + n, "=PROBE.ECHONUMBERS(D1;A1:A" + n + ")");
         },
         [](Document& document, const std::string& sheet, const Grid& weights) {
             const std::string n = rows_of(static_cast<int>(weights.size()));
             if (document.values(sheet, "C1:C" + n) != weights)
                 throw std::runtime_error("PROBE.ECHONUMBERS did not return the weights");
         }},
        {"split", "=ALLOT.SPLIT(total; weights)",
         [](Document& document, const std::string& sheet, int rows) {
             const std::string n = rows_of(rows);
             document.set_array_formula(sheet, "C1:C" + n, "=ALLOT.SPLIT(D1;A1:A" + n + ")");
         },
         check_adds_up},
    };
    return all;
}

// The variants' workbooks, stored once in `dir`.
std::vector<fs::path> build_workbooks(Office& office, const fs::path& dir, const Grid& weights) {
    std::vector<fs::path> files;
    const int rows = static_cast<int>(weights.size());
    for (const Variant& variant : variants()) {
        auto document = office.create_spreadsheet();
        const auto sheet = document.sheet_names().front();
        document.set_values(sheet, "A1:A" + rows_of(rows), weights);
        document.set_value(sheet, "D1", total);
        variant.enter(document, sheet, rows);
        variant.check(document, sheet, weights);
        files.push_back(dir / (std::string(variant.name) + ".ods"));
        document.store(files.back(), allot::office::FileFormat::Ods);
        document.close();
    }
    return files;
}

// The CPU time the office's threads have used so far, in milliseconds
// (/proc/PID/task/*/schedstat: nanoseconds on a CPU, per thread). Unlike
// the wall clock, it leaves out the time spent waiting for a core that
// other processes hold; it counts every thread (Calc's formula-group
// threads too).
double office_cpu_ms(int pid) {
    double nanoseconds = 0;
    std::error_code error;
    for (const auto& task :
         fs::directory_iterator("/proc/" + std::to_string(pid) + "/task", error)) {
        std::ifstream schedstat(task.path() / "schedstat");
        double on_cpu = 0;
        if (schedstat >> on_cpu)
            nanoseconds += on_cpu;
    }
    return nanoseconds / 1e6;
}

// One measure of the recalculations of one variant in one trial, in ms.
struct Times {
    double first = 0;
    double second = 0;
    double best = 1e300; // the best of all recalculations

    void add(int round, double took) {
        if (round == 0)
            first = took;
        else if (round == 1)
            second = took;
        best = std::min(best, took);
    }
};

struct Measures {
    Times wall; // elapsed, as the user waits
    Times cpu;  // the office's CPU time
};

Measures run_variant(Office& office, const Variant& variant, const fs::path& file,
                     const Grid& weights, int recalculations) {
    office.restart();
    auto document = office.load(file);
    const auto sheet = document.sheet_names().front();
    Measures measures;
    for (int round = 0; round < recalculations; ++round) {
        const double cpu = office_cpu_ms(office.pid());
        const auto start = Clock::now();
        document.recalculate();
        measures.wall.add(round, milliseconds_since(start));
        measures.cpu.add(round, office_cpu_ms(office.pid()) - cpu);
    }
    variant.check(document, sheet, weights);
    document.close();
    return measures;
}

// How loaded the machine is: the 1-minute load average and the cores.
void print_load() {
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) > 0)
        std::printf("Machine: load average %.1f over %ld cores\n", load[0],
                    static_cast<long>(std::max(1u, std::thread::hardware_concurrency())));
}

void print_measure(const char* title, const std::vector<std::vector<Measures>>& measures,
                   Times Measures::*measure, int trials) {
    const auto& all = variants();
    std::printf("\n%s\n  %-7s %-62s %7s %7s %7s\n", title, "", "", "first", "second", "best");
    for (std::size_t v = 0; v < all.size(); ++v) {
        const auto pick = [&](double Times::*field) {
            std::vector<double> values;
            for (const Measures& m : measures[v])
                values.push_back(m.*measure.*field);
            return median(values);
        };
        std::printf("  %-7s %-62s %7.1f %7.1f %7.1f\n", all[v].name, all[v].what,
                    pick(&Times::first), pick(&Times::second), pick(&Times::best));
    }
    // Ratios per trial (same trial, same load), then their median and range.
    const auto ratios = [&](std::size_t a, std::size_t b, double Times::*field) {
        std::vector<double> values;
        for (int trial = 0; trial < trials; ++trial)
            values.push_back(measures[a][static_cast<std::size_t>(trial)].*measure.*field /
                             measures[b][static_cast<std::size_t>(trial)].*measure.*field);
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        std::printf("  %5.2f (%.2f-%.2f)", median(values), *low, *high);
    };
    const auto line = [&](const char* label, std::size_t a, std::size_t b) {
        std::printf("  %-34s", label);
        ratios(a, b, &Times::first);
        ratios(a, b, &Times::second);
        ratios(a, b, &Times::best);
        std::printf("\n");
    };
    std::printf("  Ratios of the same trial, median (range):  first            second"
                "           best\n");
    line("ALLOT.SPLIT / naive ROUND formulas", 3, 0);
    line("ALLOT.SPLIT / floor (PROBE.ECHO)", 3, 1);
    line("floor / naive", 1, 0);
    line("floor-d / naive", 2, 0);
}

void cell_path(Office& office, const std::vector<fs::path>& files, const Grid& weights, int trials,
               int recalculations) {
    const auto& all = variants();
    std::vector<std::vector<Measures>> measures(all.size());
    for (int trial = 0; trial < trials; ++trial)
        for (std::size_t k = 0; k < all.size(); ++k) {
            const std::size_t v = (k + static_cast<std::size_t>(trial)) % all.size();
            measures[v].push_back(run_variant(office, all[v], files[v], weights, recalculations));
        }

    std::printf("\nALLOT.SPLIT over %d weights in a real Calc, medians of %d trials; each trial "
                "opens the\nstored workbook in an office restarted just before (first = its "
                "formulas' first run\nin that office); best = best of %d recalculations "
                "(calculateAll)\n",
                count, trials, recalculations);
    print_measure("Elapsed, ms (what the user waits):", measures, &Measures::wall, trials);
    print_measure("The office's CPU time, ms (all its threads; not the waits for a core that "
                  "other\nprocesses hold):",
                  measures, &Measures::cpu, trials);
}

// The add-in's own work on the 100,000 cells, in process: the calls as the
// UNO methods make them, from the sequence<sequence<any>> Calc hands over to
// the sequence<sequence<double>> Calc takes back.
void in_process(const Grid& weights, int repetitions) {
    namespace uno = css::uno;
    using allot::addin::AnyGrid;
    using allot::addin::DoubleGrid;
    AnyGrid total_grid(1);
    total_grid.getArray()[0] = uno::Sequence<uno::Any>(1);
    total_grid.getArray()[0].getArray()[0] <<= total;
    AnyGrid weight_grid(static_cast<sal_Int32>(weights.size()));
    for (std::size_t i = 0; i < weights.size(); ++i) {
        uno::Sequence<uno::Any> row(1);
        row.getArray()[0] <<= weights[i][0];
        weight_grid.getArray()[i] = row;
    }

    // What PROBE.ECHO does (bench/office/probe/probe.cpp).
    const auto echo = [&] {
        std::vector<double> values;
        values.reserve(weights.size());
        for (const uno::Sequence<uno::Any>& row : std::as_const(weight_grid))
            for (const uno::Any& cell : row) {
                double value = 0.0;
                cell >>= value;
                values.push_back(value);
            }
        return allot::addin::grid_of(weight_grid.getLength(), 1, values);
    };
    const allot::addin::FunctionInfo* split = allot::addin::find_programmatic("split");
    const auto allot_split = [&] {
        const uno::Any arguments[] = {uno::Any(total_grid), uno::Any(weight_grid),
                                      uno::Any(),           uno::Any(),
                                      uno::Any(),           uno::Any()};
        return std::get<DoubleGrid>(allot::addin::run(*split, arguments, {}));
    };
    const auto best_of = [&](auto call) {
        double best = 1e300;
        for (int round = 0; round < repetitions; ++round) {
            const auto start = Clock::now();
            const DoubleGrid result = call();
            best = std::min(best, milliseconds_since(start));
            if (result.getLength() != weight_grid.getLength())
                throw std::runtime_error("in process: wrong result shape");
        }
        return best;
    };
    // ALLOT.SPLIT's call in its three steps.
    const uno::Any weight_argument(weight_grid);
    std::vector<double> parts;
    const auto read = [&] {
        const uno::Any arguments[] = {uno::Any(total_grid), weight_argument};
        allot::addin::Arguments given(*split, arguments);
        return given.numbers("weights").values.size();
    };
    const auto engine = [&] {
        allot::SplitRequest request;
        request.total = total;
        request.weights.reserve(weights.size());
        for (const auto& weight : weights)
            request.weights.push_back(weight[0]);
        const auto start = Clock::now();
        parts = allot::split(request);
        return milliseconds_since(start);
    };
    const auto result = [&] { return allot::addin::grid_of(weight_grid.getLength(), 1, parts); };
    const auto best_time = [&](auto step) {
        double best = 1e300;
        for (int round = 0; round < repetitions; ++round) {
            const auto start = Clock::now();
            step();
            best = std::min(best, milliseconds_since(start));
        }
        return best;
    };
    const double by_echo = best_of(echo);
    const double by_split = best_of(allot_split);
    const double reading = best_time(read);
    double splitting = 1e300;
    for (int round = 0; round < repetitions; ++round)
        splitting = std::min(splitting, engine());
    const double building = best_of(result);
    std::printf("\nIn process, the add-in's own work on %zu cells (best of %d; Calc's share is "
                "not in it):\n  probe's echo (read every any, build the result)  %7.2f ms\n"
                "  ALLOT.SPLIT's call (read, check, split, result)  %7.2f ms: reading the "
                "cells %.2f,\n    the engine's split %.2f, building the result %.2f\n",
                weights.size(), repetitions, by_echo, by_split, reading, splitting, building);
}

// Exact largest remainder in formulas: floor, remainder, rank of the
// remainder (ties to the earlier row), one more unit for the leftover's
// count of best remainders.
void exact_formulas(Office& office) {
    constexpr int rows = 10'000;
    const std::string n = rows_of(rows);
    const Grid weights = weights_of(rows);

    office.restart();
    auto formulas = office.create_spreadsheet();
    const auto sheet = formulas.sheet_names().front();
    formulas.set_values(sheet, "A1:A" + n, weights);
    formulas.set_value(sheet, "G1", total);
    formulas.set_formula(sheet, "G2", "=SUM(A1:A" + n + ")");
    formulas.set_formula(sheet, "B1", "=INT($G$1*A1/$G$2)");
    formulas.set_formula(sheet, "C1", "=$G$1*A1/$G$2-B1");
    formulas.set_formula(sheet, "D1", "=RANK(C1;C$1:C$" + n + ")+COUNTIF(C$1:C1;C1)-1");
    formulas.set_formula(sheet, "E1", "=B1+(D1<=$G$3)");
    formulas.set_formula(sheet, "G3", "=G1-SUM(B1:B" + n + ")");
    formulas.fill_down(sheet, "B1:E" + n);
    double by_formulas = 1e300;
    for (int round = 0; round < 2; ++round) {
        const auto start = Clock::now();
        formulas.recalculate();
        by_formulas = std::min(by_formulas, milliseconds_since(start));
    }
    const Grid formula_parts = formulas.values(sheet, "E1:E" + n);
    formulas.close();

    auto split = office.create_spreadsheet();
    split.set_values(sheet, "A1:A" + n, weights);
    split.set_value(sheet, "D1", total);
    split.set_array_formula(sheet, "C1:C" + n, "=ALLOT.SPLIT(D1;A1:A" + n + ")");
    double by_split = 1e300;
    for (int round = 0; round < 5; ++round) {
        const auto start = Clock::now();
        split.recalculate();
        by_split = std::min(by_split, milliseconds_since(start));
    }
    check_adds_up(split, sheet, weights);
    const Grid split_parts = split.values(sheet, "C1:C" + n);
    int differ = 0;
    for (int i = 0; i < rows; ++i)
        differ +=
            formula_parts[static_cast<std::size_t>(i)] != split_parts[static_cast<std::size_t>(i)];

    std::printf("\nExact largest remainder over %d weights (calculateAll, best of 2 / 5):\n"
                "  formulas (INT, RANK + COUNTIF, filled down)  %9.1f ms\n"
                "  ALLOT.SPLIT                                  %9.1f ms   %.0fx faster; "
                "%d of %d parts differ\n",
                rows, by_formulas, by_split, by_formulas / by_split, differ, rows);
}

// Recalculates one variant's workbook for `seconds`, for a profiler.
void hold(Office& office, const std::vector<fs::path>& files, std::string_view name,
          double seconds) {
    const auto& all = variants();
    for (std::size_t v = 0; v < all.size(); ++v) {
        if (all[v].name != name)
            continue;
        office.restart();
        auto document = office.load(files[v]);
        std::printf("office pid %d: in 3 s, one recalculation of %s, then 1 s later more for "
                    "%.0f s\n",
                    office.pid(), all[v].name, seconds);
        std::fflush(stdout);
        std::this_thread::sleep_for(std::chrono::seconds(3));
        auto start = Clock::now();
        document.recalculate();
        std::printf("first recalculation: %.1f ms\n", milliseconds_since(start));
        std::fflush(stdout);
        std::this_thread::sleep_for(std::chrono::seconds(1));
        start = Clock::now();
        int rounds = 0;
        while (milliseconds_since(start) < seconds * 1000) {
            document.recalculate();
            ++rounds;
        }
        std::printf("%d recalculations, %.1f ms each\n", rounds,
                    milliseconds_since(start) / rounds);
        return;
    }
    throw std::runtime_error("--hold takes naive, floor, floor-d or split");
}

} // namespace

int main(int argc, char** argv) {
    try {
        const std::vector<std::string_view> args(argv + 1, argv + argc);
        const bool holding = !args.empty() && args[0] == "--hold";
        if (holding && args.size() != 3)
            throw std::runtime_error(
                "usage: allot-calc-bench --hold naive|floor|floor-d|split SECONDS");
        const int trials = !holding && argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
        const int recalculations = !holding && argc > 2 ? std::max(2, std::atoi(argv[2])) : 7;
        print_load();
        const Grid weights = weights_of(count);
        Office office;
        office.install_extension(ALLOT_OXT_FILE);
        office.install_extension(ALLOT_PROBE_OXT_FILE);
        const fs::path dir = office.profile().parent_path() / "cell-path-bench";
        fs::create_directories(dir);
        const std::vector<fs::path> files = build_workbooks(office, dir, weights);
        if (holding) {
            hold(office, files, args[1], std::atof(argv[3]));
            return 0;
        }
        cell_path(office, files, weights, trials, recalculations);
        in_process(weights, recalculations);
        exact_formulas(office);
        print_load();
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "allot-calc-bench: " << error.what() << "\n";
        return 1;
    }
}
