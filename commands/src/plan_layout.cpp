// The layouts of Decompose's plans. Every plan starts with a title and its
// inputs (total, unit, …: input cells with named ranges, so editing one
// recalculates the plan), then a table whose columns are array formulas over
// named ranges, then totals and a check cell that is TRUE when the plan adds
// up. Array formulas keep a 5,000-row plan a handful of cells to write, all
// of them undoable in one step.
#include <allot/commands/plan.hpp>

#include <allot/commands/address.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <utility>

namespace allot::commands {
namespace {

using Kind = PlanCell::Kind;
using Look = PlanCell::Look;

constexpr std::array methods{
    std::pair{Method::Proportional, "proportional"},
    std::pair{Method::Equal, "equal"},
    std::pair{Method::Capability, "capability"},
    std::pair{Method::Seasonal, "seasonal"},
    std::pair{Method::Grid, "grid"},
    std::pair{Method::Tree, "tree"},
    std::pair{Method::Funnel, "funnel"},
    std::pair{Method::Kpi, "kpi"},
    std::pair{Method::Okr, "okr"},
};

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

// Writes one plan: keeps the cells, names and footprint together.
class Layout {
public:
    Layout(const PlanRequest& request, const Language& language)
        : request_(request), language_(language), left_(request.column), top_(request.row) {
        plan_.footprint = {request.sheet, left_, top_, 1, 1};
    }

    std::string say(std::string_view english) const { return commands::say(english, language_); }
    const PlanRequest& request() const { return request_; }
    int left() const { return left_; }
    int top() const { return top_; }

    std::string amount_format() const { return request_.unit >= 1 ? "#,##0" : "#,##0.00"; }

    void text(int column, int row, const std::string& text, Look look = Look::Plain) {
        add({Kind::Text, look, column, row, 1, 1, 0.0, text, ""});
    }
    void value(int column, int row, double value, Look look, const std::string& format = "") {
        add({Kind::Value, look, column, row, 1, 1, value, "", format});
    }
    void formula(int column, int row, const std::string& formula, Look look,
                 const std::string& format = "") {
        add({Kind::Formula, look, column, row, 1, 1, 0.0, formula, format});
    }
    void array(int column, int row, int columns, int rows, const std::string& formula, Look look,
               const std::string& format = "") {
        add({Kind::ArrayFormula, look, column, row, columns, rows, 0.0, formula, format});
    }
    // The formula of the first cell, filled over the range (relative references move).
    void filled(int column, int row, int columns, int rows, const std::string& formula, Look look,
                const std::string& format = "") {
        add({Kind::FilledFormula, look, column, row, columns, rows, 0.0, formula, format});
    }

    // "<Plan>_<suffix>" for a range of the plan's sheet or of the inputs.
    std::string name(std::string_view suffix, const Range& range) {
        std::string full = request_.name + "_" + std::string(suffix);
        plan_.names.push_back({full, range});
        return full;
    }
    std::string name(std::string_view suffix, int column, int row, int columns = 1, int rows = 1) {
        return name(suffix, Range{request_.sheet, column, row, columns, rows});
    }

    // A labelled input cell with its named range; returns the name.
    std::string input(int column, int row, std::string_view label, std::string_view suffix,
                      double value, const std::string& format = "") {
        text(column, row, say(label), Look::Header);
        this->value(column + 1, row, value, Look::Input, format);
        return name(suffix, column + 1, row);
    }

    void warn(const Range& range, double below) { plan_.warnings.push_back({range, below}); }
    void chart(const Range& labels, const Range& values, int column, int row) {
        // Narrow for a few bars (it stays on screen beside the plan), wider for many.
        const int bars = std::max(labels.rows, labels.columns) - 1;
        const int width = bars <= 6 ? 5 : 8;
        plan_.chart = PlanChart{request_.name + "_Chart",
                                request_.name + " — " + say(method_title(request_.method)), labels,
                                values, Range{request_.sheet, column, row, width, 18}};
    }

    Plan finish(std::string targets, std::string check) {
        plan_.targets = std::move(targets);
        plan_.check = std::move(check);
        return std::move(plan_);
    }

private:
    void add(PlanCell cell) {
        Range& f = plan_.footprint;
        const int right = std::max(f.column + f.columns, cell.column + cell.columns);
        const int bottom = std::max(f.row + f.rows, cell.row + cell.rows);
        f.columns = right - f.column;
        f.rows = bottom - f.row;
        plan_.cells.push_back(std::move(cell));
    }

