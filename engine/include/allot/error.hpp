// One typed error for every invalid input: a problem id, the values its
// text names, and which argument of the function it is about. The problems
// are listed once, below, each with its English text for the person who
// typed the formula: what is wrong, where, what to do. The add-in
// translates the texts (they are the msgids of addin/po/<language>/*.po)
// and names the argument as the function table does; the add-in's own
// problems (of a call: argument counts, text where a number belongs) are in
// addin/src/call_error.hpp.
//
// In a text, {1}, {2} … are the values; {argument} is the argument at
// fault and {reference} the argument it is compared with, by position.
#pragma once

#include <cstddef>
#include <exception>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace allot {

// clang-format off
#define ALLOT_PROBLEMS(X)                                                                          \
    X(NotFinite,                                                                                   \
      "The {argument} argument is not a usable number (infinite, or too large to compute "         \
      "with). Enter an ordinary number.")                                                          \
    X(ItemNotFinite,                                                                               \
      "Item {1} of the {argument} argument is not a usable number (infinite, or too large to "     \
      "compute with). Enter an ordinary number there.")                                            \
    X(NegativeWeight,                                                                              \
      "Weight {1} is negative ({2}). Weights must be 0 or more; use 0 for a part that "            \
      "should get no share.")                                                                      \
    X(EmptyWeights,                                                                                \
      "There are no weights. Give one weight for each part the total is split over.")              \
    X(NegativeUnit,                                                                                \
      "The unit is negative ({1}). Use a positive rounding step such as 1 or 0.01, or 0 for "      \
      "no rounding.")                                                                              \
    X(TooManyUnits,                                                                                \
      "The result would need {1} units, more than the limit of {2}. Use a larger unit (for "       \
      "example 1000 instead of 1) or smaller amounts.")                                            \
    X(MinimumAboveMaximum,                                                                         \
      "Item {1} has a minimum ({2}) above its maximum ({3}), after rounding both to whole "        \
      "units. Lower the minimum or raise the maximum.")                                            \
    X(MinimumsAboveRemaining,                                                                      \
      "The minimums add up to {1}, more than the {2} left to split after the holds. Lower "        \
      "some minimums or holds, or raise the total.")                                               \
    X(MaximumsBelowRemaining,                                                                      \
      "The maximums add up to {1}, less than the {2} left to split after the holds. Raise "        \
      "some maximums, change the holds, or lower the total.")                                      \
    X(NoRoomForOddPart,                                                                            \
      "The total is not a whole number of units, and no part can take the odd amount ({1}) "       \
      "without going above its maximum. Round the total to whole units or raise a maximum.")       \
    X(NoFreeParts,                                                                                 \
      "Every part is held, but {1} of the total is still left to split. Clear at least one "       \
      "hold, or make the holds add up to the total.")                                              \
    X(CountMismatch,                                                                               \
      "The {argument} argument has {1} cells, but the {reference} argument has {2}. Give "         \
      "one for each, in the same order.")                                                          \
    /* Ids and parents (TREE, KPI) */                                                              \
    X(BlankId,                                                                                     \
      "Id {1} is blank. Give every node an id, such as Revenue or a number.")                      \
    X(DuplicateId,                                                                                 \
      "The id \"{1}\" is used more than once. Every node needs its own id.")                       \
    X(UnknownParent,                                                                               \
      "The parent of \"{1}\" is \"{2}\", which is not one of the ids. Check the "                  \
      "spelling, or leave the parent blank for a top-level node.")                                 \
    X(Cycle,                                                                                       \
      "Node \"{1}\" is its own ancestor: following the parents up from it comes back to "          \
      "it. Change a parent so that every chain of parents ends at a node with no parent.")         \
    /* FUNNEL, FUNNELYIELD */                                                                      \
    X(FunnelRateOutOfRange,                                                                        \
      "Conversion rate {1} is {2}, but a rate must be more than 0 and at most 1 (100%). "          \
      "Type 20% or 0.2 for one in five, not 20; a blank cell counts as 0.")                        \
    X(FunnelNotPositive,                                                                           \
      "The {argument} argument is {1}, but it must be more than 0. Enter a positive number.")      \
    X(FunnelNegative,                                                                              \
      "The {argument} argument is negative ({1}). Enter 0 or more.")                               \
    X(FunnelTooLarge,                                                                              \
      "Stage {1} of the funnel would need a count of {2}, more than the limit of {3}. Check "      \
      "the conversion rates (0.001 typed for 0.1?) and the target.")                               \
    /* PACE */                                                                                     \
    X(PaceNegativeTarget,                                                                          \
      "Period target {1} is negative ({2}). Period targets must be 0 or more.")                    \
    X(PaceElapsedOutOfRange,                                                                       \
      "The elapsed time is {1}, but it must be from 0 to the number of period targets "            \
      "({2}). Count periods from the start of the plan, e.g. 7.5 for halfway through the "         \
      "eighth.")                                                                                   \
    X(PaceNothingDue,                                                                              \
      "Nothing is due yet: after an elapsed time of {1} the targets so far add up to 0, so "       \
      "there is no pace to measure.")                                                              \
    /* STATUS */                                                                                   \
    X(StatusThresholdsOutOfOrder,                                                                  \
      "The warning level ({1}) is above the on-track level ({2}). Give a warning level at "        \
      "most the on-track level, e.g. 0.8 and 1 (80% and 100%).")                                   \
    /* COMMISSION */                                                                               \
    X(CommissionTargetNotPositive,                                                                 \
      "The target is {1}, but commission is paid on attainment (actual ÷ target), which "          \
      "needs a target above 0. Enter the person's target.")                                        \
    X(CommissionNoThresholds,                                                                      \
      "There are no thresholds. Give at least one attainment level, such as 0, and the rate "      \
      "paid from it.")                                                                             \
    X(CommissionCountMismatch,                                                                     \
      "The number of thresholds ({1}) and of rates ({2}) differ. Give one rate for each "          \
      "threshold: the rate paid from that attainment level up to the next.")                       \
    X(CommissionThresholdsNotAscending,                                                            \
      "Threshold {1} ({2}) is not above the one before it ({3}). List the attainment levels "      \
      "from low to high, e.g. 0, 0.8, 1, 1.2.")                                                    \
    X(CommissionThresholdOutOfRange,                                                               \
      "Threshold {1} is {2}, outside 0 to 10 (0% to 1000%). Thresholds are attainment "            \
      "levels: type 80% or 0.8, not 80.")                                                          \
    X(CommissionRateOutOfRange,                                                                    \
      "Rate {1} is {2}, outside 0 to 1 (0% to 100%). A rate is the share of the sales in "         \
      "its band that is paid out: type 5% or 0.05, not 5.")                                        \
    X(CommissionCapOutOfRange,                                                                     \
      "The cap is {1}, but it must be more than 0 and at most 10 (1000%). It is the highest "      \
      "attainment paid for: type 150% or 1.5, not 150, or leave it out for no cap.")               \
    /* OKR */                                                                                      \
    X(OkrNoRange,                                                                                  \
      "Key result {1} has the same baseline and target ({2}), so its progress cannot be "          \
      "measured. Set the baseline to where the key result started.")                               \
    X(OkrMissingTarget,                                                                            \
      "Key result {1} has no target. Enter its target, or clear the whole row if it is not "       \
      "a key result.")                                                                             \
    X(OkrNegativeWeight,                                                                           \
      "The weight of key result {1} is negative ({2}). Weights must be 0 or more.")                \
    X(OkrZeroWeights,                                                                              \
      "The weights of the key results add up to 0. Give at least one key result a positive "       \
      "weight, or leave the weights out to weigh them equally.")                                   \
    X(OkrNoKeyResults,                                                                             \
      "There are no key results: every row is blank. Enter the actual, baseline and target "       \
      "of at least one.")                                                                          \
    /* KPI */                                                                                      \
    X(KpiNoNodes,                                                                                  \
      "The tree has no nodes. List one id for each KPI, with its parent, operator and "            \
      "baseline.")                                                                                 \
    X(KpiManyRoots,                                                                                \
      "Both \"{1}\" and \"{2}\" have a blank parent, but the tree needs exactly one "              \
      "top node, which takes the target. Give the others a parent.")                               \
    X(KpiUnknownOperator,                                                                          \
      "The operator of \"{1}\" is \"{2}\", which is not + or *. Use + for a node "                 \
      "that is the sum of its children or * for one that is their product.")                       \
    X(KpiMissingOperator,                                                                          \
      "Node \"{1}\" has children but no operator. Enter + if it is their sum or * if it "          \
      "is their product.")                                                                         \
    X(KpiBaselineNotSum,                                                                           \
      "The baseline of \"{1}\" ({2}) is not the sum of its children's baselines ({3}). "           \
      "Leave it blank, or make it a formula over them.")                                           \
    X(KpiBaselineNotProduct,                                                                       \
      "The baseline of \"{1}\" ({2}) is not the product of its children's baselines "              \
      "({3}). Leave it blank, or make it a formula over them.")                                    \
    X(KpiNegativeEffort,                                                                           \
      "The effort of \"{1}\" is negative ({2}). Efforts must be 0 or more; 0 keeps a "             \
      "node at its baseline.")                                                                     \
    X(KpiNoFreeChild,                                                                              \
      "Node \"{1}\" must change, but none of its children can: each is fixed or has "              \
      "effort 0. Clear a hold or give a child some effort.")                                       \
    X(KpiZeroBaselineMustGrow,                                                                     \
      "Node \"{1}\" is the product of its children, and \"{2}\" has a baseline of "                \
      "0, so no growth factor reaches the target. Give \"{2}\" a baseline other than 0, "          \
      "or fix its value.")                                                                         \
    X(KpiFactorNotPositive,                                                                        \
      "Node \"{1}\" is the product of its children, which must go from {3} to {2}: that "          \
      "is not growth by a positive factor. Change the target, or fix a child.")                    \
    X(KpiFixedZeroFactor,                                                                          \
      "Node \"{1}\" is the product of its children, and \"{2}\" is fixed at 0, so "                \
      "it cannot reach its target ({3}). Fix \"{2}\" at another value or clear its "               \
      "hold.")                                                                                     \
    X(KpiNegativeTarget,                                                                           \
      "Node \"{1}\" would get a negative target ({2}) although its baseline is not "               \
      "negative. Ask for a smaller change, give it less effort, or fix its value.")                \
    X(KpiRootFixed,                                                                                \
      "The top node \"{1}\" is fixed at {2}, but the target is {3}. Clear its hold, or "           \
      "make the two the same.")                                                                    \
    X(KpiBaselineOutOfRange,                                                                       \
      "The baseline of \"{1}\", the product of its children's baselines, is too large or too "   \
      "small to compute with. Use fewer factors, or factors nearer to 1.")                         \
    /* APPORTION */                                                                                \
    X(ApportionEmptySizes,                                                                         \
      "There are no sizes. Give one size (such as headcount, accounts or population) for "         \
      "each entity that shares the count.")                                                        \
    X(ApportionCountNotWhole,                                                                      \
      "The count is {1}, but it must be a whole number from 0 to {2}: the number of whole "        \
      "things (people, accounts, seats) to hand out.")                                             \
    X(ApportionMinimumNotWhole,                                                                    \
      "The minimum is {1}, but it must be a whole number, 0 or more: what every entity gets "      \
      "at least.")                                                                                 \
    X(ApportionNegativeSize,                                                                       \
      "Size {1} is negative ({2}). Sizes must be 0 or more; an entity of size 0 gets only "        \
      "the minimum.")                                                                              \
    X(ApportionCountBelowMinimums,                                                                 \
      "The count ({1}) is less than the minimums need: {2} entities with at least {3} each "       \
      "make {4}. Raise the count or lower the minimum.")                                           \
    X(ApportionNoPositiveSize,                                                                     \
      "Every size is 0, so the {1} units above the minimums have nobody to go to. Give at "        \
      "least one entity a positive size.")                                                         \
    X(ApportionUnknownMethod,                                                                      \
      "There is no apportionment method \"{1}\". Use hamilton, jefferson (or dhondt), "            \
      "webster (or sainte-lague), huntington-hill or adams.")                                      \
    /* LEVELS */                                                                                   \
    X(LevelsEmptyTargets,                                                                          \
      "There are no targets. Give the target of each person or team as a column or a row.")        \
    X(LevelsNegativeTarget,                                                                        \
      "Target {1} is negative ({2}). Targets must be 0 or more.")                                  \
    X(LevelsFloorRatioOutOfRange,                                                                  \
      "The floor ratio is {1}, but it must be from 0 to 1: the floor is that share of the "        \
      "target. Type 80% or 0.8 for a floor at 80% of target.")                                     \
    X(LevelsStretchRatioOutOfRange,                                                                \
      "The stretch ratio is {1}, but it must be 1 or more: the stretch is that multiple of "       \
      "the target. Type 120% or 1.2 for a stretch at 120% of target.")                             \
    X(LevelsFloorNotInUnits,                                                                       \
      "The floors cannot add up to {1} in whole units of {2} with each at or below its "           \
      "target: the targets are not whole multiples of the unit. Use a unit that the targets "      \
      "are multiples of (such as the one they were split with), or 0.")                            \
    X(LevelsStretchNotInUnits,                                                                     \
      "The stretch targets cannot add up to {1} in whole units of {2} with each at or above "      \
      "its target: the targets are not whole multiples of the unit. Use a unit that the "          \
      "targets are multiples of (such as the one they were split with), or 0.")                    \
    /* PROFILE */                                                                                  \
    X(ProfileEmptyHistory,                                                                         \
      "There is no history. Give one row per year and one column per period (for example 12 "      \
      "months).")                                                                                  \
    X(ProfileNegativeHistory,                                                                      \
      "Row {1} of the history (a year) has a negative value in period {2} ({3}). History "         \
      "must be 0 or more; net returns and corrections out of the period.")                         \
    X(ProfileNoHistory,                                                                            \
      "Every year of the history is blank or adds up to 0, so there is no pattern to take "        \
      "shares from. Fill in at least one year.")                                                   \
    X(ProfileUnknownMethod,                                                                        \
      "There is no profile method \"{1}\". Use average (each year's shares, averaged) "            \
      "or pooled (shares of the column totals).")                                                  \
    /* WEIGHTS */                                                                                  \
    X(WeightsEmptyFactors,                                                                         \
      "There are no factors. Give one row per person and one column per factor (such as "          \
      "last year's sales or market potential).")                                                   \
    X(WeightsFactorWeightsCount,                                                                   \
      "The number of factor columns ({1}) and of factor weights ({2}) differ. Give one "           \
      "weight for each column, in the same order.")                                                \
    X(WeightsMultipliersCount,                                                                     \
      "The number of rows of factors ({1}) and of multipliers ({2}) differ. Give one "             \
      "multiplier for each row (person), a single number for all, or leave them out.")             \
    X(WeightsNegativeFactor,                                                                       \
      "Row {1} of the factors has a negative value in column {2} ({3}). Factors must be 0 "        \
      "or more.")                                                                                  \
    X(WeightsNegativeFactorWeight,                                                                 \
      "Factor weight {1} is negative ({2}). Factor weights must be 0 or more; use 0 to "           \
      "leave a factor out.")                                                                       \
    X(WeightsNegativeMultiplier,                                                                   \
      "Multiplier {1} is negative ({2}). Multipliers must be 0 or more, such as 1.2, 1 or "        \
      "0.8.")                                                                                      \
    X(WeightsZeroFactorWeights,                                                                    \
      "The factor weights add up to 0. Give at least one factor a positive weight.")               \
    X(WeightsZeroColumn,                                                                           \
      "Column {1} of the factors adds up to 0 but has a positive factor weight, so it "            \
      "cannot be turned into shares. Fill in the column, or give it factor weight 0.")             \
    X(WeightsAllZero,                                                                              \
      "Every weight comes out as 0: the rows with factors have multiplier 0. Give at least "       \
      "one of them a positive multiplier.")                                                        \
    /* TREE */                                                                                     \
    X(TreeNoNodes,                                                                                 \
      "There are no nodes. List one id per row, with its parent (blank for the top level) "        \
      "and its weight.")                                                                           \
    X(TreeNegativeWeight,                                                                          \
      "The weight of \"{1}\" is negative ({2}). Weights must be 0 or more; leave an "              \
      "inner node's weight blank to use the sum of its leaves.")                                   \
    /* MATRIX */                                                                                   \
    X(MatrixEmptySeed,                                                                             \
      "The seed is empty. Give a block with one row per row total and one column per column "      \
      "total, for example last year's region × month actuals.")                                    \
    X(MatrixRowTotalsCount,                                                                        \
      "The number of rows of the seed ({1}) and of row totals ({2}) differ. Give one row "         \
      "total for each row of the seed, in the same order.")                                        \
    X(MatrixColumnTotalsCount,                                                                     \
      "The number of columns of the seed ({1}) and of column totals ({2}) differ. Give one "       \
      "column total for each column of the seed, in the same order.")                              \
    X(MatrixNegativeSeed,                                                                          \
      "The seed has a negative value in row {1}, column {2} ({3}). The seed must be 0 or "         \
      "more; use 0 for a cell that should stay empty.")                                            \
    X(MatrixNegativeRowTotal,                                                                      \
      "Row total {1} is negative ({2}). Row totals must be 0 or more.")                            \
    X(MatrixNegativeColumnTotal,                                                                   \
      "Column total {1} is negative ({2}). Column totals must be 0 or more.")                      \
    X(MatrixRowTotalNotWhole,                                                                      \
      "Row total {1} ({2}) is not a whole number of units of {3}, so its row cannot add up "       \
      "to it in whole units. Round the total to the unit, use a smaller unit, or 0 for no "        \
      "rounding.")                                                                                 \
    X(MatrixColumnTotalNotWhole,                                                                   \
      "Column total {1} ({2}) is not a whole number of units of {3}, so its column cannot "        \
      "add up to it in whole units. Round the total to the unit, use a smaller unit, or 0 "        \
      "for no rounding.")                                                                          \
    X(MatrixTotalsDiffer,                                                                          \
      "The row totals add up to {1} but the column totals add up to {2}. Both are the grand "      \
      "total of the grid, so they must be the same: correct a row or column total.")               \
    X(MatrixZeroSeedRow,                                                                           \
      "Row {1} of the seed is all 0 (or blank), but its total is {2}. Its cells stay 0, so "       \
      "they cannot add up to the total: put a pattern in that row of the seed (for example "       \
      "1 in every cell), or make its total 0.")                                                    \
    X(MatrixZeroSeedColumn,                                                                        \
      "Column {1} of the seed is all 0 (or blank), but its total is {2}. Its cells stay 0, "       \
      "so they cannot add up to the total: put a pattern in that column of the seed (for "         \
      "example 1 in every cell), or make its total 0.")                                            \
    X(MatrixRowsUnreachable,                                                                       \
      "The rows numbered {1} must add up to {2}, but their seed is non-zero only in the "          \
      "columns numbered {3}, whose totals add up to {4}. Cells where the seed is 0 stay 0, "       \
      "so these totals cannot be met: lower those row totals, raise those column totals, or "      \
      "put a non-zero seed where these rows may take more.")                                       \
    X(MatrixColumnsUnreachable,                                                                    \
      "The columns numbered {1} must add up to {2}, but their seed is non-zero only in the "       \
      "rows numbered {3}, whose totals add up to {4}. Cells where the seed is 0 stay 0, so "       \
      "these totals cannot be met: lower those column totals, raise those row totals, or "         \
      "put a non-zero seed where these columns may take more.")                                    \
    X(MatrixNoFit,                                                                                 \
      "The seed could not be fitted to the totals within {1} rounds (the seed's values are "       \
      "too far apart, or the totals too large for exact rounding). Use a larger unit, or a "       \
      "seed without extreme values.")                                                              \
    X(MatrixTooLarge,                                                                              \
      "The seed has {1} cells, more than the {2} ALLOT.MATRIX works with (a larger grid "          \
      "could take minutes to compute). Use fewer rows or columns, for example months "             \
      "instead of days, or split the grid into blocks with their own totals.")                     \
    X(MatrixSeedShape,                                                                             \
      "The seed has {3} cells, but {1} rows of {2} columns need one cell each.")                   \
    /* Limits of exact arithmetic (any function) */                                                \
    X(BeyondPrecision,                                                                             \
      "The numbers are too far apart in size (from {2} to {1}) to give a result that adds "        \
      "up exactly: beside the largest, the smallest are lost in rounding. Set the tiny "           \
      "numbers to 0, or work with them separately.")                                               \
    X(FunnelRevenueTooLarge,                                                                       \
      "The revenue, {1} deals at {2} each, is beyond the largest number a spreadsheet can "        \
      "hold. Check the deal size and the activity.")                                               \
    X(PaceTooLarge,                                                                                \
      "The pace, the actual {1} divided by the {2} due so far, is beyond the largest number "      \
      "a spreadsheet can hold. Check the actual and the period targets.")                          \
    X(KpiTargetTooLarge,                                                                           \
      "Node \"{1}\" would get a target beyond the largest number a spreadsheet can hold. "     \
      "Ask for a smaller change, or check the baselines and holds.")
