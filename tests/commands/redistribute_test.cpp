#include <allot/commands/redistribute.hpp>
#include <allot/commands/refusal.hpp>
#include <allot/commands/summary.hpp>
#include <allot/split.hpp>

#include "messages.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace allot::commands {
namespace {

// Before anything translates: the catalogs are read once.
const bool catalogs_found = (addin::set_catalog_dir(ALLOT_LOCALE_DIR), true);

Block block_of(int rows, int columns, const std::vector<double>& values) {
    Block block;
    block.area = {"Plan", 1, 1, columns, rows}; // from B2
    for (double value : values)
        block.entries.push_back({Entry::Kind::Number, value, {}});
    return block;
}

RedistributeRequest request_for(Block block, const char* total, double unit = 1.0) {
    RedistributeRequest request;
    request.block = std::move(block);
    request.total = *parse_total_change(total);
    request.unit = unit;
    return request;
}

Reason refusal_of(const RedistributeRequest& request) {
    try {
        redistribute(request);
    } catch (const Refusal& refusal) {
        return refusal.reason();
    }
    ADD_FAILURE() << "no refusal";
    return Reason::Engine;
}

TEST(Redistribute, SpreadsInProportionToTheCurrentValues) {
    const auto result = redistribute(request_for(block_of(3, 1, {100, 200, 700}), "1100"));
    EXPECT_EQ(result.values, (std::vector<double>{110, 220, 770}));
    EXPECT_EQ(result.before, 1000);
    EXPECT_EQ(result.sum, 1100);
    EXPECT_EQ(result.changed, 3);
}

TEST(Redistribute, GivesTiesToTheEarlierCellLikeSplit) {
    // Quotas 33⅓ each: the odd unit goes to the first cell, like ALLOT.SPLIT.
    const auto result = redistribute(request_for(block_of(1, 3, {1, 1, 1}), "100"));
    EXPECT_EQ(result.values, (std::vector<double>{34, 33, 33}));
}

TEST(Redistribute, KeepsHeldCellsAndClosedPeriods) {
    // Two regions × four months; January and February have actuals (closed),
    // and one April cell is held.
    auto request = request_for(block_of(2, 4, {10, 20, 30, 40, 50, 60, 70, 80}), "+100");
    request.closed_periods = 2;
    request.held = {false, false, false, true, false, false, false, false};
    const auto result = redistribute(request);
    EXPECT_EQ(result.values[0], 10);
    EXPECT_EQ(result.values[1], 20);
    EXPECT_EQ(result.values[3], 40) << "held";
    EXPECT_EQ(result.values[4], 50);
    EXPECT_EQ(result.values[5], 60);
    EXPECT_EQ(result.held, 5);
    EXPECT_EQ(result.sum, 460);
    // The 100 extra spread over March (30, 70) and April's free cell (80).
    EXPECT_EQ(result.values[2] + result.values[6] + result.values[7], 280);
}

TEST(Redistribute, ClosedPeriodsCanRunDownTheRows) {
    auto request = request_for(block_of(3, 1, {10, 10, 10}), "60");
    request.closed_periods = 1;
    request.periods_in_rows = true;
    const auto result = redistribute(request);
    EXPECT_EQ(result.values, (std::vector<double>{10, 25, 25}));
}

TEST(Redistribute, SpreadsEquallyOrByAnotherRange) {
    auto equal = request_for(block_of(1, 4, {0, 5, 0, 95}), "10");
    equal.basis = Basis::Equal;
    EXPECT_EQ(redistribute(equal).values, (std::vector<double>{3, 3, 2, 2}));

    auto by_range = request_for(block_of(1, 3, {1, 1, 1}), "60");
    by_range.basis = Basis::Range;
    by_range.basis_block = block_of(1, 3, {1, 2, 3});
    EXPECT_EQ(redistribute(by_range).values, (std::vector<double>{10, 20, 30}));
}

TEST(Redistribute, RoundsToTheUnitAndKeepsRelativeTotalsInWholeUnits) {
    auto request = request_for(block_of(1, 3, {1000, 2000, 3000}), "+3.3%", 100);
    const auto result = redistribute(request);
    EXPECT_EQ(result.total, 6200) << "6198 rounded to whole hundreds";
    EXPECT_EQ(result.sum, 6200);
    for (double value : result.values)
        EXPECT_EQ(std::fmod(value, 100), 0) << value;
}

TEST(Redistribute, LeavesBlankCellsBlankWhenTheyGetNothing) {
    Block block = block_of(1, 3, {100, 0, 300});
    block.entries[1].kind = Entry::Kind::Blank;
    const auto result = redistribute(request_for(block, "800"));
    EXPECT_EQ(result.values, (std::vector<double>{200, 0, 600}));
    EXPECT_EQ(result.blank, (std::vector<bool>{false, true, false}));
    EXPECT_EQ(result.changed, 2);
}

TEST(Redistribute, Refuses) {
    Block text = block_of(1, 2, {1, 2});
    text.entries[1] = {Entry::Kind::Text, 0, "n/a"};
    EXPECT_EQ(refusal_of(request_for(text, "10")), Reason::TextInBlock);

    Block formula = block_of(1, 2, {1, 2});
    formula.entries[1] = {Entry::Kind::Formula, 2, "=SUM(A1)"};
    EXPECT_EQ(refusal_of(request_for(formula, "10")), Reason::FormulaAmongValues);

    EXPECT_EQ(refusal_of(request_for(Block{}, "10")), Reason::EmptySelection);
    EXPECT_EQ(refusal_of(request_for(block_of(1, 2, {5, -1}), "10")), Reason::NegativeValue);

    auto above = request_for(block_of(1, 3, {400, 300, 300}), "500");
    above.held = {true, true, false};
    EXPECT_EQ(refusal_of(above), Reason::HeldAboveTotal);

    auto all = request_for(block_of(1, 2, {1, 2}), "10");
    all.closed_periods = 2;
    EXPECT_EQ(refusal_of(all), Reason::EverythingHeld);

    auto shape = request_for(block_of(1, 3, {1, 1, 1}), "10");
    shape.basis = Basis::Range;
    shape.basis_block = block_of(1, 2, {1, 1});
    EXPECT_EQ(refusal_of(shape), Reason::BasisShape);

    auto unit = request_for(block_of(1, 2, {1, 1}), "10", -1);
    EXPECT_EQ(refusal_of(unit), Reason::NegativeUnit);

    // The engine's own limits come through with its explanation.
    auto huge = request_for(block_of(1, 2, {1, 1}), "1e300", 1);
    huge.total = {TotalChange::Kind::Absolute, 1e300};
    EXPECT_EQ(refusal_of(huge), Reason::Engine);
}

// Random blocks, holds and totals: the result is ALLOT.SPLIT's with the held
// cells as `fixed`, adds up exactly, and keeps every held cell.
TEST(RedistributeProperties, IsSplitWithHoldsAndAddsUp) {
    std::mt19937_64 random(20261202);
    for (int round = 0; round < 2000; ++round) {
        const int rows = 1 + static_cast<int>(random() % 6);
        const int columns = 1 + static_cast<int>(random() % 12);
        std::vector<double> values;
        for (int i = 0; i < rows * columns; ++i)
            values.push_back(static_cast<double>(random() % 50) * 100);
        auto request = request_for(block_of(rows, columns, values), "0");
        request.unit = random() % 2 ? 100 : 1;
        request.closed_periods = static_cast<int>(random() % 3);
        request.held.resize(values.size());
        double held_sum = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            request.held[i] = random() % 5 == 0;
            if (request.held[i] || static_cast<int>(i) % columns < request.closed_periods)
                held_sum += values[i];
        }
        const double total = held_sum + static_cast<double>(random() % 100'000) * request.unit;
        request.total = {TotalChange::Kind::Absolute, total};
        const auto held = held_cells(request);
        if (std::find(held.begin(), held.end(), false) == held.end())
            continue; // every cell held: a refusal unless nothing changes
        const auto result = redistribute(request);

        SplitRequest split_request;
        split_request.total = total;
        split_request.weights = values;
        split_request.unit = request.unit;
        split_request.fixed.resize(values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            if (held[i])
                split_request.fixed[i] = values[i];
        EXPECT_EQ(result.values, split(split_request)) << "round " << round;
        EXPECT_TRUE(adds_up(result.sum, total, request.unit)) << "round " << round;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (held[i]) {
                EXPECT_EQ(result.values[i], values[i]) << "round " << round;
            }
        }
    }
}

TEST(Summary, TellsWhatChangedInBothLanguages) {
    auto request = request_for(block_of(1, 3, {100, 200, 700}), "+10%");
    request.held = {true, false, false};
    const auto result = redistribute(request);
    const Summary summary = summary_of(result, request.block.area, 1);
    EXPECT_TRUE(summary.adds_up);
    ASSERT_EQ(summary.largest.size(), 2u);
    EXPECT_EQ(summary.largest[0].cell, "D2") << "700 → 778 is the largest change";
    const std::string english = describe(summary, Language::English);
    EXPECT_NE(english.find("1,100"), std::string::npos) << english;
    EXPECT_NE(english.find("B2:D2"), std::string::npos) << english;
    EXPECT_NE(english.find("exactly"), std::string::npos) << english;
    EXPECT_NE(english.find("D2: 700 → 778 (+78)"), std::string::npos) << english;
    EXPECT_NE(english.find("kept 1 held"), std::string::npos) << english;
    const std::string chinese = describe(summary, addin::language_of("zh-CN"));
    EXPECT_NE(chinese.find("1,100"), std::string::npos) << chinese;
    EXPECT_NE(chinese.find("精确"), std::string::npos) << chinese;
    EXPECT_EQ(chinese.find("Changed"), std::string::npos) << "untranslated: " << chinese;
}

} // namespace
} // namespace allot::commands