    const PlanRequest& request_;
    const Language& language_;
    int left_;
    int top_;
    Plan plan_;
};

// Inputs that run along a row are turned into the plan's columns.
std::string as_column(const Range& range, const std::string& name) {
    return range.rows == 1 && range.columns > 1 ? "TRANSPOSE(" + name + ")" : name;
}

int length(const Range& range) {
    return std::max(range.rows, range.columns);
}

void require_line(const Range& range, const std::string& what) {
    if (range.rows != 1 && range.columns != 1)
        throw Refusal(Reason::PlanInputShape,
                      {what, std::to_string(range.rows), std::to_string(range.columns)});
}

// A one-row range with absolute columns and a relative row ($'S'.$B2:$M2):
// filled down, each row refers to its own.
std::string row_reference(const Range& row) {
    const auto column_of = [](int column) {
        const std::string name = cell_name(column, 0);
        return "$" + name.substr(0, name.find_first_of("0123456789"));
    };
    std::string sheet;
    for (char c : row.sheet)
        sheet += c == '\'' ? std::string("''") : std::string(1, c);
    const std::string number = std::to_string(row.row + 1);
    return "$'" + sheet + "'." + column_of(row.column) + number + ":" +
           column_of(row.column + row.columns - 1) + number;
}

std::string near_total(const std::string& sum, const std::string& total) {
    return "ABS(" + sum + "-" + total + ")<=1E-9*MAX(1;ABS(" + total + "))";
}

// The title, total and unit rows every plan starts with; returns the row
// after the inputs.
struct Head {
    std::string total;
    std::string unit;
    int next_row = 0;
};

Head head(Layout& layout) {
    const PlanRequest& request = layout.request();
    const int left = layout.left();
    const int top = layout.top();
    layout.text(left, top, request.name + " — " + layout.say(method_title(request.method)),
                Look::Title);
    Head head;
    head.total =
        layout.input(left, top + 1, "Total", "Total", request.total, layout.amount_format());
    head.unit = layout.input(left + 2, top + 1, "Unit", "Unit", request.unit);
    head.next_row = top + 2;
    return head;
}

// Proportional, equal, capability, OKR: one row per entity.
Plan entity_table(Layout& layout) {
    const PlanRequest& request = layout.request();
    require_line(request.input, layout.say("basis"));
    const int n = length(request.input);
    Head top = head(layout);
    const int left = layout.left();
    const std::string amounts = layout.amount_format();

    std::string minimum;
    std::string maximum;
    if (request.minimum)
        minimum = layout.input(left + 4, layout.top() + 1, "Minimum", "Minimum", *request.minimum,
                               amounts);
    if (request.maximum)
        maximum = layout.input(left + 6, layout.top() + 1, "Maximum", "Maximum", *request.maximum,
                               amounts);

    std::string factor_weights;
    std::string factors;
    std::string multipliers;
    if (request.method == Method::Capability) {
        if (!request.factors || request.factors->rows != n)
            throw Refusal(Reason::PlanCountMismatch,
                          {layout.say("factors"),
                           std::to_string(request.factors ? request.factors->rows : 0),
                           std::to_string(n)});
        if (static_cast<int>(request.factor_weights.size()) != request.factors->columns)
            throw Refusal(Reason::PlanFactorWeights, {std::to_string(request.factor_weights.size()),
                                                      std::to_string(request.factors->columns)});
        layout.text(left, top.next_row, layout.say("Factor weights"), Look::Header);
        for (std::size_t i = 0; i < request.factor_weights.size(); ++i)
            layout.value(left + 1 + static_cast<int>(i), top.next_row, request.factor_weights[i],
                         Look::Input, "0.00");
        factor_weights = layout.name("FactorWeights", left + 1, top.next_row,
                                     static_cast<int>(request.factor_weights.size()), 1);
        factors = layout.name("Factors", *request.factors);
        if (request.multipliers)
            multipliers = layout.name("Multipliers", *request.multipliers);
        ++top.next_row;
    }
    std::string floor_ratio;
    std::string stretch_ratio;
    if (request.levels) {
        floor_ratio = layout.input(left, top.next_row, "Floor ratio", "FloorRatio",
                                   request.floor_ratio, "0%");
        stretch_ratio = layout.input(left + 2, top.next_row, "Stretch ratio", "StretchRatio",
                                     request.stretch_ratio, "0%");
        ++top.next_row;
    }

    // The table.
    const int header = top.next_row + 1;
    const int first = header + 1;
    int column = left;
    const auto heading = [&](std::string_view label) {
        layout.text(column, header, layout.say(label), Look::Header);
    };
    const std::string basis_input = layout.name("Basis", request.input);

    heading(request.method == Method::Okr ? "Team" : "Name");
    if (request.labels) {
        const std::string labels = layout.name("Labels", *request.labels);
        layout.array(column, first, 1, n, "=" + as_column(*request.labels, labels), Look::Output);
    } else {
        layout.array(column, first, 1, n,
                     "=ROW(" + basis_input + ")-MIN(ROW(" + basis_input + "))+1", Look::Output);
        if (request.input.rows == 1 && request.input.columns > 1)
            layout.array(column, first, 1, n,
                         "=TRANSPOSE(COLUMN(" + basis_input + ")-MIN(COLUMN(" + basis_input +
                             "))+1)",
                         Look::Output);
    }
    const int name_column = column++;

    heading("Basis");
    layout.array(column, first, 1, n, "=" + as_column(request.input, basis_input), Look::Output,
                 amounts);
    const std::string basis = layout.name("BasisColumn", column, first, 1, n);
    const int basis_column = column++;

    heading("Weight");
    std::string weight_formula;
    switch (request.method) {
    case Method::Equal:
        weight_formula = "=1";
        break;
    case Method::Capability:
        weight_formula = "=ALLOT.WEIGHTS(" + factors + ";" + factor_weights +
                         (multipliers.empty() ? "" : ";" + multipliers) + ")";
        break;
    default:
        weight_formula = "=" + basis;
    }
    layout.array(column, first, 1, n, weight_formula, Look::Output,
                 request.method == Method::Capability ? "0.0000" : amounts);
    const std::string weights = layout.name("Weights", column, first, 1, n);
    const int weight_column = column++;

    heading("Held");
    for (int i = 0; i < n && i < static_cast<int>(request.holds.size()); ++i)
        if (request.holds[static_cast<std::size_t>(i)])
            layout.value(column, first + i, *request.holds[static_cast<std::size_t>(i)],
                         Look::Input, amounts);
    const std::string holds = layout.name("Holds", column, first, 1, n);
    const int hold_column = column++;

    heading(request.method == Method::Okr ? "Key result target" : "Target");
    std::string split = "=ALLOT.SPLIT(" + top.total + ";" + weights + ";" + top.unit + ";" +
                        minimum + ";" + maximum + ";" + holds + ")";
    layout.array(column, first, 1, n, split, Look::Output, amounts);
    const std::string targets = layout.name("Targets", column, first, 1, n);
    const int target_column = column++;

    heading("Share");
    layout.array(column, first, 1, n,
                 "=IF(" + top.total + "<>0;" + targets + "/" + top.total + ";\"\")", Look::Output,
                 "0.0%");
    const int share_column = column++;

    heading("Growth");
    layout.array(column, first, 1, n, "=IF(" + basis + ">0;" + targets + "/" + basis + "-1;\"\")",
                 Look::Output, "+0.0%;-0.0%;0.0%");
    const int growth_column = column++;

    int levels_column = -1;
    if (request.levels) {
        levels_column = column;
        for (const char* label : {"Floor", "Target", "Stretch"}) {
            heading(label);
            ++column;
        }
        layout.array(levels_column, first, 3, n,
                     "=ALLOT.LEVELS(" + targets + ";" + floor_ratio + ";" + stretch_ratio + ";" +
                         top.unit + ")",
                     Look::Output, amounts);
        layout.name("Levels", levels_column, first, 3, n);
    }

    int actual_column = -1;
    if (request.actuals) {
        if (length(*request.actuals) != n)
            throw Refusal(Reason::PlanCountMismatch,
                          {layout.say("actuals"), std::to_string(length(*request.actuals)),
                           std::to_string(n)});
        const std::string actual_input = layout.name("Actuals", *request.actuals);
        heading("Actual");
        actual_column = column;
        layout.array(column, first, 1, n, "=" + as_column(*request.actuals, actual_input),
                     Look::Output, amounts);
        const std::string actuals = layout.name("ActualColumn", column, first, 1, n);
        ++column;
        heading("Attainment");
        layout.array(column, first, 1, n,
                     "=IF(" + targets + ">0;" + actuals + "/" + targets + ";\"\")", Look::Output,
                     "0.0%");
        layout.warn({request.sheet, column, first, 1, n}, 0.8);
        const std::string attainment_cell = cell_name(column, first);
        layout.name("Attainment", column, first, 1, n);
        ++column;
        heading("Status");
        layout.filled(column, first, 1, n, "=ALLOT.STATUS(" + attainment_cell + ")", Look::Output);
        ++column;
        if (request.method == Method::Okr) {
            heading("Score");
            layout.filled(column, first, 1, n,
                          "=ALLOT.OKR(" + cell_name(actual_column, first) + ";0;" +
                              cell_name(target_column, first) + ")",
                          Look::Output, "0.00");
            ++column;
        }
    }

    // Totals and the check.
    const int totals = first + n;
    const auto sum = [&](int c, const std::string& format) {
        layout.formula(c, totals,
                       "=SUM(" + cell_name(c, first) + ":" + cell_name(c, totals - 1) + ")",
                       Look::Total, format);
    };
    layout.text(name_column, totals, layout.say("Total"), Look::Total);
    sum(basis_column, amounts);
    sum(weight_column, request.method == Method::Capability ? "0.0000" : amounts);
    sum(hold_column, amounts);
    sum(target_column, amounts);
    sum(share_column, "0.0%");
    const std::string basis_sum = cell_name(basis_column, totals);
    const std::string target_sum = cell_name(target_column, totals);
    layout.formula(growth_column, totals,
                   "=IF(" + basis_sum + ">0;" + target_sum + "/" + basis_sum + "-1;\"\")",
                   Look::Total, "+0.0%;-0.0%;0.0%");
    if (levels_column >= 0)
        for (int c = levels_column; c < levels_column + 3; ++c)
            sum(c, amounts);
    if (actual_column >= 0) {
        sum(actual_column, amounts);
        const std::string actual_sum = cell_name(actual_column, totals);
        layout.formula(actual_column + 1, totals,
                       "=IF(" + target_sum + ">0;" + actual_sum + "/" + target_sum + ";\"\")",
                       Look::Total, "0.0%");
    }
    layout.text(name_column, totals + 1, layout.say("Check: the targets add up to the total"),
                Look::Check);
    std::string check = "=" + near_total("SUM(" + targets + ")", top.total);
    if (request.levels)
        check = "=AND(" + check.substr(1) + ";SUMPRODUCT((INDEX(" + request.name +
                "_Levels;0;1)<=" + targets + ")*(" + targets + "<=INDEX(" + request.name +
                "_Levels;0;3)))=" + std::to_string(n) + ")";
    layout.formula(target_column, totals + 1, check, Look::Check);
    const std::string check_name = layout.name("Check", target_column, totals + 1);
    if (request.chart)
        layout.chart({request.sheet, name_column, header, 1, n + 1},
                     {request.sheet, target_column, header, 1, n + 1}, column + 1, header);
    return layout.finish(targets, check_name);
}

// Seasonal: a history of years × months becomes the months' shares and
// targets.
Plan seasonal(Layout& layout) {
    const PlanRequest& request = layout.request();
    const Range& history = request.input;
    const int months = history.columns;
    if (months < 2)
        throw Refusal(Reason::PlanInputShape,
                      {"history", std::to_string(history.rows), std::to_string(history.columns)});
    Head top = head(layout);
    const int left = layout.left();
    const std::string amounts = layout.amount_format();
    const std::string history_name = layout.name("History", history);
    const int header = top.next_row + 1;
    layout.text(left, header, layout.say("Month"), Look::Header);
    if (request.column_labels) {
        const std::string labels = layout.name("Months", *request.column_labels);
        layout.array(left + 1, header, months, 1, "=" + labels, Look::Header);
    } else {
        for (int m = 0; m < months; ++m)
            layout.value(left + 1 + m, header, m + 1, Look::Header);
    }
    layout.text(left + 1 + months, header, layout.say("Total"), Look::Header);

    const int shares_row = header + 1;
    layout.text(left, shares_row, layout.say("Season share"), Look::Header);
    layout.array(left + 1, shares_row, months, 1, "=ALLOT.PROFILE(" + history_name + ")",
                 Look::Output, "0.0%");
    const std::string shares = layout.name("Shares", left + 1, shares_row, months, 1);

    const int targets_row = shares_row + 1;
    layout.text(left, targets_row, layout.say("Target"), Look::Header);
    layout.array(left + 1, targets_row, months, 1,
                 "=ALLOT.SPLIT(" + top.total + ";" + shares + ";" + top.unit + ")", Look::Output,
                 amounts);
    const std::string targets = layout.name("Targets", left + 1, targets_row, months, 1);

    const int last_row = targets_row + 1;
    layout.text(left, last_row, layout.say("Last year"), Look::Header);
    layout.array(left + 1, last_row, months, 1, "=" + reference(history.row_at(history.rows - 1)),
                 Look::Output, amounts);
    const std::string last = layout.name("LastYear", left + 1, last_row, months, 1);

    layout.text(left, last_row + 1, layout.say("Growth"), Look::Header);
    layout.array(left + 1, last_row + 1, months, 1,
                 "=IF(" + last + ">0;" + targets + "/" + last + "-1;\"\")", Look::Output,
                 "+0.0%;-0.0%;0.0%");
    for (int row : {shares_row, targets_row, last_row})
        layout.formula(left + 1 + months, row,
                       "=SUM(" + cell_name(left + 1, row) + ":" + cell_name(left + months, row) +
                           ")",
                       Look::Total, row == shares_row ? "0.0%" : amounts);

    const int check_row = last_row + 2;
    layout.text(left, check_row, layout.say("Check: the months add up to the total"), Look::Check);
    layout.formula(left + 1, check_row,
                   "=AND(" + near_total("SUM(" + targets + ")", top.total) + ";ABS(SUM(" + shares +
                       ")-1)<1E-12)",
                   Look::Check);
    const std::string check = layout.name("Check", left + 1, check_row);
    if (request.chart)
        layout.chart({request.sheet, left, header, months + 1, 1},
                     {request.sheet, left, targets_row, months + 1, 1}, left, check_row + 2);
    return layout.finish(targets, check);
}

// Grid: regions × months, every row adding up to the region's target and
// every column to the month's (ALLOT.MATRIX over the seed's pattern).
Plan grid(Layout& layout) {
    const PlanRequest& request = layout.request();
    const Range& seed = request.input;
    const int regions = seed.rows;
    const int months = seed.columns;
    if (regions < 1 || months < 2)
        throw Refusal(Reason::PlanInputShape,
                      {"seed", std::to_string(regions), std::to_string(months)});
    Head top = head(layout);
    const int left = layout.left();
    const std::string amounts = layout.amount_format();
    const std::string seed_name = layout.name("Seed", seed);
    const int header = top.next_row + 1;
    const int grid_left = left + 1;
    const int basis_column = grid_left + months;
    const int row_target_column = basis_column + 1;
    const int row_sum_column = basis_column + 2;

    layout.text(left, header, layout.say("Name"), Look::Header);
    if (request.column_labels) {
        const std::string labels = layout.name("Months", *request.column_labels);
        layout.array(grid_left, header, months, 1, "=" + labels, Look::Header);
    } else {
        for (int m = 0; m < months; ++m)
            layout.value(grid_left + m, header, m + 1, Look::Header);
    }
    layout.text(basis_column, header, layout.say("Basis"), Look::Header);
    layout.text(row_target_column, header, layout.say("Row target"), Look::Header);
    layout.text(row_sum_column, header, layout.say("Row sum"), Look::Header);

    const int shares_row = header + 1;
    layout.text(left, shares_row, layout.say("Season share"), Look::Header);
    const std::string pattern =
        request.history ? layout.name("History", *request.history) : seed_name;
    layout.array(grid_left, shares_row, months, 1,
                 "=ALLOT.PROFILE(" + pattern + (request.history ? "" : ";\"pooled\"") + ")",
                 Look::Output, "0.0%");
    const std::string shares = layout.name("Shares", grid_left, shares_row, months, 1);
    const int month_row = shares_row + 1;
    layout.text(left, month_row, layout.say("Month target"), Look::Header);
    layout.array(grid_left, month_row, months, 1,
                 "=ALLOT.SPLIT(" + top.total + ";" + shares + ";" + top.unit + ")", Look::Output,
                 amounts);
    const std::string month_targets = layout.name("MonthTargets", grid_left, month_row, months, 1);

    const int first = month_row + 1;
    if (request.labels) {
        const std::string labels = layout.name("Labels", *request.labels);
        layout.array(left, first, 1, regions, "=" + as_column(*request.labels, labels),
                     Look::Output);
    } else {
        for (int r = 0; r < regions; ++r)
            layout.value(left, first + r, r + 1, Look::Output);
    }
    // A region's basis: its row of the seed (last year), summed; the row
    // reference is relative so that filling it down sums each region's own.
    const std::string relative = row_reference(seed.row_at(0));
    layout.filled(basis_column, first, 1, regions, "=SUM(" + relative + ")", Look::Output, amounts);
    const std::string basis = layout.name("RowBasis", basis_column, first, 1, regions);
    layout.array(row_target_column, first, 1, regions,
                 "=ALLOT.SPLIT(" + top.total + ";" + basis + ";" + top.unit + ")", Look::Output,
                 amounts);
    const std::string row_targets = layout.name("RowTargets", row_target_column, first, 1, regions);
    layout.array(grid_left, first, months, regions,
                 "=ALLOT.MATRIX(" + row_targets + ";" + month_targets + ";" + seed_name + ";" +
                     top.unit + ")",
                 Look::Output, amounts);
    const std::string grid_name = layout.name("Targets", grid_left, first, months, regions);
    layout.filled(row_sum_column, first, 1, regions,
                  "=SUM(" + cell_name(grid_left, first) + ":" +
                      cell_name(grid_left + months - 1, first) + ")",
                  Look::Total, amounts);
    const std::string row_sums = layout.name("RowSums", row_sum_column, first, 1, regions);
    const int column_sum_row = first + regions;
    layout.text(left, column_sum_row, layout.say("Column sum"), Look::Total);
    layout.filled(grid_left, column_sum_row, months, 1,
                  "=SUM(" + cell_name(grid_left, first) + ":" +
                      cell_name(grid_left, first + regions - 1) + ")",
                  Look::Total, amounts);
    const std::string column_sums = layout.name("ColumnSums", grid_left, column_sum_row, months, 1);

    const int check_row = column_sum_row + 1;
    layout.text(left, check_row, layout.say("Check: every row and every column adds up"),
                Look::Check);
    layout.formula(grid_left, check_row,
                   "=AND(SUMPRODUCT(ABS(" + row_sums + "-" + row_targets + "))<=1E-9*MAX(1;ABS(" +
                       top.total + "));SUMPRODUCT(ABS(" + column_sums + "-" + month_targets +
                       "))<=1E-9*MAX(1;ABS(" + top.total + "));" +
                       near_total("SUM(" + grid_name + ")", top.total) + ")",
                   Look::Check);
    const std::string check = layout.name("Check", grid_left, check_row);
    if (request.chart)
        layout.chart({request.sheet, left, header, months + 1, 1},
                     {request.sheet, left, month_row, months + 1, 1}, left, check_row + 2);
    return layout.finish(grid_name, check);
}

// Tree and KPI: one row per node, ids and parents from the input's columns.
Plan node_table(Layout& layout) {
    const PlanRequest& request = layout.request();
    const Range& input = request.input;
    const bool kpi = request.method == Method::Kpi;
    const int needed = kpi ? 4 : 3;
    if (input.columns < needed)
        throw Refusal(
            Reason::PlanInputShape,
            {kpi ? "KPI tree" : "tree", std::to_string(input.rows), std::to_string(input.columns)});
    const int n = input.rows;
    Head top = head(layout);
    const int left = layout.left();
    const std::string amounts = kpi ? "#,##0.00" : layout.amount_format();
    const int header = top.next_row + 1;
    const int first = header + 1;
    const std::string ids = layout.name("Ids", input.column_at(0));
    const std::string parents = layout.name("Parents", input.column_at(1));
    int column = left;
    const auto mirror = [&](std::string_view label, const std::string& name,
                            const std::string& format) {
        layout.text(column, header, layout.say(label), Look::Header);
        layout.array(column, first, 1, n, "=IF(ISBLANK(" + name + ");\"\";" + name + ")",
                     Look::Output, format);
        ++column;
    };
    mirror("Id", ids, "");
    mirror("Parent", parents, "");
    std::string formula;
    std::string baselines;
    if (kpi) {
        const std::string operators = layout.name("Operators", input.column_at(2));
        baselines = layout.name("Baselines", input.column_at(3));
        mirror("Operator", operators, "");
        mirror("Baseline", baselines, amounts);
        formula = "=ALLOT.KPI(" + top.total + ";" + ids + ";" + parents + ";" + operators + ";" +
                  baselines;
        if (input.columns > 4) {
            const std::string efforts = layout.name("Efforts", input.column_at(4));
            mirror("Effort", efforts, "0.00");
            formula += ";" + efforts;
        }
        formula += ")";
    } else {
        const std::string weights = layout.name("Weights", input.column_at(2));
        mirror("Weight", weights, amounts);
        formula = "=ALLOT.TREE(" + top.total + ";" + ids + ";" + parents + ";" + weights + ";" +
                  top.unit + ")";
    }
    layout.text(column, header, layout.say("Target"), Look::Header);
    layout.array(column, first, 1, n, formula, Look::Output, amounts);
    const std::string targets = layout.name("Targets", column, first, 1, n);
    const int target_column = column++;
    if (kpi) {
        layout.text(column, header, layout.say("Change"), Look::Header);
        layout.array(column, first, 1, n,
                     "=IF(" + baselines + "<>0;" + targets + "/" + baselines + "-1;\"\")",
                     Look::Output, "+0.0%;-0.0%;0.0%");
        ++column;
    }
    const int check_row = first + n;
    layout.text(left, check_row,
                layout.say(kpi ? "Check: the top node reaches the target"
                               : "Check: the top level adds up to the total"),
                Look::Check);
    layout.formula(
        target_column, check_row,
        "=" + near_total("SUMPRODUCT(ISBLANK(" + parents + ")*" + targets + ")", top.total),
        Look::Check);
    const std::string check = layout.name("Check", target_column, check_row);
    if (request.chart && !kpi)
        layout.chart({request.sheet, left, header, 1, n + 1},
                     {request.sheet, target_column, header, 1, n + 1}, column + 1, header);
    return layout.finish(targets, check);
}

// Funnel: from the revenue target back to the activity it takes.
Plan funnel(Layout& layout) {
    const PlanRequest& request = layout.request();
    require_line(request.input, layout.say("conversion rates"));
    const int steps = length(request.input);
    const int stages = steps + 1;
    Head top = head(layout);
    const int left = layout.left();
    const std::string deal_size = layout.input(left + 4, layout.top() + 1, "Deal size", "DealSize",
                                               request.deal_size, layout.amount_format());
    const bool per_person = request.periods > 0 && request.people > 0;
    std::string periods;
    std::string people;
    if (per_person) {
        periods = layout.input(left, top.next_row, "Periods", "Periods", request.periods);
        people = layout.input(left + 2, top.next_row, "People", "People", request.people);
        ++top.next_row;
    }
    const std::string rates = layout.name("Rates", request.input);
    const int header = top.next_row + 1;
    const int first = header + 1;
    layout.text(left, header, layout.say("Stage"), Look::Header);
    if (request.labels && length(*request.labels) == stages) {
        const std::string labels = layout.name("Stages", *request.labels);
        layout.array(left, first, 1, stages, "=" + as_column(*request.labels, labels),
                     Look::Output);
    } else {
        for (int s = 0; s < stages; ++s)
            layout.text(left, first + s, layout.say("Stage") + " " + std::to_string(s + 1),
                        Look::Output);
    }
    layout.text(left + 1, header, layout.say("Rate to next"), Look::Header);
    layout.array(left + 1, first, 1, steps, "=" + as_column(request.input, rates), Look::Output,
                 "0.0%");
    layout.text(left + 2, header, layout.say("Count"), Look::Header);
    const std::string counts_formula =
        "ALLOT.FUNNEL(" + top.total + ";" + deal_size + ";" + rates + ")";
    layout.array(left + 2, first, 1, stages, "=" + as_column(request.input, counts_formula),
                 Look::Output, "#,##0");
    const std::string counts = layout.name("Counts", left + 2, first, 1, stages);
    if (per_person) {
        layout.text(left + 3, header, layout.say("Per person per period"), Look::Header);
        const std::string each = "ALLOT.FUNNEL(" + top.total + ";" + deal_size + ";" + rates + ";" +
                                 periods + ";" + people + ")";
        layout.array(left + 3, first, 1, stages, "=" + as_column(request.input, each), Look::Output,
                     "#,##0");
        layout.name("PerPerson", left + 3, first, 1, stages);
    }
    const int check_row = first + stages;
    layout.text(left, check_row, layout.say("Check: the activity yields the revenue"), Look::Check);
    // Forward from the top count, rounding down: the revenue it yields.
    const std::string yield =
        "ALLOT.FUNNELYIELD(" + cell_name(left + 2, first) + ";" + rates + ";" + deal_size + ")";
    const std::string revenue = request.input.rows == 1 && request.input.columns > 1
                                    ? "INDEX(" + yield + ";1;" + std::to_string(stages + 1) + ")"
                                    : "INDEX(" + yield + ";" + std::to_string(stages + 1) + ";1)";
    layout.formula(left + 2, check_row, "=" + revenue + ">=" + top.total, Look::Check);
    const std::string check = layout.name("Check", left + 2, check_row);
    if (request.chart)
        layout.chart({request.sheet, left, header, 1, stages + 1},
                     {request.sheet, left + 2, header, 1, stages + 1}, left + 5, header);
    return layout.finish(counts, check);
}

} // namespace

std::optional<Method> method_named(std::string_view name) {
    const std::string key = lower(name);
    for (const auto& [method, text] : methods)
        if (key == text)
            return method;
    return std::nullopt;
}

std::string_view method_name(Method method) {
    for (const auto& [each, text] : methods)
        if (each == method)
            return text;
    return "proportional";
}

std::string_view method_title(Method method) {
    switch (method) {
    case Method::Proportional:
        return "Proportional to the basis";
    case Method::Equal:
        return "Equal for everyone";
    case Method::Capability:
        return "By capability (weighted factors)";
    case Method::Seasonal:
        return "Over months by seasonality";
    case Method::Grid:
        return "Region × month grid, exact both ways";
    case Method::Tree:
        return "Multi-level tree";
    case Method::Funnel:
        return "Reverse funnel (revenue to activity)";
    case Method::Kpi:
        return "KPI driver tree";
    case Method::Okr:
        return "OKR key result over teams";
    }
    return "";
}

std::string reference(const Range& range) {
    std::string sheet;
    for (char c : range.sheet)
        sheet += c == '\'' ? std::string("''") : std::string(1, c);
    const auto absolute = [](int column, int row) {
        const std::string name = cell_name(column, row);
        const auto digits = name.find_first_of("0123456789");
        return "$" + name.substr(0, digits) + "$" + name.substr(digits);
    };
    std::string text = "$'" + sheet + "'." + absolute(range.column, range.row);
    if (range.columns > 1 || range.rows > 1)
        text += ":" + absolute(range.column + range.columns - 1, range.row + range.rows - 1);
    return text;
}

std::string plan_name(std::string_view wanted) {
    std::string name;
    for (char c : wanted) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '_')
            name += c;
        else if (!name.empty() && name.back() != '_')
            name += '_';
    }
    while (!name.empty() && name.back() == '_')
        name.pop_back();
    if (name.empty())
        return "Plan";
    if (!std::isalpha(static_cast<unsigned char>(name.front())))
        name = "P" + name;
    return name;
}

Plan plan_for(const PlanRequest& request, const Language& language) {
    if (request.unit < 0 || !std::isfinite(request.unit))
        throw Refusal(Reason::NegativeUnit, {number(request.unit)});
    if (!std::isfinite(request.total))
        throw Refusal(Reason::UnreadableTotal, {number(request.total)});
    if (request.input.cells() < 1)
        throw Refusal(Reason::EmptySelection);
    Layout layout(request, language);
    switch (request.method) {
    case Method::Seasonal:
        return seasonal(layout);
    case Method::Grid:
        return grid(layout);
    case Method::Tree:
    case Method::Kpi:
        return node_table(layout);
    case Method::Funnel:
        return funnel(layout);
    default:
        return entity_table(layout);
    }
}

} // namespace allot::commands
