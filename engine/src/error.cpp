// English message templates and the Error type. The templates double as
// Boost.Locale msgids, so they use "{1}", "{2}" … for arguments and never a
// literal brace otherwise.
#include "allot/error.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace allot {

namespace {

struct ProblemText {
    Problem problem;
    std::size_t arguments;
    std::string_view english;
};

// One row per Problem, in declaration order. Written for the person who
// typed the formula: what is wrong, where, and what to do about it.
constexpr std::array problem_texts{
    ProblemText{Problem::NotANumber, 3,
                "Item {2} of the {1} is text (\"{3}\"), not a number. Enter a number there, "
                "or clear the cell to leave it blank."},
    ProblemText{Problem::NotFinite, 2,
                "Item {2} of the {1} is not a usable number (it is an error value, infinite or "
                "too large). Enter an ordinary number there."},
    ProblemText{Problem::NegativeWeight, 2,
                "Weight {1} is negative ({2}). Weights must be 0 or more; use 0 for a part that "
                "should get no share."},
    ProblemText{Problem::EmptyWeights, 0,
                "There are no weights. Give one weight for each part the total is split over."},
    ProblemText{Problem::ShapeMismatch, 3,
                "The {1} have {3} items, but {2} are needed. Make the range that size (for "
                "example one cell for each weight), or leave it out."},
    ProblemText{Problem::NegativeUnit, 1,
                "The unit is negative ({1}). Use a positive rounding step such as 1 or 0.01, or 0 "
                "for no rounding."},
    ProblemText{Problem::TooManyUnits, 2,
                "The split would need {1} units, more than the limit of {2}. Use a larger unit "
                "(for example 1000 instead of 1) or a smaller total."},
    ProblemText{Problem::MinimumAboveMaximum, 3,
                "Item {1} has a minimum ({2}) above its maximum ({3}), after rounding both to "
                "whole units. Lower the minimum or raise the maximum."},
    ProblemText{Problem::MinimumsAboveRemaining, 2,
                "The minimums add up to {1}, more than the {2} left to split after the holds. "
                "Lower some minimums or holds, or raise the total."},
    ProblemText{Problem::MaximumsBelowRemaining, 2,
                "The maximums add up to {1}, less than the {2} left to split after the holds. "
                "Raise some maximums, change the holds, or lower the total."},
    ProblemText{Problem::NoRoomForOddPart, 1,
                "The total is not a whole number of units, and no part can take the odd amount "
                "({1}) without going above its maximum. Round the total to whole units or raise "
                "a maximum."},
    ProblemText{Problem::NoFreeParts, 1,
                "Every part is held, but {1} of the total is still left to split. Clear at least "
                "one hold, or make the holds add up to the total."},
    ProblemText{Problem::UnknownFunction, 1,
                "There is no Allot function called \"{1}\". Check the spelling, for example "
                "ALLOT.SPLIT."},
    ProblemText{Problem::TooManyArguments, 2,
                "{1} takes at most {2} arguments. Remove the extra ones."},
    ProblemText{Problem::MissingArgument, 2,
                "{1} needs the argument \"{2}\", but it is missing. Fill it in."},
    ProblemText{Problem::BlankId, 1,
                "Id {1} is blank. Give every node an id, such as Revenue or a number."},
    ProblemText{Problem::DuplicateId, 1,
                "The id \"{1}\" is used more than once. Every node needs its own id."},
    ProblemText{Problem::UnknownParent, 2,
                "The parent of \"{1}\" is \"{2}\", which is not one of the ids. Check the "
                "spelling, or leave the parent blank for a top-level node."},
    ProblemText{Problem::Cycle, 1,
                "Node \"{1}\" is its own ancestor: following the parents up from it comes back to "
                "it. Change a parent so that every chain of parents ends at a node with no parent."},
    // FUNNEL, FUNNELYIELD
    ProblemText{Problem::FunnelRateOutOfRange, 2,
                "Conversion rate {1} is {2}, but a rate must be more than 0 and at most 1 (100%). "
                "Type 20% or 0.2 for one in five, not 20; a blank cell counts as 0."},
    ProblemText{Problem::FunnelRatesNotALine, 2,
                "The rates are a block of {1} rows and {2} columns. Give the conversion rates as "
                "one column or one row, from the top of the funnel down."},
    ProblemText{Problem::FunnelNotPositive, 2,
                "The {1} argument is {2}, but it must be more than 0. Enter a positive number, "
                "or leave the argument out if it is optional."},
    ProblemText{Problem::FunnelNegative, 2,
                "The {1} is negative ({2}). Enter 0 or more."},
    ProblemText{Problem::FunnelTooLarge, 3,
                "Stage {1} of the funnel would need a count of {2}, more than the limit of {3}. "
                "Check the conversion rates (0.001 typed for 0.1?) and the target."},
    // PACE
    ProblemText{Problem::PaceNegativeTarget, 2,
                "Period target {1} is negative ({2}). Period targets must be 0 or more."},
    ProblemText{Problem::PaceElapsedOutOfRange, 2,
                "The elapsed time ({1} periods) must be from 0 to the number of period targets "
                "({2}). Count periods from the start of the plan, e.g. 7.5 for halfway through "
                "the eighth."},
    ProblemText{Problem::PaceNothingDue, 1,
                "Nothing is due after {1} periods (the targets so far add up to 0), so there is no "
                "pace to measure yet."},
    // STATUS
    ProblemText{Problem::StatusThresholdsOutOfOrder, 2,
                "The warning level ({1}) is above the on-track level ({2}). Give a warning level "
                "at most the on-track level, e.g. 0.8 and 1 (80% and 100%)."},
    // COMMISSION
    ProblemText{Problem::CommissionTargetNotPositive, 1,
                "The target is {1}, but commission is paid on attainment (actual ÷ target), which "
                "needs a target above 0. Enter the person's target."},
    ProblemText{Problem::CommissionNoThresholds, 0,
                "There are no thresholds. Give at least one attainment level, such as 0, and the "
                "rate paid from it."},
    ProblemText{Problem::CommissionCountMismatch, 2,
                "There are {1} thresholds but {2} rates. Give one rate for each threshold: the "
                "rate paid from that attainment level up to the next."},
    ProblemText{Problem::CommissionThresholdsNotAscending, 3,
                "Threshold {1} ({2}) is not above the one before it ({3}). List the attainment "
                "levels from low to high, e.g. 0, 0.8, 1, 1.2."},
    ProblemText{Problem::CommissionThresholdOutOfRange, 2,
                "Threshold {1} is {2}, outside 0 to 10 (0% to 1000%). Thresholds are attainment "
                "levels: type 80% or 0.8, not 80."},
    ProblemText{Problem::CommissionRateOutOfRange, 2,
                "Rate {1} is {2}, outside 0 to 1 (0% to 100%). A rate is the share of the sales "
                "in its band that is paid out: type 5% or 0.05, not 5."},
    ProblemText{Problem::CommissionCapOutOfRange, 1,
                "The cap is {1}, but it must be more than 0 and at most 10 (1000%). It is the "
                "highest attainment paid for: type 150% or 1.5, not 150, or leave it out for no "
                "cap."},
    // OKR
    ProblemText{Problem::OkrCountMismatch, 3,
                "The {1} have {3} items, but there are {2} actuals. Give one for each key result, "
                "in the same order, or a single number for all."},
    ProblemText{Problem::OkrNoRange, 2,
                "Key result {1} has the same baseline and target ({2}), so its progress cannot be "
                "measured. Set the baseline to where the key result started."},
    ProblemText{Problem::OkrMissingTarget, 1,
                "Key result {1} has no target. Enter its target, or clear the whole row if it is "
                "not a key result."},
    ProblemText{Problem::OkrNegativeWeight, 2,
                "The weight of key result {1} is negative ({2}). Weights must be 0 or more."},
    ProblemText{Problem::OkrZeroWeights, 0,
                "The weights of the key results add up to 0. Give at least one key result a "
                "positive weight, or leave the weights out to weigh them equally."},
    ProblemText{Problem::OkrNoKeyResults, 0,
                "There are no key results: every row is blank. Enter the actual, baseline and "
                "target of at least one."},
    // KPI
    ProblemText{Problem::KpiNoNodes, 0,
                "The tree has no nodes. List one id for each KPI, with its parent, operator and "
                "baseline."},
    ProblemText{Problem::KpiCountMismatch, 3,
                "The {1} have {3} items, but there are {2} ids. Give one for each node, in the "
                "same order as the ids."},
    ProblemText{Problem::KpiManyRoots, 2,
                "Both \"{1}\" and \"{2}\" have a blank parent, but the tree needs exactly one top "
                "node, which takes the target. Give the others a parent."},
    ProblemText{Problem::KpiUnknownOperator, 2,
                "The operator of \"{1}\" is \"{2}\", which is not + or *. Use + for a node that "
                "is the sum of its children or * for one that is their product."},
    ProblemText{Problem::KpiMissingOperator, 1,
                "Node \"{1}\" has children but no operator. Enter + if it is their sum or * if it "
                "is their product."},
    ProblemText{Problem::KpiBaselineNotSum, 3,
                "The baseline of \"{1}\" ({2}) is not the sum of its children's baselines ({3}). "
                "Leave it blank, or make it a formula over them."},
    ProblemText{Problem::KpiBaselineNotProduct, 3,
                "The baseline of \"{1}\" ({2}) is not the product of its children's baselines "
                "({3}). Leave it blank, or make it a formula over them."},
    ProblemText{Problem::KpiNegativeEffort, 2,
                "The effort of \"{1}\" is negative ({2}). Efforts must be 0 or more; 0 keeps a "
                "node at its baseline."},
    ProblemText{Problem::KpiNoFreeChild, 1,
                "Node \"{1}\" must change, but none of its children can: each is fixed or has "
                "effort 0. Clear a hold or give a child some effort."},
    ProblemText{Problem::KpiZeroBaselineMustGrow, 2,
                "Node \"{1}\" is the product of its children, and \"{2}\" has a baseline of 0, so "
                "no growth factor reaches the target. Give \"{2}\" a baseline other than 0, or "
                "fix its value."},
    ProblemText{Problem::KpiFactorNotPositive, 3,
                "Node \"{1}\" is the product of its children, which must go from {3} to {2}: that "
                "is not growth by a positive factor. Change the target, or fix a child."},
    ProblemText{Problem::KpiFixedZeroFactor, 3,
                "Node \"{1}\" is the product of its children, and \"{2}\" is fixed at 0, so it "
                "cannot reach its target ({3}). Fix \"{2}\" at another value or clear its hold."},
    ProblemText{Problem::KpiNegativeTarget, 2,
                "Node \"{1}\" would get a negative target ({2}) although its baseline is not "
                "negative. Ask for a smaller change, give it less effort, or fix its value."},
    ProblemText{Problem::KpiRootFixed, 3,
                "The top node \"{1}\" is fixed at {2}, but the target is {3}. Clear its hold, or "
                "make the two the same."},
    // APPORTION
    ProblemText{Problem::ApportionEmptySizes, 0,
                "There are no sizes. Give one size (such as headcount, accounts or population) for "
                "each entity that shares the count."},
    ProblemText{Problem::ApportionCountNotWhole, 2,
                "The count is {1}, but it must be a whole number from 0 to {2}: the number of "
                "whole things (people, accounts, seats) to hand out."},
    ProblemText{Problem::ApportionMinimumNotWhole, 1,
                "The minimum is {1}, but it must be a whole number, 0 or more: what every entity "
                "gets at least."},
    ProblemText{Problem::ApportionNegativeSize, 2,
                "Size {1} is negative ({2}). Sizes must be 0 or more; an entity of size 0 gets "
                "only the minimum."},
    ProblemText{Problem::ApportionCountBelowMinimums, 4,
                "The count ({1}) is less than the minimums need: {2} entities with at least {3} "
                "each make {4}. Raise the count or lower the minimum."},
    ProblemText{Problem::ApportionNoPositiveSize, 1,
                "Every size is 0, so the {1} units above the minimums have nobody to go to. Give "
                "at least one entity a positive size."},
    ProblemText{Problem::ApportionUnknownMethod, 1,
                "There is no apportionment method \"{1}\". Use hamilton, jefferson (or dhondt), "
                "webster (or sainte-lague), huntington-hill or adams."},
    // LEVELS
    ProblemText{Problem::LevelsEmptyTargets, 0,
                "There are no targets. Give the target of each person or team as a column or a "
                "row."},
    ProblemText{Problem::LevelsTargetsNotALine, 2,
                "The targets are a block of {1} rows and {2} columns. Give them as one column or "
                "one row."},
    ProblemText{Problem::LevelsNegativeTarget, 2,
                "Target {1} is negative ({2}). Targets must be 0 or more."},
    ProblemText{Problem::LevelsFloorRatioOutOfRange, 1,
                "The floor ratio is {1}, but it must be from 0 to 1: the floor is that share of "
                "the target. Type 80% or 0.8 for a floor at 80% of target."},
    ProblemText{Problem::LevelsStretchRatioOutOfRange, 1,
                "The stretch ratio is {1}, but it must be 1 or more: the stretch is that multiple "
                "of the target. Type 120% or 1.2 for a stretch at 120% of target."},
    ProblemText{Problem::LevelsFloorNotInUnits, 2,
                "The floors cannot add up to {1} in whole units of {2} with each at or below its "
                "target: the targets are not whole multiples of the unit. Use a unit that the "
                "targets are multiples of (such as the one they were split with), or 0."},
    ProblemText{Problem::LevelsStretchNotInUnits, 2,
                "The stretch targets cannot add up to {1} in whole units of {2} with each at or "
                "above its target: the targets are not whole multiples of the unit. Use a unit "
                "that the targets are multiples of (such as the one they were split with), or 0."},
    // PROFILE
    ProblemText{Problem::ProfileEmptyHistory, 0,
                "There is no history. Give one row per year and one column per period (for "
                "example 12 months)."},
    ProblemText{Problem::ProfileNegativeHistory, 3,
                "Row {1} of the history (a year) has a negative value in period {2} ({3}). "
                "History must be 0 or more; net returns and corrections out of the period."},
    ProblemText{Problem::ProfileNoHistory, 0,
                "Every year of the history is blank or adds up to 0, so there is no pattern to "
                "take shares from. Fill in at least one year."},
    ProblemText{Problem::ProfileUnknownMethod, 1,
                "There is no profile method \"{1}\". Use average (each year's shares, averaged) "
                "or pooled (shares of the column totals)."},
    // WEIGHTS
    ProblemText{Problem::WeightsEmptyFactors, 0,
                "There are no factors. Give one row per person and one column per factor (such as "
                "last year's sales or market potential)."},
    ProblemText{Problem::WeightsFactorWeightsCount, 2,
                "There are {1} columns of factors but {2} factor weights. Give one weight for "
                "each column, in the same order."},
    ProblemText{Problem::WeightsMultipliersCount, 2,
                "There are {1} rows of factors but {2} multipliers. Give one multiplier for each "
                "row (person), a single number for all, or leave them out."},
    ProblemText{Problem::WeightsNegativeFactor, 3,
                "Row {1} of the factors has a negative value in column {2} ({3}). Factors must "
                "be 0 or more."},
    ProblemText{Problem::WeightsNegativeFactorWeight, 2,
                "Factor weight {1} is negative ({2}). Factor weights must be 0 or more; use 0 to "
                "leave a factor out."},
    ProblemText{Problem::WeightsNegativeMultiplier, 2,
                "Multiplier {1} is negative ({2}). Multipliers must be 0 or more, such as 1.2, 1 "
                "or 0.8."},
    ProblemText{Problem::WeightsZeroFactorWeights, 0,
                "The factor weights add up to 0. Give at least one factor a positive weight."},
    ProblemText{Problem::WeightsZeroColumn, 1,
                "Column {1} of the factors adds up to 0 but has a positive factor weight, so it "
                "cannot be turned into shares. Fill in the column, or give it factor weight 0."},
    ProblemText{Problem::WeightsAllZero, 0,
                "Every weight comes out as 0: the rows with factors have multiplier 0. Give at "
                "least one of them a positive multiplier."},
    ProblemText{Problem::TreeNoNodes, 0,
                "There are no nodes. List one id per row, with its parent (blank for the top "
                "level) and its weight."},
    ProblemText{Problem::TreeNegativeWeight, 2,
                "The weight of \"{1}\" is negative ({2}). Weights must be 0 or more; leave an "
                "inner node's weight blank to use the sum of its leaves."},
    // MATRIX
    ProblemText{Problem::MatrixEmptySeed, 0,
                "The seed is empty. Give a block with one row per row total and one column per "
                "column total, for example last year's region × month actuals."},
    ProblemText{Problem::MatrixRowTotalsNotALine, 2,
                "The row totals are a block of {1} rows and {2} columns. Give them as one column "
                "or one row, one total for each row of the seed."},
    ProblemText{Problem::MatrixColumnTotalsNotALine, 2,
                "The column totals are a block of {1} rows and {2} columns. Give them as one row "
                "or one column, one total for each column of the seed."},
    ProblemText{Problem::MatrixRowTotalsCount, 2,
                "The seed has {1} rows but there are {2} row totals. Give one row total for each "
                "row of the seed, in the same order."},
    ProblemText{Problem::MatrixColumnTotalsCount, 2,
                "The seed has {1} columns but there are {2} column totals. Give one column total "
                "for each column of the seed, in the same order."},
    ProblemText{Problem::MatrixNegativeSeed, 3,
                "The seed has a negative value in row {1}, column {2} ({3}). The seed must be 0 "
                "or more; use 0 for a cell that should stay empty."},
    ProblemText{Problem::MatrixNegativeRowTotal, 2,
                "Row total {1} is negative ({2}). Row totals must be 0 or more."},
    ProblemText{Problem::MatrixNegativeColumnTotal, 2,
                "Column total {1} is negative ({2}). Column totals must be 0 or more."},
    ProblemText{Problem::MatrixRowTotalNotWhole, 3,
                "Row total {1} ({2}) is not a whole number of units of {3}, so its row cannot "
                "add up to it in whole units. Round the total to the unit, use a smaller unit, "
                "or 0 for no rounding."},
    ProblemText{Problem::MatrixColumnTotalNotWhole, 3,
                "Column total {1} ({2}) is not a whole number of units of {3}, so its column "
                "cannot add up to it in whole units. Round the total to the unit, use a smaller "
                "unit, or 0 for no rounding."},
    ProblemText{Problem::MatrixTotalsDiffer, 2,
                "The row totals add up to {1} but the column totals add up to {2}. Both are the "
                "grand total of the grid, so they must be the same: correct a row or column "
                "total."},
    ProblemText{Problem::MatrixZeroSeedRow, 2,
                "Row {1} of the seed is all 0 (or blank), but its total is {2}. Its cells stay 0, "
                "so they cannot add up to the total: put a pattern in that row of the seed (for "
                "example 1 in every cell), or make its total 0."},
    ProblemText{Problem::MatrixZeroSeedColumn, 2,
                "Column {1} of the seed is all 0 (or blank), but its total is {2}. Its cells stay "
                "0, so they cannot add up to the total: put a pattern in that column of the seed "
                "(for example 1 in every cell), or make its total 0."},
    ProblemText{Problem::MatrixRowsUnreachable, 4,
                "Rows {1} must add up to {2}, but their seed is non-zero only in columns {3}, "
                "whose totals add up to {4}. Cells where the seed is 0 stay 0, so these totals "
                "cannot be met: lower those row totals, raise those column totals, or put a "
                "non-zero seed where these rows may take more."},
    ProblemText{Problem::MatrixColumnsUnreachable, 4,
                "Columns {1} must add up to {2}, but their seed is non-zero only in rows {3}, "
                "whose totals add up to {4}. Cells where the seed is 0 stay 0, so these totals "
                "cannot be met: lower those column totals, raise those row totals, or put a "
                "non-zero seed where these columns may take more."},
    ProblemText{Problem::MatrixNoFit, 1,
                "The seed could not be fitted to the totals within {1} rounds (the seed's values "
                "are too far apart, or the totals too large for exact rounding). Use a larger "
                "unit, or a seed without extreme values."},
    ProblemText{Problem::MatrixTooLarge, 2,
                "The seed has {1} cells, more than the {2} ALLOT.MATRIX works with (a larger grid "
                "could keep Calc busy for minutes). Use fewer rows or columns, for example months "
                "instead of days, or split the grid into blocks with their own totals."},
    // Limits of exact arithmetic
    ProblemText{Problem::BeyondPrecision, 2,
                "The numbers are too far apart in size (from {2} to {1}) to give a result that "
                "adds up exactly: beside the largest, the smallest are lost in rounding. Set the "
                "tiny numbers to 0, or work with them separately."},
    ProblemText{Problem::FunnelRevenueTooLarge, 2,
                "The revenue, {1} deals at {2} each, is beyond the largest number a spreadsheet "
                "can hold. Check the deal size and the activity."},
    ProblemText{Problem::PaceTooLarge, 2,
                "The pace, the actual {1} divided by the {2} due so far, is beyond the largest "
                "number a spreadsheet can hold. Check the actual and the period targets."},
    ProblemText{Problem::KpiTargetTooLarge, 1,
                "Node \"{1}\" would get a target beyond the largest number a spreadsheet can "
                "hold. Ask for a smaller change, or check the baselines and holds."},
};

const ProblemText& text_of(Problem problem) {
    for (const ProblemText& text : problem_texts)
        if (text.problem == problem)
            return text;
    return problem_texts.front(); // unreachable for a valid enum value
}

} // namespace

