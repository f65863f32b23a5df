// Decompose… / 分解目标… (the target wizard): from the choices a manager
// makes — the total, the rows and their basis, the method — to the plan to
// write: which cells get which live ALLOT formulas, values and labels, the
// named ranges of its inputs, number formats, conditional formats, a chart
// and the check cells that prove it adds up. Plain C++: the UNO layer
// (addin/src/dispatch/decompose_command.cpp) only writes what this decides.
#pragma once

#include <allot/commands/address.hpp>
#include <allot/commands/refusal.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace allot::commands {

enum class Method {
    Proportional, // in proportion to the basis (ALLOT.SPLIT)
    Equal,        // the same for every row (ALLOT.SPLIT over equal weights)
    Capability,   // weighted factors and multipliers (ALLOT.WEIGHTS, then SPLIT)
    Seasonal,     // over months from a history (ALLOT.PROFILE, then SPLIT)
    Grid,         // region × month, exact both ways (ALLOT.MATRIX)
    Tree,         // company → region → team → person (ALLOT.TREE)
    Funnel,       // revenue back to deals, opportunities, leads, visits (ALLOT.FUNNEL)
    Kpi,          // a driver tree of + and * nodes (ALLOT.KPI)
    Okr,          // a key result's target over teams, scored (SPLIT, ALLOT.OKR)
};

// The name a macro passes as Method ("proportional", "grid" …, any case);
// std::nullopt when there is none such.
std::optional<Method> method_named(std::string_view name);
std::string_view method_name(Method method);
// What the method is called in the wizard, in English (a msgid).
std::string_view method_title(Method method);

// What the wizard asks before a plan writes over cells that are not empty:
// {1} the plan's cells, {2} how many hold something, {3} the first, {4} what it holds.
inline constexpr std::string_view overwrite_question =
    "The plan needs {1}, but {2} of those cells are not empty ({3} holds \"{4}\"). Write the "
    "plan over them? Their contents are replaced; Ctrl+Z brings them back.";

// A rectangle of cells on a named sheet (0-based).
using Range = Area;

// A range as formulas write it: $'Sheet 1'.$B$2:$B$20 (a sheet name always
// quoted, so any name works).
std::string reference(const Range& range);

struct PlanRequest {
    Method method = Method::Proportional;
    std::string name = "Plan"; // the plan's name: the prefix of its named ranges
    double total = 0.0;        // the annual target (or revenue, or the key result)
    double unit = 1.0;
    Range input;                        // the basis / history / seed / tree / rates, see Method
    std::optional<Range> labels;        // row labels beside the input (names, stages, ids)
    std::optional<Range> column_labels; // labels above a grid or history (months)
    // Capability: factor columns, their weights (one per column), multipliers.
    std::optional<Range> factors;
    std::vector<double> factor_weights;
    std::optional<Range> multipliers;
    // Grid: a history for the months' shares (else the seed's own pattern).
    std::optional<Range> history;
    // Floors and caps for every row (blank: none).
    std::optional<double> minimum;
    std::optional<double> maximum;
    // Rows whose target is held at a value (from cells marked Hold).
    std::vector<std::optional<double>> holds;
    // Floor / target / stretch (底线 / 目标 / 挑战) columns.
    bool levels = false;
    double floor_ratio = 0.9;
    double stretch_ratio = 1.2;
    // Actuals so far: attainment, status, red below 80 %.
    std::optional<Range> actuals;
    // Funnel: average deal size, and per person per period.
    double deal_size = 0.0;
    double periods = 0.0;
    double people = 0.0;
    // Where the plan goes: its sheet and top-left cell.
    std::string sheet;
    int column = 0;
    int row = 0;
    bool chart = true;
};

// One thing to write on the plan's sheet.
struct PlanCell {
    enum class Kind { Value, Text, Formula, ArrayFormula, FilledFormula };
    enum class Look { Plain, Title, Header, Input, Output, Total, Check, Note };
    Kind kind = Kind::Text;
    Look look = Look::Plain;
    int column = 0; // absolute, on the plan's sheet
    int row = 0;
    int columns = 1; // ArrayFormula: the array; FilledFormula: the column filled down
    int rows = 1;
    double value = 0.0;
    std::string text;          // Text, or the formula (API syntax, English names)
    std::string number_format; // "#,##0", "0.0%", "" for the default
};

struct PlanName {
    std::string name;
    Range range;
};

// Red when the cell's value is below `below` (attainment under 80 %).
struct PlanWarning {
    Range range;
    double below = 0.8;
};

// A column chart of the targets: the labels and the values, each with its
// header cell first (a column, or for months a row with the header at left).
struct PlanChart {
    std::string name;
    std::string title; // the plan's title, in the UI language
    Range labels;
    Range values;
    Range place; // the cells the chart covers
};

struct Plan {
    Range footprint; // every cell the plan writes (must be empty before)
    std::vector<PlanCell> cells;
    std::vector<PlanName> names;
    std::vector<PlanWarning> warnings;
    std::optional<PlanChart> chart;
    std::string targets; // the name of the targets' range (e.g. "Plan1_Targets")
    std::string check;   // the name of the check cell
};

// The plan for `request`, its texts in `language`. Throws Refusal when the
// request cannot make a plan (an input of the wrong shape, a bad name).
Plan plan_for(const PlanRequest& request, const Language& language);

// A plan name made safe for named ranges: letters, digits and _, starting
// with a letter ("Plan 2027" → "Plan_2027", "2027" → "P2027").
std::string plan_name(std::string_view wanted);

} // namespace allot::commands
