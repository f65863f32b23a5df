// ALLOT.KPI as it was before its speed work (issue 10), kept as the
// reference that the faster sharing (two passes per node, one exp per
// node) must match bit for bit: kpi_reference_test.cpp compares the two on
// random trees. Only the names differ from the original.
#pragma once

#include "../../engine/src/checks.hpp"
#include "../../engine/src/hierarchy.hpp"
#include "../../engine/src/precision.hpp"

#include "allot/error.hpp"
#include "allot/kpi.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace allot::kpi_reference {

namespace {

enum class Operator { None, Sum, Product };

constexpr long double agreement = 1e-9L;  // given inner baselines, fixed children
constexpr long double no_change = 1e-12L; // below this a node keeps its baseline exactly

std::string number_text(long double value) {
    return format_number(static_cast<double>(value));
}

bool near(long double a, long double b, long double tolerance, long double scale) {
    return std::fabs(a - b) <= tolerance * scale;
}

// The forest of ids and parents, with one top node and an operator per node.
struct Tree : Hierarchy {
    std::size_t root = 0;
    std::vector<Operator> op;
};

void check_count(std::size_t given, std::size_t nodes, KpiArgument argument, bool may_be_empty) {
    if (given == nodes || (may_be_empty && given == 0))
        return;
    throw Error(Problem::CountMismatch, {std::to_string(given), std::to_string(nodes)}, argument,
                std::optional(KpiArgument::ids));
}

Tree build_tree(const KpiRequest& request) {
    Tree tree;
    static_cast<Hierarchy&>(tree) = build_hierarchy(request.ids, request.parents);
    const std::size_t n = tree.size;
    // Without a top node every node sits on a cycle, which build_hierarchy reports.
    if (tree.tops.size() > 1)
        throw Error(Problem::KpiManyRoots, {tree.id(tree.tops[0]), tree.id(tree.tops[1])});
    tree.root = tree.tops.front();

    tree.op.assign(n, Operator::None);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view text = trimmed(request.operators[i]);
        if (text == "+")
            tree.op[i] = Operator::Sum;
        else if (text == "*" || text == "\u00d7") // × as typed on a Chinese keyboard
            tree.op[i] = Operator::Product;
        else if (!text.empty())
            throw Error(Problem::KpiUnknownOperator, {tree.id(i), std::string(text)});
        if (tree.children(i) > 0 && tree.op[i] == Operator::None)
            throw Error(Problem::KpiMissingOperator, {tree.id(i)});
    }
    return tree;
}

// Baselines bottom up; a given inner baseline must agree with its children.
std::vector<long double> baselines_of(const Tree& tree, const KpiRequest& request) {
    std::vector<long double> base(tree.size);
    for (std::size_t k = tree.size; k-- > 0;) {
        const std::size_t v = tree.order[k];
        const std::optional<double>& given = request.baselines[v];
        if (tree.children(v) == 0) {
            base[v] = given.value_or(0.0);
            continue;
        }
        const bool sum = tree.op[v] == Operator::Sum;
        long double value = sum ? 0.0L : 1.0L;
        long double scale = 0;
        bool zero_factor = false;
        for (std::size_t c = tree.first[v]; c < tree.first[v + 1]; ++c) {
            const long double b = base[tree.child[c]];
            value = sum ? value + b : value * b;
            scale += std::fabs(b);
            zero_factor = zero_factor || b == 0;
        }
        // Thousands of factors (20,000 of 2) overflow even long double, or
        // underflow to 0 without a factor of 0: no growth factor can be
        // computed from such a baseline (it left the children unchanged).
        if (!sum && (!std::isfinite(value) || (value == 0 && !zero_factor)))
            throw Error(Problem::KpiBaselineOutOfRange, {tree.id(v)});
        if (!sum)
            scale = std::fabs(value);
        if (given && !near(*given, value, agreement,
                           std::max(scale, std::fabs(static_cast<long double>(*given)))))
            throw Error(sum ? Problem::KpiBaselineNotSum : Problem::KpiBaselineNotProduct,
                        {tree.id(v), format_number(*given), number_text(value)});
        base[v] = value;
    }
    return base;
}

class Decomposition {
public:
    Decomposition(const Tree& tree, const KpiRequest& request, std::vector<long double> base)
        : tree_(tree), request_(request), base_(std::move(base)), value_(tree.size) {}

