// The Targets menu's commands in a real office, driven as a macro drives
// them: XDispatchHelper::executeDispatch with named arguments, no dialog.
// Each command that writes is one undo step that restores the sheet exactly,
// and writes nothing when it refuses.
#include "shared_office.hpp"

#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace allot::integration {
namespace {

using office::CellKind;
using office::Document;
using Grid = std::vector<std::vector<double>>;

constexpr char redistribute[] = "vnd.org.allot:Redistribute";
constexpr char hold[] = "vnd.org.allot:Hold";
constexpr char release[] = "vnd.org.allot:Release";
constexpr char freeze[] = "vnd.org.allot:FreezeForExcel";
constexpr char why[] = "vnd.org.allot:Why";

// Three regions × four months; C4 is blank (read as 0).
const Grid plan = {{1200, 1500, 1800, 2100}, {800, 950, 1000, 1250}, {400, 0, 700, 300}};

Document plan_document() {
    auto document = english_office().create_spreadsheet();
    document.set_values("Sheet1", "B2:E4", plan);
    document.clear("Sheet1", "C4");
    return document;
}

// The numbers of a range, a blank cell as 0.
Grid numbers(const Document& document, const char* range) {
    Grid grid = document.values("Sheet1", range);
    for (auto& row : grid)
        for (double& value : row)
            if (std::isnan(value))
                value = 0;
    return grid;
}

double sum(const Grid& grid) {
    double total = 0;
    for (const auto& row : grid)
        for (double value : row)
            total += value;
    return total;
}

std::string describe(const office::CommandResult& result) {
    return result.status() + ": " + result.message();
}

TEST(Redistribute, SpreadsLikeSplitKeepingHeldCellsAndClosedPeriods) {
    auto document = plan_document();
    ASSERT_EQ(document.dispatch(hold, {{"Range", "C3"}}).status(), "done");
    const auto result = document.dispatch(redistribute, {{"Range", "$Sheet1.$B$2:$E$4"},
                                                         {"Total", 15000.0},
                                                         {"Unit", 10.0},
                                                         {"ClosedPeriods", 1.0}});
    ASSERT_EQ(result.status(), "done") << describe(result);
    EXPECT_EQ(result.number("Held"), 4) << "three closed January cells and C3";
    EXPECT_EQ(result.number("AddsUp"), 1);
    EXPECT_EQ(result.number("Total"), 15000);
    const Grid after = numbers(document, "B2:E4");
    EXPECT_EQ(sum(after), 15000);
    for (int row = 0; row < 3; ++row)
        EXPECT_EQ(after[row][0], plan[row][0]) << "January is closed";
    EXPECT_EQ(after[1][1], 950) << "C3 is held";

    // The same as ALLOT.SPLIT over the old values with those cells fixed.
    document.set_values("Sheet1", "H2:K4", plan);
    document.set_values("Sheet1", "U2:U4", {{1200}, {800}, {400}});
    document.set_value("Sheet1", "V3", 950);
    document.set_array_formula("Sheet1", "P2:S4", "=ALLOT.SPLIT(15000;H2:K4;10;;;U2:X4)");
    document.recalculate();
    EXPECT_EQ(after, document.values("Sheet1", "P2:S4")) << "same rounding, same ties as SPLIT";
}

TEST(Redistribute, IsOneUndoStepThatRestoresTheSheetExactly) {
    auto document = plan_document();
    const auto steps = document.undo_titles().size();
    const auto result = document.dispatch(
        redistribute, {{"Range", "B2:E4"}, {"Total", "+10%"}, {"Basis", "equal"}});
    ASSERT_EQ(result.status(), "done") << describe(result);
    EXPECT_EQ(document.cell("Sheet1", "C4").kind, CellKind::Value) << "an equal share for a blank";
    EXPECT_EQ(document.undo_titles().size(), steps + 1) << "one step";
    document.undo();
    EXPECT_EQ(numbers(document, "B2:E4"), plan);
    EXPECT_EQ(document.cell("Sheet1", "C4").kind, CellKind::Empty) << "the blank is blank again";
}

TEST(Redistribute, TakesTheUsedPartOfWholeColumns) {
    auto document = plan_document();
    const auto result =
        document.dispatch(redistribute, {{"Range", "$Sheet1.$B$1:$E$1048576"}, {"Total", 15000.0}});
    ASSERT_EQ(result.status(), "done") << describe(result);
    EXPECT_EQ(result.number("Cells"), 16) << "B1:E4: the used rows, not a million";
    EXPECT_EQ(sum(numbers(document, "B1:E4")), 15000);
    EXPECT_EQ(document.cell("Sheet1", "B1").kind, CellKind::Empty)
        << "a blank with no basis stays blank";
}

TEST(Redistribute, RefusesAndWritesNothing) {
    auto document = plan_document();
    document.set_text("Sheet1", "F2", "n/a");
    document.dispatch(hold, {{"Range", "B2:B4"}});
    const auto steps = document.undo_titles();
    const std::vector<std::vector<std::pair<std::string, office::Value>>> refused = {
        {{"Range", "B2:F4"}, {"Total", 10000.0}},   // text in the block
        {{"Range", "B2:E4"}, {"Total", 1000.0}},    // held cells above the total
        {{"Range", "Nowhere!"}, {"Total", 1000.0}}, // not a range
        {{"Range", "B2:E4"}, {"Total", "lots"}},    // not a total
        {{"Range", "B2:E4"}},                       // no total
        {{"Range", "B2:E4"}, {"Total", 1000.0}, {"Unit", -5.0}},
        {{"Range", "B2:E4"}, {"Total", 9000.0}, {"Basis", "H2:H3"}}, // basis of another shape
    };
    for (const auto& arguments : refused) {
        const auto result = document.dispatch(redistribute, arguments);
        EXPECT_EQ(result.status(), "refused") << describe(result);
        EXPECT_FALSE(result.message().empty());
        EXPECT_EQ(numbers(document, "B2:E4"), plan) << result.message();
        EXPECT_EQ(document.undo_titles(), steps) << result.message();
    }
    const auto text = document.dispatch(redistribute, {{"Range", "B2:F4"}, {"Total", 1e4}});
    EXPECT_NE(text.message().find("F2"), std::string::npos) << text.message();
    const auto held = document.dispatch(redistribute, {{"Range", "B2:E4"}, {"Total", 1000.0}});
    EXPECT_NE(held.message().find("2,400"), std::string::npos)
        << "names the held cells' sum: " << held.message();
}

TEST(Hold, MarksSurviveSaveAndReloadAndReleaseTakesThemOff) {
    auto document = plan_document();
    const auto held = document.dispatch(hold, {{"Range", "B2:C3"}});
    ASSERT_EQ(held.status(), "done") << describe(held);
    EXPECT_EQ(held.number("Held"), 4);
    EXPECT_EQ(document.cell_style("Sheet1", "B2"), "Allot Held");
    EXPECT_EQ(document.cell_style("Sheet1", "D2"), "Default");
    const auto file = scratch_dir() / "held.ods";
    document.store(file, office::FileFormat::Ods);
    document.close();

    auto reloaded = english_office().load(file);
    EXPECT_EQ(reloaded.cell_style("Sheet1", "C3"), "Allot Held");
    const auto result = reloaded.dispatch(redistribute, {{"Range", "B2:E4"}, {"Total", 20000.0}});
    ASSERT_EQ(result.status(), "done") << describe(result);
    EXPECT_EQ(reloaded.values("Sheet1", "B2:C3"), (Grid{{1200, 1500}, {800, 950}}));
    EXPECT_EQ(result.number("Held"), 4);

    const auto released = reloaded.dispatch(release, {{"Range", "B2:B3"}});
    EXPECT_EQ(released.number("Released"), 2);
    EXPECT_EQ(reloaded.cell_style("Sheet1", "B2"), "Default");
    EXPECT_EQ(reloaded.cell_style("Sheet1", "C2"), "Allot Held");
    reloaded.undo();
    EXPECT_EQ(reloaded.cell_style("Sheet1", "B2"), "Allot Held") << "Release is one undo step";
}

TEST(Hold, KeepsTheLookOfTheCellsOwnStyle) {
    auto document = plan_document();
    document.dispatch(hold, {{"Range", "B2"}});
    ASSERT_EQ(document.cell_style("Sheet1", "B2"), "Allot Held");
    // A cell with a style of its own keeps it underneath the mark.
    auto other = english_office().create_spreadsheet();
    other.set_value("Sheet1", "A1", 5);
    other.dispatch(hold, {{"Range", "A1"}});
    other.dispatch(release, {{"Range", "A1"}});
    EXPECT_EQ(other.cell_style("Sheet1", "A1"), "Default");
}

TEST(Redistribute, ChangesAPlansTotalAndLetsItRecalculate) {
    // A new workbook from the annual plan template, as the .oxt ships it.
    auto document = english_office().load(std::filesystem::path(ALLOT_TEMPLATES_DIR) / "templates" /
                                          "Allot" / "annual-plan.en.ots");
    document.recalculate();
    const auto total = document.named_range("AnnualTarget");
    const auto targets = document.named_range("RegionTargets");
    const double before = document.cell(total.sheet, total.range()).value;
    document.select(targets.sheet, targets.range());
    const auto result = document.dispatch(redistribute, {{"Total", "+10%"}});
    ASSERT_EQ(result.status(), "done") << describe(result);
    EXPECT_NE(result.text("TotalCell").find("AnnualTarget"), std::string::npos)
        << result.text("TotalCell");
    EXPECT_EQ(document.cell(total.sheet, total.range()).value, std::round(before * 1.1));
    EXPECT_EQ(result.number("AddsUp"), 1) << result.message();
    EXPECT_EQ(result.number("ChecksHold"), 1) << result.message();
    EXPECT_GT(result.number("Changed"), 0);
    document.undo();
    EXPECT_EQ(document.cell(total.sheet, total.range()).value, before);
}

TEST(FreezeForExcel, WritesValuesForAllotAndKeepsNativeFormulas) {
    auto document = plan_document();
    document.set_array_formula("Sheet1", "G2:G4", "=ALLOT.SPLIT(1000;B2:B4)");
    document.set_formula("Sheet1", "H2", "=SUM(G2:G4)");
    document.set_formula("Sheet1", "H3", "=ALLOT.SPLIT(100;B2:B4)+1");
    document.set_formula("Sheet1", "H4", "=ALLOT.SPLIT(100;F2)");
    document.set_text("Sheet1", "F2", "text");
    document.recalculate();
    const auto steps = document.undo_titles();
    const auto file = scratch_dir() / "for excel.xlsx";
    const auto result = document.dispatch(freeze, {{"URL", file.string()}});
    ASSERT_EQ(result.status(), "done") << describe(result);
    EXPECT_EQ(result.number("Frozen"), 5);
    EXPECT_TRUE(std::filesystem::is_regular_file(file));
    EXPECT_NE(document.cell("Sheet1", "G2").formula.find("ALLOT"), std::string::npos)
        << "the open document keeps its formulas";
    EXPECT_EQ(document.undo_titles(), steps);

    auto copy = english_office().load(file);
    const auto grid = copy.values("Sheet1", "G2:G4");
    EXPECT_EQ(grid, document.values("Sheet1", "G2:G4"));
    for (const char* cell : {"G2", "G3", "G4", "H3"})
        EXPECT_EQ(copy.cell("Sheet1", cell).kind, CellKind::Value) << cell;
    EXPECT_EQ(copy.cell("Sheet1", "H2").formula, "=SUM(G2:G4)");
    EXPECT_EQ(copy.cell("Sheet1", "H2").value, 1000);
    EXPECT_EQ(copy.cell("Sheet1", "H4").text, "Err:502") << "an error keeps what it shows";
}

TEST(Why, ExplainsTheErrorOfACellWithoutEditingIt) {
    auto document = english_office().create_spreadsheet();
    document.set_value("Sheet1", "A1", 1);
    document.set_text("Sheet1", "A2", "abc");
    document.set_value("Sheet1", "A3", 2);
    document.set_array_formula("Sheet1", "B1:B3", "=ALLOT.SPLIT(100;A1:A3)");
    document.set_formula("Sheet1", "C1", "=ALLOT.SPLIT(100;A1)");
    document.set_formula("Sheet1", "D1", "=SUM(A1:A3)");
    document.set_formula("Sheet1", "E1", "=1/0");
    document.set_formula("Sheet1", "E2", "=ALLOT.SPLIT(E1;A1)");
    document.recalculate();
    const auto steps = document.undo_titles();

    const auto text = document.dispatch(why, {{"Cell", "B2"}});
    ASSERT_EQ(text.status(), "done") << describe(text);
    EXPECT_NE(text.message().find("Item 2 of the weights argument is text"), std::string::npos)
        << text.message();
    EXPECT_EQ(text.text("Function"), "ALLOT.SPLIT");

    const auto fine = document.dispatch(why, {{"Cell", "C1"}});
    EXPECT_EQ(fine.status(), "done");
    EXPECT_NE(fine.message().find("nothing wrong"), std::string::npos) << fine.message();

    const auto native = document.dispatch(why, {{"Cell", "D1"}});
    EXPECT_EQ(native.status(), "refused");
    EXPECT_NE(native.message().find("no ALLOT formula"), std::string::npos) << native.message();

    const auto upstream = document.dispatch(why, {{"Cell", "E2"}});
    EXPECT_NE(upstream.message().find("E1"), std::string::npos) << upstream.message();
    EXPECT_EQ(document.undo_titles(), steps) << "Why writes nothing";
}

TEST(Commands, AnswerInChineseInAChineseOffice) {
    auto document = chinese_office().create_spreadsheet();
    const auto sheet = document.sheet_names().front(); // 工作表1
    document.set_values(sheet, "A1:A3", {{5}, {2}, {3}});
    const auto held = document.dispatch(hold, {{"Range", "A1"}});
    EXPECT_EQ(held.status(), "done") << describe(held);
    EXPECT_EQ(document.cell_style(sheet, "A1"), "Allot 锁定");
    const auto refused = document.dispatch(redistribute, {{"Range", "A1:A3"}, {"Total", 3.0}});
    EXPECT_EQ(refused.status(), "refused");
    EXPECT_NE(refused.message().find("锁定单元格"), std::string::npos) << refused.message();
    const auto done = document.dispatch(redistribute, {{"Range", "A1:A3"}, {"Total", 15.0}});
    EXPECT_NE(done.message().find("精确"), std::string::npos) << done.message();
    EXPECT_EQ(document.values(sheet, "A1:A3"), (Grid{{5}, {4}, {6}}));
}

} // namespace
} // namespace allot::integration
