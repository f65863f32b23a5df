// allot-calc-bench: the cell path of ALLOT.SPLIT in a real Calc, each time
// against baselines measured in the same run (a benchmark, not a test:
// nothing is asserted about time; the results are checked).
//
// Over 100,000 weights, three workbooks, each recalculated (calculateAll)
// in an office restarted just before, so that every variant's FIRST
// recalculation is as cold as a user's after opening Calc:
//   naive  100,000 cells =ROUND(total*A1/sum) with the SUM in one helper cell
//          (what a user writes without Allot; its parts need not add up);
//   floor  one array formula =PROBE.ECHO(total; A1:A100000), a benchmark-only
//          add-in (bench/office/probe/) whose arguments are typed like
//          ALLOT.SPLIT's and which only returns the weights: what any add-in
//          pays for Calc to hand it the range and take the result back;
//   split  one array formula =ALLOT.SPLIT(total; A1:A100000).
// The variants take turns (rotated each trial), so that load on the machine
// falls on all of them alike; the ratios are the numbers to compare.
//
// Then, at 10,000 weights, the exact largest remainder written in formulas
// (RANK + COUNTIF, what a user without Allot would have to write to get
// parts that add up) against ALLOT.SPLIT.
//
//   allot-calc-bench [TRIALS] [RECALCULATIONS]     (default 5 and 7)
#include <allot/office/office.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using Grid = std::vector<std::vector<double>>;
using allot::office::Document;

constexpr double total = 987'654'321;

double milliseconds_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

Grid weights_of(int count) {
    Grid weights(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        weights[static_cast<std::size_t>(i)] = {static_cast<double>(1 + (i * 7919) % 1000)};
    return weights;
}

struct Variant {
    const char* name;
    const char* what;
    // Writes the variant's formulas next to the weights (A) and the total (D1).
    std::function<void(Document&, const std::string& sheet, int rows)> enter;
    // Checks its results after the last recalculation; throws if wrong.
    std::function<void(Document&, const std::string& sheet, const Grid& weights)> check;
};

// The times of one variant in one trial, in milliseconds.
struct Times {
    double enter = 0;
    double first = 0;
    double second = 0;
    double warm = 0; // the best of the later recalculations
};

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
             if (document.cell(sheet, "C" + n).formula != "=ROUND($D$1*A" + n + "/$E$1)" ||
                 document.cell(sheet, "C" + n).error != 0)
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
        {"split", "=ALLOT.SPLIT(total; weights)",
         [](Document& document, const std::string& sheet, int rows) {
             const std::string n = rows_of(rows);
             document.set_array_formula(sheet, "C1:C" + n, "=ALLOT.SPLIT(D1;A1:A" + n + ")");
         },
         check_adds_up},
    };
    return all;
}

Times run_variant(allot::office::Office& office, const Variant& variant, const Grid& weights,
                  int recalculations) {
    office.restart();
    auto document = office.create_spreadsheet();
    const auto sheet = document.sheet_names().front();
    const int rows = static_cast<int>(weights.size());
    document.set_values(sheet, "A1:A" + rows_of(rows), weights);
    document.set_value(sheet, "D1", total);

    Times times;
    auto start = Clock::now();
    variant.enter(document, sheet, rows);
    times.enter = milliseconds_since(start);
    times.warm = 1e300;
    for (int round = 0; round < recalculations; ++round) {
        start = Clock::now();
        document.recalculate();
        const double took = milliseconds_since(start);
        if (round == 0)
            times.first = took;
        else if (round == 1)
            times.second = took;
        if (round >= 1)
            times.warm = std::min(times.warm, took);
    }
    variant.check(document, sheet, weights);
    return times;
}

// How loaded the machine is: the 1-minute load average and the cores.
void print_load() {
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) > 0)
        std::printf("Machine: load average %.1f over %ld cores\n", load[0],
                    static_cast<long>(std::max(1u, std::thread::hardware_concurrency())));
}

