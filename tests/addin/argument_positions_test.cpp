// The engine names the argument at fault by its position (an enum in each
// function's header); the add-in shows the name at that position in the
// function table. Here every argument the engine can name is made to fail
// through the engine itself, and the reason must name that argument, in
// every language: the engine's positions and the table agree.
#include "messages.hpp"

#include <allot/apportion.hpp>
#include <allot/commission.hpp>
#include <allot/funnel.hpp>
#include <allot/kpi.hpp>
#include <allot/levels.hpp>
#include <allot/matrix.hpp>
#include <allot/okr.hpp>
#include <allot/profile.hpp>
#include <allot/split.hpp>
#include <allot/tracking.hpp>
#include <allot/tree.hpp>
#include <allot/weights.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

using namespace allot;
using namespace allot::addin;

namespace {

const double nan = std::nan("");
using Cells = std::vector<std::optional<double>>;
using Labels = std::vector<std::optional<std::string>>;

struct Case {
    std::string_view function; // programmatic
    std::function<void()> call;
    std::string_view argument;
};

SplitRequest split_request() {
    SplitRequest r;
    r.total = 10;
    r.weights = {1, 1};
    return r;
}

FunnelRequest funnel_request() {
    FunnelRequest r;
    r.target = 100;
    r.deal_size = 10;
    r.rates = {0.5};
    return r;
}

TreeRequest tree_request() {
    TreeRequest r;
    r.total = 10;
    r.ids = Labels{"A", "B"};
    r.parents = Labels{std::nullopt, std::nullopt};
    r.weights = {1, 1};
    return r;
}

KpiRequest kpi_request() {
    KpiRequest r;
    r.target = 10;
    r.ids = Labels{"R", "A"};
    r.parents = Labels{std::nullopt, "R"};
    r.operators = Labels{"+", std::nullopt};
    r.baselines = {std::nullopt, 5};
    return r;
}

OkrRequest okr_request() {
    OkrRequest r;
    r.actual = {5};
    r.baseline = {0};
    r.target = {10};
    return r;
}

CommissionRequest commission_request() {
    CommissionRequest r;
    r.actual = 10;
    r.target = 10;
    r.thresholds = {0};
    r.rates = {0.1};
    return r;
}

WeightsRequest weights_request() {
    WeightsRequest r;
    r.factors = {1, 1};
    r.columns = 1;
    r.factor_weights = {1};
    return r;
}

MatrixRequest matrix_request() {
    MatrixRequest r;
    r.rows = 1;
    r.columns = 1;
    r.row_totals = {1};
    r.column_totals = {1};
    r.seed = {1};
    return r;
}

template <class Request, class Change, class Run>
std::function<void()> failing(Request request, Change change, Run run) {
    change(request);
    return [request, run] { run(request); };
}

std::vector<Case> cases() {
    const auto s = [](auto change) { return failing(split_request(), change, split); };
    const auto f = [](auto change) { return failing(funnel_request(), change, funnel); };
    const auto t = [](auto change) { return failing(tree_request(), change, tree); };
    const auto k = [](auto change) { return failing(kpi_request(), change, kpi); };
    const auto o = [](auto change) { return failing(okr_request(), change, okr); };
    const auto c = [](auto change) { return failing(commission_request(), change, commission); };
    const auto w = [](auto change) { return failing(weights_request(), change, weights); };
    const auto m = [](auto change) { return failing(matrix_request(), change, matrix); };
    return {
        {"split", s([](auto& r) { r.total = nan; }), "total"},
        {"split", s([](auto& r) { r.weights[1] = nan; }), "weights"},
        {"split", s([](auto& r) { r.unit = nan; }), "unit"},
        {"split", s([](auto& r) {
             r.minimums = {0, nan};
         }),
         "minimums"},
        {"split", s([](auto& r) {
             r.maximums = {nan, 9};
         }),
         "maximums"},
        {"split", s([](auto& r) {
             r.fixed = {nan, std::nullopt};
         }),
         "fixed"},
        {"split", s([](auto& r) {
             r.minimums = {0, 0, 0};
         }),
         "minimums"},
        {"split", s([](auto& r) { r.maximums = {9}; }), "maximums"},
        {"split", s([](auto& r) {
             r.fixed = {1, 1, 1};
         }),
         "fixed"},
        {"funnel", f([](auto& r) { r.target = nan; }), "target"},
        {"funnel", f([](auto& r) { r.target = -1; }), "target"},
        {"funnel", f([](auto& r) { r.deal_size = nan; }), "deal_size"},
        {"funnel", f([](auto& r) { r.deal_size = 0; }), "deal_size"},
        {"funnel", f([](auto& r) { r.rates = {nan}; }), "rates"},
        {"funnel", f([](auto& r) { r.periods = nan; }), "periods"},
        {"funnel", f([](auto& r) { r.periods = 0; }), "periods"},
        {"funnel", f([](auto& r) { r.people = nan; }), "people"},
        {"funnel", f([](auto& r) { r.people = -1; }), "people"},
        {"funnelyield",
         [] {
             FunnelYieldRequest r;
             r.activity = nan;
             r.rates = {0.5};
             funnel_yield(r);
         },
         "activity"},
        {"funnelyield",
         [] {
             FunnelYieldRequest r;
             r.activity = 10;
             r.rates = {nan};
             funnel_yield(r);
         },
         "rates"},
        {"funnelyield",
         [] {
             FunnelYieldRequest r;
             r.activity = 10;
             r.rates = {0.5};
             r.deal_size = 0;
             funnel_yield(r);
         },
         "deal_size"},
        {"tree", t([](auto& r) { r.total = nan; }), "total"},
        {"tree", t([](auto& r) { r.weights[0] = nan; }), "weights"},
        {"tree", t([](auto& r) { r.parents.pop_back(); }), "parents"},
        {"tree", t([](auto& r) { r.weights.pop_back(); }), "weights"},
        {"kpi", k([](auto& r) { r.target = nan; }), "target"},
        {"kpi", k([](auto& r) { r.baselines[1] = nan; }), "baselines"},
        {"kpi", k([](auto& r) {
             r.efforts = {std::nullopt, nan};
         }),
         "efforts"},
        {"kpi", k([](auto& r) {
             r.fixed = {std::nullopt, nan};
         }),
         "fixed"},
        {"kpi", k([](auto& r) { r.parents.pop_back(); }), "parents"},
        {"kpi", k([](auto& r) { r.operators.pop_back(); }), "operators"},
        {"kpi", k([](auto& r) { r.baselines.pop_back(); }), "baselines"},
        {"kpi", k([](auto& r) { r.efforts = {1}; }), "efforts"},
        {"kpi", k([](auto& r) { r.fixed = {1}; }), "fixed"},
        {"okr", o([](auto& r) { r.actual = {nan}; }), "actual"},
        {"okr", o([](auto& r) { r.baseline = {nan}; }), "baseline"},
        {"okr", o([](auto& r) { r.target = {nan}; }), "target"},
        {"okr", o([](auto& r) { r.weights = {nan}; }), "weights"},
        {"okr", o([](auto& r) {
             r.baseline = {0, 0};
         }),
         "baseline"},
        {"okr", o([](auto& r) {
             r.target = {1, 1};
         }),
         "target"},
        {"okr", o([](auto& r) {
             r.weights = {1, 1};
         }),
         "weights"},
        {"pace", [] { pace(nan, {1}, 1); }, "actual"},
        {"pace", [] { pace(1, {nan}, 1); }, "period_targets"},
        {"pace", [] { pace(1, {1}, nan); }, "elapsed"},
        {"status", [] { status(nan); }, "attainment"},
        {"status", [] { status(1, nan); }, "warn"},
        {"status", [] { status(1, std::nullopt, nan); }, "ok"},
        {"commission", c([](auto& r) { r.actual = nan; }), "actual"},
        {"commission", c([](auto& r) { r.target = nan; }), "target"},
        {"commission", c([](auto& r) { r.thresholds = {nan}; }), "thresholds"},
        {"commission", c([](auto& r) { r.rates = {nan}; }), "rates"},
        {"commission", c([](auto& r) { r.cap = nan; }), "cap"},
        {"weights", w([](auto& r) { r.factors[1] = nan; }), "factors"},
        {"weights", w([](auto& r) { r.factor_weights = {nan}; }), "factor_weights"},
        {"weights", w([](auto& r) {
             r.multipliers = {1, nan};
         }),
         "multipliers"},
        {"levels",
         [] {
             LevelsRequest r;
             r.targets = {1, nan};
             levels(r);
         },
         "targets"},
        {"levels",
         [] {
             LevelsRequest r;
             r.targets = {1};
             r.unit = nan;
             levels(r);
         },
         "unit"},
        {"apportion",
         [] {
             ApportionRequest r;
             r.count = 1;
             r.sizes = {1, nan};
             apportion(r);
         },
         "sizes"},
        {"profile",
         [] {
             ProfileRequest r;
             r.history = {1, nan};
             r.periods = 2;
             profile(r);
         },
         "history"},
        {"matrix", m([](auto& r) { r.row_totals = {nan}; }), "row_totals"},
        {"matrix", m([](auto& r) { r.column_totals = {nan}; }), "column_totals"},
        {"matrix", m([](auto& r) { r.seed = {nan}; }), "seed"},
        {"matrix", m([](auto& r) { r.unit = nan; }), "unit"},
    };
}

class ArgumentPositions : public ::testing::Test {
protected:
    static void SetUpTestSuite() { set_catalog_dir(ALLOT_LOCALE_DIR); }
};

TEST_F(ArgumentPositions, TheEngineNamesTheArgumentTheTableHasThere) {
    for (const Case& c : cases()) {
        const FunctionInfo* function = find_programmatic(c.function);
        ASSERT_NE(function, nullptr) << c.function;
        const auto position = function->position_of(c.argument);
        ASSERT_TRUE(position) << c.function << " has no argument " << c.argument;
        SCOPED_TRACE(std::string(c.function) + ": " + std::string(c.argument));
        try {
            c.call();
            ADD_FAILURE() << "no error";
        } catch (const Error& error) {
            EXPECT_EQ(error.argument(), position) << error.what();
            for (const Language& language : languages()) {
                const std::string text = explain(error, language, function);
                EXPECT_NE(text.find(argument_phrase(*function, *position, language)),
                          std::string::npos)
                    << text;
                EXPECT_EQ(text.find_first_of("{}"), std::string::npos) << text;
            }
        }
    }
}

} // namespace