std::string fill_in(std::string_view pattern, const std::vector<std::string>& values,
                    std::initializer_list<NamedValue> names) {
    std::string out;
    out.reserve(pattern.size() + 32);
    std::size_t i = 0;
    while (i < pattern.size()) {
        const std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
        if (close != std::string_view::npos && close > i + 1) {
            const std::string_view key = pattern.substr(i + 1, close - i - 1);
            std::size_t index = 0;
            auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), index);
            const std::string* value = nullptr;
            if (ec == std::errc() && end == key.data() + key.size() && index >= 1 &&
                index <= values.size())
                value = &values[index - 1];
            for (const NamedValue& named : names)
                if (named.name == key)
                    value = &named.value;
            if (value) {
                out += *value;
                i = close + 1;
                continue;
            }
        }
        out += pattern[i];
        ++i;
    }
    return out;
}

Error::Error(Problem problem, std::vector<std::string> args)
    : problem_(problem), args_(std::move(args)),
      english_(fill_in(message_template(problem), args_)) {}

std::string_view message_template(Problem problem) {
    return text_of(problem).english;
}

std::size_t argument_count(Problem problem) {
    return text_of(problem).arguments;
}

const std::vector<Problem>& all_problems() {
    static const std::vector<Problem> problems = [] {
        std::vector<Problem> all;
        for (const ProblemText& text : problem_texts)
            all.push_back(text.problem);
        return all;
    }();
    return problems;
}

std::string format_number(double value) {
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "infinity" : "-infinity";
    if (value == 0)
        return "0"; // also for -0
    std::array<char, 64> buffer{};
    const double magnitude = std::fabs(value);
    // Shortest text that reads back as the same double; plain digits for the
    // magnitudes people type, scientific notation only outside them.
    const bool plain = magnitude >= 1e-6 && magnitude <= 1e15;
    auto result = plain ? std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                        std::chars_format::fixed)
                        : std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

} // namespace allot
