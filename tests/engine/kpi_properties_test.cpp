// Properties of ALLOT.KPI over random (seeded) driver trees: recomputing the
// tree bottom up from the targets gives the root's target, holds keep their
// values, efforts of 0 keep baselines, and with no change asked every node
// keeps its baseline.
#include "allot/error.hpp"
#include "allot/kpi.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using allot::KpiRequest;
using allot::Problem;
using allot::testing::Random;

struct RandomTree {
    KpiRequest request;
    std::vector<std::size_t> parent; // index, or size for the root (index 0)
    std::vector<bool> product;
    std::vector<bool> leaf;
    std::vector<double> baseline; // every node's, computed bottom up
};

// Parents come before children, so a reverse sweep is bottom up.
RandomTree random_tree(Random& random) {
    RandomTree t;
    const auto n = static_cast<std::size_t>(random.integer(2, 40));
    t.parent.assign(n, n);
    for (std::size_t i = 1; i < n; ++i) {
        // Mostly shallow and bushy, sometimes a long chain.
        const auto lo = random.chance(0.2) ? static_cast<std::int64_t>(i - 1) : 0;
        t.parent[i] = static_cast<std::size_t>(random.integer(lo, std::int64_t(i) - 1));
    }
    t.leaf.assign(n, true);
    for (std::size_t i = 1; i < n; ++i)
        t.leaf[t.parent[i]] = false;
    t.product.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        t.product[i] = !t.leaf[i] && random.chance(0.35);

    auto& r = t.request;
    // Ids listed in a shuffled order, so children often precede their parents.
    std::vector<std::size_t> slot(n);
    for (std::size_t i = 0; i < n; ++i)
        slot[i] = i;
    for (std::size_t i = n; i-- > 1;)
        std::swap(slot[i], slot[static_cast<std::size_t>(random.integer(0, std::int64_t(i)))]);
    r.ids.resize(n);
    r.parents.resize(n);
    r.operators.resize(n);
    r.baselines.resize(n);
    const bool with_efforts = random.chance(0.5);
    const bool with_holds = random.chance(0.4);
    if (with_efforts)
        r.efforts.resize(n);
    if (with_holds)
        r.fixed.resize(n);
    t.baseline.assign(n, 0.0);
    for (std::size_t i = n; i-- > 0;) {
        if (t.leaf[i]) {
            t.baseline[i] = t.product[t.parent[i] == n ? 0 : t.parent[i]] && t.parent[i] != n
                                ? random.pick(std::vector<double>{0.02, 0.5, 1.5, 3, 50})
                                : std::round(random.uniform(1, 1000));
        }
    }
    for (std::size_t i = n; i-- > 0;) {
        if (t.leaf[i])
            continue;
        double value = t.product[i] ? 1.0 : 0.0;
        for (std::size_t c = i + 1; c < n; ++c)
            if (t.parent[c] == i)
                value = t.product[i] ? value * t.baseline[c] : value + t.baseline[c];
        t.baseline[i] = value;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t s = slot[i];
        r.ids[s] = "node " + std::to_string(i);
        r.parents[s] =
            t.parent[i] == n ? std::nullopt : std::optional("node " + std::to_string(t.parent[i]));
        if (!t.leaf[i])
            r.operators[s] = t.product[i] ? "*" : "+";
        if (t.leaf[i] || random.chance(0.3))
            r.baselines[s] = t.baseline[i];
        if (with_efforts && random.chance(0.6))
            r.efforts[s] = random.chance(0.15) ? 0.0 : random.uniform(0.1, 5);
        if (with_holds && i != 0 && random.chance(0.15))
            r.fixed[s] = t.baseline[i] * random.uniform(0.8, 1.3);
    }
    r.target = t.baseline[0] * random.uniform(0.7, 1.6);
    return t;
}

// Node i's value in the request's order.
double at(const RandomTree& t, const std::vector<double>& values, std::size_t node) {
    for (std::size_t s = 0; s < t.request.ids.size(); ++s)
        if (*t.request.ids[s] == "node " + std::to_string(node))
            return values[s];
    ADD_FAILURE() << "no node " << node;
    return 0;
}

