#include <allot/commands/compare.hpp>
#include <allot/commands/plan.hpp>
#include <allot/commands/refusal.hpp>
#include <allot/split.hpp>

#include "messages.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace allot::commands {
namespace {

const bool catalogs_found = (addin::set_catalog_dir(ALLOT_LOCALE_DIR), true);
const Language english = addin::language_of("en-US");

PlanRequest request_for(Method method, Range input) {
    PlanRequest request;
    request.method = method;
    request.name = "Plan";
    request.total = 5000;
    request.unit = 10;
    request.input = std::move(input);
    request.sheet = "Plan";
    return request;
}

const PlanCell* cell_at(const Plan& plan, int column, int row) {
    for (const PlanCell& cell : plan.cells)
        if (cell.column == column && cell.row == row)
            return &cell;
    return nullptr;
}

const PlanName* name_of(const Plan& plan, const std::string& name) {
    for (const PlanName& each : plan.names)
        if (each.name == name)
            return &each;
    return nullptr;
}

std::string formula_of(const Plan& plan, const std::string& name) {
    const PlanName* named = name_of(plan, name);
    if (!named)
        return {};
    const PlanCell* cell = cell_at(plan, named->range.column, named->range.row);
    return cell ? cell->text : std::string();
}

TEST(Reference, QuotesEverySheetName) {
    EXPECT_EQ(reference({"Sheet1", 1, 1, 1, 5}), "$'Sheet1'.$B$2:$B$6");
    EXPECT_EQ(reference({"Tom's plan", 0, 0}), "$'Tom''s plan'.$A$1");
    EXPECT_EQ(reference({"计划", 27, 9}), "$'计划'.$AB$10");
}

TEST(PlanName, IsSafeForNamedRanges) {
    EXPECT_EQ(plan_name("Plan 2027"), "Plan_2027");
    EXPECT_EQ(plan_name("2027"), "P2027");
    EXPECT_EQ(plan_name(""), "Plan");
    EXPECT_EQ(plan_name("  ++ "), "Plan");
    EXPECT_EQ(plan_name("North/South"), "North_South");
}

TEST(Methods, HaveNamesBothWays) {
    for (Method method : {Method::Proportional, Method::Equal, Method::Capability, Method::Seasonal,
                          Method::Grid, Method::Tree, Method::Funnel, Method::Kpi, Method::Okr}) {
        EXPECT_EQ(method_named(method_name(method)), method);
        EXPECT_FALSE(method_title(method).empty());
    }
    EXPECT_EQ(method_named("GRID"), Method::Grid);
    EXPECT_FALSE(method_named("magic"));
}

TEST(PlanFor, ProportionalIsSplitOverNamedInputs) {
    PlanRequest request = request_for(Method::Proportional, {"Data", 1, 1, 1, 5});
    request.labels = Range{"Data", 0, 1, 1, 5};
    const Plan plan = plan_for(request, english);
    EXPECT_EQ(plan.targets, "Plan_Targets");
    EXPECT_EQ(plan.check, "Plan_Check");
    const PlanName* targets = name_of(plan, "Plan_Targets");
    ASSERT_TRUE(targets);
    EXPECT_EQ(targets->range.rows, 5);
    EXPECT_EQ(formula_of(plan, "Plan_Targets"),
              "=ALLOT.SPLIT(Plan_Total;Plan_Weights;Plan_Unit;;;Plan_Holds)");
    EXPECT_EQ(formula_of(plan, "Plan_Weights"), "=Plan_BasisColumn");
    ASSERT_TRUE(name_of(plan, "Plan_Basis"));
    EXPECT_EQ(name_of(plan, "Plan_Basis")->range.sheet, "Data") << "the input stays where it is";
    EXPECT_EQ(name_of(plan, "Plan_Labels")->range.column, 0);
    const PlanCell* total = cell_at(plan, name_of(plan, "Plan_Total")->range.column,
                                    name_of(plan, "Plan_Total")->range.row);
    ASSERT_TRUE(total);
    EXPECT_EQ(total->kind, PlanCell::Kind::Value);
    EXPECT_EQ(total->look, PlanCell::Look::Input);
    EXPECT_EQ(total->value, 5000);
    EXPECT_NE(formula_of(plan, "Plan_Check").find("SUM(Plan_Targets)"), std::string::npos);
    ASSERT_TRUE(plan.chart);
    EXPECT_EQ(plan.chart->values.rows, 6) << "header and five targets";
    EXPECT_TRUE(plan.warnings.empty()) << "no actuals, no attainment";
}

TEST(PlanFor, EveryCellIsInsideTheFootprintAndWrittenOnce) {
    for (Method method : {Method::Proportional, Method::Equal, Method::Okr}) {
        PlanRequest request = request_for(method, {"Data", 1, 1, 1, 8});
        request.actuals = Range{"Data", 4, 1, 1, 8};
        request.levels = true;
        request.minimum = 10;
        request.column = 3;
        request.row = 2;
        const Plan plan = plan_for(request, english);
        std::set<std::pair<int, int>> written;
        for (const PlanCell& cell : plan.cells) {
            EXPECT_GE(cell.column, plan.footprint.column);
            EXPECT_GE(cell.row, plan.footprint.row);
            EXPECT_LE(cell.column + cell.columns, plan.footprint.column + plan.footprint.columns);
            EXPECT_LE(cell.row + cell.rows, plan.footprint.row + plan.footprint.rows);
            for (int c = cell.column; c < cell.column + cell.columns; ++c)
                for (int r = cell.row; r < cell.row + cell.rows; ++r)
                    EXPECT_TRUE(written.insert({c, r}).second)
                        << method_name(method) << ": cell " << c << "," << r << " written twice";
        }
        EXPECT_EQ(plan.footprint.column, 3);
        EXPECT_EQ(plan.footprint.row, 2);
        ASSERT_EQ(plan.warnings.size(), 1u) << "red below 80 %";
        EXPECT_EQ(plan.warnings.front().below, 0.8);
        EXPECT_TRUE(name_of(plan, "Plan_Levels"));
        EXPECT_NE(formula_of(plan, "Plan_Targets").find("Plan_Minimum"), std::string::npos);
    }
}

TEST(PlanFor, EachMethodUsesItsFunction) {
    struct Case {
        Method method;
        Range input;
        const char* function;
    };
    const Case cases[] = {
        {Method::Equal, {"D", 1, 1, 1, 5}, "ALLOT.SPLIT"},
        {Method::Seasonal, {"D", 1, 1, 12, 3}, "ALLOT.SPLIT"},
        {Method::Grid, {"D", 1, 1, 12, 4}, "ALLOT.MATRIX"},
        {Method::Tree, {"D", 0, 1, 3, 6}, "ALLOT.TREE"},
        {Method::Kpi, {"D", 0, 1, 4, 3}, "ALLOT.KPI"},
        {Method::Funnel, {"D", 5, 1, 1, 3}, "ALLOT.FUNNEL"},
    };
    for (const Case& each : cases) {
        PlanRequest request = request_for(each.method, each.input);
        request.deal_size = 50000;
        const Plan plan = plan_for(request, english);
        EXPECT_NE(formula_of(plan, plan.targets).find(each.function), std::string::npos)
            << method_name(each.method) << ": " << formula_of(plan, plan.targets);
        EXPECT_FALSE(formula_of(plan, plan.check).empty()) << method_name(each.method);
    }
    PlanRequest capability = request_for(Method::Capability, {"D", 1, 1, 1, 5});
    capability.factors = Range{"D", 2, 1, 2, 5};
    capability.factor_weights = {0.6, 0.4};
    const Plan plan = plan_for(capability, english);
    EXPECT_EQ(formula_of(plan, "Plan_Weights"), "=ALLOT.WEIGHTS(Plan_Factors;Plan_FactorWeights)");
}

TEST(PlanFor, Refuses) {
    const auto reason = [](const PlanRequest& request) {
        try {
            plan_for(request, english);
        } catch (const Refusal& refusal) {
            return refusal.reason();
        }
        ADD_FAILURE() << "no refusal";
        return Reason::Engine;
    };
    EXPECT_EQ(reason(request_for(Method::Proportional, {"D", 1, 1, 2, 5})), Reason::PlanInputShape);
    PlanRequest no_weights = request_for(Method::Capability, {"D", 1, 1, 1, 5});
    no_weights.factors = Range{"D", 2, 1, 2, 5};
    no_weights.factor_weights = {1};
    EXPECT_EQ(reason(no_weights), Reason::PlanFactorWeights);
    PlanRequest actuals = request_for(Method::Proportional, {"D", 1, 1, 1, 5});
    actuals.actuals = Range{"D", 2, 1, 1, 4};
    EXPECT_EQ(reason(actuals), Reason::PlanCountMismatch);
    EXPECT_EQ(reason(request_for(Method::Tree, {"D", 0, 1, 2, 5})), Reason::PlanInputShape);
    PlanRequest unit = request_for(Method::Proportional, {"D", 1, 1, 1, 5});
    unit.unit = -1;
    EXPECT_EQ(reason(unit), Reason::NegativeUnit);
}

TEST(PlanFor, SpeaksTheUiLanguage) {
    const Plan english_plan =
        plan_for(request_for(Method::Proportional, {"D", 1, 1, 1, 3}), english);
    const Plan chinese_plan =
        plan_for(request_for(Method::Proportional, {"D", 1, 1, 1, 3}), addin::language_of("zh-CN"));
    const auto title = [](const Plan& plan) { return cell_at(plan, 0, 0)->text; };
    EXPECT_NE(title(english_plan).find("Proportional"), std::string::npos) << title(english_plan);
    EXPECT_NE(title(chinese_plan).find("按依据比例分解"), std::string::npos) << title(chinese_plan);
}

TEST(Compare, IsSplitAndTellsHowFairEachMethodIs) {
    PreviewInput input;
    input.total = 5000;
    input.unit = 1;
    input.labels = {"Ann", "Bo", "Chen", "Dana", "Eli"};
    input.basis = {1200, 800, 1000, 600, 400};
    const Comparison comparison = compare(Method::Proportional, Method::Equal, input);
    SplitRequest split_request;
    split_request.total = 5000;
    split_request.weights = input.basis;
    EXPECT_EQ(comparison.first_targets, split(split_request));
    EXPECT_EQ(comparison.second_targets, (std::vector<double>{1000, 1000, 1000, 1000, 1000}));
    EXPECT_LT(comparison.first_fairness.spread, 1e-3) << "everyone grows alike";
    EXPECT_NEAR(comparison.second_fairness.spread, 1000.0 / 400 - 1000.0 / 1200, 1e-12);
    EXPECT_EQ(comparison.first_fairness.rows, 5);
    const std::string text = describe(comparison, input, english);
    EXPECT_NE(text.find("Ann"), std::string::npos) << text;
    EXPECT_NE(text.find("Fairness"), std::string::npos) << text;
    EXPECT_NE(text.find("5,000"), std::string::npos) << text;
}

TEST(Compare, KeepsHoldsAndCapability) {
    PreviewInput input;
    input.total = 1000;
    input.basis = {10, 20, 30};
    input.holds = {std::nullopt, 500.0, std::nullopt};
    input.factors = {1, 3, 1, 1, 2, 0};
    input.factor_columns = 2;
    input.factor_weights = {0.5, 0.5};
    const auto held = preview_targets(Method::Proportional, input);
    EXPECT_EQ(held[1], 500);
    EXPECT_EQ(held[0] + held[1] + held[2], 1000);
    const auto capability = preview_targets(Method::Capability, input);
    EXPECT_EQ(capability[1], 500);
    EXPECT_EQ(capability[0] + capability[2], 500);
    EXPECT_GT(capability[0], capability[2]) << "more of both factors";
}

// Every refusal and the wizard's question read in Chinese too, with every
// placeholder of the English text kept.
TEST(CommandTexts, EveryRefusalAndQuestionIsTranslated) {
    const Language chinese = addin::language_of("zh-CN");
    std::vector<std::string_view> texts = reason_templates();
    texts.push_back(overwrite_question);
    for (std::string_view english : texts) {
        if (english == "{1}")
            continue; // a failure's own words, or the engine's message
        const std::string translated = say(english, chinese);
        EXPECT_NE(translated, english) << "no Chinese for: " << english;
        for (std::size_t at = english.find('{'); at != std::string_view::npos;
             at = english.find('{', at + 1)) {
            const std::string_view placeholder = english.substr(at, english.find('}', at) - at + 1);
            EXPECT_NE(addin::translate(english, chinese).find(placeholder), std::string::npos)
                << placeholder << " lost in: " << translated;
        }
    }
}

} // namespace
} // namespace allot::commands
