// What ALLOT.WHY says, for every problem and every function that can raise
// it, in every language: each reason is rendered from a real bad call (as
// uno::Any, the way Calc passes it), and must have no placeholder left, name
// the argument at fault as the Function Wizard does, and be in the
// language asked for. Every problem of both catalogs needs at least one
// case here (or a reason why a spreadsheet cannot raise it).
//
// Set ALLOT_WHY_TEXTS=<file> to write every text rendered, for reading.
#include "calls.hpp"
#include "messages.hpp"
#include "uno_values.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <variant>

using namespace allot;
using namespace allot::addin;
using namespace allot::addin::testing;

namespace {

using Reason = std::variant<Problem, CallProblem>;

struct Case {
    std::string_view function; // as a user types it
    std::vector<css::uno::Any> arguments;
    Reason expected;
    std::string_view argument = {};  // the argument the text must name, if any
    std::string_view reference = {}; // and the one it is compared with
};

// Problems no spreadsheet can raise, and why; the engine reports them to
// other callers (tests, fuzzers).
const std::map<Problem, std::string_view> unreachable{
    {Problem::ItemNotFinite, "Calc passes no infinite number or NaN: an error cell stops the "
                             "call before the add-in runs"},
    {Problem::MatrixNoFit, "needs a seed whose fitting does not settle; no small case is known"},
    {Problem::MatrixSeedShape, "the add-in takes the seed's rows and columns from the range"},
    {Problem::BeyondPrecision, "a safety net: no input is known whose parts the engine's "
                               "arithmetic cannot make add up"},
};

// Each case: a function, its arguments, the problem and the argument named.
std::vector<Case> cases() {
    const auto e = [](Problem p) { return Reason(p); };
    const auto c = [](CallProblem p) { return Reason(p); };
    return {
        // The call itself
        {"SPLIT", {one("abc"), column({1, 1})}, c(CallProblem::TextForNumber), "total"},
        {"STATUS", {one("abc")}, c(CallProblem::TextForNumber), "attainment"},
        {"SPLIT",
         {value(100), range({{1.0}, {"x"}, {1.0}})},
         c(CallProblem::TextInRange),
         "weights"},
        {"COMMISSION",
         {value(1), value(1), column({0, 1}), range({{0.1}, {"x"}})},
         c(CallProblem::TextInRange),
         "rates"},
        {"STATUS", {column({0.5, 0.9})}, c(CallProblem::NotOneValue), "attainment"},
        {"SPLIT",
         {value(100), column({1, 1}), column({1, 2})},
         c(CallProblem::NotOneValue),
         "unit"},
        {"APPORTION",
         {value(8), column({1, 1}), labels({"dhondt", "adams"})},
         c(CallProblem::NotOneValue),
         "method"},
        {"FUNNEL", {value(100), value(10), block(2, 2, 0.5)}, c(CallProblem::NotALine), "rates"},
        {"LEVELS", {block(2, 2, 1), value(0.8), value(1.2)}, c(CallProblem::NotALine), "targets"},
        {"MATRIX",
         {block(2, 2, 1), column({2, 2}), block(2, 2, 1)},
         c(CallProblem::NotALine),
         "row_totals"},
        {"MATRIX",
         {column({2, 2}), block(2, 2, 1), block(2, 2, 1)},
         c(CallProblem::NotALine),
         "column_totals"},
        {"SPLIT",
         {value(100), column({1, 1, 1}), none(), column({1, 2})},
         c(CallProblem::CountMismatch),
         "minimums",
         "weights"},
        {"SPLIT",
         {value(100), column({1, 1, 1}), none(), none(), none(), column({1, 2})},
         c(CallProblem::CountMismatch),
         "fixed",
         "weights"},
        {"SPLIT", {value(100), range({{1.0, 2.0}, {3.0}})}, c(CallProblem::RaggedRange), "weights"},
        {"SPLIT", {value(100)}, c(CallProblem::MissingArgument), "weights"},
        {"SPLIT", {none(), column({1, 1})}, c(CallProblem::MissingArgument), "total"},
        {"SPLIT", {one(""), column({1, 1})}, c(CallProblem::MissingArgument), "total"},
        {"WEIGHTS", {block(2, 2, 1)}, c(CallProblem::MissingArgument), "factor_weights"},
        {"STATUS", {value(1), value(1), value(1), value(1)}, c(CallProblem::TooManyArguments)},
        // More cells than one whole column: refused before any conversion.
        {"SPLIT", {value(100), block(1025, 1024, 1)}, c(CallProblem::TooManyCells), "weights"},
        {"PROFILE", {block(1048577, 1, 1)}, c(CallProblem::TooManyCells), "history"},
        {"NOSUCH", {value(1)}, c(CallProblem::UnknownFunction)},
        {"WHY", {text("SPLIT")}, c(CallProblem::UnknownFunction)},
        // SPLIT
        {"SPLIT", {value(100), column({1, -1})}, e(Problem::NegativeWeight)},
        {"SPLIT", {value(100), empty_range()}, e(Problem::EmptyWeights)},
        {"SPLIT", {value(100), column({1, 1}), value(-1)}, e(Problem::NegativeUnit)},
        {"TREE",
         {value(100), labels({"A"}), labels({""}), column({1}), value(-1)},
         e(Problem::NegativeUnit)},
        {"MATRIX", {column({1}), column({1}), column({1}), value(-1)}, e(Problem::NegativeUnit)},
        {"LEVELS", {column({10}), value(0.8), value(1.2), value(-1)}, e(Problem::NegativeUnit)},
        {"SPLIT", {value(1e20), column({1, 1})}, e(Problem::TooManyUnits)},
        {"MATRIX", {column({1e20}), column({1e20}), column({1})}, e(Problem::TooManyUnits)},
        {"SPLIT",
         {value(10), column({1, 1}), none(), value(5), value(3)},
         e(Problem::MinimumAboveMaximum)},
        {"SPLIT",
         {value(10), column({1, 1}), none(), value(6)},
         e(Problem::MinimumsAboveRemaining)},
        {"SPLIT",
         {value(10), column({1, 1}), none(), none(), value(4)},
         e(Problem::MaximumsBelowRemaining)},
        {"SPLIT",
         {value(10.5), column({1, 1}), none(), none(), value(5.25)},
         e(Problem::NoRoomForOddPart)},
        {"SPLIT",
         {value(20), column({1, 1}), none(), none(), none(), column({5, 5})},
         e(Problem::NoFreeParts)},
        // Ids and parents: TREE and KPI
        {"TREE",
         {value(100), labels({"A", ""}), labels({"", "A"}), column({1, 1})},
         e(Problem::BlankId)},
        {"KPI",
         {value(100), labels({"A", ""}), labels({"", "A"}), labels({"+", ""}), column({1, 1})},
         e(Problem::BlankId)},
        {"TREE",
         {value(100), labels({"A", "A"}), labels({"", ""}), column({1, 1})},
         e(Problem::DuplicateId)},
        {"KPI",
         {value(100), labels({"A", "A"}), labels({"", "A"}), labels({"+", ""}), column({1, 1})},
         e(Problem::DuplicateId)},
        {"TREE",
         {value(100), labels({"A", "B"}), labels({"", "Z"}), column({1, 1})},
         e(Problem::UnknownParent)},
        {"KPI",
         {value(100), labels({"A", "B"}), labels({"", "Z"}), labels({"+", ""}), column({1, 1})},
         e(Problem::UnknownParent)},
        {"TREE",
         {value(100), labels({"A", "B", "C"}), labels({"", "C", "B"}), column({1, 1, 1})},
         e(Problem::Cycle)},
        {"KPI",
         {value(100), labels({"A", "B", "C"}), labels({"", "C", "B"}), labels({"+", "+", "+"}),
          column({1, 1, 1})},
         e(Problem::Cycle)},
        // TREE
        {"TREE", {value(100), labels({""}), labels({""}), range({{""}})}, e(Problem::TreeNoNodes)},
        {"TREE",
         {value(100), labels({"A", "B"}), labels({"", ""}), column({1, -1})},
         e(Problem::TreeNegativeWeight)},
        {"TREE",
         {value(100), labels({"A", "B"}), labels({""}), column({1, 1})},
         e(Problem::CountMismatch),
         "parents",
         "ids"},
        {"TREE",
         {value(100), labels({"A", "B"}), labels({"", ""}), column({1})},
         e(Problem::CountMismatch),
         "weights",
         "ids"},
        // FUNNEL, FUNNELYIELD
        {"FUNNEL", {value(100), value(10), column({0.5, 2})}, e(Problem::FunnelRateOutOfRange)},
        {"FUNNELYIELD", {value(100), column({0.5, 0})}, e(Problem::FunnelRateOutOfRange)},
        {"FUNNEL",
         {value(100), value(0), column({0.5})},
         e(Problem::FunnelNotPositive),
         "deal_size"},
        {"FUNNEL",
         {value(100), value(10), column({0.5}), value(0)},
         e(Problem::FunnelNotPositive),
         "periods"},
        {"FUNNEL",
         {value(100), value(10), column({0.5}), value(1), value(-2)},
         e(Problem::FunnelNotPositive),
         "people"},
        {"FUNNELYIELD",
         {value(100), column({0.5}), value(0)},
         e(Problem::FunnelNotPositive),
         "deal_size"},
        {"FUNNEL", {value(-1), value(10), column({0.5})}, e(Problem::FunnelNegative), "target"},
        {"FUNNELYIELD", {value(-1), column({0.5})}, e(Problem::FunnelNegative), "activity"},
        {"FUNNEL", {value(1e300), value(1), column({0.5})}, e(Problem::FunnelTooLarge)},
        {"FUNNELYIELD",
         {value(1e15), column({1}), value(1e300)},
         e(Problem::FunnelRevenueTooLarge)},
        // PACE, STATUS
        {"PACE", {value(10), column({10, -1}), value(1)}, e(Problem::PaceNegativeTarget)},
        {"PACE", {value(10), column({10, 10}), value(3)}, e(Problem::PaceElapsedOutOfRange)},
        {"PACE", {value(10), column({0, 10}), value(1)}, e(Problem::PaceNothingDue)},
        {"PACE", {value(1e308), column({1e-300}), value(1)}, e(Problem::PaceTooLarge)},
        {"STATUS", {value(0.5), value(1), value(0.8)}, e(Problem::StatusThresholdsOutOfOrder)},
        // COMMISSION
        {"COMMISSION",
         {value(10), value(0), column({0}), column({0.1})},
         e(Problem::CommissionTargetNotPositive)},
        {"COMMISSION",
         {value(10), value(10), empty_range(), empty_range()},
         e(Problem::CommissionNoThresholds)},
        {"COMMISSION",
         {value(10), value(10), column({0, 1}), column({0.1})},
         e(Problem::CommissionCountMismatch)},
        {"COMMISSION",
         {value(10), value(10), column({1, 0.5}), column({0.1, 0.2})},
         e(Problem::CommissionThresholdsNotAscending)},
        {"COMMISSION",
         {value(10), value(10), column({0, 80}), column({0.1, 0.2})},
         e(Problem::CommissionThresholdOutOfRange)},
        {"COMMISSION",
         {value(10), value(10), column({0}), column({5})},
         e(Problem::CommissionRateOutOfRange)},
        {"COMMISSION",
         {value(10), value(10), column({0}), column({0.1}), value(150)},
         e(Problem::CommissionCapOutOfRange)},
        // OKR
        {"OKR",
         {column({1, 2}), column({0, 0, 0}), column({2, 2})},
         e(Problem::CountMismatch),
         "baseline",
         "actual"},
        {"OKR", {column({1}), column({5}), column({5})}, e(Problem::OkrNoRange)},
        {"OKR",
         {column({1, 2}), column({0, 0}), range({{2.0}, {""}})},
         e(Problem::OkrMissingTarget)},
        {"OKR",
         {column({1, 2}), column({0, 0}), column({2, 2}), column({1, -1})},
         e(Problem::OkrNegativeWeight)},
        {"OKR",
         {column({1, 2}), column({0, 0}), column({2, 2}), column({0, 0})},
         e(Problem::OkrZeroWeights)},
        {"OKR",
         {range({{""}, {""}}), range({{""}, {""}}), range({{""}, {""}})},
         e(Problem::OkrNoKeyResults)},
        // KPI
        {"KPI",
         {value(100), empty_range(), empty_range(), empty_range(), empty_range()},
         e(Problem::KpiNoNodes)},
        {"KPI",
         {value(100), labels({"A", "B"}), labels({""}), labels({"+", ""}), column({1, 1})},
         e(Problem::CountMismatch),
         "parents",
         "ids"},
        {"KPI",
         {value(100), labels({"A", "B"}), labels({"", ""}), labels({"", ""}), column({1, 1})},
         e(Problem::KpiManyRoots)},
        {"KPI",
         {value(100), labels({"A", "B"}), labels({"", "A"}), labels({"-", ""}), column({1, 1})},
         e(Problem::KpiUnknownOperator)},
        {"KPI",
         {value(100), labels({"A", "B"}), labels({"", "A"}), labels({"", ""}), column({1, 1})},
         e(Problem::KpiMissingOperator)},
        {"KPI",
         {value(100), labels({"A", "B", "C"}), labels({"", "A", "A"}), labels({"+", "", ""}),
          column({5, 1, 1})},
         e(Problem::KpiBaselineNotSum)},
        {"KPI",
         {value(100), labels({"A", "B", "C"}), labels({"", "A", "A"}), labels({"*", "", ""}),
          column({5, 2, 2})},
         e(Problem::KpiBaselineNotProduct)},
        {"KPI",
         {value(100), labels({"A", "B", "C"}), labels({"", "A", "A"}), labels({"+", "", ""}),
          range({{""}, {1.0}, {1.0}}), column({0, -1, 1})},
         e(Problem::KpiNegativeEffort)},
        {"KPI",
         {value(100), labels({"A", "B", "C"}), labels({"", "A", "A"}), labels({"+", "", ""}),
          range({{""}, {1.0}, {1.0}}), column({0, 0, 0})},
         e(Problem::KpiNoFreeChild)},
        {"KPI",
         {value(100), labels({"A", "B", "C"}), labels({"", "A", "A"}), labels({"*", "", ""}),
          range({{""}, {0.0}, {1.0}}), none(), range({{""}, {""}, {1.0}})},
         e(Problem::KpiZeroBaselineMustGrow)},
        {"KPI",
         {value(-100), labels({"A", "B", "C"}), labels({"", "A", "A"}), labels({"*", "", ""}),
          range({{""}, {2.0}, {2.0}})},
         e(Problem::KpiFactorNotPositive)},
        {"KPI",
         {value(100), labels({"A", "B", "C"}), labels({"", "A", "A"}), labels({"*", "", ""}),
          range({{""}, {2.0}, {2.0}}), none(), range({{""}, {0.0}, {""}})},
         e(Problem::KpiFixedZeroFactor)},
        {"KPI",
         {value(0), labels({"A", "B", "C"}), labels({"", "A", "A"}), labels({"+", "", ""}),
          range({{""}, {1.0}, {1.0}}), column({0, 1, 0})},
         e(Problem::KpiNegativeTarget)},
        {"KPI",
         {value(100), labels({"A", "B"}), labels({"", "A"}), labels({"+", ""}),
          range({{""}, {1.0}}), none(), range({{50.0}, {""}})},
         e(Problem::KpiRootFixed)},
        {"KPI",
         {value(8.8827189984410169e+307), labels({"top", "a", "b"}), labels({"", "top", "top"}),
          labels({"+", "", ""}), range({{""}, {1.0}, {-1.4945527238855331e+308}}),
          range({{""}, {1.0}, {""}})},
         e(Problem::KpiTargetTooLarge)},
        // 17 factors of 1e300: a product beyond even long double.
        {"KPI",
         {value(100),
          labels({"A", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12",
                  "B13", "B14", "B15", "B16", "B17"}),
          labels({"", "A", "A", "A", "A", "A", "A", "A", "A", "A", "A", "A", "A", "A", "A", "A",
                  "A", "A"}),
          labels({"*", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""}),
          range({{""},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300},
                 {1e300}})},
         e(Problem::KpiBaselineOutOfRange)},
        // A stretch column beyond the largest double names the stretch ratio.
        {"LEVELS",
         {column({1, 2, 3}), value(0), value(1e308)},
         e(Problem::NotFinite),
         "stretch_ratio"},
        // APPORTION
        {"APPORTION", {value(8), empty_range()}, e(Problem::ApportionEmptySizes)},
        {"APPORTION", {value(2.5), column({1, 1})}, e(Problem::ApportionCountNotWhole)},
        {"APPORTION",
         {value(8), column({1, 1}), none(), value(1.5)},
         e(Problem::ApportionMinimumNotWhole)},
        {"APPORTION", {value(8), column({1, -1})}, e(Problem::ApportionNegativeSize)},
        {"APPORTION",
         {value(1), column({1, 1}), none(), value(1)},
         e(Problem::ApportionCountBelowMinimums)},
        {"APPORTION", {value(2), column({0, 0})}, e(Problem::ApportionNoPositiveSize)},
        {"APPORTION",
         {value(2), column({1, 1}), text("lottery")},
         e(Problem::ApportionUnknownMethod)},
        // LEVELS
        {"LEVELS", {empty_range(), value(0.8), value(1.2)}, e(Problem::LevelsEmptyTargets)},
        {"LEVELS", {column({10, -1}), value(0.8), value(1.2)}, e(Problem::LevelsNegativeTarget)},
        {"LEVELS", {column({10}), value(80), value(1.2)}, e(Problem::LevelsFloorRatioOutOfRange)},
        {"LEVELS",
         {column({10}), value(0.8), value(0.5)},
         e(Problem::LevelsStretchRatioOutOfRange)},
        {"LEVELS", {column({0.5, 0.5}), value(0.9), value(1)}, e(Problem::LevelsFloorNotInUnits)},
        {"LEVELS", {column({0.5, 0.5}), value(1), value(1.5)}, e(Problem::LevelsStretchNotInUnits)},
        // PROFILE
        {"PROFILE", {empty_range()}, e(Problem::ProfileEmptyHistory)},
        {"PROFILE", {range({{1.0, -1.0}})}, e(Problem::ProfileNegativeHistory)},
        {"PROFILE", {range({{0.0, 0.0}})}, e(Problem::ProfileNoHistory)},
        {"PROFILE", {range({{1.0, 1.0}}), text("median")}, e(Problem::ProfileUnknownMethod)},
        // WEIGHTS
        {"WEIGHTS", {empty_range(), value(1)}, e(Problem::WeightsEmptyFactors)},
        {"WEIGHTS", {block(2, 2, 1), column({1, 1, 1})}, e(Problem::WeightsFactorWeightsCount)},
        {"WEIGHTS",
         {block(2, 2, 1), value(1), column({1, 1, 1})},
         e(Problem::WeightsMultipliersCount)},
        {"WEIGHTS", {range({{1.0, -1.0}}), value(1)}, e(Problem::WeightsNegativeFactor)},
        {"WEIGHTS",
         {block(2, 2, 1), range({{1.0, -1.0}})},
         e(Problem::WeightsNegativeFactorWeight)},
        {"WEIGHTS",
         {block(2, 2, 1), value(1), column({1, -1})},
         e(Problem::WeightsNegativeMultiplier)},
        {"WEIGHTS", {block(2, 2, 1), value(0)}, e(Problem::WeightsZeroFactorWeights)},
        {"WEIGHTS", {range({{1.0, 0.0}, {1.0, 0.0}}), value(1)}, e(Problem::WeightsZeroColumn)},
        {"WEIGHTS", {block(2, 2, 1), value(1), value(0)}, e(Problem::WeightsAllZero)},
        // MATRIX
        {"MATRIX", {column({1}), column({1}), empty_range()}, e(Problem::MatrixEmptySeed)},
        {"MATRIX",
         {column({1, 1, 1}), range({{1.0, 1.0}}), block(2, 2, 1)},
         e(Problem::MatrixRowTotalsCount)},
        {"MATRIX",
         {column({1, 1}), range({{1.0, 1.0, 1.0}}), block(2, 2, 1)},
         e(Problem::MatrixColumnTotalsCount)},
        {"MATRIX",
         {column({1, 1}), range({{1.0, 1.0}}), range({{1.0, -1.0}, {1.0, 1.0}})},
         e(Problem::MatrixNegativeSeed)},
        {"MATRIX",
         {column({-1, 1}), range({{0.0, 0.0}}), block(2, 2, 1)},
         e(Problem::MatrixNegativeRowTotal)},
        {"MATRIX",
         {column({0, 0}), range({{-1.0, 1.0}}), block(2, 2, 1)},
         e(Problem::MatrixNegativeColumnTotal)},
        {"MATRIX",
         {column({1.5, 0.5}), range({{1.0, 1.0}}), block(2, 2, 1)},
         e(Problem::MatrixRowTotalNotWhole)},
        {"MATRIX",
         {column({1, 1}), range({{1.5, 0.5}}), block(2, 2, 1)},
         e(Problem::MatrixColumnTotalNotWhole)},
        {"MATRIX",
         {column({1, 1}), range({{1.0, 2.0}}), block(2, 2, 1)},
         e(Problem::MatrixTotalsDiffer)},
        {"MATRIX",
         {column({1, 1}), range({{1.0, 1.0}}), range({{1.0, 1.0}, {0.0, 0.0}})},
         e(Problem::MatrixZeroSeedRow)},
        {"MATRIX",
         {column({1, 1}), range({{1.0, 1.0}}), range({{1.0, 0.0}, {1.0, 0.0}})},
         e(Problem::MatrixZeroSeedColumn)},
        {"MATRIX",
         {column({2, 1, 1}), range({{1.0, 1.0, 2.0}}),
          range({{1.0, 0.0, 0.0}, {1.0, 1.0, 1.0}, {1.0, 1.0, 1.0}})},
         e(Problem::MatrixRowsUnreachable)},
        {"MATRIX",
         {column({1, 1, 2}), range({{2.0, 1.0, 1.0}}),
          range({{1.0, 1.0, 1.0}, {0.0, 1.0, 1.0}, {0.0, 1.0, 1.0}})},
         e(Problem::MatrixColumnsUnreachable)},
        {"MATRIX", {column({0}), column({0}), block(501, 500, 1)}, e(Problem::MatrixTooLarge)},
    };
}

