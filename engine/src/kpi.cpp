// ALLOT.KPI (the README's "How each function decides"): validate the tree, compute the baselines
// bottom up, then send the targets top down in breadth-first order. Everything is iterative and
// linear in the number of nodes: a tree of any depth neither recurses nor revisits a node.
//
// A + node shares its change (target − baseline) over its free children by
// their efforts; a * node shares its growth factor (target ÷ baseline)
// geometrically: child i grows by factor^(effort_i ÷ Σ efforts). In both
// cases the free child with the largest effort takes the last rounding
// residue, so each node is its children's sum or product to the last bit
// the arithmetic allows.
#include "allot/kpi.hpp"

#include "checks.hpp"
#include "hierarchy.hpp"
#include "large_memory.hpp"
#include "precision.hpp"

#include "allot/error.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace allot {

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

// A leaf's baseline: as given, blank 0.
long double leaf_baseline(const KpiRequest& request, std::size_t v) {
    const std::optional<double>& given = request.baselines[v];
    return given ? *given : 0.0;
}

// Baselines bottom up, kept for the inner nodes only (a leaf's is read
// where it was given: a million leaves need no second copy); a given inner
// baseline must agree with its children. The array is left uninitialised:
// the pages that hold only leaves are never touched.
detail::LargeArray<long double> baselines_of(const Tree& tree, const KpiRequest& request) {
    detail::LargeArray<long double> base(tree.size);
    for (std::size_t k = tree.size; k-- > 0;) {
        const std::size_t v = tree.order[k];
        const std::optional<double>& given = request.baselines[v];
        if (tree.is_leaf(v))
            continue;
        const bool sum = tree.op[v] == Operator::Sum;
        long double value = sum ? 0.0L : 1.0L;
        long double scale = 0;
        bool zero_factor = false;
        for (std::size_t c = tree.first[v]; c < tree.first[v + 1]; ++c) {
            const std::size_t u = tree.child[c];
            const long double b = tree.is_leaf(u) ? leaf_baseline(request, u) : base[u];
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
    Decomposition(const Tree& tree, const KpiRequest& request, detail::LargeArray<long double> base)
        : tree_(tree), request_(request), base_(std::move(base)), value_(tree.size),
          result_(tree.size) {}

    std::vector<double> run() {
        const std::size_t root = tree_.root;
        set(root, request_.target);
        if (const auto held = fixed(root)) {
            const long double target = request_.target;
            const long double scale = std::max(std::fabs(*held), std::fabs(target));
            if (!near(*held, target, agreement, scale))
                throw Error(Problem::KpiRootFixed,
                            {tree_.id(root), number_text(*held), format_number(request_.target)});
        }
        // Each node's children are checked against it (check_recomputes)
        // right after they are shared, while they are in the cache; a
        // failure is reported only after every node is shared, as before.
        bool recomputes = true;
        for (std::size_t v : tree_.order) {
            if (tree_.children(v) == 0)
                continue;
            if (tree_.op[v] == Operator::Sum)
                share_sum(v);
            else
                share_product(v);
            recomputes = recomputes && recomputes_from_children(v);
        }
        // Never a wrong number: long double holds what double cannot.
        std::vector<double> result = std::move(result_);
        for (std::size_t v : tree_.order) // the first in breadth-first order is named
            if (!all_finite_ && !std::isfinite(result[v]))
                throw Error(Problem::KpiTargetTooLarge, {tree_.id(v)});
        if (!recomputes) {
            std::vector<double> numbers{request_.target};
            for (const auto& b : request_.baselines)
                numbers.push_back(b.value_or(0.0));
            detail::beyond_precision(numbers);
        }
        return result;
    }

private:
    // The promise, on the doubles returned: every node is the sum or the
    // product of its children within 1e-9. Magnitudes too far apart (a
    // child that underflows beside one near 1e308) break it: an error.
    bool recomputes_from_children(std::size_t v) const {
        const bool sum = tree_.op[v] == Operator::Sum;
        long double value = sum ? 0.0L : 1.0L;
        long double scale = std::fabs(static_cast<long double>(result_[v]));
        for (std::size_t c = tree_.first[v]; c < tree_.first[v + 1]; ++c) {
            const long double x = result_[tree_.child[c]];
            value = sum ? value + x : value * x;
            if (sum)
                scale += std::fabs(x);
        }
        // An infinite recomputed value would make any result "near" it.
        return std::isfinite(value) &&
               near(value, result_[v], agreement, std::max(scale, std::fabs(value)));
    }

    const Tree& tree_;
    const KpiRequest& request_;
    // Baselines and targets in long double for the inner nodes only
    // (uninitialised elsewhere); a leaf's target goes straight into the
    // result, its baseline is read where it was given.
    detail::LargeArray<long double> base_;
    detail::LargeArray<long double> value_;
    std::vector<double> result_;
    bool all_finite_ = true;        // every target set so far fits a double
    std::vector<std::size_t> free_; // scratch: the free children of the node at hand
    std::vector<long double> effort_;
    std::vector<long double> free_value_; // the free children's targets, in long double

    long double base(std::size_t u) const {
        return tree_.is_leaf(u) ? leaf_baseline(request_, u) : base_[u];
    }
    // A node's target: rounded into the result, and kept in long double
    // where its own children are shared from it.
    void set(std::size_t u, long double x) {
        result_[u] = static_cast<double>(x);
        all_finite_ = all_finite_ && std::isfinite(result_[u]);
        if (!tree_.is_leaf(u))
            value_[u] = x;
    }

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
                set(u, *held);
            else
                free_.push_back(u);
        }
        free_value_.assign(free_.size(), 0);
    }

    // The k-th free child's target.
    void set_free(std::size_t k, long double x) {
        free_value_[k] = x;
        set(free_[k], x);
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
        for (std::size_t k = 0; k < free_.size(); ++k)
            set_free(k, base(free_[k]));
    }

    void check_not_negative() const {
        for (std::size_t k = 0; k < free_.size(); ++k)
            if (base(free_[k]) >= 0 && free_value_[k] < 0)
                throw Error(Problem::KpiNegativeTarget,
                            {tree_.id(free_[k]), number_text(free_value_[k])});
    }

    // A child with a hold or an effort of its own: the general sharing.
    bool special(std::size_t u) const {
        return (!request_.fixed.empty() && request_.fixed[u]) ||
               (!request_.efforts.empty() && request_.efforts[u]);
    }

    // The first of the free children whose baseline is not negative and
    // whose target is, in listing order: `found` (the first such among the
    // others, or null) or the residue's taker.
    // `found_value` and `taker_value` are their targets.
    void check_not_negative(const Node* found, long double found_value, const Node* taker,
                            long double taker_value) const {
        if (base(*taker) >= 0 && taker_value < 0 && (!found || taker < found)) {
            found = taker;
            found_value = taker_value;
        }
        if (found)
            throw Error(Problem::KpiNegativeTarget, {tree_.id(*found), number_text(found_value)});
    }

    // share_sum for a node none of whose children is held or has an effort
    // (nearly every tree): the same arithmetic, in the same order, to the
    // same bits, in two passes over the children instead of nine. The
    // efforts are the baselines (their sum is the baselines' sum, added in
    // the same order) or all 1 (the taker is the first child, every share
    // 1/count). False, having changed nothing, for any other node.
    bool share_sum_plain(std::size_t v) {
        const Node* const begin = tree_.child.data() + tree_.first[v];
        const Node* const end = tree_.child.data() + tree_.first[v + 1];
        long double base = 0;
        long double magnitude = 0;
        long double largest = -1;
        const Node* taker = begin;
        for (const Node* c = begin; c != end; ++c) {
            if (special(*c))
                return false;
            const long double b = this->base(*c);
            const long double m = std::fabs(b);
            base += b;
            magnitude += m;
            if (m > largest) {
                largest = m;
                taker = c;
            }
        }
        const long double need = value_[v];
        const long double scale = std::fabs(need) + magnitude;
        const long double change = need - base;
        if (near(change, 0, no_change, scale)) {
            for (const Node* c = begin; c != end; ++c)
                set(*c, this->base(*c));
            return true;
        }
        const bool proportional = !near(base, 0, no_change, magnitude) && magnitude > 0;
        const long double total_effort =
            proportional ? base : static_cast<long double>(end - begin);
        if (total_effort == 0)
            throw Error(Problem::KpiNoFreeChild, {tree_.id(v)});
        if (!proportional)
            taker = begin;
        const long double equal_share = 1.0L / total_effort;
        long double others = 0;
        const Node* negative = nullptr;
        long double negative_value = 0;
        for (const Node* c = begin; c != end; ++c) {
            if (c == taker)
                continue;
            const std::size_t u = *c;
            const long double b = this->base(u);
            long double x = b;
            if (!proportional)
                x = b + change * equal_share;
            else if (b != 0)
                x = b + change * (b / total_effort);
            set(u, x);
            others += x;
            if (!negative && b >= 0 && x < 0) {
                negative = c;
                negative_value = x;
            }
        }
        const long double rest = need - others;
        set(*taker, rest);
        check_not_negative(negative, negative_value, taker, rest);
        return true;
    }

    // share_product for a node none of whose children is held or has an
    // effort: equal efforts, so every child but the first (the taker)
    // grows by the same exp(log(factor) · 1/count), computed once.
    bool share_product_plain(std::size_t v) {
        const Node* const begin = tree_.child.data() + tree_.first[v];
        const Node* const end = tree_.child.data() + tree_.first[v + 1];
        long double base = 1;
        for (const Node* c = begin; c != end; ++c) {
            if (special(*c))
                return false;
            base *= this->base(*c);
        }
        const long double need = value_[v] / 1.0L; // as divided by the holds' product, 1
        if (near(need, base, no_change, std::max(std::fabs(need), std::fabs(base)))) {
            for (const Node* c = begin; c != end; ++c)
                set(*c, this->base(*c));
            return true;
        }
        if (base == 0) {
            for (const Node* c = begin; c != end; ++c)
                if (this->base(*c) == 0)
                    throw Error(Problem::KpiZeroBaselineMustGrow, {tree_.id(v), tree_.id(*c)});
        }
        const long double factor = need / base;
        if (!(factor > 0) || !std::isfinite(factor))
            throw Error(Problem::KpiFactorNotPositive,
                        {tree_.id(v), number_text(need), number_text(base)});
        const long double total_effort = static_cast<long double>(end - begin);
        const long double growth = std::exp(std::log(factor) * (1.0L / total_effort));
        long double others = 1;
        const Node* negative = nullptr;
        long double negative_value = 0;
        for (const Node* c = begin + 1; c != end; ++c) {
            const long double b = this->base(*c);
            const long double x = b * growth;
            set(*c, x);
            others *= x;
            if (!negative && b >= 0 && x < 0) {
                negative = c;
                negative_value = x;
            }
        }
        const long double rest = need / others;
        set(*begin, rest);
        check_not_negative(negative, negative_value, begin, rest);
        return true;
    }

    void share_sum(std::size_t v) {
        if (share_sum_plain(v))
            return;
        place_fixed_children(v);
        long double need = value_[v];
        long double scale = std::fabs(value_[v]);
        for (std::size_t c = tree_.first[v]; c < tree_.first[v + 1]; ++c) {
            const std::size_t u = tree_.child[c];
            if (const auto held = fixed(u)) {
                need -= *held;
                scale += std::fabs(*held);
            }
        }
        long double base = 0;
        long double magnitude = 0;
        for (std::size_t u : free_) {
            base += this->base(u);
            magnitude += std::fabs(this->base(u));
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
        efforts_of_free([&](std::size_t u) { return proportional ? this->base(u) : 1.0L; });
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
            const long double b = this->base(free_[k]);
            const long double x = effort_[k] == 0 ? b : b + change * (effort_[k] / total_effort);
            set_free(k, x);
            others += x;
        }
        set_free(taker, need - others);
        check_not_negative();
    }

    void share_product(std::size_t v) {
        if (share_product_plain(v))
            return;
        place_fixed_children(v);
        const long double target = value_[v];
        long double held = 1;
        for (std::size_t c = tree_.first[v]; c < tree_.first[v + 1]; ++c) {
            const std::size_t u = tree_.child[c];
            if (const auto value = fixed(u)) {
                if (*value == 0 && target != 0)
                    throw Error(Problem::KpiFixedZeroFactor,
                                {tree_.id(v), tree_.id(u), number_text(target)});
                held *= *value;
            }
        }
        if (held == 0) { // the target is 0 too: any free values do
            keep_free_baselines();
            return;
        }
        const long double need = target / held;
        long double base = 1;
        for (std::size_t u : free_)
            base *= this->base(u);
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
                if (this->base(u) == 0)
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
        // Siblings with the same effort grow by the same factor: exp once per run of them.
        long double last_effort = 0;
        long double last_growth = 1;
        for (std::size_t k = 0; k < free_.size(); ++k) {
            if (k == taker)
                continue;
            if (effort_[k] != 0 && effort_[k] != last_effort) {
                last_effort = effort_[k];
                last_growth = std::exp(log_factor * (effort_[k] / total_effort));
            }
            const long double b = this->base(free_[k]);
            const long double x = effort_[k] == 0 ? b : b * last_growth;
            set_free(k, x);
            others *= x;
        }
        set_free(taker, need / others);
        check_not_negative();
    }
};

} // namespace

std::vector<double> kpi(const KpiRequest& request) {
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

} // namespace allot
