// ALLOT.KPI: worked examples (additive and multiplicative driver trees,
// efforts, holds, mixed trees) and one test per error, naming the node.
#include "allot/error.hpp"
#include "allot/kpi.hpp"

#include "support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>

namespace {

using allot::kpi;
using allot::KpiRequest;
using allot::Problem;
using ::testing::DoubleNear;
using ::testing::ElementsAre;

using Labels = std::vector<std::optional<std::string>>;
using Cells = std::vector<std::optional<double>>;
constexpr std::optional<double> blank = std::nullopt;
const std::optional<std::string> none = std::nullopt;

KpiRequest tree(double target, Labels ids, Labels parents, Labels operators, Cells baselines,
                Cells efforts = {}, Cells fixed = {}) {
    return KpiRequest{target,
                      std::move(ids),
                      std::move(parents),
                      std::move(operators),
                      std::move(baselines),
                      std::move(efforts),
                      std::move(fixed)};
}

// Revenue = North + South + East, baselines 500 + 300 + 200.
KpiRequest regions(double target, Cells efforts = {}, Cells fixed = {}) {
    return tree(target, {"Revenue", "North", "South", "East"},
                {none, "Revenue", "Revenue", "Revenue"}, {"+", none, none, none},
                {blank, 500, 300, 200}, std::move(efforts), std::move(fixed));
}

// Revenue = Traffic × Conversion × Basket: 100000 × 0.02 × 50 = 100000.
KpiRequest drivers(double target, Cells efforts = {}, Cells fixed = {}) {
    return tree(target, {"Revenue", "Traffic", "Conversion", "Basket"},
                {none, "Revenue", "Revenue", "Revenue"}, {"*", none, none, none},
                {100000, 100000, 0.02, 50}, std::move(efforts), std::move(fixed));
}

using allot::testing::Failure;

Failure failure(const KpiRequest& r) {
    return allot::testing::failure_of([&] { kpi(r); });
}

TEST(KpiExamples, SumSplitsTheChangeInProportionToBaselines) {
    // +20%: every region grows by 20%.
    EXPECT_THAT(kpi(regions(1200)), ElementsAre(1200, DoubleNear(600, 1e-9), DoubleNear(360, 1e-9),
                                                DoubleNear(240, 1e-9)));
}

TEST(KpiExamples, SumSplitsTheChangeByEfforts) {
    // +200 with efforts 1, 1, 2: +50, +50, +100.
    EXPECT_THAT(
        kpi(regions(1200, {blank, 1, 1, 2})),
        ElementsAre(1200, DoubleNear(550, 1e-9), DoubleNear(350, 1e-9), DoubleNear(300, 1e-9)));
    // Once one sibling has an effort, a blank effort is 0: South stays at 300.
    EXPECT_THAT(kpi(regions(1200, {blank, 1, blank, 1})),
                ElementsAre(1200, DoubleNear(600, 1e-9), 300, DoubleNear(300, 1e-9)));
    // A fall is shared the same way.
    EXPECT_THAT(
        kpi(regions(900, {blank, 1, 1, 2})),
        ElementsAre(900, DoubleNear(475, 1e-9), DoubleNear(275, 1e-9), DoubleNear(150, 1e-9)));
}

TEST(KpiExamples, HoldsKeepTheirValueAndTheOthersMakeUpTheRest) {
    // South held at 300: North and East share 900 in proportion 5 : 2.
    const auto result = kpi(regions(1200, {}, {blank, blank, 300, blank}));
    EXPECT_THAT(result, ElementsAre(1200, DoubleNear(900.0 * 5 / 7, 1e-9), 300,
                                    DoubleNear(900.0 * 2 / 7, 1e-9)));
    // A hold below the baseline: the others make up for it too.
    EXPECT_THAT(
        kpi(regions(1000, {}, {blank, blank, 0, blank})),
        ElementsAre(1000, DoubleNear(1000.0 * 5 / 7, 1e-9), 0, DoubleNear(1000.0 * 2 / 7, 1e-9)));
}

TEST(KpiExamples, ProductSplitsTheGrowthGeometrically) {
    // +33.1% = 1.1³: each driver grows by 10%.
    EXPECT_THAT(kpi(drivers(133100)), ElementsAre(133100, DoubleNear(110000, 1e-7),
                                                  DoubleNear(0.022, 1e-15), DoubleNear(55, 1e-10)));
    // Efforts 1, 1, 0: the basket stays; traffic and conversion grow by 1.21^(1/2) = 1.1.
    EXPECT_THAT(kpi(drivers(121000, {blank, 1, 1, 0})),
                ElementsAre(121000, DoubleNear(110000, 1e-7), DoubleNear(0.022, 1e-15), 50));
    // Effort 2 : 1 : 1 on growth 1.1^4: traffic 1.1², the others 1.1.
    EXPECT_THAT(kpi(drivers(146410, {blank, 2, 1, 1})),
                ElementsAre(146410, DoubleNear(121000, 1e-7), DoubleNear(0.022, 1e-15),
                            DoubleNear(55, 1e-10)));
}

TEST(KpiExamples, ProductWithAHold) {
    // The basket held at 60 (+20%): traffic and conversion share 1.2 ÷ 1.2 = no growth.
    EXPECT_THAT(kpi(drivers(120000, {}, {blank, blank, blank, 60})),
                ElementsAre(120000, 100000, 0.02, 60));
}

TEST(KpiExamples, MixedTreeRecomputesToTheTarget) {
    // Revenue = Online + Stores; Online = Visitors × Conversion × Basket.
    const auto request =
        tree(1500000, {"Revenue", "Online", "Stores", "Visitors", "Conversion", "Basket"},
             {none, "Revenue", "Revenue", "Online", "Online", "Online"},
             {"+", "*", none, none, none, none}, {blank, blank, 600000, 200000, 0.04, 50});
    const auto t = kpi(request);
    // Baselines: online 400000, stores 600000; +50% each.
    EXPECT_NEAR(t[1], 600000, 1e-6);
    EXPECT_NEAR(t[2], 900000, 1e-6);
    EXPECT_NEAR(t[3] * t[4] * t[5], t[1], 1e-6);
    EXPECT_NEAR(t[1] + t[2], 1500000, 1e-6);
    const double each = std::cbrt(1.5);
    EXPECT_NEAR(t[3], 200000 * each, 1e-6);
    EXPECT_NEAR(t[4], 0.04 * each, 1e-15);
}

TEST(KpiExamples, NoChangeKeepsEveryBaseline) {
    EXPECT_THAT(kpi(regions(1000)), ElementsAre(1000, 500, 300, 200));
    EXPECT_THAT(kpi(drivers(100000)), ElementsAre(100000, 100000, 0.02, 50));
    // Holds at their baselines change nothing either.
    EXPECT_THAT(kpi(regions(1000, {blank, 1, 2, 3}, {blank, 500, blank, blank})),
                ElementsAre(1000, 500, 300, 200));
}

TEST(KpiExamples, LabelsAndOrder) {
    // Children may come before their parents; numbers as ids; spaces around
    // labels are ignored; operators on leaves are allowed; × is *.
    const auto request =
        tree(24, {"2", "3", " 1 "}, {"1", "1 ", none}, {"+", " ", "\u00d7"}, {2, 3, blank});
    const auto t = kpi(request);
    EXPECT_EQ(t[2], 24);
    EXPECT_NEAR(t[0] * t[1], 24, 1e-12);
    EXPECT_NEAR(t[0], 2 * 2, 1e-12); // growth 4 = 2 × 2, one factor each
}

TEST(KpiExamples, ZeroBaselinesUnderASumShareEqually) {
    // A new product line with baseline 0 next to one with baseline 0: equal shares.
    EXPECT_THAT(kpi(tree(100, {"R", "A", "B"}, {none, "R", "R"}, {"+", none, none}, {blank, 0, 0})),
                ElementsAre(100, 50, 50));
    // A zero-baseline child with an effort takes its share of the change.
    EXPECT_THAT(kpi(tree(150, {"R", "A", "B"}, {none, "R", "R"}, {"+", none, none}, {blank, 100, 0},
                         {blank, 1, 1})),
                ElementsAre(150, 125, 25));
}

TEST(KpiExamples, ZeroBaselineUnderAProductIsFineWithoutChange) {
    EXPECT_THAT(kpi(tree(0, {"R", "A", "B"}, {none, "R", "R"}, {"*", none, none}, {blank, 0, 7})),
                ElementsAre(0, 0, 7));
}

TEST(KpiExamples, ProductTargetOfZeroWithAChildHeldAtZero) {
    EXPECT_THAT(kpi(tree(0, {"R", "A", "B"}, {none, "R", "R"}, {"*", none, none}, {blank, 3, 7}, {},
                         {blank, 0, blank})),
                ElementsAre(0, 0, 7));
}

TEST(KpiExamples, HeldInnerNodeSplitsItsOwnValue) {
    // Revenue = North + South; North = Anna + Ben. North held at 600: Anna and
    // Ben share +100 in proportion; South takes the rest of 1500.
    const auto t =
        kpi(tree(1500, {"Revenue", "North", "South", "Anna", "Ben"},
                 {none, "Revenue", "Revenue", "North", "North"}, {"+", "+", none, none, none},
                 {blank, blank, 500, 300, 200}, {}, {blank, 600, blank, blank, blank}));
    EXPECT_THAT(t, ElementsAre(1500, 600, 900, DoubleNear(360, 1e-9), DoubleNear(240, 1e-9)));
}

TEST(KpiExamples, NegativeBaselinesUnderASum) {
    // Net = Gross + Returns (−100): +10% scales both.
    EXPECT_THAT(kpi(tree(990, {"Net", "Gross", "Returns"}, {none, "Net", "Net"}, {"+", none, none},
                         {blank, 1000, -100})),
                ElementsAre(990, DoubleNear(1100, 1e-9), DoubleNear(-110, 1e-9)));
}

TEST(KpiExamples, DeepChainAndWideTreeRunWithoutRecursion) {
    // 200,000 levels: a recursive walk would overflow the stack.
    const std::size_t depth = 200000;
    KpiRequest chain;
    chain.target = 2;
    for (std::size_t i = 0; i < depth; ++i) {
        chain.ids.push_back("n" + std::to_string(i));
        chain.parents.push_back(i == 0 ? none : std::optional("n" + std::to_string(i - 1)));
        chain.operators.push_back(i + 1 < depth ? std::optional<std::string>(i % 2 ? "*" : "+")
                                                : none);
        chain.baselines.push_back(i + 1 < depth ? blank : std::optional(1.0));
    }
    const auto start = std::chrono::steady_clock::now();
    const auto t = kpi(chain);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
    EXPECT_EQ(t.back(), 2);

    KpiRequest wide;
    wide.target = 200000;
    wide.ids.push_back("root");
    wide.parents.push_back(none);
    wide.operators.push_back("+");
    wide.baselines.push_back(blank);
    for (std::size_t i = 0; i < depth; ++i) {
        wide.ids.push_back("leaf" + std::to_string(i));
        wide.parents.push_back("root");
        wide.operators.push_back(none);
        wide.baselines.push_back(0.5);
    }
    const auto w = kpi(wide);
    EXPECT_NEAR(w[1], 1, 1e-9);
    EXPECT_NEAR(w.back(), 1, 1e-9);
}

// ---------------------------------------------------------------- errors

TEST(KpiErrors, BadTreesNameTheNode) {
    const Labels ops{"+", none, none};
    const Cells base{blank, 1, 2};
    EXPECT_EQ(failure(tree(5, {}, {}, {}, {})), (Failure{Problem::KpiNoNodes, {}}));
    EXPECT_EQ(failure(tree(5, {"R", "A", "B"}, {none, "R"}, ops, base)),
              (Failure{Problem::CountMismatch, {"2", "3"}}));
    EXPECT_EQ(failure(tree(5, {"R", "A", "B"}, {none, "R", "R"}, ops, {1, 2})),
              (Failure{Problem::CountMismatch, {"2", "3"}}));
    EXPECT_EQ(failure(tree(5, {"R", "A", "B"}, {none, "R", "R"}, ops, base, {1})),
              (Failure{Problem::CountMismatch, {"1", "3"}}));
    EXPECT_EQ(failure(tree(5, {"R", " ", "B"}, {none, "R", "R"}, ops, base)),
              (Failure{Problem::BlankId, {"2"}}));
    EXPECT_EQ(failure(tree(5, {"R", "A", "A "}, {none, "R", "R"}, ops, base)),
              (Failure{Problem::DuplicateId, {"A"}}));
    EXPECT_EQ(failure(tree(5, {"R", "A", "B"}, {none, "R", "Q"}, ops, base)),
              (Failure{Problem::UnknownParent, {"B", "Q"}}));
    EXPECT_EQ(failure(tree(5, {"R", "A", "B"}, {none, none, "R"}, ops, base)),
              (Failure{Problem::KpiManyRoots, {"R", "A"}}));
    EXPECT_EQ(failure(tree(5, {"R", "A", "B"}, {none, "R", "R"}, {"-", none, none}, base)),
              (Failure{Problem::KpiUnknownOperator, {"R", "-"}}));
    EXPECT_EQ(failure(tree(5, {"R", "A", "B"}, {none, "R", "R"}, {"+", "sum", none}, base)),
              (Failure{Problem::KpiUnknownOperator, {"A", "sum"}}));
    EXPECT_EQ(failure(tree(5, {"R", "A", "B"}, {none, "R", "R"}, {none, none, none}, base)),
              (Failure{Problem::KpiMissingOperator, {"R"}}));
}

TEST(KpiErrors, CyclesNameANodeOnTheCycle) {
    const Labels ops{"+", "+", "+", "+"};
    const Cells base{blank, blank, blank, 1};
    // A → B → C → A, with D hanging under C and no root.
    EXPECT_EQ(failure(tree(5, {"A", "B", "C", "D"}, {"C", "A", "B", "C"}, ops, base)),
              (Failure{Problem::Cycle, {"A"}}));
    // A root elsewhere; the cycle B ↔ C with D under it.
    EXPECT_EQ(failure(tree(5, {"R", "B", "C", "D"}, {none, "C", "B", "C"}, ops, base)),
              (Failure{Problem::Cycle, {"B"}}));
    // A node that is its own parent.
    EXPECT_EQ(failure(tree(5, {"R", "A"}, {none, "A"}, {"+", "+"}, {blank, 1})),
              (Failure{Problem::Cycle, {"A"}}));
    // Found by the walk from D, the first unreachable node: C is on the cycle.
    EXPECT_EQ(failure(tree(5, {"R", "D", "C", "E"}, {none, "C", "E", "C"}, ops, base)),
              (Failure{Problem::Cycle, {"C"}}));
}

TEST(KpiErrors, InconsistentBaselines) {
    EXPECT_EQ(failure(tree(5, {"R", "A", "B"}, {none, "R", "R"}, {"+", none, none}, {4, 1, 2})),
              (Failure{Problem::KpiBaselineNotSum, {"R", "4", "3"}}));
    EXPECT_EQ(failure(tree(5, {"R", "A", "B"}, {none, "R", "R"}, {"*", none, none}, {3, 1, 2})),
              (Failure{Problem::KpiBaselineNotProduct, {"R", "3", "2"}}));
    // Within 1e-9 relative is the same: a formula's rounding is no error.
    EXPECT_THAT(
        kpi(tree(0.3, {"R", "A", "B"}, {none, "R", "R"}, {"+", none, none}, {0.3, 0.1, 0.2})),
        ElementsAre(0.3, 0.1, 0.2));
}

TEST(KpiErrors, EffortsAndHolds) {
    EXPECT_EQ(failure(regions(1200, {blank, 1, -1, 1})),
              (Failure{Problem::KpiNegativeEffort, {"South", "-1"}}));
    EXPECT_EQ(failure(regions(1200, {blank, 0, 0, 0})),
              (Failure{Problem::KpiNoFreeChild, {"Revenue"}}));
    EXPECT_EQ(failure(regions(1200, {}, {blank, 500, 300, 200})),
              (Failure{Problem::KpiNoFreeChild, {"Revenue"}}));
    EXPECT_EQ(failure(regions(1200, {}, {1000, blank, blank, blank})),
              (Failure{Problem::KpiRootFixed, {"Revenue", "1000", "1200"}}));
    EXPECT_EQ(failure(drivers(120000, {blank, 0, 0, 0})),
              (Failure{Problem::KpiNoFreeChild, {"Revenue"}}));
}

TEST(KpiErrors, UnreachableProducts) {
    // A zero-baseline factor would have to grow from 0.
    EXPECT_EQ(
        failure(tree(10, {"R", "A", "B"}, {none, "R", "R"}, {"*", none, none}, {blank, 0, 7})),
        (Failure{Problem::KpiZeroBaselineMustGrow, {"R", "A"}}));
    // Growth by a negative factor (or to 0) is no growth.
    EXPECT_EQ(
        failure(tree(-10, {"R", "A", "B"}, {none, "R", "R"}, {"*", none, none}, {blank, 2, 5})),
        (Failure{Problem::KpiFactorNotPositive, {"R", "-10", "10"}}));
    EXPECT_EQ(failure(tree(0, {"R", "A", "B"}, {none, "R", "R"}, {"*", none, none}, {blank, 2, 5})),
              (Failure{Problem::KpiFactorNotPositive, {"R", "0", "10"}}));
    EXPECT_EQ(failure(tree(10, {"R", "A", "B"}, {none, "R", "R"}, {"*", none, none}, {blank, 2, 5},
                           {}, {blank, 0, blank})),
              (Failure{Problem::KpiFixedZeroFactor, {"R", "A", "10"}}));
}

TEST(KpiErrors, NegativeTargetsForNonNegativeBaselines) {
    // A fall of 1200 over efforts 1 : 1 : 1 takes 400 from each: North keeps
    // 100, South (baseline 300) would go to −100.
    EXPECT_EQ(failure(regions(-200, {blank, 1, 1, 1})),
              (Failure{Problem::KpiNegativeTarget, {"South", "-100"}}));
}

} // namespace