// Whether UTF-8 text holds a CJK unified ideograph (U+4E00..U+9FFF).
bool has_chinese(const std::string& text) {
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        if ((b0 & 0xF0) != 0xE0)
            continue;
        const unsigned code = ((b0 & 0x0Fu) << 12) |
                              ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                              (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
        if (code >= 0x4E00 && code <= 0x9FFF)
            return true;
    }
    return false;
}

std::string name_of(const Reason& reason) {
    return std::visit([](auto id) { return std::string(message_template(id).substr(0, 50)); },
                      reason);
}

// The problem the call raises; UnknownFunction when the name is not a function's.
Reason raised(const Case& c) {
    const FunctionInfo* function = find_by_user_name(c.function);
    if (!function || function->programmatic == "why")
        return CallProblem::UnknownFunction;
    try {
        run(*function, c.arguments, Language());
    } catch (const CallError& error) {
        return error.problem();
    } catch (const Error& error) {
        return error.problem();
    }
    ADD_FAILURE() << c.function << ": the call works";
    return CallProblem::UnknownFunction;
}

class Why : public ::testing::Test {
protected:
    static void SetUpTestSuite() { set_catalog_dir(ALLOT_LOCALE_DIR); }
};

TEST_F(Why, EveryReasonReadsRightInEveryLanguage) {
    std::ofstream texts;
    if (const char* file = std::getenv("ALLOT_WHY_TEXTS"))
        texts.open(file);
    for (const Case& c : cases()) {
        const FunctionInfo* function = find_by_user_name(c.function);
        SCOPED_TRACE(std::string(c.function) + ": " + name_of(c.expected));
        EXPECT_EQ(raised(c), c.expected);
        for (const Language& language : languages()) {
            const std::string text = why(c.function, c.arguments, language);
            if (texts.is_open())
                texts << c.function << " [" << language.tag() << "] " << text << "\n";
            EXPECT_EQ(text.find_first_of("{}"), std::string::npos) << "placeholder left: " << text;
            if (!language.english()) {
                EXPECT_TRUE(has_chinese(text)) << language.catalog() << ": " << text;
            }
            for (std::string_view argument : {c.argument, c.reference}) {
                if (argument.empty())
                    continue;
                ASSERT_NE(function, nullptr);
                const auto position = function->position_of(argument);
                ASSERT_TRUE(position) << argument;
                const std::string name = argument_phrase(*function, *position, language);
                EXPECT_NE(text.find(name), std::string::npos)
                    << "does not name " << name << ": " << text;
            }
        }
    }
}