// clang-format on

#define ALLOT_PROBLEM_ID(id, text) id,
enum class Problem { ALLOT_PROBLEMS(ALLOT_PROBLEM_ID) };
#undef ALLOT_PROBLEM_ID

class Error : public std::exception {
public:
    Error(Problem problem, std::vector<std::string> values);
    // About an argument of the function: its position among the function's
    // arguments (an enum of the function's header, such as FunnelArgument),
    // and the argument it is compared with, if any.
    template <class Position>
        requires std::is_enum_v<Position>
    Error(Problem problem, std::vector<std::string> values, Position argument,
          std::optional<Position> reference = std::nullopt)
        : Error(problem, std::move(values), static_cast<std::size_t>(argument),
                reference ? std::optional(static_cast<std::size_t>(*reference)) : std::nullopt) {}

    Problem problem() const noexcept { return problem_; }
    // The values {1}, {2} … of the text.
    const std::vector<std::string>& args() const noexcept { return args_; }
    std::optional<std::size_t> argument() const noexcept { return argument_; }
    std::optional<std::size_t> reference() const noexcept { return reference_; }
    // The English text with the values filled in and arguments named by position.
    const char* what() const noexcept override { return english_.c_str(); }

private:
    Error(Problem problem, std::vector<std::string> values, std::optional<std::size_t> argument,
          std::optional<std::size_t> reference);

    Problem problem_;
    std::vector<std::string> args_;
    std::optional<std::size_t> argument_;
    std::optional<std::size_t> reference_;
    std::string english_;
};

// English text of a problem; it is also the msgid in the catalogs.
std::string_view message_template(Problem problem);

// Every problem, for tests that check each has a translation.
const std::vector<Problem>& all_problems();

// How many values ({1}, {2} …) the text of a problem takes.
std::size_t argument_count(Problem problem);

// A value that a message template names, such as {argument}.
struct NamedValue {
    std::string_view name;
    std::string value;
};

// `pattern` with {1}, {2} … replaced by `values` and {name} by the named
// values; a placeholder without a value stays as it is. The one formatter of
// every message, in every language.
std::string fill_in(std::string_view pattern, const std::vector<std::string>& values,
                    std::initializer_list<NamedValue> names = {});

// A number as a person reads it: shortest form that round-trips, no exponent
// for ordinary magnitudes ("1000", "0.01", "-34").
std::string format_number(double value);

} // namespace allot