void cell_path(allot::office::Office& office, int trials, int recalculations) {
    constexpr int count = 100'000;
    const Grid weights = weights_of(count);
    const auto& all = variants();
    std::vector<std::vector<Times>> times(all.size());
    for (int trial = 0; trial < trials; ++trial)
        for (std::size_t k = 0; k < all.size(); ++k) {
            const std::size_t v = (k + static_cast<std::size_t>(trial)) % all.size();
            times[v].push_back(run_variant(office, all[v], weights, recalculations));
        }

    std::printf("\nALLOT.SPLIT over %d weights in a real Calc: calculateAll in ms, medians of %d "
                "trials,\neach variant in an office restarted just before it\n",
                count, trials);
    std::printf("  %-6s %-62s %8s %8s %8s %8s\n", "", "", "enter", "first", "second", "warm");
    std::vector<Times> medians;
    for (std::size_t v = 0; v < all.size(); ++v) {
        const auto pick = [&](double Times::*field) {
            std::vector<double> values;
            for (const Times& t : times[v])
                values.push_back(t.*field);
            return median(values);
        };
        medians.push_back({pick(&Times::enter), pick(&Times::first), pick(&Times::second),
                           pick(&Times::warm)});
        std::printf("  %-6s %-62s %8.1f %8.1f %8.1f %8.1f\n", all[v].name, all[v].what,
                    medians.back().enter, medians.back().first, medians.back().second,
                    medians.back().warm);
    }
    // Ratios per trial (same trial, same load), then their median and range.
    const auto ratios = [&](std::size_t a, std::size_t b, double Times::*field) {
        std::vector<double> values;
        for (int trial = 0; trial < trials; ++trial)
            values.push_back(times[a][static_cast<std::size_t>(trial)].*field /
                             times[b][static_cast<std::size_t>(trial)].*field);
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        std::printf("%6.2f (%.2f–%.2f)", median(values), *low, *high);
    };
    std::printf("Ratios, median (range) over the trials:       first recalculation   warm\n");
    std::printf("  ALLOT.SPLIT / naive ROUND formulas         ");
    ratios(2, 0, &Times::first);
    std::printf("   ");
    ratios(2, 0, &Times::warm);
    std::printf("\n  ALLOT.SPLIT / floor (PROBE.ECHO)           ");
    ratios(2, 1, &Times::first);
    std::printf("   ");
    ratios(2, 1, &Times::warm);
    std::printf("\n");
}

// Exact largest remainder in formulas: floor, remainder, rank of the
// remainder (ties to the earlier row), one more unit for the leftover's
// count of best remainders.
void exact_formulas(allot::office::Office& office) {
    constexpr int count = 10'000;
    const std::string n = rows_of(count);
    const Grid weights = weights_of(count);

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
    for (int i = 0; i < count; ++i)
        differ += formula_parts[static_cast<std::size_t>(i)] !=
                  split_parts[static_cast<std::size_t>(i)];

    std::printf("\nExact largest remainder over %d weights (calculateAll, best of 2 / 5):\n"
                "  formulas (INT, RANK + COUNTIF, filled down)  %9.1f ms\n"
                "  ALLOT.SPLIT                                  %9.1f ms   %.0f× faster; "
                "%d of %d parts differ\n",
                count, by_formulas, by_split, by_formulas / by_split, differ, count);
}

} // namespace

int main(int argc, char** argv) {
    try {
        const int trials = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
        const int recalculations = argc > 2 ? std::max(2, std::atoi(argv[2])) : 7;
        print_load();
        allot::office::Office office;
        office.install_extension(ALLOT_OXT_FILE);
        office.install_extension(ALLOT_PROBE_OXT_FILE);
        cell_path(office, trials, recalculations);
        exact_formulas(office);
        print_load();
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "allot-calc-bench: " << error.what() << "\n";
        return 1;
    }
}