TEST_F(Why, EveryProblemHasACase) {
    std::set<Reason> covered;
    for (const Case& c : cases())
        covered.insert(c.expected);
    for (CallProblem problem : all_call_problems())
        EXPECT_TRUE(covered.count(problem))
            << "add a case to tests/addin/why_test.cpp for: " << message_template(problem);
    for (Problem problem : all_problems())
        EXPECT_TRUE(covered.count(problem) || unreachable.count(problem))
            << "add a case to tests/addin/why_test.cpp for: " << message_template(problem);
}

// The README's examples, as typed.
TEST_F(Why, ReadmeExamples) {
    const Language english;
    EXPECT_EQ(why("SPLIT", std::vector{value(100), column({1, 1, 1})}, english), "OK");
    EXPECT_EQ(why("ALLOT.split", std::vector{value(100), column({1, 1, 1})}, Language("zh_CN")),
              "没有错误");
    EXPECT_EQ(why("SPLIT", std::vector{value(100), range({{1.0}, {"abc"}, {2.0}})}, english),
              "Item 2 of the weights argument is text (\"abc\"), not a number. Enter a number "
              "there, or clear the cell to leave it blank.");
}

// An empty cell given as the unit arrives as 0: the call works but does not
// round, which WHY says.
TEST_F(Why, NotesAUnitOfZero) {
    for (const auto& [function, arguments] :
         std::vector<std::pair<std::string_view, std::vector<css::uno::Any>>>{
             {"SPLIT", {value(100), column({1, 1, 1}), value(0)}},
             {"TREE", {value(100), labels({"A", "B"}), labels({"", ""}), column({1, 2}), value(0)}},
             {"MATRIX", {column({1, 1}), range({{1.0, 1.0}}), block(2, 2, 1), value(0)}},
             {"LEVELS", {column({10, 20}), value(0.8), value(1.2), value(0)}},
         }) {
        SCOPED_TRACE(std::string(function));
        EXPECT_EQ(why(function, arguments, Language()), message_template(Note::UnitZero));
        EXPECT_TRUE(has_chinese(why(function, arguments, Language("zh_CN"))));
    }
    EXPECT_EQ(why("SPLIT", std::vector{value(100), column({1, 1, 1}), value(1)}, Language()), "OK");
}

