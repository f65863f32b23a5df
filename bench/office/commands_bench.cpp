// allot-office-bench: the Targets commands timed in a real Calc, each against
// a baseline measured in the same run (a benchmark, not a test: nothing is
// asserted about time). Redistribute over a 5,000 × 12 block, writes
// included, against writing the same block once with setDataArray.
#include <allot/office/office.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using Grid = std::vector<std::vector<double>>;

// The fastest of `rounds` runs, in milliseconds; `reset` runs between them, untimed.
double best_of(int rounds, const std::function<void()>& timed, const std::function<void()>& reset) {
    double best = 1e300;
    for (int round = 0; round < rounds; ++round) {
        const auto start = Clock::now();
        timed();
        best =
            std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        reset();
    }
    return best;
}

void report(const char* what, double milliseconds, double baseline) {
    std::printf("  %-64s %9.1f ms  %6.1f× the baseline\n", what, milliseconds,
                milliseconds / baseline);
}

} // namespace

int main() {
    try {
        constexpr int rows = 5000;
        constexpr int columns = 12;
        const std::string block = "A1:L" + std::to_string(rows);
        Grid plan(rows, std::vector<double>(columns));
        std::mt19937_64 random(42);
        for (auto& row : plan)
            for (double& value : row)
                value = static_cast<double>(100 + random() % 9900);

        allot::office::Office office;
        office.install_extension(ALLOT_OXT_FILE);
        auto document = office.create_spreadsheet();
        const auto sheet = document.sheet_names().front();
        document.set_values(sheet, block, plan);

        std::printf("Targets commands in a real Calc (%d × %d block, best of 3):\n", rows, columns);
        const double write = best_of(
            3, [&] { document.set_values(sheet, block, plan); }, [] {});
        report("baseline: write the block once (setDataArray)", write, write);

        const auto redistribute = [&] {
            const auto result = document.dispatch(
                "vnd.org.allot:Redistribute",
                {{"Range", block}, {"Total", "+5%"}, {"ClosedPeriods", 2.0}, {"Unit", 10.0}});
            if (result.status() != "done")
                throw std::runtime_error(result.message());
        };
        const double spread = best_of(3, redistribute, [&] { document.undo(); });
        report("Redistribute +5%, two closed months, unit 10 (writes included)", spread, write);
        const double undo = best_of(
            3, [&] { document.undo(); }, redistribute);
        report("Ctrl+Z of that Redistribute", undo, write);
        document.dispatch("vnd.org.allot:Hold", {{"Range", "C1:C" + std::to_string(rows)}});
        const double held = best_of(3, redistribute, [&] { document.undo(); });
        report("the same with 5,000 cells marked Hold", held, write);

        // Decompose: a 5,000-row plan (names, basis, actuals; floor / target /
        // stretch; no chart: over 200 rows there is none by default), written
        // on a new sheet, against writing the input columns once.
        auto sales = office.create_spreadsheet();
        const auto input = sales.sheet_names().front();
        const std::string n = std::to_string(rows);
        Grid names(rows, std::vector<double>(1));
        Grid basis(rows, std::vector<double>(2));
        for (int i = 0; i < rows; ++i) {
            names[static_cast<std::size_t>(i)][0] = 1000 + i;
            basis[static_cast<std::size_t>(i)] = {static_cast<double>(50'000 + random() % 950'000),
                                                  static_cast<double>(random() % 900'000)};
        }
        const double inputs = best_of(
            3,
            [&] {
                sales.set_values(input, "A1:A" + n, names);
                sales.set_values(input, "B1:C" + n, basis);
            },
            [] {});
        std::printf("\nDecompose in a real Calc (%d rows, best of 3):\n", rows);
        report("baseline: write the input columns once (setDataArray)", inputs, inputs);
        const auto decompose = [&] {
            const auto result = sales.dispatch("vnd.org.allot:Decompose",
                                               {{"Total", 2'500'000'000.0},
                                                {"InputRange", "$" + input + ".$B$1:$B$" + n},
                                                {"Actuals", "C1:C" + n},
                                                {"Levels", true},
                                                {"Unit", 1000.0}});
            if (result.status() != "done" || result.number("Check") != 1)
                throw std::runtime_error("Decompose: " + result.message());
        };
        const double written = best_of(3, decompose, [&] { sales.undo(); });
        report("Decompose: plan, levels, attainment, status (writes included)", written, inputs);
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "allot-office-bench: " << error.what() << "\n";
        return 1;
    }
}
