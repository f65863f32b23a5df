// Decompose (the target wizard) in a real office, driven as a macro drives
// it: executeDispatch with Total, InputRange, Method, Unit, Output and the
// method's own arguments. What it writes is a live plan: ALLOT formulas over
// named ranges that add up (the check cell is TRUE), follow an edited total,
// and go away with one undo.
#include "shared_office.hpp"

#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace allot::integration {
namespace {

using office::CellKind;
using office::Document;
using Grid = std::vector<std::vector<double>>;
using Arguments = std::vector<std::pair<std::string, office::Value>>;

constexpr char decompose[] = "vnd.org.allot:Decompose";

std::string describe(const office::CommandResult& result) {
    return result.status() + ": " + result.message();
}

// Five salespeople with last year's sales, two capability factors, actuals.
Document sales_document() {
    auto document = english_office().create_spreadsheet();
    const std::string sheet = "Sheet1";
    document.set_text(sheet, "A1", "Name");
    document.set_text(sheet, "B1", "Last year");
    const char* names[] = {"Ann", "Bo", "Chen", "Dana", "Eli"};
    for (int i = 0; i < 5; ++i)
        document.set_text(sheet, "A" + std::to_string(i + 2), names[i]);
    document.set_values(sheet, "B2:B6", {{1200}, {800}, {1000}, {600}, {400}});
    document.set_values(sheet, "C2:D6", {{5, 80}, {3, 60}, {4, 90}, {2, 40}, {1, 30}}); // factors
    document.set_values(sheet, "E2:E6", {{300}, {150}, {260}, {90}, {120}});            // actuals
    return document;
}

double sum(const Grid& grid) {
    double total = 0;
    for (const auto& row : grid)
        for (double value : row)
            total += std::isnan(value) ? 0 : value;
    return total;
}

// Every cell of the plan's sheet: no error anywhere.
void expect_no_errors(const Document& document, const std::string& sheet) {
    const auto extent = document.used_extent(sheet);
    for (int row = 0; row < extent.rows; ++row)
        for (int column = 0; column < extent.columns; ++column) {
            const auto cell = document.cell(sheet, column, row);
            EXPECT_EQ(cell.error, 0) << sheet << "." << office::cell_name(column, row) << " "
                                     << cell.formula << " shows " << cell.text;
        }
}

bool check_holds(const Document& document, const std::string& name) {
    const auto at = document.named_range(name);
    const auto cell = document.cell(at.sheet, at.range());
    return cell.error == 0 && cell.value == 1.0;
}

TEST(Decompose, WritesALivePlanThatAddsUpAndFollowsTheTotal) {
    auto document = sales_document();
    const auto result = document.dispatch(
        decompose, {{"Total", 5000.0}, {"InputRange", "$Sheet1.$B$2:$B$6"}, {"Unit", 10.0}});
    ASSERT_EQ(result.status(), "done") << describe(result);
    EXPECT_EQ(result.text("Sheet"), "Plan");
    EXPECT_EQ(result.number("Check"), 1);
    expect_no_errors(document, "Plan");

    const auto targets = document.named_range("Plan_Targets");
    EXPECT_EQ(targets.sheet, "Plan");
    EXPECT_EQ(targets.rows, 5);
    EXPECT_NE(document.cell("Plan", targets.column, targets.row).formula.find("SPLIT("),
              std::string::npos)
        << "live formulas, not values";
    EXPECT_EQ(document.named_range("Plan_Total").sheet, "Plan");
    EXPECT_EQ(document.named_range("Plan_Labels").range(), "A2:A6") << "the names beside the basis";
    EXPECT_EQ(document.named_range("Plan_Basis").range(), "B2:B6");
    ASSERT_EQ(document.charts("Plan"), std::vector<std::string>{"Plan_Chart"});
    // One series, the targets, named by the rows; the plan's title, no legend.
    const auto chart = document.chart("Plan", "Plan_Chart");
    EXPECT_EQ(chart.categories, (std::vector<std::string>{"Ann", "Bo", "Chen", "Dana", "Eli"}));
    ASSERT_EQ(chart.series.size(), 1u);
    std::vector<double> planned;
    for (const auto& row : document.values("Plan", targets.range()))
        planned.push_back(row.at(0));
    EXPECT_EQ(chart.series[0], planned);
    EXPECT_NE(chart.title.find("Plan"), std::string::npos) << chart.title;
    EXPECT_FALSE(chart.legend);

    // The same numbers as ALLOT.SPLIT computed directly.
    document.set_array_formula("Sheet1", "G2:G6", "=ALLOT.SPLIT(5000;B2:B6;10)");
    document.recalculate();
    EXPECT_EQ(document.values("Plan", targets.range()), document.values("Sheet1", "G2:G6"));

    // Editing the total recalculates the plan exactly.
    const auto total = document.named_range("Plan_Total");
    document.set_value(total.sheet, total.range(), 7770);
    document.recalculate();
    EXPECT_EQ(sum(document.values("Plan", targets.range())), 7770);
    EXPECT_TRUE(check_holds(document, "Plan_Check"));
}

TEST(Decompose, OneUndoTakesTheWholePlanBack) {
    auto document = sales_document();
    const auto sheets = document.sheet_names();
    const auto steps = document.undo_titles().size();
    const auto result = document.dispatch(decompose, {{"Total", 5000.0},
                                                      {"InputRange", "$Sheet1.$B$2:$B$6"},
                                                      {"Actuals", "E2:E6"},
                                                      {"Levels", true}});
    ASSERT_EQ(result.status(), "done") << describe(result);
    EXPECT_EQ(document.undo_titles().size(), steps + 1) << "one step";
    document.undo();
    EXPECT_EQ(document.sheet_names(), sheets) << "the plan's sheet is gone";
    EXPECT_THROW(document.named_range("Plan_Total"), std::runtime_error) << "and its names";
}

TEST(Decompose, EveryMethodWritesAPlanWhoseCheckIsTrue) {
    auto document = english_office().create_spreadsheet();
    const std::string sheet = "Sheet1";
    // Three years × twelve months of history, four regions × twelve months.
    Grid history;
    for (int year = 0; year < 3; ++year) {
        history.emplace_back();
        for (int month = 0; month < 12; ++month)
            history.back().push_back(100 + 10 * year + (month % 6) * 7 + (month == 11 ? 40 : 0));
    }
    document.set_values(sheet, "B2:M4", history);
    Grid seed;
    for (int region = 0; region < 4; ++region) {
        seed.emplace_back();
        for (int month = 0; month < 12; ++month)
            seed.back().push_back(50 + region * 20 + (month % 4) * 5);
    }
    for (int region = 0; region < 4; ++region)
        document.set_text(sheet, "A" + std::to_string(region + 7),
                          "Region " + std::to_string(region + 1));
    document.set_values(sheet, "B7:M10", seed);
    // A tree: company → two regions → people.
    const char* ids[] = {"Co", "North", "South", "Ann", "Bo", "Chen"};
    const char* parents[] = {"", "Co", "Co", "North", "North", "South"};
    const double tree_weights[] = {0, 3, 2, 1, 2, 1};
    // A KPI tree: revenue = customers × revenue per customer.
    const char* kpi_ids[] = {"Revenue", "Customers", "Per customer"};
    const char* kpi_parents[] = {"", "Revenue", "Revenue"};
    const char* operators[] = {"*", "+", "+"};
    const double baselines[] = {1000000, 500, 2000};
    for (int i = 0; i < 6; ++i) {
        const std::string row = std::to_string(i + 13);
        document.set_text(sheet, "A" + row, ids[i]);
        if (*parents[i])
            document.set_text(sheet, "B" + row, parents[i]);
        document.set_value(sheet, "C" + row, tree_weights[i]);
    }
    for (int i = 0; i < 3; ++i) {
        const std::string row = std::to_string(i + 21);
        document.set_text(sheet, "A" + row, kpi_ids[i]);
        if (*kpi_parents[i])
            document.set_text(sheet, "B" + row, kpi_parents[i]);
        document.set_text(sheet, "C" + row, operators[i]);
        document.set_value(sheet, "D" + row, baselines[i]);
    }
    document.set_values(sheet, "F13:F15", {{0.5}, {0.4}, {0.25}}); // funnel rates
    document.set_values(sheet, "H13:H17", {{10}, {20}, {30}, {25}, {15}});
    document.set_values(sheet, "I13:J17", {{5, 1}, {3, 2}, {4, 1}, {2, 1}, {1, 1}});
    document.set_values(sheet, "K13:K17", {{4}, {9}, {8}, {2}, {5}});

    const std::vector<Arguments> plans = {
        {{"Method", "equal"}, {"Total", 1000.0}, {"InputRange", "H13:H17"}},
        {{"Method", "capability"},
         {"Total", 1000.0},
         {"InputRange", "H13:H17"},
         {"Factors", "I13:J17"},
         {"FactorWeights", "0.7;0.3"}},
        {{"Method", "seasonal"}, {"Total", 12000.0}, {"InputRange", "B2:M4"}},
        {{"Method", "grid"}, {"Total", 6000.0}, {"InputRange", "B7:M10"}, {"History", "B2:M4"}},
        {{"Method", "tree"}, {"Total", 900.0}, {"InputRange", "A13:C18"}},
        {{"Method", "kpi"}, {"Total", 1200000.0}, {"InputRange", "A21:D23"}},
        {{"Method", "funnel"},
         {"Total", 1000000.0},
         {"InputRange", "F13:F15"},
         {"DealSize", 50000.0},
         {"Periods", 52.0},
         {"People", 4.0}},
        {{"Method", "okr"}, {"Total", 100.0}, {"InputRange", "H13:H17"}, {"Actuals", "K13:K17"}},
    };
    for (const auto& arguments : plans) {
        const std::string method = std::get<std::string>(arguments.front().second);
        const auto result = document.dispatch(decompose, arguments);
        ASSERT_EQ(result.status(), "done") << method << ": " << describe(result);
        EXPECT_EQ(result.number("Check"), 1) << method << ": " << result.message();
        const std::string plan = result.text("Name");
        expect_no_errors(document, result.text("Sheet"));
        EXPECT_TRUE(check_holds(document, plan + "_Check")) << method;
        // Every chart is one series (months in a row included), named by the rows.
        for (const auto& name : document.charts(result.text("Sheet"))) {
            const auto chart = document.chart(result.text("Sheet"), name);
            EXPECT_EQ(chart.series.size(), 1u) << method;
            if (!chart.series.empty())
                EXPECT_EQ(chart.series[0].size(), chart.categories.size()) << method;
            EXPECT_GT(chart.categories.size(), 1u) << method;
        }
    }
}

TEST(Decompose, ComparesTwoMethodsBeforeWriting) {
    auto document = sales_document();
    const auto result = document.dispatch(
        decompose, {{"Total", 5000.0}, {"InputRange", "B2:B6"}, {"Compare", "equal"}});
    ASSERT_EQ(result.status(), "done") << describe(result);
    EXPECT_NE(result.message().find("Fairness"), std::string::npos) << result.message();
    EXPECT_LT(result.number("FirstSpread"), 0.01) << "proportional grows everyone alike";
    EXPECT_GT(result.number("SecondSpread"), 1.0) << "equal does not";
    // The comparison's numbers are SPLIT's.
    document.set_array_formula("Sheet1", "G2:G6", "=ALLOT.SPLIT(5000;B2:B6)");
    document.set_array_formula("Sheet1", "H2:H6", "=ALLOT.SPLIT(5000;{1|1|1|1|1})");
    document.set_array_formula("Sheet1", "I2:I6", "=ALLOT.WEIGHTS(C2:D6;{0.6;0.4})");
    document.recalculate();
    EXPECT_EQ(sum(document.values("Sheet1", "G2:G6")), 5000);
    const auto capability = document.dispatch(decompose, {{"Total", 5000.0},
                                                          {"InputRange", "B2:B6"},
                                                          {"Method", "capability"},
                                                          {"Factors", "C2:D6"},
                                                          {"FactorWeights", "0.6;0.4"},
                                                          {"Compare", "proportional"}});
    ASSERT_EQ(capability.status(), "done") << describe(capability);
    const auto plan = document.named_range(capability.text("Targets"));
    document.set_array_formula("Sheet1", "J2:J6", "=ALLOT.SPLIT(5000;I2:I6)");
    document.recalculate();
    EXPECT_EQ(document.values(plan.sheet, plan.range()), document.values("Sheet1", "J2:J6"));
}

TEST(Decompose, WritesIntoAChosenCellAndRefusesWhenItIsNotEmpty) {
    auto document = sales_document();
    const auto placed = document.dispatch(decompose, {{"Total", 5000.0},
                                                      {"InputRange", "B2:B6"},
                                                      {"Output", "$Sheet1.$H$10"},
                                                      {"Chart", false}});
    ASSERT_EQ(placed.status(), "done") << describe(placed);
    EXPECT_EQ(placed.text("Sheet"), "Sheet1");
    EXPECT_EQ(document.cell("Sheet1", "H10").kind, CellKind::Text) << "the title";

    const auto steps = document.undo_titles();
    const std::vector<Arguments> refused = {
        {{"Total", 5000.0}, {"InputRange", "B2:B6"}, {"Output", "$Sheet1.$A$1"}}, // not empty
        {{"Total", 5000.0}, {"InputRange", "A2:A6"}},                             // text
        {{"Total", 5000.0}, {"InputRange", "Nowhere!"}},
        {{"Total", 5000.0}, {"InputRange", "B2:B6"}, {"Method", "magic"}},
        {{"InputRange", "B2:B6"}},
        {{"Total", 5000.0},
         {"InputRange", "B2:B6"},
         {"Method", "capability"},
         {"Factors", "C2:D6"},
         {"FactorWeights", "1"}},
    };
    const auto sheets = document.sheet_names();
    for (const auto& arguments : refused) {
        const auto result = document.dispatch(decompose, arguments);
        EXPECT_EQ(result.status(), "refused") << describe(result);
        EXPECT_FALSE(result.message().empty());
        EXPECT_EQ(document.undo_titles(), steps) << result.message();
        EXPECT_EQ(document.sheet_names(), sheets) << result.message();
    }
    const auto taken = document.dispatch(
        decompose, {{"Total", 5000.0}, {"InputRange", "B2:B6"}, {"Output", "$Sheet1.$A$1"}});
    EXPECT_NE(taken.message().find("A1"), std::string::npos) << taken.message();

    // Over part of an array formula: refused even with Overwrite.
    document.set_array_formula("Sheet1", "N1:N3", "=ALLOT.SPLIT(9;{1|1|1})");
    const auto cut = document.dispatch(decompose, {{"Total", 5000.0},
                                                   {"InputRange", "B2:B6"},
                                                   {"Output", "$Sheet1.$M$3"},
                                                   {"Chart", false},
                                                   {"Overwrite", true}});
    EXPECT_EQ(cut.status(), "refused") << describe(cut);
    EXPECT_NE(cut.message().find("N1:N3"), std::string::npos) << cut.message();
}

TEST(Decompose, WritesOverCellsInUseWhenToldAndOneUndoBringsThemBack) {
    auto document = sales_document();
    document.set_text("Sheet1", "J12", "old note");
    document.set_value("Sheet1", "K14", 42);
    const auto before = document.values("Sheet1", "H10:P20");
    const auto result = document.dispatch(decompose, {{"Total", 5000.0},
                                                      {"InputRange", "B2:B6"},
                                                      {"Output", "$Sheet1.$H$10"},
                                                      {"Chart", false},
                                                      {"Overwrite", true}});
    ASSERT_EQ(result.status(), "done") << describe(result);
    EXPECT_EQ(result.number("Check"), 1);
    EXPECT_NE(document.cell("Sheet1", "J12").text, "old note");
    document.undo();
    EXPECT_EQ(document.cell("Sheet1", "J12").text, "old note");
    EXPECT_EQ(document.cell("Sheet1", "K14").value, 42);
    const auto after = document.values("Sheet1", "H10:P20");
    for (std::size_t row = 0; row < before.size(); ++row)
        for (std::size_t column = 0; column < before[row].size(); ++column)
            if (!std::isnan(before[row][column]))
                EXPECT_EQ(after[row][column], before[row][column]) << row << "," << column;
}

TEST(Decompose, MarksAttainmentBelow80PercentRed) {
    auto document = sales_document();
    const auto result = document.dispatch(
        decompose, {{"Total", 1000.0}, {"InputRange", "B2:B6"}, {"Actuals", "E2:E6"}});
    ASSERT_EQ(result.status(), "done") << describe(result);
    const auto attainment = document.named_range("Plan_Attainment");
    EXPECT_EQ(document.conditions(attainment.sheet, attainment.range()), 1);
    const auto status = document.cell(attainment.sheet, attainment.column + 1, attainment.row);
    EXPECT_FALSE(status.text.empty()) << "ALLOT.STATUS beside it";
    expect_no_errors(document, "Plan");
}

} // namespace
} // namespace allot::integration