// WHY receives all seven of its argument places; trailing empty ones are
// not arguments of the explained function.
TEST_F(Why, TrailingEmptyPlacesAreNotArguments) {
    EXPECT_EQ(why("STATUS", std::vector{value(0.5), none(), none(), none(), none(), none(), none()},
                  Language()),
              "OK");
}

// The one table of calls has exactly the functions of the function table.
TEST_F(Why, EveryFunctionHasACall) {
    std::set<std::string_view> calls;
    for (const Call& call : call_table())
        calls.insert(call.function);
    std::set<std::string_view> functions;
    for (const FunctionInfo& function : function_table())
        if (function.programmatic != "why")
            functions.insert(function.programmatic);
    EXPECT_EQ(calls, functions);
}

} // namespace

// A range argument may hold one whole column of a sheet (1,048,576 cells),
// not one cell more, whatever its shape.
TEST_F(Why, AWholeColumnIsTheLimitOfARange) {
    const Language english;
    EXPECT_EQ(why("SPLIT", std::vector{value(100), block(1048576, 1, 1)}, english), "OK");
    EXPECT_EQ(why("SPLIT", std::vector{value(100), block(1, 16384, 1)}, english), "OK");
    const std::string refused =
        why("SPLIT", std::vector{value(100), block(1024, 1025, 1)}, english);
    EXPECT_EQ(refused,
              "The weights argument has 1049600 cells, more than the 1048576 (one whole column) an "
              "Allot function works with. Give only the cells in use, such as A1:A5000, not a "
              "block of whole columns.");
}
