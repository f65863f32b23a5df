// Bad input in a real Calc (issue 10): every ALLOT function, given input it
// must refuse, shows an error value within a couple of seconds, ALLOT.WHY
// with the same arguments gives the expected reason, and the office stays
// alive and correct (a known good ALLOT formula still gives its value after
// every case). A few extreme but valid inputs must give their right value.
//
// To add a case, add a line to `bad_inputs` below: the function, its
// arguments exactly as typed after "=ALLOT.FUNCTION(" (API syntax, `;`
// between arguments, references into the fixture described at `fixture`),
// the error Calc must show and a fragment of ALLOT.WHY's English reason.
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

#include <unistd.h>

namespace allot::integration {
namespace {

using Clock = std::chrono::steady_clock;
using Milliseconds = std::chrono::duration<double, std::milli>;

// Calc's error codes (XCell::getError).
constexpr int err502 = 502;   // invalid argument: what Allot answers to bad input
constexpr int err503 = 503;   // #NUM!: =2^1024, =SQRT(-1) in a cell the call reads
constexpr int err504 = 504;   // error in the parameter list: an error cell inside a range
constexpr int err532 = 532;   // #DIV/0!: =1/0 in a cell the call reads
constexpr int na = 32767;     // #N/A: =NA() in a cell the call reads
constexpr int any_error = -1; // some error, whichever Calc picks

// What ALLOT.WHY must answer when Calc stops the call before Allot runs
// (an error cell among the arguments): the same error, shown in WHY's cell.
constexpr const char* calc_stops = nullptr;

struct BadInput {
    const char* function;  // as after "ALLOT.", e.g. "SPLIT"
    const char* arguments; // API syntax, e.g. "100;D1:D3"
    int error;             // the error the function's cell must show
    const char* why;       // a fragment of ALLOT.WHY's English reason, or calc_stops
};

// The fixture sheet (filled by `fixture` below):
//   A      blank, the whole column (1,048,576 cells)
//   B      1 … 1000000 in B1:B1000000, the text "x" in B1000001
//   C      1, 2 … 1048576: the whole column (a series: fill_down counts up)
//   D1:D3  1, "abc", 2
//   E1:E3  1, =1/0, 1          F1:F3  1, =2^1024, 1
//   G1:G3  1, =NA(), 1         H1:H3  1, =SQRT(-1), 1
//   I1:I5  =2^1023, 1E308, =-2^1023, 4.9E-324, 4.9E-324 (the smallest denormal)
//   J1:J3  ids a, b, c          K1:K3  parents c, a, b (a cycle)
//   Q1:Q99999 "*"; R1:R100000 2; S2:S100000 1 (every node a child of 1);
//   T1 "*"; U2:U100000 2
//   AC1:AC500 1; AE502:TJ502 1; AE1:TJ500 an upper-triangular 500 × 500 seed of 1
//   L1:L100000  ids 1 … 100000; M1:M100000 their parents: 100000, 1, 2 …
//               99999 (one cycle through 100,000 nodes); N1:N100000 blank,
//               1 … 99999 (one chain 100,000 deep); O1:O99999 "+"
const std::vector<BadInput> bad_inputs = {
    // ALLOT.SPLIT
    {"SPLIT", "100;D1:D3", err502, "Item 2 of the weights argument is text (\"abc\")"},
    {"SPLIT", "100;{1|-2|3}", err502, "Weight 2 is negative (-2)"},
    {"SPLIT", "100;{1|1};-1", err502, "The unit is negative (-1)"},
    {"SPLIT", "100;{1|1};{1|2}", err502, "The unit argument is a range of 2 cells"},
    {"SPLIT", "100;E1:E3", err504, calc_stops},
    {"SPLIT", "100;F1:F3", err504, calc_stops},
    {"SPLIT", "100;G1:G3", err504, calc_stops},
    {"SPLIT", "100;H1:H3", err504, calc_stops},
    {"SPLIT", "100;{1|1};E2", err532, calc_stops},
    {"SPLIT", "F2;{1|1}", any_error, calc_stops},
    {"APPORTION", "10;{1|1};G2", na, calc_stops},
    {"LEVELS", "{1|1};H2;1.2", any_error, calc_stops},
    {"SPLIT", "1E308;{1|1}", err502, "more than the limit of"},
    {"SPLIT", "-1E308;{1|1}", err502, "more than the limit of"},
    {"SPLIT", "100;{1|1};1;60;40", err502, "has a minimum (60) above its maximum (40)"},
    {"SPLIT", "100;{1|1};1;60", err502, "The minimums add up to 120"},
    {"SPLIT", "100;{1|1};1;;40", err502, "The maximums add up to 80"},
    {"SPLIT", "100;{1|1};1;;;{10|10}", err502, "Every part is held"},
    {"SPLIT", "100;{1|1|1};1;{1|2}", err502, "The minimums argument has 2 cells, but it needs 3"},
    {"SPLIT", "100;B:B", err502, "Item 1000001 of the weights argument is text (\"x\")"},
    {"SPLIT", "100;A:C", err502, "The weights argument has 3145728 cells, more than the 1048576"},
    // ALLOT.APPORTION
    {"APPORTION", "2.5;{1|2}", err502, "The count is 2.5"},
    {"APPORTION", "1E17;{1|2}", err502, "The count is"},
    {"APPORTION", "-3;{1|2}", err502, "The count is -3"},
    {"APPORTION", "10;{1|2};\"dhont\"", err502, "no apportionment method \"dhont\""},
    {"APPORTION", "10;{1|-2}", err502, "Size 2 is negative (-2)"},
    {"APPORTION", "3;{1|1};;2", err502, "The count (3) is less than the minimums need"},
    {"APPORTION", "10;A:A", err502, "Every size is 0"},
    {"APPORTION", "10;{1|1};;0.5", err502, "The minimum is 0.5"},
    // ALLOT.TREE
    {"TREE", "100;J1:J3;K1:K3;{1|1|1}", err502, "is its own ancestor"},
    {"TREE", "100;L1:L100000;M1:M100000;L1:L100000", err502, "is its own ancestor"},
    {"TREE", "100;{\"a\"|\"a\"};{\"\"|\"\"};{1|1}", err502, "The id \"a\" is used more than once"},
    {"TREE", "100;{\"a\"|\"b\"};{\"\"|\"z\"};{1|1}", err502, "which is not one of the ids"},
    {"TREE", "100;{\"a\"|\"b\"};{\"\"|\"a\"};{1|-1}", err502, "The weight of \"b\" is negative"},
    {"TREE", "100;{\"a\"|\"b\"|\"c\"};{\"\"|\"a\"};{1|1|1}", err502, "cells, but"},
    {"TREE", "100;A:A;A:A;A:A", err502, "There are no nodes"},
    {"TREE", "1E308;{\"a\"|\"b\"};{\"\"|\"\"};{1|1}", err502, "more than the limit of"},
    // ALLOT.PROFILE
    {"PROFILE", "{1;\"x\";1}", err502, "is text (\"x\")"},
    {"PROFILE", "{1;-1;1}", err502, "negative value in period 2 (-1)"},
    {"PROFILE", "{1;1;1};\"mean\"", err502, "There is no profile method \"mean\""},
    {"PROFILE", "A1:A12", err502, "Every year of the history is blank or adds up to 0"},
    {"PROFILE", "A:B", err502, "The history argument has 2097152 cells, more than the 1048576"},
    // Calc itself refuses to pass so large an array (12,582,912 cells).
    // (Several whole columns that are all empty, such as P:R, get Calc's
    // Err:504 or, at other times, Allot's reason: not a row of the table.)
    {"PROFILE", "A:L", err504, calc_stops},
    // ALLOT.WEIGHTS
    {"WEIGHTS", "{1;2|3;4};{1;1;1}", err502,
     "The number of factor columns (2) and of factor weights (3)"},
    {"WEIGHTS", "{1|2};1;{1|-1}", err502, "Multiplier 2 is negative (-1)"},
    {"WEIGHTS", "{1;2|3;4};{0;0}", err502, "The factor weights add up to 0"},
    {"WEIGHTS", "{1;0|3;0};{1;1}", err502, "Column 2 of the factors adds up to 0"},
    {"WEIGHTS", "{1|2};1;{0|0}", err502, "Every weight comes out as 0"},
    // ALLOT.LEVELS
    {"LEVELS", "{34|33|33};1.5;1.2", err502, "The floor ratio is 1.5"},
    {"LEVELS", "{34|33|33};0.8;0.5", err502, "The stretch ratio is 0.5"},
    {"LEVELS", "{34|-33|33};0.8;1.2", err502, "Target 2 is negative (-33)"},
    {"LEVELS", "{1|2|3};0;1E308", err502, "The stretch ratio argument is not a usable number"},
    {"LEVELS", "{1E308|1E308};0.5;1.5;0", err502,
     "The stretch ratio argument is not a usable number"},
    {"LEVELS", "{1E-10|1E-10|1E-10|1E-10};0.62;1.2;0.01", err502,
     "The floors cannot add up to 2.48e-10"},
    // ALLOT.FUNNEL
    {"FUNNEL", "1000000;50000;{0.5|20|0.25}", err502, "Conversion rate 2 is 20"},
    {"FUNNEL", "1000000;50000;{0.5|0|0.25}", err502, "Conversion rate 2 is 0"},
    {"FUNNEL", "1000000;0;{0.5}", err502, "but it must be more than 0"},
    {"FUNNEL", "-5;100;{0.5}", err502, "is negative (-5)"},
    {"FUNNEL", "1E300;1;{1E-300|1E-300}", err502, "more than the limit of"},
    {"FUNNEL", "1000;100;{0.5};-12", err502, "-12"},
    {"FUNNEL", "1000;100;A:A", err502, "Conversion rate 1 is 0"},
    {"FUNNEL", "1000;100;{0.5};1;1E-300", err502, "more than the limit of"},
    // ALLOT.FUNNELYIELD
    {"FUNNELYIELD", "400;{0.5|1.5}", err502, "Conversion rate 2 is 1.5"},
    {"FUNNELYIELD", "1E15;{1};1E300", err502, "beyond the largest number"},
    {"FUNNELYIELD", "1E300;{0.5}", err502, "more than the limit of"},
    // ALLOT.KPI
    {"KPI", "100;J1:J3;K1:K3;{\"+\"|\"+\"|\"+\"};{1|1|1}", err502, "is its own ancestor"},
    {"KPI", "100;{\"a\"|\"b\"};{\"\"|\"\"};{\"\"|\"\"};{1|1}", err502, "have a blank parent"},
    {"KPI", "100;{\"a\"|\"b\"};{\"\"|\"a\"};{\"-\"|\"\"};{\"\"|1}", err502, "which is not + or *"},
    {"KPI", "100;{\"a\"|\"b\"};{\"\"|\"a\"};{\"+\"|\"\"};{5|1}", err502,
     "is not the sum of its children"},
    {"KPI", "100;{\"a\"|\"b\"|\"c\"};{\"\"|\"a\"|\"a\"};{\"*\"|\"\"|\"\"};{\"\"|0|5}", err502,
     "has a baseline of 0"},
    {"KPI", "100;A:A;A:A;A:A;A:A", err502, "Id 1 is blank"},
    // 99,999 factors of 2: beyond even long double (it gave the children
    // back unchanged under the new root).
    {"KPI", "100;L1:L100000;S1:S100000;T1:T100000;U1:U100000", err502,
     "the product of its children's baselines, is too large or too small"},
    // ALLOT.PACE
    {"PACE", "300;{100|100|100};5", err502, "The elapsed time is 5"},
    {"PACE", "300;{100|-100|100};2", err502, "Period target 2 is negative"},
    {"PACE", "300;{0|0|100};1.5", err502, "Nothing is due yet"},
    {"PACE", "1E308;{1E-300};1", err502, "beyond the largest number"},
    // ALLOT.STATUS
    {"STATUS", "0.9;1;0.8", err502, "The warning level (1) is above the on-track level (0.8)"},
    {"STATUS", "\"high\"", err502, "is text (\"high\")"},
    {"STATUS", "F2", err503, calc_stops},
    // ALLOT.COMMISSION
    {"COMMISSION", "100;0;{0};{0.05}", err502, "The target is 0"},
    {"COMMISSION", "100;100;{0|1|0.8};{0.02|0.05|0.08}", err502, "Threshold 3 (0.8) is not above"},
    {"COMMISSION", "100;100;{0|1};{0.02|5}", err502, "Rate 2 is 5"},
    {"COMMISSION", "100;100;{0|1};{0.02}", err502, "The number of thresholds (2) and of rates (1)"},
    {"COMMISSION", "100;100;{0};{0.05};150", err502, "The cap is 150"},
    // ALLOT.OKR
    {"OKR", "5;10;10", err502, "has the same baseline and target (10)"},
    {"OKR", "A1:A3;A1:A3;A1:A3", err502, "There are no key results"},
    {"OKR", "{1|2};0;10;{1|-1}", err502, "is negative (-1)"},
    // ALLOT.MATRIX
    {"MATRIX", "{10|10};{10;11};{1;1|1;1}", err502,
     "The row totals add up to 20 but the column totals add up to 21"},
    {"MATRIX", "{10|10};{10;10};{1;-1|1;1}", err502, "negative value in row 1, column 2"},
    {"MATRIX", "{10|10|10};{15;15};{1;1|1;1}", err502,
     "The number of rows of the seed (2) and of row totals (3)"},
    {"MATRIX", "{10|10};{10;10};{1;0|1;0}", err502, "Column 2 of the seed is all 0"},
    {"MATRIX", "{10.5|9.5};{10;10};{1;1|1;1}", err502, "is not a whole number of units"},
    {"MATRIX", "C1:C600;AE502:TJ502;AE1:TJ600", err502,
     "The seed has 300000 cells, more than the 250000"},
};

// Extreme but valid input: must give this value in the top-left cell.
struct GoodInput {
    const char* formula;
    double value;
};
const std::vector<GoodInput> extreme_inputs = {
    {"=ALLOT.SPLIT(100;{8.98846567431158E+307|1})", 100},
    {"=ALLOT.SPLIT(100;I1:I2)", 47},
    // Denormals from cells (Calc's formula parser itself refuses the literal
    // 4.9E-324 with Err:502, before Allot runs).
    {"=ALLOT.SPLIT(100;I4:I5)", 50},
    // The issue's LEVELS over targets from 1e-25 to 4e30 with unit 0: the
    // row of 3.8e-14 keeps floor <= target <= stretch.
    {"=AND(INDEX(ALLOT.LEVELS({1E-25|3.8E-14|4E+30};0.35;3.28;0);2;1)>=0;"
     "INDEX(ALLOT.LEVELS({1E-25|3.8E-14|4E+30};0.35;3.28;0);2;1)<=3.8E-14;"
     "INDEX(ALLOT.LEVELS({1E-25|3.8E-14|4E+30};0.35;3.28;0);2;3)>=3.8E-14)",
     1},
    {"=ALLOT.APPORTION(9007199254740992;C:C;\"jefferson\")", 16383},
    {"=ALLOT.APPORTION(9007199254740992;{1|1E-300};\"adams\")", 9007199254740991},
    {"=ALLOT.SPLIT(100;A:A)", 1}, // all weights 0: equal shares, 1 each to the first 100
    {"=ALLOT.KPI(1E308;{\"a\"|\"b\"|\"c\"};{\"\"|\"a\"|\"a\"};{\"*\"|\"\"|\"\"};{\"\"|1E-300|1E-"
     "300})",
     1e308},
    {"=INDEX(ALLOT.KPI(1E308;{\"a\"|\"b\"|\"c\"};{\"\"|\"a\"|\"a\"};{\"*\"|\"\"|\"\"};{\"\"|1E-300|"
     "1E-300});2)",
     1e154},
    {"=SUM(ALLOT.SPLIT(1000000;C:C))", 1000000},
    // Any number of periods: the work does not grow with it (2E-299 visits
    // a period is within 1e-9 of 0, so 0).
    {"=ALLOT.FUNNEL(1000;100;{0.5};1E300)", 0},
};

// Hard but not wrong input: a value or Err:502, whichever, within the time bound.
const std::vector<const char*> hard_inputs = {
    "=ALLOT.MATRIX(AC1:AC500;AE502:TJ502;AE1:TJ500)",
    "=ALLOT.MATRIX(AC1:AC500;AE502:TJ502;AE1:TJ500;0)",
    "=ALLOT.APPORTION(9007199254740992;C:C;\"huntington-hill\")",
    "=ALLOT.APPORTION(9007199254740992;C:C;\"webster\";1)",
    "=ALLOT.TREE(100;L1:L100000;N1:N100000;L1:L100000)",
    "=ALLOT.KPI(100;L1:L100000;N1:N100000;O1:O100000;A1:A100000)",
};

// The issue's bound is 2 s per input. Inputs of several whole columns take
// Calc itself about 0.5 s per column to hand over (more on a loaded
// machine), so the time is reported against 2 s and asserted only against
// a hang.
constexpr double target_ms = 2000;
constexpr double hang_ms = 30000;

// A known good formula and its value: the office still works after a case.
constexpr const char* good_formula = "=ALLOT.SPLIT(100;{1|2|1})";
constexpr double good_value = 25;

constexpr int chain = 100'000;

std::string sheet_of(office::Document& document) {
    return document.sheet_names().front();
}

void fixture(office::Document& document) {
    const std::string sheet = sheet_of(document);
    document.set_value(sheet, "B1", 1);
    document.fill_down(sheet, "B1:B1000000");
    document.set_text(sheet, "B1000001", "x");
    document.set_value(sheet, "C1", 1);
    document.fill_down(sheet, "C1:C1048576");
    document.set_value(sheet, "D1", 1);
    document.set_text(sheet, "D2", "abc");
    document.set_value(sheet, "D3", 2);
    const char* middles[] = {"=1/0", "=2^1024", "=NA()", "=SQRT(-1)"};
    const char* columns[] = {"E", "F", "G", "H"};
    for (int i = 0; i < 4; ++i) {
        document.set_value(sheet, std::string(columns[i]) + "1", 1);
        document.set_formula(sheet, std::string(columns[i]) + "2", middles[i]);
        document.set_value(sheet, std::string(columns[i]) + "3", 1);
    }
    document.set_formula(sheet, "I1", "=2^1023");
    document.set_value(sheet, "I2", 1e308);
    document.set_formula(sheet, "I3", "=-2^1023");
    document.set_value(sheet, "I4", 4.9e-324);
    document.set_value(sheet, "I5", 4.9e-324);
    const char* ids[] = {"a", "b", "c"};
    const char* parents[] = {"c", "a", "b"};
    for (int i = 0; i < 3; ++i) {
        document.set_text(sheet, "J" + std::to_string(i + 1), ids[i]);
        document.set_text(sheet, "K" + std::to_string(i + 1), parents[i]);
    }
    std::vector<std::vector<double>> chain_ids(chain), chain_parents(chain);
    for (int i = 0; i < chain; ++i) {
        chain_ids[static_cast<std::size_t>(i)] = {static_cast<double>(i + 1)};
        chain_parents[static_cast<std::size_t>(i)] = {static_cast<double>(i == 0 ? chain : i)};
    }
    const std::string rows = std::to_string(chain);
    document.set_values(sheet, "L1:L" + rows, chain_ids);
    document.set_values(sheet, "M1:M" + rows, chain_parents);
    // The same ids as one chain 100,000 deep: N1 blank, N2:N100000 1 … 99999,
    // every node but the last a sum ("+" in O1:O99999).
    document.set_values(sheet, "N2:N" + rows,
                        std::vector<std::vector<double>>(chain_ids.begin(), chain_ids.end() - 1));
    document.set_text(sheet, "O1", "+");
    document.fill_down(sheet, "O1:O" + std::to_string(chain - 1));
    // Products: Q1:Q99999 "*" (a chain of products); one node with 99,999
    // children (S2:S100000 1, T1 "*"); baselines 2 (R1:R100000, U2:U100000).
    document.set_text(sheet, "Q1", "*");
    document.fill_down(sheet, "Q1:Q" + std::to_string(chain - 1));
    const std::vector<std::vector<double>> twos(chain, {2.0});
    document.set_values(sheet, "R1:R" + rows, twos);
    document.set_values(sheet, "U2:U" + rows, std::vector<std::vector<double>>(chain - 1, {2.0}));
    document.set_values(sheet, "S2:S" + rows, std::vector<std::vector<double>>(chain - 1, {1.0}));
    document.set_text(sheet, "T1", "*");
    // A 500 × 500 upper-triangular seed whose totals (all 1) only its
    // diagonal can meet: the fit converges slowly, on the boundary.
    document.set_values(sheet, "AC1:AC500", std::vector<std::vector<double>>(500, {1.0}));
    std::vector<std::vector<double>> seed(500, std::vector<double>(500, 0.0));
    for (std::size_t r = 0; r < 500; ++r)
        for (std::size_t c = r; c < 500; ++c)
            seed[r][c] = 1;
    document.set_values(sheet, "AE1:TJ500", seed);
    document.set_values(sheet, "AE502:TJ502", {std::vector<double>(500, 1.0)});
    document.recalculate();
}

// The CPU time the office `pid` has used so far, in ms (utime + stime of
// /proc/PID/stat, every thread's, those that ended too; in clock ticks of
// 10 ms); 0 for no office. Unlike the wall clock it leaves out the waits for
// a core that other processes hold: the steadier measure on a loaded machine.
double office_cpu_ms(int pid) {
    if (pid <= 0)
        return 0;
    std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
    const std::string stat((std::istreambuf_iterator<char>(file)),
                           std::istreambuf_iterator<char>());
    const std::size_t name_end = stat.rfind(')');
    if (name_end == std::string::npos)
        return 0;
    // After the name: state, ppid … (fields 3 to 13), then utime and stime.
    std::istringstream fields(stat.substr(name_end + 1));
    std::string skipped;
    for (int field = 3; field <= 13; ++field)
        fields >> skipped;
    double user = 0, system = 0;
    fields >> user >> system;
    return (user + system) * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

struct Outcome {
    office::Cell cell;
    Milliseconds time{};
    Milliseconds cpu{}; // the office's CPU time (when its pid was given)
};

// Enters a formula in a cell, lets Calc compute it and reads it back;
// `pid`: the office whose CPU time to measure.
Outcome compute(office::Document& document, const std::string& sheet, const std::string& address,
                const std::string& formula, int pid = 0) {
    const double cpu_start = office_cpu_ms(pid);
    const auto start = Clock::now();
    document.set_formula(sheet, address, formula);
    office::Cell cell = document.cell(sheet, address);
    const Milliseconds time = Clock::now() - start;
    return {std::move(cell), time, Milliseconds(office_cpu_ms(pid) - cpu_start)};
}

std::string shown(const office::Cell& cell) {
    std::ostringstream out;
    out << (cell.error ? "Err:" + std::to_string(cell.error) + " " : "") << '"' << cell.text << '"';
    return out.str();
}

class BadInputs : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        document_ = std::make_unique<office::Document>(english_office().create_spreadsheet());
        fixture(*document_);
    }
    static void TearDownTestSuite() { document_.reset(); }