    std::vector<double> run() {
        const std::size_t root = tree_.root;
        value_[root] = request_.target;
        if (const auto held = fixed(root)) {
            const long double scale = std::max(std::fabs(*held), std::fabs(value_[root]));
            if (!near(*held, value_[root], agreement, scale))
                throw Error(Problem::KpiRootFixed,
                            {tree_.id(root), number_text(*held), format_number(request_.target)});
        }
        for (std::size_t v : tree_.order) {
            if (tree_.children(v) == 0)
                continue;
            if (tree_.op[v] == Operator::Sum)
                share_sum(v);
            else
                share_product(v);
        }
        // Never a wrong number: long double holds what double cannot.
        std::vector<double> result(value_.begin(), value_.end());
        for (std::size_t v : tree_.order)
            if (!std::isfinite(result[v]))
                throw Error(Problem::KpiTargetTooLarge, {tree_.id(v)});
        check_recomputes(result);
        return result;
    }

private:
    // The promise, on the doubles returned: every node is the sum or the
    // product of its children within 1e-9. Magnitudes too far apart (a
    // child that underflows beside one near 1e308) break it: an error.
    void check_recomputes(const std::vector<double>& result) const {
        for (std::size_t v : tree_.order) {
            if (tree_.children(v) == 0)
                continue;
            const bool sum = tree_.op[v] == Operator::Sum;
            long double value = sum ? 0.0L : 1.0L;
            long double scale = std::fabs(static_cast<long double>(result[v]));
            for (std::size_t c = tree_.first[v]; c < tree_.first[v + 1]; ++c) {
                const long double x = result[tree_.child[c]];
                value = sum ? value + x : value * x;
                if (sum)
                    scale += std::fabs(x);
            }
            // An infinite recomputed value would make any result "near" it.
            if (!std::isfinite(value) ||
                !near(value, result[v], agreement, std::max(scale, std::fabs(value)))) {
                std::vector<double> numbers{request_.target};
                for (const auto& b : request_.baselines)
                    numbers.push_back(b.value_or(0.0));
                detail::beyond_precision(numbers);
            }
        }
    }

    const Tree& tree_;
    const KpiRequest& request_;
    std::vector<long double> base_;
    std::vector<long double> value_;
    std::vector<std::size_t> free_; // scratch: the free children of the node at hand
    std::vector<long double> effort_;

    std::optional<long double> fixed(std::size_t v) const {
        if (request_.fixed.empty() || !request_.fixed[v])
            return std::nullopt;
        return static_cast<long double>(*request_.fixed[v]);
    }

    // Holds take their value; the rest are the free children, left in free_.
    void place_fixed_children(std::size_t v) {
        free_.clear();
        for (std::size_t c = tree_.first[v]; c < tree_.first[v + 1]; ++c) {
            const std::size_t u = tree_.child[c];
            if (const auto held = fixed(u))
                value_[u] = *held;
            else
                free_.push_back(u);
        }
    }

    // The efforts of free_ in effort_; `fallback` gives the default of one child.
    template <class Default> void efforts_of_free(Default fallback) {
        effort_.clear();
        bool any_given = false;
        for (std::size_t u : free_)
            any_given = any_given || (!request_.efforts.empty() && request_.efforts[u]);
        for (std::size_t u : free_)
            effort_.push_back(any_given ? request_.efforts[u].value_or(0.0) : fallback(u));
    }

    // The free child that takes the rounding residue: the largest effort, first listed.
    std::size_t residue_taker() const {
        std::size_t best = 0;
        for (std::size_t k = 1; k < free_.size(); ++k)
            if (std::fabs(effort_[k]) > std::fabs(effort_[best]))
                best = k;
        return best;
    }

    void keep_free_baselines() {
        for (std::size_t u : free_)
            value_[u] = base_[u];
    }

    void check_not_negative() const {
        for (std::size_t u : free_)
            if (base_[u] >= 0 && value_[u] < 0)
                throw Error(Problem::KpiNegativeTarget, {tree_.id(u), number_text(value_[u])});
    }