TEST(KpiProperties, RecomputingBottomUpGivesTheRootTarget) {
    Random random(41);
    int solved = 0;
    const int total = allot::testing::rounds(3000);
    for (int round = 0; round < total; ++round) {
        const RandomTree t = random_tree(random);
        std::vector<double> result;
        try {
            result = allot::kpi(t.request);
        } catch (const allot::Error& e) {
            // Random holds and efforts can make a target unreachable; those
            // must be the documented reasons, never a malformed tree.
            ASSERT_TRUE(e.problem() == Problem::KpiNegativeTarget ||
                        e.problem() == Problem::KpiNoFreeChild ||
                        e.problem() == Problem::KpiFactorNotPositive)
                << e.what();
            continue;
        }
        ++solved;
        const std::size_t n = t.parent.size();
        std::vector<double> value(n);
        for (std::size_t i = 0; i < n; ++i)
            value[i] = at(t, result, i);
        // Bottom up from the leaves' targets only (a held inner node is
        // reached by its children too).
        std::vector<double> recomputed(n);
        for (std::size_t i = n; i-- > 0;) {
            if (t.leaf[i]) {
                recomputed[i] = value[i];
                continue;
            }
            double v = t.product[i] ? 1.0 : 0.0;
            for (std::size_t c = i + 1; c < n; ++c)
                if (t.parent[c] == i)
                    v = t.product[i] ? v * recomputed[c] : v + recomputed[c];
            recomputed[i] = v;
        }
        ASSERT_EQ(value[0], t.request.target);
        ASSERT_NEAR(recomputed[0], t.request.target, 1e-9 * std::fabs(t.request.target))
            << "round " << round;
        for (std::size_t s = 0; s < t.request.fixed.size(); ++s) {
            if (t.request.fixed[s]) {
                ASSERT_EQ(result[s], *t.request.fixed[s]);
            }
        }
    }
    // Most random trees are solvable; a generator that only made errors would test nothing.
    EXPECT_GT(solved, total / 2);
}

TEST(KpiProperties, NoChangeKeepsEveryBaseline) {
    Random random(42);
    for (int round = 0; round < allot::testing::rounds(3000); ++round) {
        RandomTree t = random_tree(random);
        t.request.target = t.baseline[0];
        for (std::size_t s = 0; s < t.request.fixed.size(); ++s)
            t.request.fixed[s].reset();
        const std::vector<double> result = allot::kpi(t.request);
        for (std::size_t i = 0; i < t.parent.size(); ++i)
            ASSERT_NEAR(at(t, result, i), t.baseline[i], 1e-12 * std::fabs(t.baseline[i]))
                << "node " << i;
    }
}

TEST(KpiProperties, ZeroEffortKeepsTheBaseline) {
    Random random(43);
    for (int round = 0; round < allot::testing::rounds(3000); ++round) {
        RandomTree t = random_tree(random);
        t.request.fixed.clear();
        const std::size_t n = t.parent.size();
        t.request.efforts.assign(n, 1.0);
        // One leaf with effort 0 under a parent with other leaves that can move.
        std::size_t still = n;
        for (std::size_t i = 0; i < n && still == n; ++i) {
            if (!t.leaf[i])
                continue;
            std::size_t siblings = 0;
            for (std::size_t c = 1; c < n; ++c)
                siblings += t.parent[c] == t.parent[i] ? 1 : 0;
            if (siblings > 1)
                still = i;
        }
        if (still == n)
            continue;
        for (std::size_t s = 0; s < n; ++s)
            if (*t.request.ids[s] == "node " + std::to_string(still))
                t.request.efforts[s] = 0.0;
        try {
            const std::vector<double> result = allot::kpi(t.request);
            ASSERT_EQ(at(t, result, still), t.baseline[still]);
        } catch (const allot::Error& e) {
            ASSERT_TRUE(e.problem() == Problem::KpiNegativeTarget) << e.what();
        }
    }
}

} // namespace