    static std::unique_ptr<office::Document> document_;
};
std::unique_ptr<office::Document> BadInputs::document_;

// The office still answers, and a known good ALLOT formula gives its value.
void expect_office_well(office::Document& document, const std::string& sheet,
                        const std::string& after) {
    ASSERT_TRUE(english_office().running()) << "the office died after " << after;
    const Outcome good = compute(document, sheet, "Z1", good_formula);
    EXPECT_EQ(good.cell.error, 0) << "after " << after << ": " << shown(good.cell);
    EXPECT_EQ(good.cell.value, good_value) << "after " << after;
    document.clear(sheet, "Z1");
}

TEST_F(BadInputs, EveryFunctionRefusesWithAReason) {
    office::Document& document = *document_;
    const std::string sheet = sheet_of(document);
    ASSERT_GE(bad_inputs.size(), 40u);
    // Every function of the table has at least one case.
    for (const char* function :
         {"SPLIT", "APPORTION", "TREE", "PROFILE", "WEIGHTS", "LEVELS", "FUNNEL", "FUNNELYIELD",
          "KPI", "PACE", "STATUS", "COMMISSION", "OKR", "MATRIX"})
        EXPECT_TRUE(
            std::any_of(bad_inputs.begin(), bad_inputs.end(),
                        [&](const BadInput& bad) { return bad.function == std::string(function); }))
            << "no bad input for ALLOT." << function;

    const int pid = english_office().pid();
    Milliseconds slowest{}, slowest_cpu{};
    std::string slowest_case, slowest_cpu_case;
    int over_target = 0, cpu_over_target = 0;
    for (const BadInput& bad : bad_inputs) {
        const std::string call = std::string("=ALLOT.") + bad.function + "(" + bad.arguments + ")";
        const std::string why =
            std::string("=ALLOT.WHY(\"") + bad.function + "\";" + bad.arguments + ")";
        const Outcome result = compute(document, sheet, "X1", call, pid);
        const Outcome reason = compute(document, sheet, "Y1", why, pid);
        const Milliseconds time = std::max(result.time, reason.time);
        const Milliseconds cpu = std::max(result.cpu, reason.cpu);
        if (time > slowest) {
            slowest = time;
            slowest_case = call;
        }
        if (cpu > slowest_cpu) {
            slowest_cpu = cpu;
            slowest_cpu_case = call;
        }
        // Elapsed, then the office's CPU time: the cell, then ALLOT.WHY's.
        std::cout << "[ bad      ] " << std::fixed << std::setprecision(0) << std::setw(6)
                  << result.time.count() << " ms " << std::setw(6) << reason.time.count()
                  << " ms (CPU " << std::setw(5) << result.cpu.count() << " " << std::setw(5)
                  << reason.cpu.count() << ")  " << call << " → " << shown(result.cell)
                  << " | WHY → " << shown(reason.cell) << "\n";

        if (bad.error == any_error)
            EXPECT_NE(result.cell.error, 0) << call << " gave " << shown(result.cell);
        else
            EXPECT_EQ(result.cell.error, bad.error) << call << " gave " << shown(result.cell);
        if (bad.why == calc_stops && bad.error == any_error) {
            EXPECT_NE(reason.cell.error, 0) << why << " gave " << shown(reason.cell);
        } else if (bad.why == calc_stops) {
            EXPECT_EQ(reason.cell.error, bad.error) << why << " gave " << shown(reason.cell);
        } else {
            EXPECT_EQ(reason.cell.error, 0) << why << " gave " << shown(reason.cell);
            EXPECT_NE(reason.cell.text, "OK") << why;
            EXPECT_FALSE(reason.cell.text.empty()) << why;
            EXPECT_NE(reason.cell.text.find(bad.why), std::string::npos)
                << why << "\n  gave:     " << reason.cell.text << "\n  expected: …" << bad.why
                << "…";
        }
        if (time.count() > target_ms)
            ++over_target;
        if (cpu.count() > target_ms)
            ++cpu_over_target;
        EXPECT_LT(time.count(), hang_ms) << call << " took " << time.count() << " ms";
        document.clear(sheet, "X1:Y1");
        expect_office_well(document, sheet, call);
    }
    std::cout << "[ bad      ] " << bad_inputs.size() << " bad inputs; slowest "
              << std::setprecision(0) << slowest.count() << " ms: " << slowest_case << "; "
              << over_target << " over " << target_ms << " ms; the office's CPU time: slowest "
              << slowest_cpu.count() << " ms: " << slowest_cpu_case << "; " << cpu_over_target
              << " over " << target_ms << " ms\n";
    RecordProperty("bad_inputs", static_cast<int>(bad_inputs.size()));
    RecordProperty("slowest_ms", std::to_string(slowest.count()));
    RecordProperty("slowest_cpu_ms", std::to_string(slowest_cpu.count()));
}

TEST_F(BadInputs, ExtremeValidInputsGiveTheirValue) {
    office::Document& document = *document_;
    const std::string sheet = sheet_of(document);
    for (const GoodInput& good : extreme_inputs) {
        const Outcome result = compute(document, sheet, "X1", good.formula);
        std::cout << "[ extreme  ] " << std::fixed << std::setprecision(0) << std::setw(6)
                  << result.time.count() << " ms  " << good.formula << " → " << shown(result.cell)
                  << "\n";
        EXPECT_EQ(result.cell.error, 0) << good.formula << " gave " << shown(result.cell);
        EXPECT_EQ(result.cell.value, good.value) << good.formula;
        EXPECT_LT(result.time.count(), hang_ms) << good.formula;
        document.clear(sheet, "X1");
        expect_office_well(document, sheet, good.formula);
    }
}

// Tries formulas without judging them: ALLOT_BAD_INPUT_PROBE names a file
// with one formula a line, each printed with its result (an array formula
// over A200:C210) and ALLOT.WHY's answer. For finding new rows of the table.
TEST_F(BadInputs, Probe) {
    const char* file = std::getenv("ALLOT_BAD_INPUT_PROBE");
    if (!file)
        GTEST_SKIP() << "set ALLOT_BAD_INPUT_PROBE to a file of formulas";
    office::Document& document = *document_;
    const std::string sheet = sheet_of(document);
    std::ifstream formulas(file);
    std::string formula;
    while (std::getline(formulas, formula)) {
        if (formula.rfind("=ALLOT.", 0) != 0)
            continue;
        const auto start = Clock::now();
        document.set_array_formula(sheet, "P200:R210", formula);
        const auto values = document.values(sheet, "P200:R210");
        const office::Cell top = document.cell(sheet, "P200");
        const Milliseconds time = Clock::now() - start;
        std::string why = formula;
        why.replace(0, why.find('(') + 1,
                    "=ALLOT.WHY(\"" + formula.substr(7, formula.find('(') - 7) + "\";");
        const Outcome reason = compute(document, sheet, "Y1", why);
        std::ostringstream shown_values;
        for (const auto& row : values) {
            for (const double value : row)
                if (!std::isnan(value))
                    shown_values << value << ' ';
            shown_values << "| ";
        }
        std::cout << "[ probe    ] " << std::fixed << std::setprecision(0) << time.count() << " ms "
                  << formula << " → " << shown(top) << " " << shown_values.str()
                  << "\n             WHY → " << shown(reason.cell) << "\n";
        document.clear(sheet, "P200:R210");
        document.clear(sheet, "Y1");
        expect_office_well(document, sheet, formula);
    }
}

TEST_F(BadInputs, HardInputsEndInTime) {
    office::Document& document = *document_;
    const std::string sheet = sheet_of(document);
    for (const char* formula : hard_inputs) {
        const Outcome result = compute(document, sheet, "X1", formula);
        std::string why = formula;
        why.replace(why.find("ALLOT."), why.find('(') - why.find("ALLOT.") + 1,
                    "ALLOT.WHY(\"" + why.substr(7, why.find('(') - 7) + "\";");
        const Outcome reason = compute(document, sheet, "Y1", why);
        std::cout << "[ hard     ] " << std::fixed << std::setprecision(0) << std::setw(6)
                  << result.time.count() << " ms  " << formula << " → " << shown(result.cell)
                  << " | WHY → " << shown(reason.cell) << "\n";
        EXPECT_EQ(reason.cell.error, 0) << why;
        if (result.cell.error) {
            EXPECT_NE(reason.cell.text, "OK") << why;
        }
        EXPECT_TRUE(result.cell.error == 0 || result.cell.error == err502)
            << formula << " gave " << shown(result.cell);
        EXPECT_LT(result.time.count(), hang_ms) << formula;
        document.clear(sheet, "X1:Y1");
        expect_office_well(document, sheet, formula);
    }
}

// A few in a Chinese office: the same refusals, the reasons in Chinese.
struct ChineseCase {
    const char* function;
    const char* arguments;
    const char* why; // a fragment of the Chinese reason
};

TEST(BadInputsChinese, ReasonsInChinese) {
    const std::vector<ChineseCase> cases = {
        {"SPLIT", "100;{1|\"abc\"|2}", "是文本"},
        {"SPLIT", "100;{1|-2|3}", "-2"},
        {"TREE", "100;{\"a\"|\"b\"};{\"b\"|\"a\"};{1|1}", "a"},
        {"FUNNEL", "1000000;50000;{0.5|20|0.25}", "20"},
        {"MATRIX", "{10|10};{10;11};{1;1|1;1}", "21"},
        {"SPLIT", "100;{1|1};1;;;{10|10}", "80"},
    };
    auto document = chinese_office().create_spreadsheet();
    const std::string sheet = sheet_of(document);
    for (const ChineseCase& bad : cases) {
        const std::string call = std::string("=ALLOT.") + bad.function + "(" + bad.arguments + ")";
        const std::string why =
            std::string("=ALLOT.WHY(\"") + bad.function + "\";" + bad.arguments + ")";
        const Outcome result = compute(document, sheet, "A1", call);
        const Outcome reason = compute(document, sheet, "B1", why);
        std::cout << "[ bad zh   ] " << call << " → " << shown(result.cell) << " | WHY → "
                  << shown(reason.cell) << "\n";
        EXPECT_EQ(result.cell.error, err502) << call;
        EXPECT_EQ(reason.cell.error, 0) << why;
        EXPECT_NE(reason.cell.text.find(bad.why), std::string::npos)
            << why << " gave " << reason.cell.text;
        EXPECT_TRUE(has_chinese(reason.cell.text)) << reason.cell.text;
    }
    ASSERT_TRUE(chinese_office().running());
    const Outcome good = compute(document, sheet, "C1", good_formula);
    EXPECT_EQ(good.cell.value, good_value);
}

} // namespace
} // namespace allot::integration