    void share_sum(std::size_t v) {
        place_fixed_children(v);
        long double need = value_[v];
        long double scale = std::fabs(value_[v]);
        for (std::size_t c = tree_.first[v]; c < tree_.first[v + 1]; ++c) {
            const std::size_t u = tree_.child[c];
            if (fixed(u)) {
                need -= value_[u];
                scale += std::fabs(value_[u]);
            }
        }
        long double base = 0;
        long double magnitude = 0;
        for (std::size_t u : free_) {
            base += base_[u];
            magnitude += std::fabs(base_[u]);
        }
        scale += magnitude;
        const long double change = need - base;
        if (free_.empty()) {
            if (!near(change, 0, agreement, scale))
                throw Error(Problem::KpiNoFreeChild, {tree_.id(v)});
            return;
        }
        if (near(change, 0, no_change, scale)) {
            keep_free_baselines();
            return;
        }
        // Default: in proportion to the baselines, i.e. every free child
        // scales by the same factor; equal shares when they add up to 0.
        const bool proportional = !near(base, 0, no_change, magnitude) && magnitude > 0;
        efforts_of_free([&](std::size_t u) { return proportional ? base_[u] : 1.0L; });
        long double total_effort = 0;
        for (long double e : effort_)
            total_effort += e;
        if (total_effort == 0)
            throw Error(Problem::KpiNoFreeChild, {tree_.id(v)});
        const std::size_t taker = residue_taker();
        long double others = 0;
        for (std::size_t k = 0; k < free_.size(); ++k) {
            if (k == taker)
                continue;
            const std::size_t u = free_[k];
            value_[u] =
                effort_[k] == 0 ? base_[u] : base_[u] + change * (effort_[k] / total_effort);
            others += value_[u];
        }
        value_[free_[taker]] = need - others;
        check_not_negative();
    }

    void share_product(std::size_t v) {
        place_fixed_children(v);
        const long double target = value_[v];
        long double held = 1;
        for (std::size_t c = tree_.first[v]; c < tree_.first[v + 1]; ++c) {
            const std::size_t u = tree_.child[c];
            if (fixed(u)) {
                if (value_[u] == 0 && target != 0)
                    throw Error(Problem::KpiFixedZeroFactor,
                                {tree_.id(v), tree_.id(u), number_text(target)});
                held *= value_[u];
            }
        }
        if (held == 0) { // the target is 0 too: any free values do
            keep_free_baselines();
            return;
        }
        const long double need = target / held;
        long double base = 1;
        for (std::size_t u : free_)
            base *= base_[u];
        if (free_.empty()) {
            if (!near(need, 1, agreement, 1))
                throw Error(Problem::KpiNoFreeChild, {tree_.id(v)});
            return;
        }
        if (near(need, base, no_change, std::max(std::fabs(need), std::fabs(base)))) {
            keep_free_baselines();
            return;
        }
        if (base == 0) {
            for (std::size_t u : free_)
                if (base_[u] == 0)
                    throw Error(Problem::KpiZeroBaselineMustGrow, {tree_.id(v), tree_.id(u)});
        }
        const long double factor = need / base;
        if (!(factor > 0) || !std::isfinite(factor))
            throw Error(Problem::KpiFactorNotPositive,
                        {tree_.id(v), number_text(need), number_text(base)});
        efforts_of_free([](std::size_t) { return 1.0L; });
        long double total_effort = 0;
        for (long double e : effort_)
            total_effort += e;
        if (total_effort == 0)
            throw Error(Problem::KpiNoFreeChild, {tree_.id(v)});
        const long double log_factor = std::log(factor);
        const std::size_t taker = residue_taker();
        long double others = 1;
        for (std::size_t k = 0; k < free_.size(); ++k) {
            if (k == taker)
                continue;
            const std::size_t u = free_[k];
            value_[u] = effort_[k] == 0
                            ? base_[u]
                            : base_[u] * std::exp(log_factor * (effort_[k] / total_effort));
            others *= value_[u];
        }
        value_[free_[taker]] = need / others;
        check_not_negative();
    }
};

} // namespace

inline std::vector<double> reference_kpi(const KpiRequest& request) {
    const std::size_t n = request.ids.size();
    if (n == 0)
        throw Error(Problem::KpiNoNodes, {});
    check_count(request.parents.size(), n, KpiArgument::parents, false);
    check_count(request.operators.size(), n, KpiArgument::operators, false);
    check_count(request.baselines.size(), n, KpiArgument::baselines, false);
    check_count(request.efforts.size(), n, KpiArgument::efforts, true);
    check_count(request.fixed.size(), n, KpiArgument::fixed, true);
    detail::check_finite(request.target, KpiArgument::target);
    const Tree tree = build_tree(request);
    for (std::size_t i = 0; i < n; ++i) {
        detail::check_finite(request.baselines[i], KpiArgument::baselines, i);
        if (!request.fixed.empty())
            detail::check_finite(request.fixed[i], KpiArgument::fixed, i);
        if (!request.efforts.empty()) {
            detail::check_finite(request.efforts[i], KpiArgument::efforts, i);
            if (request.efforts[i] && *request.efforts[i] < 0)
                throw Error(Problem::KpiNegativeEffort,
                            {tree.id(i), format_number(*request.efforts[i])});
        }
    }
    return Decomposition(tree, request, baselines_of(tree, request)).run();
}

} // namespace allot::kpi_reference
