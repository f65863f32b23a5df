// Soak (issue 10): a workbook that uses every ALLOT function, recalculated
// 10,000 times in one office session. The results must stay identical and
// the office's resident memory (soffice.bin's VmRSS in /proc) must grow by
// less than 5% from after a warm-up to the end.
//
// ALLOT_SOAK_ROUNDS in the environment changes the number of measured
// recalculations (e.g. 100000 for a longer soak, 100 to try the test).
#include "shared_office.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace allot::integration {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int warm_up_rounds = 500;
constexpr int default_rounds = 10'000;
constexpr int check_every = 250;    // results compared
constexpr int report_every = 1'000; // memory printed
constexpr double allowed_growth = 0.05;

int rounds() {
    if (const char* text = std::getenv("ALLOT_SOAK_ROUNDS"))
        return std::max(1, std::atoi(text));
    return default_rounds;
}

// Resident memory of a process in kB (VmRSS of /proc/<pid>/status).
long resident_kb(int pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

// Where each function's formula goes: its top-left cell, the cells its
// result covers (an array formula) and the formula.
struct Formula {
    const char* range;
    const char* formula;
};

// Inputs in A1:A5 (weights), C1:C5 / D1:D5 / E1:E5 (a tree), F1:F2000
// (weights 1 … 2000), G1:I3 (a seed).
const std::vector<Formula> formulas = {
    {"K1:K5", "=ALLOT.SPLIT(1000;A1:A5;10;{0|0|100|0|0};{500|500|500|500|500})"},
    {"L1:L5", "=ALLOT.APPORTION(17;A1:A5;\"webster\";1)"},
    {"M1:M5", "=ALLOT.TREE(1000;C1:C5;D1:D5;E1:E5)"},
    {"N1:Q1", "=ALLOT.PROFILE({1;1;1;1|10;20;30;40};\"average\")"},
    {"N2:N4", "=ALLOT.WEIGHTS({100;1|200;1|700;2};{0.6;0.4};{1.2|1|0.8})"},
    {"R1:T5", "=ALLOT.LEVELS(K1:K5;0.85;1.15;10)"},
    {"U1:U4", "=ALLOT.FUNNEL(1000000;50000;{0.5|0.4|0.25};12;2.5)"},
    {"V1:V5", "=ALLOT.FUNNELYIELD(400;{0.5|0.4|0.25};50000)"},
    {"W1:W4",
     "=ALLOT.KPI(133100;{\"Revenue\"|\"Traffic\"|\"Conversion\"|\"Basket\"};{\"\"|\"Revenue\"|"
     "\"Revenue\"|\"Revenue\"};{\"*\"|\"\"|\"\"|\"\"};{\"\"|100000|0.02|50})"},
    {"X1", "=ALLOT.PACE(315;{100|100|100|100};3.5)"},
    {"X2", "=ALLOT.STATUS(X1)"},
    {"X3", "=ALLOT.COMMISSION(130000;100000;{0|0.8|1|1.2};{0.02|0.05|0.08|0.12};1.5)"},
    {"X4", "=ALLOT.OKR({170|0.06};{100|0.1};{200|0.04};{2|1})"},
    {"X5", "=ALLOT.WHY(\"SPLIT\";100;{1|\"x\"|1})"},
    {"Y1:AA3", "=ALLOT.MATRIX({10|20|30};{25;20;15};G1:I3)"},
    // A longer one, so that a leak per cell would show.
    {"AB1:AB2000", "=ALLOT.SPLIT(1000000;F1:F2000;1;0;2000)"},
};

constexpr const char* results = "K1:AB2000";

void fill(office::Document& document, const std::string& sheet) {
    const double weights[] = {3, 1, 4, 1, 5};
    for (int i = 0; i < 5; ++i)
        document.set_value(sheet, "A" + std::to_string(i + 1), weights[i]);
    const char* ids[] = {"North", "South", "Ann", "Bob", "Cai"};
    const char* parents[] = {"", "", "North", "North", "South"};
    for (int i = 0; i < 5; ++i) {
        document.set_text(sheet, "C" + std::to_string(i + 1), ids[i]);
        if (*parents[i])
            document.set_text(sheet, "D" + std::to_string(i + 1), parents[i]);
    }
    document.set_value(sheet, "E3", 1);
    document.set_value(sheet, "E4", 1);
    document.set_value(sheet, "E5", 2);
    document.set_values(sheet, "G1:I3", {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    std::vector<std::vector<double>> long_weights(2000);
    for (std::size_t i = 0; i < long_weights.size(); ++i)
        long_weights[i] = {static_cast<double>(i + 1)};
    document.set_values(sheet, "F1:F2000", long_weights);
    for (const Formula& formula : formulas) {
        if (std::string(formula.range).find(':') == std::string::npos)
            document.set_formula(sheet, formula.range, formula.formula);
        else
            document.set_array_formula(sheet, formula.range, formula.formula);
    }
}

// Every result: numbers as numbers, text (STATUS, WHY) by its text.
std::vector<std::string> snapshot(office::Document& document, const std::string& sheet) {
    std::vector<std::string> cells;
    for (const auto& row : document.values(sheet, results)) {
        for (const double value : row) {
            std::ostringstream text;
            text << std::setprecision(17) << value;
            cells.push_back(text.str());
        }
    }
    cells.push_back(document.cell(sheet, "X2").text);
    cells.push_back(document.cell(sheet, "X5").text);
    return cells;
}

TEST(Soak, ManyRecalculationsOfEveryFunction) {
    office::Office& office = english_office();
    auto document = office.create_spreadsheet();
    const std::string sheet = document.sheet_names().front();
    fill(document, sheet);
    document.recalculate();
    for (const Formula& formula : formulas) {
        const std::string top_left =
            std::string(formula.range).substr(0, std::string(formula.range).find(':'));
        const office::Cell cell = document.cell(sheet, top_left);
        ASSERT_EQ(cell.error, 0) << formula.formula << " gave Err:" << cell.error;
    }
    const std::vector<std::string> expected = snapshot(document, sheet);
    ASSERT_EQ(document.cell(sheet, "X2").text, "at risk"); // a pace of 0.9
    ASSERT_NE(document.cell(sheet, "X5").text.find("is text"), std::string::npos);

    const int pid = office.pid();
    ASSERT_GT(pid, 0);
    for (int i = 0; i < warm_up_rounds; ++i)
        document.recalculate();
    ASSERT_EQ(snapshot(document, sheet), expected);
    const long before = resident_kb(pid);
    ASSERT_GT(before, 0);

    const int total = rounds();
    const auto start = Clock::now();
    long peak = before;
    for (int i = 1; i <= total; ++i) {
        document.recalculate();
        if (i % check_every == 0 || i == total) {
            ASSERT_EQ(snapshot(document, sheet), expected) << "after " << i << " recalculations";
            const long now = resident_kb(pid);
            peak = std::max(peak, now);
            if (i % report_every == 0)
                std::cout << "[ soak     ] " << i << " recalculations: office RSS " << now / 1024
                          << " MB\n";
        }
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const long after = resident_kb(pid);
    const double growth = static_cast<double>(after - before) / static_cast<double>(before);
    std::cout << std::fixed << std::setprecision(1) << "[ soak     ] " << total
              << " recalculations of " << formulas.size() << " ALLOT formulas in " << seconds
              << " s (" << 1000.0 * seconds / total << " ms each); office RSS after warm-up "
              << before / 1024.0 << " MB, at the end " << after / 1024.0 << " MB (peak "
              << peak / 1024.0 << " MB), growth " << std::setprecision(2) << 100.0 * growth
              << "%\n";
    RecordProperty("rss_before_kb", std::to_string(before));
    RecordProperty("rss_after_kb", std::to_string(after));
    EXPECT_TRUE(office.running());
    EXPECT_LT(growth, allowed_growth)
        << "the office's memory grew from " << before << " kB to " << after << " kB";
}

} // namespace
} // namespace allot::integration
