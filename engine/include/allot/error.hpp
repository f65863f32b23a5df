// One typed error for every invalid input: a problem id plus its arguments.
// The English text of each problem is a Boost.Locale message template
// ("{1}", "{2}" … stand for the arguments); the add-in translates it.
#pragma once

#include <cstddef>
#include <exception>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace allot {

enum class Problem {
    NotANumber,             // {1} argument name, {2} item position (1-based), {3} the text found
    NotFinite,              // {1} argument name, {2} item position
    NegativeWeight,         // {1} item position, {2} value
    EmptyWeights,           // (none)
    ShapeMismatch,          // {1} argument name, {2} items expected, {3} items given
    NegativeUnit,           // {1} value
    TooManyUnits,           // {1} the number of units asked for, {2} the limit (2^53)
    MinimumAboveMaximum,    // {1} item position, {2} minimum, {3} maximum (after rounding to units)
    MinimumsAboveRemaining, // {1} sum of minimums, {2} what is left to split after holds
    MaximumsBelowRemaining, // {1} sum of maximums, {2} what is left to split after holds
    NoRoomForOddPart,       // {1} the odd part (less than one unit) that no part can take
    NoFreeParts,            // {1} what is left after holds, with every part held
    UnknownFunction,        // {1} the function name given to ALLOT.WHY
    TooManyArguments,       // {1} function, {2} most arguments it takes
    MissingArgument,        // {1} function, {2} argument name
    // Ids and parents (TREE, KPI)
    BlankId,       // {1} position
    DuplicateId,   // {1} id
    UnknownParent, // {1} node, {2} parent
    Cycle,         // {1} node on the cycle
    // FUNNEL, FUNNELYIELD
    FunnelRateOutOfRange,  // {1} rate position, {2} value
    FunnelRatesNotALine,   // {1} rows, {2} columns
    FunnelNotPositive,     // {1} argument name, {2} value
    FunnelNegative,        // {1} argument name, {2} value
    FunnelTooLarge,        // {1} stage position, {2} count, {3} the limit (2^53)
    // PACE
    PaceNegativeTarget,    // {1} period position, {2} value
    PaceElapsedOutOfRange, // {1} elapsed, {2} number of periods
    PaceNothingDue,        // {1} elapsed
    // STATUS
    StatusThresholdsOutOfOrder, // {1} warn, {2} ok
    // COMMISSION
    CommissionTargetNotPositive,       // {1} target
    CommissionNoThresholds,            // (none)
    CommissionCountMismatch,           // {1} thresholds given, {2} rates given
    CommissionThresholdsNotAscending,  // {1} position, {2} value, {3} the one before
    CommissionThresholdOutOfRange,     // {1} position, {2} value
    CommissionRateOutOfRange,          // {1} position, {2} value
    CommissionCapOutOfRange,           // {1} cap
    // OKR
    OkrCountMismatch,  // {1} argument name, {2} key results, {3} items given
    OkrNoRange,        // {1} key result position, {2} baseline = target
    OkrMissingTarget,  // {1} key result position
    OkrNegativeWeight, // {1} key result position, {2} value
    OkrZeroWeights,    // (none)
    OkrNoKeyResults,   // (none)
    // KPI
    KpiNoNodes,              // (none)
    KpiCountMismatch,        // {1} argument name, {2} ids, {3} items given
    KpiManyRoots,            // {1} first top node, {2} second top node
    KpiUnknownOperator,      // {1} node, {2} operator text
    KpiMissingOperator,      // {1} node
    KpiBaselineNotSum,       // {1} node, {2} baseline given, {3} sum of the children's
    KpiBaselineNotProduct,   // {1} node, {2} baseline given, {3} product of the children's
    KpiNegativeEffort,       // {1} node, {2} value
    KpiNoFreeChild,          // {1} node
    KpiZeroBaselineMustGrow, // {1} node, {2} child with baseline 0
    KpiFactorNotPositive,    // {1} node, {2} value its free children must reach, {3} their baseline
    KpiFixedZeroFactor,      // {1} node, {2} child fixed at 0, {3} the node's target
    KpiNegativeTarget,       // {1} node, {2} the negative target
    KpiRootFixed,            // {1} top node, {2} fixed value, {3} target
    // APPORTION
    ApportionEmptySizes,         // (none)
    ApportionCountNotWhole,      // {1} count given, {2} the limit (2^53)
    ApportionMinimumNotWhole,    // {1} minimum given
    ApportionNegativeSize,       // {1} item position, {2} value
    ApportionCountBelowMinimums, // {1} count, {2} entities, {3} minimum, {4} sum of minimums
    ApportionNoPositiveSize,     // {1} units above the minimums
    ApportionUnknownMethod,      // {1} method given
    // LEVELS
    LevelsEmptyTargets,            // (none)
    LevelsTargetsNotALine,         // {1} rows, {2} columns
    LevelsNegativeTarget,          // {1} item position, {2} value
    LevelsFloorRatioOutOfRange,    // {1} floor ratio given
    LevelsStretchRatioOutOfRange,  // {1} stretch ratio given
    LevelsFloorNotInUnits,         // {1} floor column total, {2} unit
    LevelsStretchNotInUnits,       // {1} stretch column total, {2} unit
    // PROFILE
    ProfileEmptyHistory,           // (none)
    ProfileNegativeHistory,        // {1} year (row), {2} period (column), {3} value
    ProfileNoHistory,              // (none)
    ProfileUnknownMethod,          // {1} method given
    // WEIGHTS
    WeightsEmptyFactors,           // (none)
    WeightsFactorWeightsCount,     // {1} columns of factors, {2} factor weights given
    WeightsMultipliersCount,       // {1} rows of factors, {2} multipliers given
    WeightsNegativeFactor,         // {1} row, {2} column, {3} value
    WeightsNegativeFactorWeight,   // {1} position, {2} value
    WeightsNegativeMultiplier,     // {1} position, {2} value
    WeightsZeroFactorWeights,      // (none)
    WeightsZeroColumn,             // {1} column
    WeightsAllZero,                // (none)
    // TREE
    TreeNoNodes,        // (none)
    TreeNegativeWeight, // {1} node, {2} value
    // MATRIX
    MatrixEmptySeed,             // (none)
    MatrixRowTotalsNotALine,     // {1} rows, {2} columns of the row totals range
    MatrixColumnTotalsNotALine,  // {1} rows, {2} columns of the column totals range
    MatrixRowTotalsCount,        // {1} rows of the seed, {2} row totals given
    MatrixColumnTotalsCount,     // {1} columns of the seed, {2} column totals given
    MatrixNegativeSeed,          // {1} row, {2} column, {3} value
    MatrixNegativeRowTotal,      // {1} row, {2} value
    MatrixNegativeColumnTotal,   // {1} column, {2} value
    MatrixRowTotalNotWhole,      // {1} row, {2} value, {3} unit
    MatrixColumnTotalNotWhole,   // {1} column, {2} value, {3} unit
    MatrixTotalsDiffer,          // {1} sum of the row totals, {2} sum of the column totals
    MatrixZeroSeedRow,           // {1} row, {2} its total
    MatrixZeroSeedColumn,        // {1} column, {2} its total
    MatrixRowsUnreachable,       // {1} rows, {2} their totals' sum, {3} columns, {4} their sum
    MatrixColumnsUnreachable,    // {1} columns, {2} their totals' sum, {3} rows, {4} their sum
    MatrixNoFit,                 // {1} rounds of fitting
    MatrixTooLarge,              // {1} cells of the seed, {2} the most it may have
    // Limits of exact arithmetic (any function)
    BeyondPrecision,       // {1} the largest number, {2} the smallest non-zero number
    FunnelRevenueTooLarge, // {1} deals, {2} deal size
    PaceTooLarge,          // {1} actual, {2} the target due so far
    KpiTargetTooLarge,     // {1} node
};

class Error : public std::exception {
public:
    Error(Problem problem, std::vector<std::string> args);
    Problem problem() const noexcept { return problem_; }
    const std::vector<std::string>& args() const noexcept { return args_; }
    // The English message with the arguments filled in.
    const char* what() const noexcept override { return english_.c_str(); }

private:
    Problem problem_;
    std::vector<std::string> args_;
    std::string english_;
};

// English Boost.Locale template of a problem; it is also the msgid in the catalogs.
std::string_view message_template(Problem problem);

// Every problem, for tests that check each has a translation.
const std::vector<Problem>& all_problems();

// How many arguments ({1}, {2} …) the message of a problem takes.
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
