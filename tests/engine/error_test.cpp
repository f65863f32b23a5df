// Every problem has a plain-English template whose placeholders match its
// documented arguments; Error fills them in; numbers read as people write them.
#include "allot/error.hpp"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

namespace {

using allot::Problem;

// The argument counts documented next to each Problem in error.hpp.
const std::map<Problem, std::size_t> documented{
    {Problem::NotANumber, 3},
    {Problem::NotFinite, 2},
    {Problem::NegativeWeight, 2},
    {Problem::EmptyWeights, 0},
    {Problem::ShapeMismatch, 3},
    {Problem::NegativeUnit, 1},
    {Problem::TooManyUnits, 2},
    {Problem::MinimumAboveMaximum, 3},
    {Problem::MinimumsAboveRemaining, 2},
    {Problem::MaximumsBelowRemaining, 2},
    {Problem::NoRoomForOddPart, 1},
    {Problem::NoFreeParts, 1},
    {Problem::UnknownFunction, 1},
    {Problem::TooManyArguments, 2},
    {Problem::MissingArgument, 2},
    // Ids and parents
    {Problem::BlankId, 1},
    {Problem::DuplicateId, 1},
    {Problem::UnknownParent, 2},
    {Problem::Cycle, 1},
    // TREE
    {Problem::TreeNoNodes, 0},
    {Problem::TreeNegativeWeight, 2},
    // FUNNEL, FUNNELYIELD
    {Problem::FunnelRateOutOfRange, 2},
    {Problem::FunnelRatesNotALine, 2},
    {Problem::FunnelNotPositive, 2},
    {Problem::FunnelNegative, 2},
    {Problem::FunnelTooLarge, 3},
    // PACE
    {Problem::PaceNegativeTarget, 2},
    {Problem::PaceElapsedOutOfRange, 2},
    {Problem::PaceNothingDue, 1},
    // STATUS
    {Problem::StatusThresholdsOutOfOrder, 2},
    // COMMISSION
    {Problem::CommissionTargetNotPositive, 1},
    {Problem::CommissionNoThresholds, 0},
    {Problem::CommissionCountMismatch, 2},
    {Problem::CommissionThresholdsNotAscending, 3},
    {Problem::CommissionThresholdOutOfRange, 2},
    {Problem::CommissionRateOutOfRange, 2},
    {Problem::CommissionCapOutOfRange, 1},
    // OKR
    {Problem::OkrCountMismatch, 3},
    {Problem::OkrNoRange, 2},
    {Problem::OkrMissingTarget, 1},
    {Problem::OkrNegativeWeight, 2},
    {Problem::OkrZeroWeights, 0},
    {Problem::OkrNoKeyResults, 0},
    // KPI
    {Problem::KpiNoNodes, 0},
    {Problem::KpiCountMismatch, 3},
    {Problem::KpiManyRoots, 2},
    {Problem::KpiUnknownOperator, 2},
    {Problem::KpiMissingOperator, 1},
    {Problem::KpiBaselineNotSum, 3},
    {Problem::KpiBaselineNotProduct, 3},
    {Problem::KpiNegativeEffort, 2},
    {Problem::KpiNoFreeChild, 1},
    {Problem::KpiZeroBaselineMustGrow, 2},
    {Problem::KpiFactorNotPositive, 3},
    {Problem::KpiFixedZeroFactor, 3},
    {Problem::KpiNegativeTarget, 2},
    {Problem::KpiRootFixed, 3},
    // APPORTION
    {Problem::ApportionEmptySizes, 0},
    {Problem::ApportionCountNotWhole, 2},
    {Problem::ApportionMinimumNotWhole, 1},
    {Problem::ApportionNegativeSize, 2},
    {Problem::ApportionCountBelowMinimums, 4},
    {Problem::ApportionNoPositiveSize, 1},
    {Problem::ApportionUnknownMethod, 1},
    // LEVELS
    {Problem::LevelsEmptyTargets, 0},
    {Problem::LevelsTargetsNotALine, 2},
    {Problem::LevelsNegativeTarget, 2},
    {Problem::LevelsFloorRatioOutOfRange, 1},
    {Problem::LevelsStretchRatioOutOfRange, 1},
    {Problem::LevelsFloorNotInUnits, 2},
    {Problem::LevelsStretchNotInUnits, 2},
    // PROFILE
    {Problem::ProfileEmptyHistory, 0},
    {Problem::ProfileNegativeHistory, 3},
    {Problem::ProfileNoHistory, 0},
    {Problem::ProfileUnknownMethod, 1},
    // WEIGHTS
    {Problem::WeightsEmptyFactors, 0},
    {Problem::WeightsFactorWeightsCount, 2},
    {Problem::WeightsMultipliersCount, 2},
    {Problem::WeightsNegativeFactor, 3},
    {Problem::WeightsNegativeFactorWeight, 2},
    {Problem::WeightsNegativeMultiplier, 2},
    {Problem::WeightsZeroFactorWeights, 0},
    {Problem::WeightsZeroColumn, 1},
    {Problem::WeightsAllZero, 0},
    // MATRIX
    {Problem::MatrixEmptySeed, 0},
    {Problem::MatrixRowTotalsNotALine, 2},
    {Problem::MatrixColumnTotalsNotALine, 2},
    {Problem::MatrixRowTotalsCount, 2},
    {Problem::MatrixColumnTotalsCount, 2},
    {Problem::MatrixNegativeSeed, 3},
    {Problem::MatrixNegativeRowTotal, 2},
    {Problem::MatrixNegativeColumnTotal, 2},
    {Problem::MatrixRowTotalNotWhole, 3},
    {Problem::MatrixColumnTotalNotWhole, 3},
    {Problem::MatrixTotalsDiffer, 2},
    {Problem::MatrixZeroSeedRow, 2},
    {Problem::MatrixZeroSeedColumn, 2},
    {Problem::MatrixRowsUnreachable, 4},
    {Problem::MatrixColumnsUnreachable, 4},
    {Problem::MatrixNoFit, 1},
    {Problem::MatrixTooLarge, 2},
    // Limits of exact arithmetic
    {Problem::BeyondPrecision, 2},
    {Problem::FunnelRevenueTooLarge, 2},
    {Problem::PaceTooLarge, 2},
    {Problem::KpiTargetTooLarge, 1},
};

TEST(Messages, EveryProblemIsListedOnce) {
    const auto& problems = allot::all_problems();
    EXPECT_EQ(problems.size(), documented.size());
    std::set<Problem> seen(problems.begin(), problems.end());
    EXPECT_EQ(seen.size(), problems.size());
    for (const auto& [problem, count] : documented)
        EXPECT_TRUE(seen.count(problem)) << static_cast<int>(problem);
}

TEST(Messages, PlaceholdersMatchTheDocumentedArguments) {
    const std::regex placeholder(R"(\{([0-9]+)\})");
    for (Problem problem : allot::all_problems()) {
        const std::string text(allot::message_template(problem));
        SCOPED_TRACE(text);
        ASSERT_FALSE(text.empty());
        ASSERT_TRUE(documented.count(problem));
        const std::size_t expected = documented.at(problem);
        EXPECT_EQ(allot::argument_count(problem), expected);
        std::set<std::size_t> used;
        for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it)
            used.insert(std::stoul((*it)[1].str()));
        std::set<std::size_t> wanted;
        for (std::size_t k = 1; k <= expected; ++k)
            wanted.insert(k);
        EXPECT_EQ(used, wanted);
        // Boost.Locale reads every brace as a placeholder: none may be left over.
        const std::string rest = std::regex_replace(text, placeholder, "");
        EXPECT_EQ(rest.find_first_of("{}"), std::string::npos);
        // A sentence a person can read: starts with a capital, ends with a full stop.
        EXPECT_TRUE(std::isupper(static_cast<unsigned char>(text.front())) || text.front() == '{');
        EXPECT_EQ(text.back(), '.');
    }
}

