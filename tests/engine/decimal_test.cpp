// "Exact in the user's decimals" (the README's "How each function decides"): quotas, remainders and
// ties are decided on the numbers as Calc shows them, at 15 significant digits, not on the binary
// doubles next to them. 0.03 and 0.07 are 3/100 and 7/100, so quotas of 1.5 and 3.5 tie; 0.1+0.2 is
// 0.3.
#include "allot/apportion.hpp"
#include "allot/levels.hpp"
#include "allot/split.hpp"
#include "allot/tree.hpp"

#include "support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace {

using allot::testing::request;
using ::testing::ElementsAre;

const double point_three = 0.1 + 0.2; // 0.30000000000000004 in binary, 0.3 on screen

TEST(Decimals, SplitTiesOnTheDecimalsTyped) {
    // Binary says 0.07 > 7/100 and 0.03 < 3/100: {1|4}. The decimals tie: {2|3}.
    EXPECT_THAT(allot::split(request(5, {0.03, 0.07})), ElementsAre(2, 3));
    EXPECT_THAT(allot::split(request(5, {0.07, 0.03})), ElementsAre(4, 1)); // tie: the earlier
    EXPECT_THAT(allot::split(request(1, {point_three, 0.3})), ElementsAre(1, 0));
    EXPECT_THAT(allot::split(request(1, {0.3, point_three})), ElementsAre(1, 0));
    EXPECT_THAT(allot::split(request(-5, {0.03, 0.07})), ElementsAre(-2, -3));
    // Amounts too: 3 units of 0.1 are the 0.3 a person types.
    EXPECT_THAT(allot::split(request(1, {3, 7}, 0.1)), ElementsAre(0.3, 0.7));
    // A whole quota in decimals is whole: 0.7/(0.1+0.2+0.7) of 10 is 7.
    EXPECT_THAT(allot::split(request(10, {point_three, 0.7})), ElementsAre(3, 7));
}

TEST(Decimals, SplitWithUnitsAndBounds) {
    EXPECT_THAT(allot::split(request(0.5, {0.03, 0.07}, 0.1)), ElementsAre(0.2, 0.3));
    // The bound does not bind; the decimals still decide the tie.
    EXPECT_THAT(allot::split(request(5, {0.03, 0.07}, 1, {}, allot::testing::all(10, 2))),
                ElementsAre(2, 3));
}

TEST(Decimals, ApportionHamiltonAndDivisorMethods) {
    allot::ApportionRequest r;
    r.count = 5;
    r.sizes = {0.03, 0.07};
    EXPECT_THAT(allot::apportion(r), ElementsAre(2, 3));
    // Webster: 0.3 and 0.1+0.2 have equal priorities; the earlier gets the odd unit.
    r.method = allot::ApportionMethod::Webster;
    r.count = 3;
    r.sizes = {point_three, 0.3};
    EXPECT_THAT(allot::apportion(r), ElementsAre(2, 1));
    r.sizes = {0.3, point_three};
    EXPECT_THAT(allot::apportion(r), ElementsAre(2, 1));
    // Huntington–Hill with fewer units than entities: the larger, ties earlier.
    r.method = allot::ApportionMethod::HuntingtonHill;
    r.count = 1;
    EXPECT_THAT(allot::apportion(r), ElementsAre(1, 0));
}

TEST(Decimals, TreeSplitsEachLevelOnDecimals) {
    using Labels = std::vector<std::optional<std::string>>;
    allot::TreeRequest r{5, Labels{"a", "b"}, Labels{std::nullopt, std::nullopt}, {0.03, 0.07}, 1};
    EXPECT_THAT(allot::tree(r), ElementsAre(2, 3));
}

TEST(Decimals, LevelsRoundOnDecimals) {
    // Floors: 50% of 10 over targets 0.3 (as 0.1+0.2) and 0.7 → quotas 1.5·… tie-free;
    // 50% of {0.03, 0.07}·100 → 5 over {3, 7} in cents: 1.5 and 3.5 tie.
    allot::LevelsRequest r{{3, 7}, 0.5, 1, 1};
    EXPECT_THAT(allot::levels(r).floor, ElementsAre(2, 3));
    r.targets = {0.03, 0.07};
    r.unit = 0.01;
    EXPECT_THAT(allot::levels(r).floor, ElementsAre(0.02, 0.03));
}

} // namespace
