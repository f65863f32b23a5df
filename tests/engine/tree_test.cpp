// ALLOT.TREE: worked examples, one test per error (naming the node), and
// random forests checked level by level: every parent is the sum of its
// children in whole units, the tops share the total, each node is within one
// unit of its exact share of its parent, and blank inner weights are the sums
// of their leaves.
#include "allot/error.hpp"
#include "allot/tree.hpp"

#include "support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <random>

namespace {

using allot::Problem;
using allot::TreeRequest;
using ::testing::ElementsAre;

using Labels = std::vector<std::optional<std::string>>;
using Cells = std::vector<std::optional<double>>;
constexpr std::optional<double> blank = std::nullopt;
const std::optional<std::string> none = std::nullopt;

TreeRequest request(double total, Labels ids, Labels parents, Cells weights, double unit = 1) {
    return TreeRequest{total, std::move(ids), std::move(parents), std::move(weights), unit};
}

using allot::testing::Failure;

Failure failure(const TreeRequest& r) {
    return allot::testing::failure_of([&] { allot::tree(r); });
}

// Company → two regions → people, weights on the people only.
TreeRequest company(double total, double unit = 1) {
    return request(total, {"North", "South", "Ann", "Bob", "Cai", "Dee", "Eve"},
                   {none, none, "North", "North", "South", "South", "South"},
                   {blank, blank, 1, 1, 1, 1, 2}, unit);
}

TEST(Tree, BlankInnerWeightsAreTheSumsOfTheirLeaves) {
    // North weighs 2, South 4: 1000 splits 333 / 667, then over the people.
    EXPECT_THAT(allot::tree(company(1000)), ElementsAre(333, 667, 167, 166, 167, 167, 333));
}

TEST(Tree, EveryParentIsTheSumOfItsChildren) {
    const auto v = allot::tree(company(1000));
    EXPECT_EQ(v[0] + v[1], 1000);
    EXPECT_EQ(v[2] + v[3], v[0]);
    EXPECT_EQ(v[4] + v[5] + v[6], v[1]);
}

TEST(Tree, GivenInnerWeightsAreUsedAsTheyAre) {
    // Regions weighted 1:1 whatever their people weigh.
    auto r = company(1000);
    r.weights[0] = 1;
    r.weights[1] = 1;
    EXPECT_THAT(allot::tree(r), ElementsAre(500, 500, 250, 250, 125, 125, 250));
}

TEST(Tree, UnitsRoundEveryLevel) {
    EXPECT_THAT(allot::tree(company(1'000'000, 1000)),
                ElementsAre(333'000, 667'000, 167'000, 166'000, 167'000, 167'000, 333'000));
}

TEST(Tree, NegativeTotalIsTheMirror) {
    EXPECT_THAT(allot::tree(company(-1000)), ElementsAre(-333, -667, -167, -166, -167, -167, -333));
}

TEST(Tree, ChildrenMayComeBeforeTheirParentsAndIdsMayBeNumbers) {
    const auto v = allot::tree(request(90, {"11", "12", "1"}, {"1", "1", none}, {2, 1, blank}));
    EXPECT_THAT(v, ElementsAre(60, 30, 90));
}

TEST(Tree, SurroundingSpacesInIdsAreIgnored) {
    const auto v = allot::tree(request(10, {" A ", "B"}, {none, "A  "}, {blank, 1}));
    EXPECT_THAT(v, ElementsAre(10, 10));
}

TEST(Tree, AllZeroWeightsAmongSiblingsSplitEqually) {
    const auto v = allot::tree(request(10, {"A", "x", "y"}, {none, "A", "A"}, {blank, 0, 0}));
    EXPECT_THAT(v, ElementsAre(10, 5, 5));
}

TEST(Tree, WhollyBlankRowsAreSkippedAndGetZero) {
    // Room left at the end and in the middle of the ranges.
    const auto v = allot::tree(request(90, {"A", none, "a1", "a2", none},
                                       {none, none, "A", "A", none}, {blank, blank, 2, 1, blank}));
    EXPECT_THAT(v, ElementsAre(90, 0, 60, 30, 0));
}

TEST(Tree, DeepChainsNeedNoRecursion) {
    constexpr std::size_t depth = 200'000;
    Labels ids, parents;
    Cells weights(depth, blank);
    for (std::size_t i = 0; i < depth; ++i) {
        ids.push_back("n" + std::to_string(i));
        parents.push_back(i == 0 ? none : std::optional<std::string>("n" + std::to_string(i - 1)));
    }
    weights.back() = 1;
    const auto v = allot::tree(request(77, ids, parents, weights));
    EXPECT_EQ(v.front(), 77);
    EXPECT_EQ(v.back(), 77);
}

TEST(Tree, Errors) {
    EXPECT_EQ(failure(request(10, {}, {}, {})), (Failure{Problem::TreeNoNodes, {}}));
    EXPECT_EQ(failure(request(10, {"A", "B"}, {none}, {1, 1})),
              (Failure{Problem::CountMismatch, {"1", "2"}}));
    EXPECT_EQ(failure(request(10, {"A", "B"}, {none, none}, {1})),
              (Failure{Problem::CountMismatch, {"1", "2"}}));
    EXPECT_EQ(failure(request(10, {"A", none}, {none, "A"}, {1, 1})),
              (Failure{Problem::BlankId, {"2"}}));
    EXPECT_EQ(failure(request(10, {"A", none, "B"}, {none, none, "A"}, {1, 5, 1})),
              (Failure{Problem::BlankId, {"2"}}));
    EXPECT_EQ(failure(request(10, {none, none}, {none, none}, {blank, blank})),
              (Failure{Problem::TreeNoNodes, {}}));
    EXPECT_EQ(failure(request(10, {"A", none}, {none, none}, {1, std::nan("")})),
              (Failure{Problem::ItemNotFinite, {"2"}}));
    EXPECT_EQ(failure(request(10, {"A", "B", "A"}, {none, "A", "B"}, {1, 1, 1})),
              (Failure{Problem::DuplicateId, {"A"}}));
    EXPECT_EQ(failure(request(10, {"A", "B"}, {none, "Q"}, {1, 1})),
              (Failure{Problem::UnknownParent, {"B", "Q"}}));
    EXPECT_EQ(failure(request(10, {"A", "B", "C"}, {none, "C", "B"}, {1, 1, 1})),
              (Failure{Problem::Cycle, {"B"}}));
    EXPECT_EQ(failure(request(10, {"A", "B"}, {"B", "A"}, {1, 1})),
              (Failure{Problem::Cycle, {"A"}}));
    EXPECT_EQ(failure(request(10, {"A", "B"}, {none, "A"}, {blank, -1})),
              (Failure{Problem::TreeNegativeWeight, {"B", "-1"}}));
    EXPECT_EQ(failure(request(10, {"A"}, {none}, {1}, -1)).first, Problem::NegativeUnit);
    EXPECT_EQ(failure(request(1e300, {"A"}, {none}, {1})).first, Problem::TooManyUnits);
}

// A random forest: node i's parent is an earlier node or none, in a shuffled
// listing so children often come first.
struct Forest {
    TreeRequest request;
    std::vector<std::size_t> parent; // n for the top level
};

Forest random_forest(std::mt19937_64& rng) {
    const std::size_t n = std::uniform_int_distribution<std::size_t>(1, 60)(rng);
    std::vector<std::size_t> parent(n, n);
    for (std::size_t i = 1; i < n; ++i)
        if (std::bernoulli_distribution(0.85)(rng))
            parent[i] = std::uniform_int_distribution<std::size_t>(0, i - 1)(rng);
    std::vector<std::size_t> listing(n);
    for (std::size_t i = 0; i < n; ++i)
        listing[i] = i;
    std::shuffle(listing.begin(), listing.end(), rng);
    std::vector<std::size_t> position(n);
    for (std::size_t p = 0; p < n; ++p)
        position[listing[p]] = p;

    Forest forest;
    forest.parent.assign(n, n);
    TreeRequest& r = forest.request;
    const double units[] = {1, 1000, 0.01, 0};
    r.unit = units[std::uniform_int_distribution<int>(0, 3)(rng)];
    r.total = std::uniform_int_distribution<std::int64_t>(-1'000'000, 10'000'000)(rng) *
              (r.unit == 0 ? 0.37 : r.unit);
    for (std::size_t p = 0; p < n; ++p) {
        const std::size_t node = listing[p];
        r.ids.push_back("id" + std::to_string(node));
        r.parents.push_back(parent[node] == n
                                ? none
                                : std::optional<std::string>("id" + std::to_string(parent[node])));
        forest.parent[p] = parent[node] == n ? n : position[parent[node]];
        const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
        r.weights.push_back(
            kind < 3   ? blank
            : kind < 4 ? std::optional<double>(0)
                       : std::optional<double>(std::uniform_int_distribution<int>(1, 5000)(rng)));
    }
    return forest;
}

TEST(TreeProperties, EveryLevelAddsUpAndKeepsTheQuotaRule) {
    std::mt19937_64 rng(20261127);
    for (int round = 0; round < allot::testing::rounds(3000); ++round) {
        const Forest forest = random_forest(rng);
        const TreeRequest& r = forest.request;
        const std::size_t n = r.ids.size();
        const std::vector<double> v = allot::tree(r);
        ASSERT_EQ(v.size(), n);
        EXPECT_EQ(v, allot::tree(r)) << "deterministic";

        // Effective weights: blank inner = sum of its leaves.
        std::vector<bool> has_child(n, false);
        for (std::size_t i = 0; i < n; ++i)
            if (forest.parent[i] != n)
                has_child[forest.parent[i]] = true;
        std::vector<double> leaves(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            if (has_child[i])
                continue;
            for (std::size_t a = i; a != n; a = forest.parent[a])
                leaves[a] += r.weights[i].value_or(0);
        }
        const auto weight = [&](std::size_t i) { return r.weights[i].value_or(leaves[i]); };

        // Children grouped by parent (n = the top level).
        std::vector<std::vector<std::size_t>> children(n + 1);
        for (std::size_t i = 0; i < n; ++i)
            children[forest.parent[i]].push_back(i);
        for (std::size_t p = 0; p <= n; ++p) {
            if (children[p].empty())
                continue;
            const double whole = p == n ? r.total : v[p];
            double sum = 0, weights = 0;
            for (std::size_t c : children[p]) {
                sum += v[c];
                weights += weight(c);
            }
            const double scale = std::max(1.0, std::fabs(whole));
            ASSERT_NEAR(sum, whole, 1e-9 * scale) << "round " << round << " parent " << p;
            for (std::size_t c : children[p]) {
                const double exact = weights > 0 ? whole * weight(c) / weights
                                                 : whole / static_cast<double>(children[p].size());
                if (r.unit > 0) {
                    const double units = v[c] / r.unit;
                    EXPECT_NEAR(units, std::round(units), 1e-6) << "whole units";
                    EXPECT_LT(std::fabs(v[c] - exact), r.unit * (1 + 1e-9) + 1e-9 * scale)
                        << "quota rule, round " << round;
                } else {
                    EXPECT_NEAR(v[c], exact, 1e-9 * scale);
                }
            }
        }
    }
}

} // namespace
