// ALLOT.KPI against its implementation from before the speed work
// (kpi_reference.hpp): on random trees of sums and products, with and
// without holds, efforts, blank and negative baselines, children listed
// before their parents, the same targets to the last bit, or the same error.
#include "kpi_reference.hpp"

#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <random>

namespace {

using allot::KpiRequest;
using allot::testing::rounds;

struct Outcome {
    std::vector<double> values;
    std::optional<allot::Problem> problem;
    std::string message;
};

template <class Call> Outcome outcome_of(Call call) {
    Outcome o;
    try {
        o.values = call();
    } catch (const allot::Error& e) {
        o.problem = e.problem();
        o.message = e.what();
    }
    return o;
}

bool same_bits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

KpiRequest random_tree(std::mt19937_64& engine) {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto chance = [&](double p) { return unit(engine) < p; };
    const std::size_t n = 2 + engine() % (chance(0.2) ? 400 : 40);
    // Parents: an earlier node, or (for wide groups) one of a few.
    const std::size_t fan = 1 + engine() % 8;
    std::vector<std::size_t> parent(n, n);
    for (std::size_t i = 1; i < n; ++i)
        parent[i] = chance(0.5) ? engine() % std::min(i, fan) : engine() % i;
    std::vector<bool> inner(n, false);
    for (std::size_t i = 1; i < n; ++i)
        inner[parent[i]] = true;
    // Listed in a random order (children may come before their parents).
    std::vector<std::size_t> listing(n);
    std::iota(listing.begin(), listing.end(), std::size_t(0));
    if (chance(0.5))
        std::shuffle(listing.begin(), listing.end(), engine);

    const double product_share = chance(0.3) ? 0.0 : chance(0.3) ? 1.0 : 0.4;
    const bool with_efforts = chance(0.3);
    const bool with_holds = chance(0.3);
    const bool negative_leaves = chance(0.15);
    const bool zero_leaves = chance(0.2);
    KpiRequest r;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = listing[k];
        r.ids.emplace_back(" n" + std::to_string(i));
        r.parents.push_back(parent[i] == n ? std::nullopt
                                           : std::optional("n" + std::to_string(parent[i])));
        r.operators.push_back(
            inner[i] ? std::optional<std::string>(
                           chance(product_share) ? (chance(0.5) ? "*" : "\u00d7") : "+")
                     : std::nullopt);
        std::optional<double> baseline;
        if (!inner[i]) {
            if (zero_leaves && chance(0.8))
                baseline = 0.0;
            else if (negative_leaves && chance(0.3))
                baseline = -std::ldexp(1.0 + unit(engine), static_cast<int>(engine() % 6));
            else if (!chance(0.05))
                baseline = std::round(unit(engine) * 1000) / (chance(0.5) ? 10 : 1) + 0.5;
        }
        r.baselines.push_back(baseline);
        if (with_efforts)
            r.efforts.push_back(chance(0.4)   ? std::nullopt
                                : chance(0.2) ? std::optional(0.0)
                                              : std::optional(std::round(unit(engine) * 4)));
        if (with_holds)
            r.fixed.push_back(parent[i] != n && chance(0.1)
                                  ? std::optional(std::round(unit(engine) * 500))
                                  : std::nullopt);
    }
    // The target: around the root's baseline, or that baseline itself
    // (computed bottom up here, close enough for "no change").
    r.target = chance(0.1) ? 0.0 : std::round(unit(engine) * 3000) + 1;
    if (chance(0.5))
        r.target *= chance(0.5) ? 1.0 + 1e-13 : 0.37;
    if (chance(0.2)) {
        std::vector<double> value(n, 0.0);
        std::vector<bool> started(n, false);
        std::vector<std::size_t> depth(n, 0);
        for (std::size_t i = 1; i < n; ++i)
            depth[i] = depth[parent[i]] + 1;
        std::vector<std::size_t> deepest_first(n);
        std::iota(deepest_first.begin(), deepest_first.end(), std::size_t(0));
        std::stable_sort(deepest_first.begin(), deepest_first.end(),
                         [&](std::size_t a, std::size_t b) { return depth[a] > depth[b]; });
        std::vector<std::size_t> listed_at(n);
        for (std::size_t k = 0; k < n; ++k)
            listed_at[listing[k]] = k;
        for (std::size_t i : deepest_first) {
            if (!inner[i])
                value[i] = r.baselines[listed_at[i]].value_or(0.0);
            if (parent[i] == n)
                continue;
            const bool product = *r.operators[listed_at[parent[i]]] != "+";
            double& p = value[parent[i]];
            p = !started[parent[i]] ? value[i] : product ? p * value[i] : p + value[i];
            started[parent[i]] = true;
        }
        r.target = value[0];
    }
    return r;
}

void expect_same(const KpiRequest& request, int round) {
    const Outcome fast = outcome_of([&] { return allot::kpi(request); });
    const Outcome old = outcome_of([&] { return allot::kpi_reference::reference_kpi(request); });
    ASSERT_EQ(fast.problem, old.problem)
        << "round " << round << ": " << fast.message << " | " << old.message;
    ASSERT_EQ(fast.message, old.message) << "round " << round;
    ASSERT_EQ(fast.values.size(), old.values.size()) << "round " << round;
    for (std::size_t i = 0; i < fast.values.size(); ++i)
        ASSERT_TRUE(same_bits(fast.values[i], old.values[i]))
            << "round " << round << " node " << i << ": " << fast.values[i] << " vs "
            << old.values[i];
}

TEST(KpiReference, RandomTreesGiveTheSameBitsOrTheSameError) {
    std::mt19937_64 engine(20261202);
    int answered = 0;
    for (int round = 0; round < rounds(4000); ++round) {
        const KpiRequest request = random_tree(engine);
        expect_same(request, round);
        if (::testing::Test::HasFatalFailure())
            return;
        answered += outcome_of([&] { return allot::kpi(request); }).problem ? 0 : 1;
    }
    // Most rounds must be answers, not errors, for the comparison to mean much.
    EXPECT_GT(answered, rounds(4000) / 3);
}

} // namespace