TEST(Messages, ErrorFillsInTheArguments) {
    const allot::Error error(Problem::NotANumber, {"weights", "3", "abc"});
    EXPECT_EQ(error.problem(), Problem::NotANumber);
    EXPECT_EQ(error.args().size(), 3u);
    EXPECT_STREQ(error.what(), "Item 3 of the weights is text (\"abc\"), not a number. Enter a "
                               "number there, or clear the cell to leave it blank.");
}

TEST(Messages, MissingArgumentsLeaveThePlaceholder) {
    const allot::Error error(Problem::MinimumsAboveRemaining, {"12"});
    const std::string text = error.what();
    EXPECT_NE(text.find("12"), std::string::npos);
    EXPECT_NE(text.find("{2}"), std::string::npos);
}

TEST(FormatNumber, PlainForOrdinaryMagnitudes) {
    EXPECT_EQ(allot::format_number(1000), "1000");
    EXPECT_EQ(allot::format_number(0.01), "0.01");
    EXPECT_EQ(allot::format_number(-34), "-34");
    EXPECT_EQ(allot::format_number(0), "0");
    EXPECT_EQ(allot::format_number(-0.0), "0");
    EXPECT_EQ(allot::format_number(123456789.12), "123456789.12");
    EXPECT_EQ(allot::format_number(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(allot::format_number(1e15), "1000000000000000");
    EXPECT_EQ(allot::format_number(1e-6), "0.000001");
    EXPECT_EQ(allot::format_number(9007199254740992.0), "9007199254740992");
}

TEST(FormatNumber, ScientificOutsideThem) {
    EXPECT_EQ(allot::format_number(1e20), "1e+20");
    EXPECT_EQ(allot::format_number(1e-7), "1e-07");
    EXPECT_EQ(allot::format_number(-2.5e-300), "-2.5e-300");
}

TEST(FormatNumber, RoundTrips) {
    for (double v : {1.0 / 3, 2.0 / 3 * 1e10, 1e-5 / 7, 123.456, 1e300 / 7})
        EXPECT_EQ(std::stod(allot::format_number(v)), v);
}

} // namespace
