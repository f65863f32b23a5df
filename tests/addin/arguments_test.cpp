// Calc's arguments, as uno::Any, into numbers, cells and labels: blank is
// not text, text is never a silent 0, and each error names its argument by
// position.
#include "arguments.hpp"
#include "uno_values.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <utility>

using namespace allot::addin;
using namespace allot::addin::testing;

namespace {

const FunctionInfo& split_function() {
    return *find_programmatic("split");
}

// The CallError of `body`, which must throw one.
template <class Body> CallError failure_of(Body body) {
    try {
        body();
    } catch (const CallError& error) {
        return error;
    }
    ADD_FAILURE() << "no CallError";
    return CallError(CallProblem::UnknownFunction, {});
}

TEST(Arguments, NumbersFromValuesAndOneCellRanges) {
    const std::array given{value(100), range({{3.0}}), one(0.5), none(), text(""), one(true)};
    const Arguments arguments(split_function(), given);
    EXPECT_EQ(arguments.number("total"), 100);
    EXPECT_EQ(arguments.optional_number("weights"), 3);
    EXPECT_EQ(arguments.optional_number("unit"), 0.5);
    EXPECT_FALSE(arguments.optional_number("minimums")) << "left out";
    EXPECT_FALSE(arguments.optional_number("maximums")) << "a blank text is blank";
    EXPECT_EQ(arguments.optional_number("fixed"), 1) << "TRUE is 1";
    EXPECT_TRUE(arguments.given("total"));
    EXPECT_FALSE(arguments.given("minimums"));
}

TEST(Arguments, BlankCellsAreNotGivenAndKeepTheShape) {
    const std::array given{value(1), range({{1.0, ""}, {2.0, 3.0}})};
    const Cells cells = Arguments(split_function(), given).cells("weights");
    EXPECT_EQ(cells.rows, 2);
    EXPECT_EQ(cells.columns, 2);
    ASSERT_EQ(cells.values.size(), 4u);
    EXPECT_EQ(cells.values[0], 1);
    EXPECT_FALSE(cells.values[1]);
    EXPECT_EQ(cells.values[3], 3);
    EXPECT_EQ(zero_if_blank(cells), (std::vector<double>{1, 0, 2, 3}));
}

TEST(Arguments, NumbersReadBlankCellsAsZeroAndKeepTheShape) {
    const std::array given{value(1), range({{1.0, ""}, {2.0, 3.0}})};
    const Numbers numbers = Arguments(split_function(), given).numbers("weights");
    EXPECT_EQ(numbers.rows, 2);
    EXPECT_EQ(numbers.columns, 2);
    EXPECT_EQ(numbers.values, (std::vector<double>{1, 0, 2, 3}));
    const std::array single{value(1), value(4)};
    EXPECT_EQ(Arguments(split_function(), single).numbers("weights").values,
              (std::vector<double>{4}));
}

TEST(Arguments, NumbersRefuseTextLikeCells) {
    const std::array given{value(1), range({{1.0}, {"abc"}, {2.0}})};
    const CallError error =
        failure_of([&] { Arguments(split_function(), given).numbers("weights"); });
    EXPECT_EQ(error.problem(), CallProblem::TextInRange);
    EXPECT_EQ(error.argument(), 1u);
    EXPECT_EQ(error.values(), (std::vector<std::string>{"2", "abc"}));
    const std::array single{value(1), one("abc")};
    EXPECT_EQ(failure_of([&] { Arguments(split_function(), single).numbers("weights"); }).problem(),
              CallProblem::TextForNumber);
}

TEST(Arguments, AResultColumnSharesRowsOfTheSameValueOnly) {
    const std::vector<double> values{3, 3, 0.0, -0.0, 3, std::nan(""), 7, 0.0};
    DoubleGrid grid = grid_of(static_cast<sal_Int32>(values.size()), 1, values);
    ASSERT_EQ(grid.getLength(), static_cast<sal_Int32>(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto& row = std::as_const(grid)[static_cast<sal_Int32>(i)];
        ASSERT_EQ(row.getLength(), 1);
        if (std::isnan(values[i]))
            EXPECT_TRUE(std::isnan(row[0]));
        else
            EXPECT_EQ(row[0], values[i]) << "row " << i;
        EXPECT_EQ(std::signbit(row[0]), std::signbit(values[i])) << "0 and -0 stay apart";
    }
    // Rows are values: changing one shared row leaves the others as they were.
    grid.getArray()[0].getArray()[0] = 5;
    EXPECT_EQ(std::as_const(grid)[0][0], 5);
    EXPECT_EQ(std::as_const(grid)[1][0], 3);
    EXPECT_EQ(std::as_const(grid)[4][0], 3);
    // A grid of several columns, row by row.
    const DoubleGrid block = grid_of(2, 2, {1, 2, 3, 4});
    EXPECT_EQ(std::as_const(block)[1][0], 3);
    EXPECT_EQ(std::as_const(block)[1][1], 4);
}

TEST(Arguments, TextInARangeNamesTheItemAndTheArgument) {
    const std::array given{value(1), range({{1.0}, {"abc"}, {2.0}})};
    const CallError error =
        failure_of([&] { Arguments(split_function(), given).cells("weights"); });
    EXPECT_EQ(error.problem(), CallProblem::TextInRange);
    EXPECT_EQ(error.argument(), 1u);
    EXPECT_EQ(error.values(), (std::vector<std::string>{"2", "abc"}));
}

TEST(Arguments, TextForASingleNumber) {
    const std::array given{one("abc")};
    const CallError error = failure_of([&] { Arguments(split_function(), given).number("total"); });
    EXPECT_EQ(error.problem(), CallProblem::TextForNumber);
    EXPECT_EQ(error.argument(), 0u);
    EXPECT_EQ(error.values(), (std::vector<std::string>{"abc"}));
}

TEST(Arguments, ARangeWhereOneValueBelongs) {
    const std::array given{column({1, 2})};
    const CallError error = failure_of([&] { Arguments(split_function(), given).number("total"); });
    EXPECT_EQ(error.problem(), CallProblem::NotOneValue);
    EXPECT_EQ(error.values(), (std::vector<std::string>{"2"}));
}

TEST(Arguments, ABlankRequiredNumberIsMissing) {
    const std::array given{one("")};
    const CallError error = failure_of([&] { Arguments(split_function(), given).number("total"); });
    EXPECT_EQ(error.problem(), CallProblem::MissingArgument);
    EXPECT_EQ(error.argument(), 0u);
}

TEST(Arguments, PerItemIsOneForAllOrOnePerItem) {
    const std::array given{value(1), column({1, 1, 1}), none(),
                           value(2), column({1, 2, 3}), column({1, 2})};
    const Arguments arguments(split_function(), given);
    EXPECT_TRUE(arguments.per_item("unit", 3, "weights").empty());
    EXPECT_EQ(arguments.per_item("minimums", 3, "weights"),
              (std::vector<std::optional<double>>{2, 2, 2}));
    EXPECT_EQ(arguments.per_item("maximums", 3, "weights").size(), 3u);
    const CallError error = failure_of([&] { arguments.per_item("fixed", 3, "weights"); });
    EXPECT_EQ(error.problem(), CallProblem::CountMismatch);
    EXPECT_EQ(error.argument(), 5u);
    EXPECT_EQ(error.reference(), 1u);
    EXPECT_EQ(error.values(), (std::vector<std::string>{"2", "3"}));
}

TEST(Arguments, LabelsAsPeopleReadThem) {
    const std::array given{value(1), range({{"North"}, {12.0}, {""}, {0.5}, {true}})};
    const Labels labels = Arguments(split_function(), given).labels("weights");
    ASSERT_EQ(labels.values.size(), 5u);
    EXPECT_EQ(labels.values[0], "North");
    EXPECT_EQ(labels.values[1], "12");
    EXPECT_FALSE(labels.values[2]);
    EXPECT_EQ(labels.values[3], "0.5");
    EXPECT_EQ(labels.values[4], "TRUE");
}

// A macro may pass void cells, and integers or floats, inside a range: void
// is blank like Calc's empty string, the others are numbers, in all three
// readers.
TEST(Arguments, VoidCellsAreBlankAndOtherNumberTypesAreNumbers) {
    AnyGrid grid(4);
    grid.getArray()[0] = css::uno::Sequence<css::uno::Any>(1);
    grid.getArray()[1] = css::uno::Sequence<css::uno::Any>(1);
    grid.getArray()[1].getArray()[0] <<= sal_Int32{7};
    grid.getArray()[2] = css::uno::Sequence<css::uno::Any>(1);
    grid.getArray()[2].getArray()[0] <<= 0.5f;
    grid.getArray()[3] = css::uno::Sequence<css::uno::Any>(1);
    grid.getArray()[3].getArray()[0] <<= ustring("");
    const std::array given{value(1), css::uno::Any(grid)};
    const Arguments arguments(split_function(), given);
    EXPECT_EQ(arguments.cells("weights").values,
              (std::vector<std::optional<double>>{std::nullopt, 7, 0.5, std::nullopt}));
    EXPECT_EQ(arguments.numbers("weights").values, (std::vector<double>{0, 7, 0.5, 0}));
    EXPECT_EQ(arguments.labels("weights").values,
              (std::vector<std::optional<std::string>>{std::nullopt, "7", "0.5", std::nullopt}));
    const Cells cells = arguments.cells("weights");
    EXPECT_EQ(cells.rows, 4);
    EXPECT_EQ(cells.columns, 1);
}

// Text after many blank cells is still found, by its place in the range.
TEST(Arguments, TextAfterBlankCellsIsFoundByItsPlace) {
    const std::array given{value(1), range({{"", ""}, {"", 1.0}, {"x", ""}})};
    const Arguments arguments(split_function(), given);
    for (const CallError& error : {failure_of([&] { arguments.cells("weights"); }),
                                   failure_of([&] { arguments.numbers("weights"); })}) {
        EXPECT_EQ(error.problem(), CallProblem::TextInRange);
        EXPECT_EQ(error.values(), (std::vector<std::string>{"5", "x"}));
    }
}

TEST(Arguments, ARaggedRangeFromAMacro) {
    const std::array given{value(1), range({{1.0, 2.0}, {3.0}})};
    const CallError error =
        failure_of([&] { Arguments(split_function(), given).cells("weights"); });
    EXPECT_EQ(error.problem(), CallProblem::RaggedRange);
    EXPECT_EQ(error.argument(), 1u);
}

TEST(Arguments, ABlockWhereALineBelongs) {
    const std::array given{value(1), block(2, 3, 1)};
    const Arguments arguments(split_function(), given);
    const CallError error =
        failure_of([&] { arguments.require_line("weights", arguments.cells("weights")); });
    EXPECT_EQ(error.problem(), CallProblem::NotALine);
    EXPECT_EQ(error.values(), (std::vector<std::string>{"2", "3"}));
}

TEST(Arguments, AnArgumentTheTableDoesNotHaveIsABug) {
    const std::array given{value(1)};
    EXPECT_THROW(Arguments(split_function(), given).number("totl"), std::logic_error);
}

TEST(Arguments, GridsOfResults) {
    const DoubleGrid grid = grid_of(2, 3, {1, 2, 3, 4, 5, 6});
    ASSERT_EQ(grid.getLength(), 2);
    EXPECT_EQ(grid[1].getLength(), 3);
    EXPECT_EQ(grid[1][0], 4);
}

TEST(Arguments, Utf8BothWays) {
    EXPECT_EQ(utf8(ustring("权重 ÷ 2")), "权重 ÷ 2");
}

} // namespace
