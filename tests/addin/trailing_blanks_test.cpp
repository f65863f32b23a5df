// TREE and KPI read, of the blank rows after the last node (most of a whole
// column), only the first: the answers and the errors are those of the
// engine over every row.
#include "arguments.hpp"
#include "calls.hpp"
#include "uno_values.hpp"

#include <allot/error.hpp>
#include <allot/kpi.hpp>
#include <allot/tree.hpp>

#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

using namespace allot;
using namespace allot::addin;

namespace {

namespace uno = css::uno;

using Texts = std::vector<std::optional<std::string>>;
using Amounts = std::vector<std::optional<double>>;

// A column as Calc passes it: blank cells as empty strings.
uno::Any column_of(const Texts& texts) {
    AnyGrid grid(static_cast<sal_Int32>(texts.size()));
    for (std::size_t r = 0; r < texts.size(); ++r) {
        const uno::Any cell(ustring(texts[r].value_or("")));
        grid.getArray()[r] = uno::Sequence<uno::Any>(&cell, 1);
    }
    return uno::Any(grid);
}

uno::Any column_of(const Amounts& numbers) {
    AnyGrid grid(static_cast<sal_Int32>(numbers.size()));
    for (std::size_t r = 0; r < numbers.size(); ++r) {
        const uno::Any cell = numbers[r] ? uno::Any(*numbers[r]) : uno::Any(rtl::OUString());
        grid.getArray()[r] = uno::Sequence<uno::Any>(&cell, 1);
    }
    return uno::Any(grid);
}

template <class Values> Values padded(Values values, std::size_t blanks) {
    values.resize(values.size() + blanks);
    return values;
}

std::vector<double> column_values(const Result& result) {
    std::vector<double> values;
    for (const auto& row : std::get<DoubleGrid>(result)) {
        EXPECT_EQ(row.getLength(), 1);
        values.push_back(row[0]);
    }
    return values;
}

// The engine's error for a body that must throw one.
template <class Body> Error error_of(Body body) {
    try {
        body();
    } catch (const Error& error) {
        return error;
    }
    ADD_FAILURE() << "no error";
    return Error(Problem::TreeNoNodes, {});
}

TEST(TrailingBlanks, TreeGivesTheEnginesAnswerOverEveryRow) {
    constexpr std::size_t blanks = 5000;
    TreeRequest request;
    request.total = 100;
    request.ids = padded(Texts{"R", "A", std::nullopt, "B"}, blanks);
    request.parents = padded(Texts{std::nullopt, "R", std::nullopt, "R"}, blanks);
    request.weights = padded(Amounts{std::nullopt, 1, std::nullopt, 3}, blanks);
    const std::array arguments{addin::testing::one(100.0), column_of(request.ids),
                               column_of(request.parents), column_of(request.weights)};
    const Result result = run(*find_programmatic("tree"), arguments, Language{});
    EXPECT_EQ(column_values(result), tree(request));
    EXPECT_EQ(column_values(result).size(), 4 + blanks);
}

TEST(TrailingBlanks, TreeErrorsAreTheEnginesOverEveryRow) {
    constexpr std::size_t blanks = 3000;
    // No node at all; a weight without an id before the blank rows.
    const std::vector<std::pair<Texts, Amounts>> cases{
        {Texts{}, Amounts{}},
        {Texts{"R"}, Amounts{std::nullopt, 2}},
    };
    for (const auto& [ids, weights] : cases) {
        TreeRequest request;
        request.total = 100;
        request.ids = padded(ids, blanks);
        request.parents = padded(Texts(ids.size()), blanks);
        request.weights = padded(weights, blanks + ids.size() - weights.size());
        const std::array arguments{addin::testing::one(100.0), column_of(request.ids),
                                   column_of(request.parents), column_of(request.weights)};
        const Error expected = error_of([&] { tree(request); });
        const Error got = error_of([&] { run(*find_programmatic("tree"), arguments, Language{}); });
        EXPECT_EQ(got.problem(), expected.problem());
        EXPECT_EQ(got.args(), expected.args());
    }
}

TEST(TrailingBlanks, KpiNamesTheFirstBlankIdAsTheEngineDoes) {
    constexpr std::size_t blanks = 4000;
    const std::vector<Texts> id_cases{
        Texts{},                            // a whole blank column: id 1 is blank
        Texts{"R", "A", "B"},               // id 4 is blank
        Texts{"R", "A", std::nullopt, "B"}, // id 3, before the last node
        Texts{"R", "A", "A"},               // a duplicate before the blank rows
    };
    for (const Texts& ids : id_cases) {
        KpiRequest request;
        request.target = 100;
        request.ids = padded(ids, blanks);
        Texts parents{std::nullopt, "R", "R", "R"};
        parents.resize(ids.size());
        request.parents = padded(parents, blanks);
        Texts operators{"+"};
        operators.resize(ids.size());
        request.operators = padded(operators, blanks);
        request.baselines = padded(Amounts(ids.size(), 1.0), blanks);
        const std::array arguments{addin::testing::one(100.0), column_of(request.ids),
                                   column_of(request.parents), column_of(request.operators),
                                   column_of(request.baselines)};
        const Error expected = error_of([&] { kpi(request); });
        const Error got = error_of([&] { run(*find_programmatic("kpi"), arguments, Language{}); });
        EXPECT_EQ(got.problem(), expected.problem());
        EXPECT_EQ(got.args(), expected.args());
    }
}

TEST(TrailingBlanks, ItemsInUse) {
    const auto& tree_function = *find_programmatic("tree");
    const uno::Any nodes = column_of(padded(Texts{"R", std::nullopt, "B"}, 10));
    const uno::Any weights = column_of(padded(Amounts{1, 2}, 11));
    const std::array given{addin::testing::one(1.0), nodes, nodes, weights};
    const Arguments arguments(tree_function, given);
    EXPECT_EQ(arguments.items_in_use({"ids", "parents", "weights"}), 4u);
    EXPECT_EQ(arguments.labels("ids", 4).values, (Texts{"R", std::nullopt, "B", std::nullopt}));
    EXPECT_EQ(arguments.labels("ids", 4).rows, 13);
    EXPECT_EQ(arguments.cells("weights", 4).values.size(), 4u);
    // Nothing left out: the last row is in use, or the ranges differ in size.
    const uno::Any full = column_of(Texts{"R", "A"});
    const std::array last{addin::testing::one(1.0), full, full, column_of(Amounts{1, 1})};
    EXPECT_EQ(Arguments(tree_function, last).items_in_use({"ids", "parents", "weights"}),
              all_items);
    const std::array other{addin::testing::one(1.0), nodes, full, weights};
    EXPECT_EQ(Arguments(tree_function, other).items_in_use({"ids", "parents", "weights"}),
              all_items);
    // A ragged grid (from a macro) is read whole, to be refused.
    const std::array ragged{addin::testing::one(1.0), addin::testing::range({{"R", ""}, {""}}),
                            nodes, weights};
    EXPECT_EQ(Arguments(tree_function, ragged).items_in_use({"ids"}), all_items);
}

} // namespace
