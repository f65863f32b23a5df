// ALLOT.MATRIX (the README's "How each function decides"): validate; totals to whole units; check
// with a maximum flow that the seed's zeros let both sets of totals be met (naming the rows or
// columns that cannot be); drop the cells that are 0 in every table with these margins; fit the
// seed to both margins by iterative proportional fitting; round with controlled rounding so that
// every row and every column keeps its total exactly.
#include "allot/matrix.hpp"

#include "allot/error.hpp"
#include "bipartite.hpp"
#include "checks.hpp"
#include "controlled_rounding.hpp"
#include "exact.hpp"
#include "transport.hpp"
#include "units.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace allot {

namespace {

using detail::Bipartite;
using detail::int128;

using detail::unit_limit;
constexpr int fit_rounds = 10'000; // IPF rounds at most
// Seed cells at most: the rounding's augmenting paths can take time
// quadratic in the cells (about a second at this size in the worst grids
// measured), and a function that runs for minutes freezes Calc.
constexpr std::size_t cell_limit = 250'000;

std::string position_text(std::size_t index) {
    return std::to_string(index + 1);
}

std::string number_text(long double value) {
    return format_number(static_cast<double>(value));
}

// "1, 3, 4" (at most eight, then "…").
std::string positions_text(const std::vector<std::size_t>& positions) {
    std::string text;
    for (std::size_t k = 0; k < positions.size(); ++k) {
        if (k == 8) {
            text += ", …";
            break;
        }
        if (k > 0)
            text += ", ";
        text += position_text(positions[k]);
    }
    return text;
}

[[noreturn]] void too_many_units(long double units) {
    throw Error(Problem::TooManyUnits,
                {number_text(std::floor(std::fabs(units))), detail::unit_limit_text()});
}

// The problem in the units the fitting and rounding work in: for unit 0
// the amounts themselves.
struct Problem2 {
    std::size_t rows = 0;
    std::size_t columns = 0;
    double unit = 1;
    std::vector<long double> row_totals;    // in units (whole when unit > 0)
    std::vector<long double> column_totals; // in units
    std::vector<std::int64_t> row_units;    // unit > 0 only
    std::vector<std::int64_t> column_units;
    long double grand = 0;
    Bipartite support;                 // cells where the seed is positive
    std::vector<std::size_t> position; // each support cell's place in the grid
    std::vector<long double> seed;     // each support cell's seed
};

long double total_of(const std::optional<double>& cell) {
    return cell ? static_cast<long double>(*cell) : 0.0L;
}

Problem2 validate(const MatrixRequest& request) {
    const std::size_t n = request.rows;
    const std::size_t m = request.columns;
    if (n == 0 || m == 0)
        throw Error(Problem::MatrixEmptySeed, {});
    if (n > cell_limit / m)
        throw Error(Problem::MatrixTooLarge, {std::to_string(n * m), std::to_string(cell_limit)});
    if (request.seed.size() != n * m)
        throw Error(Problem::MatrixSeedShape,
                    {std::to_string(n), std::to_string(m), std::to_string(request.seed.size())});
    if (request.row_totals.size() != n)
        throw Error(Problem::MatrixRowTotalsCount,
                    {std::to_string(n), std::to_string(request.row_totals.size())});
    if (request.column_totals.size() != m)
        throw Error(Problem::MatrixColumnTotalsCount,
                    {std::to_string(m), std::to_string(request.column_totals.size())});
    detail::check_finite(request.unit, MatrixArgument::unit);
    if (request.unit < 0)
        throw Error(Problem::NegativeUnit, {format_number(request.unit)});
    for (std::size_t i = 0; i < n; ++i)
        detail::check_finite(request.row_totals[i], MatrixArgument::row_totals, i);
    for (std::size_t j = 0; j < m; ++j)
        detail::check_finite(request.column_totals[j], MatrixArgument::column_totals, j);
    for (std::size_t c = 0; c < n * m; ++c)
        detail::check_finite(request.seed[c], MatrixArgument::seed, c);
    for (std::size_t c = 0; c < n * m; ++c)
        if (request.seed[c] && *request.seed[c] < 0)
            throw Error(Problem::MatrixNegativeSeed, {position_text(c / m), position_text(c % m),
                                                      format_number(*request.seed[c])});
    for (std::size_t i = 0; i < n; ++i)
        if (total_of(request.row_totals[i]) < 0)
            throw Error(Problem::MatrixNegativeRowTotal,
                        {position_text(i), format_number(*request.row_totals[i])});
    for (std::size_t j = 0; j < m; ++j)
        if (total_of(request.column_totals[j]) < 0)
            throw Error(Problem::MatrixNegativeColumnTotal,
                        {position_text(j), format_number(*request.column_totals[j])});

    Problem2 p;
    p.rows = n;
    p.columns = m;
    p.unit = request.unit;
    p.row_totals.resize(n);
    p.column_totals.resize(m);
    if (request.unit > 0) {
        // Whole units only: an odd part would have to go to one cell, in
        // both its row and its column, which the totals do not say.
        const long double unit = request.unit;
        int128 rows_sum = 0;
        int128 columns_sum = 0;
        const auto whole = [&](long double amount, Problem problem, std::size_t index) {
            long double count = 0;
            if (!detail::near_whole(amount / unit, count))
                throw Error(problem, {position_text(index), number_text(amount),
                                      format_number(request.unit)});
            if (count > unit_limit)
                too_many_units(count);
            return static_cast<std::int64_t>(count);
        };
        for (std::size_t i = 0; i < n; ++i) {
            p.row_units.push_back(
                whole(total_of(request.row_totals[i]), Problem::MatrixRowTotalNotWhole, i));
            rows_sum += p.row_units.back();
        }
        for (std::size_t j = 0; j < m; ++j) {
            p.column_units.push_back(
                whole(total_of(request.column_totals[j]), Problem::MatrixColumnTotalNotWhole, j));
            columns_sum += p.column_units.back();
        }
        if (rows_sum > int128(1) << 53)
            too_many_units(static_cast<long double>(rows_sum));
        if (rows_sum != columns_sum)
            throw Error(Problem::MatrixTotalsDiffer,
                        {number_text(static_cast<long double>(rows_sum) * unit),
                         number_text(static_cast<long double>(columns_sum) * unit)});
        for (std::size_t i = 0; i < n; ++i)
            p.row_totals[i] = static_cast<long double>(p.row_units[i]);
        for (std::size_t j = 0; j < m; ++j)
            p.column_totals[j] = static_cast<long double>(p.column_units[j]);
        p.grand = static_cast<long double>(rows_sum);
    } else {
        long double rows_sum = 0;
        long double columns_sum = 0;
        for (std::size_t i = 0; i < n; ++i)
            rows_sum += p.row_totals[i] = total_of(request.row_totals[i]);
        for (std::size_t j = 0; j < m; ++j)
            columns_sum += p.column_totals[j] = total_of(request.column_totals[j]);
        if (std::fabs(rows_sum - columns_sum) >
            detail::relative_tolerance * std::max(rows_sum, columns_sum))
            throw Error(Problem::MatrixTotalsDiffer,
                        {number_text(rows_sum), number_text(columns_sum)});
        // Within the tolerance: the columns follow the rows' grand total.
        if (columns_sum > 0)
            for (long double& c : p.column_totals)
                c *= rows_sum / columns_sum;
        p.grand = rows_sum;
    }

    // The support, by rows; a row or column with a total but no seed.
    p.support.rows = n;
    p.support.columns = m;
    p.support.row_start.assign(1, 0);
    p.support.column.reserve(n * m);
    p.position.reserve(n * m);
    p.seed.reserve(n * m);
    std::vector<bool> column_has_seed(m, false);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < m; ++j) {
            const std::size_t c = i * m + j;
            if (request.seed[c] && *request.seed[c] > 0) {
                p.support.column.push_back(j);
                p.position.push_back(c);
                p.seed.push_back(*request.seed[c]);
                column_has_seed[j] = true;
            }
        }
        p.support.row_start.push_back(p.support.column.size());
        if (p.row_totals[i] > 0 && p.support.row_start[i + 1] == p.support.row_start[i])
            throw Error(Problem::MatrixZeroSeedRow,
                        {position_text(i), format_number(total_of(request.row_totals[i]))});
    }
    for (std::size_t j = 0; j < m; ++j)
        if (p.column_totals[j] > 0 && !column_has_seed[j])
            throw Error(Problem::MatrixZeroSeedColumn,
                        {position_text(j), format_number(total_of(request.column_totals[j]))});
    return p;
}

// Residual flows at or below this are none: half a unit for whole units.
long double tiny_of(const Problem2& p) {
    return p.unit > 0 ? 0.5L : 1e-15L * p.grand;
}

// Rows (or columns) that cannot be met, from the minimum cut: the smaller
// of the two sides, rows on a tie.
[[noreturn]] void unreachable(const Problem2& p, const detail::Transport& t) {
    std::vector<std::size_t> rows;
    std::vector<bool> row_in(p.rows, false);
    for (std::size_t i = 0; i < p.rows; ++i)
        if (t.row_source_side[i]) {
            rows.push_back(i);
            row_in[i] = true;
        }
    std::vector<std::size_t> columns;
    std::vector<bool> column_in(p.columns, false);
    for (std::size_t j = 0; j < p.columns; ++j)
        if (t.column_sink_side[j]) {
            columns.push_back(j);
            column_in[j] = true;
        }
    const long double unit = p.unit > 0 ? p.unit : 1.0;
    const auto amount = [&](long double units) { return number_text(units * unit); };
    // The other side of each set: where its seed is positive.
    std::vector<bool> row_reach(p.columns, false);
    std::vector<bool> column_reach(p.rows, false);
    for (std::size_t i = 0; i < p.rows; ++i)
        for (std::size_t k = p.support.row_start[i]; k < p.support.row_start[i + 1]; ++k) {
            if (row_in[i])
                row_reach[p.support.column[k]] = true;
            if (column_in[p.support.column[k]])
                column_reach[i] = true;
        }
    if (!rows.empty() && (columns.empty() || rows.size() <= columns.size())) {
        long double need = 0;
        long double can = 0;
        std::vector<std::size_t> reached;
        for (std::size_t i : rows)
            need += p.row_totals[i];
        for (std::size_t j = 0; j < p.columns; ++j)
            if (row_reach[j]) {
                reached.push_back(j);
                can += p.column_totals[j];
            }
        throw Error(Problem::MatrixRowsUnreachable,
                    {positions_text(rows), amount(need), positions_text(reached), amount(can)});
    }
    long double need = 0;
    long double can = 0;
    std::vector<std::size_t> reached;
    for (std::size_t j : columns)
        need += p.column_totals[j];
    for (std::size_t i = 0; i < p.rows; ++i)
        if (column_reach[i]) {
            reached.push_back(i);
            can += p.row_totals[i];
        }
    throw Error(Problem::MatrixColumnsUnreachable,
                {positions_text(columns), amount(need), positions_text(reached), amount(can)});
}

// Iterative proportional fitting (Deming & Stephan 1940; RAS, Bacharach
// 1965) on the free cells: scale the rows to their totals, then the
// columns, until every row is within its tolerance after a column step
// (the columns are then exact up to rounding). On cells that can all be
// positive it converges geometrically to the unique r_i·seed_ij·c_j with
// these margins. Stops after fit_rounds rounds, or when 500 rounds have not
// halved the worst row's deviation.
struct Fitting {
    std::vector<long double> x; // per free cell
    bool converged = false;
    int rounds = 0;
};

// The first rounds in double (several times faster than long double), for
// seeds and totals well inside the double range: the same steps, until
// every row is within half its tolerance or the rounds stop
// halving the worst row's deviation (double precision reached). The fit
// then continues, and is judged, in long double. True if it ran.
bool rough_fit(const Problem2& p, const Bipartite& cells, std::vector<long double>& x,
               long double (*tolerance)(const Problem2&, long double)) {
    const std::size_t n = p.rows;
    const std::size_t m = p.columns;
    const auto in_range = [](long double v) { return v == 0 || (v > 1e-100L && v < 1e100L); };
    for (long double v : x)
        if (!in_range(v))
            return false;
    for (long double v : p.row_totals)
        if (!in_range(v))
            return false;
    for (long double v : p.column_totals)
        if (!in_range(v))
            return false;
    std::vector<double> y(x.begin(), x.end());
    std::vector<double> column_factor(m);
    std::vector<double> row_sum(n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k)
            row_sum[i] += y[k];
    double best = std::numeric_limits<double>::infinity();
    int stalled = 0;
    // Each round ends with a column step, as in the long double rounds.
    for (int round = 0; round < 1000 && stalled < 3; ++round) {
        if (round > 0) {
            double worst = 0;
            for (std::size_t i = 0; i < n; ++i)
                if (row_sum[i] > 0)
                    worst = std::max(worst,
                                     std::fabs(row_sum[i] - static_cast<double>(p.row_totals[i])) /
                                         static_cast<double>(tolerance(p, p.row_totals[i])));
            if (worst <= 0.5)
                break;
            stalled = worst < best * 0.5 ? 0 : stalled + 1;
            best = std::min(best, worst);
        }
        std::fill(column_factor.begin(), column_factor.end(), 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            if (!(row_sum[i] > 0))
                continue;
            const double factor = static_cast<double>(p.row_totals[i]) / row_sum[i];
            for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k)
                column_factor[cells.column[k]] += y[k] *= factor;
        }
        for (std::size_t j = 0; j < m; ++j)
            column_factor[j] = column_factor[j] > 0
                                   ? static_cast<double>(p.column_totals[j]) / column_factor[j]
                                   : 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            double sum = 0;
            for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k)
                sum += y[k] *= column_factor[cells.column[k]];
            row_sum[i] = sum;
        }
    }
    for (double v : y)
        if (!std::isfinite(v))
            return false;
    std::copy(y.begin(), y.end(), x.begin());
    return true;
}

// Whole units: within 1e-7 of a unit or 1e-15 relative (what long double
// sums reach); no rounding: 1e-13 relative.
long double fit_tolerance(const Problem2& p, long double target) {
    return p.unit > 0 ? std::max(1e-7L, 1e-15L * target) : 1e-13L * target;
}

Fitting fit(const Problem2& p, const Bipartite& cells, std::vector<long double> x) {
    const std::size_t n = p.rows;
    const std::size_t m = p.columns;
    // After the rough rounds the columns were just scaled, in double: if
    // they are within their tolerance in long double too, the rows alone
    // decide whether another round is needed (as after a column step).
    bool columns_fit = false;
    if (rough_fit(p, cells, x, fit_tolerance)) {
        std::vector<long double> column_total(m, 0.0L);
        for (std::size_t k = 0; k < x.size(); ++k)
            column_total[cells.column[k]] += x[k];
        columns_fit = true;
        for (std::size_t j = 0; j < m && columns_fit; ++j)
            columns_fit = std::fabs(column_total[j] - p.column_totals[j]) <=
                          fit_tolerance(p, p.column_totals[j]);
    }
    const auto tolerance = [&](long double target) { return fit_tolerance(p, target); };
    Fitting result;
    std::vector<long double> column_sum(m);
    std::vector<long double> row_sum(n);
    const auto sum_rows = [&] {
        for (std::size_t i = 0; i < n; ++i) {
            long double s = 0;
            for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k)
                s += x[k];
            row_sum[i] = s;
        }
    };
    sum_rows();
    long double best = std::numeric_limits<long double>::infinity();
    int best_round = 0;
    for (int round = 0;; ++round) {
        long double worst = 0;
        for (std::size_t i = 0; i < n; ++i)
            if (cells.row_start[i + 1] > cells.row_start[i])
                worst = std::max(worst, std::fabs(row_sum[i] - p.row_totals[i]) /
                                            tolerance(p.row_totals[i]));
        result.rounds = round;
        if ((round > 0 || columns_fit) && worst <= 1) {
            result.converged = true;
            break;
        }
        if (worst < best * 0.5L) {
            best = worst;
            best_round = round;
        }
        if (round >= fit_rounds || round - best_round > 500)
            break;
        std::fill(column_sum.begin(), column_sum.end(), 0.0L);
        for (std::size_t i = 0; i < n; ++i) {
            if (row_sum[i] <= 0)
                continue;
            const long double factor = p.row_totals[i] / row_sum[i];
            for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k) {
                x[k] *= factor;
                column_sum[cells.column[k]] += x[k];
            }
        }
        for (std::size_t j = 0; j < m; ++j)
            column_sum[j] = column_sum[j] > 0 ? p.column_totals[j] / column_sum[j] : 0.0L;
        for (std::size_t i = 0; i < n; ++i) {
            long double s = 0;
            for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k) {
                x[k] *= column_sum[cells.column[k]];
                s += x[k];
            }
            row_sum[i] = s;
        }
    }
    result.x = std::move(x);
    return result;
}

// Everything up to the fit: the free cells (positions in the grid) and
// their fitted values in units.
struct Fitted {
    Problem2 problem;
    Bipartite free;
    std::vector<std::size_t> position;
    Fitting fitting;
};

Fitted fitted(const MatrixRequest& request) {
    Fitted f{validate(request), {}, {}, {}};
    const Problem2& p = f.problem;
    const long double tiny = tiny_of(p);
    // A seed positive everywhere with every total positive: the table
    // r_i · c_j / grand meets the totals and is positive everywhere, so the
    // totals can be met and every cell is free; no flow needed. (With unit
    // 0, each total must also carry more than `tiny` per cell, as the flow
    // would see it.)
    bool everywhere = p.support.cells() == p.rows * p.columns;
    for (std::size_t i = 0; everywhere && i < p.rows; ++i)
        everywhere = p.unit > 0 ? p.row_totals[i] > 0
                                : p.row_totals[i] > tiny * static_cast<long double>(p.columns);
    for (std::size_t j = 0; everywhere && j < p.columns; ++j)
        everywhere = p.unit > 0 ? p.column_totals[j] > 0
                                : p.column_totals[j] > tiny * static_cast<long double>(p.rows);
    if (everywhere) {
        // The support is the free cells: moved, not copied (nothing after
        // the fit reads the support).
        f.free = std::move(f.problem.support);
        f.position = std::move(f.problem.position);
        f.fitting = fit(p, f.free, std::move(f.problem.seed));
        return f;
    }
    const detail::Transport transport =
        detail::max_transport(p.support, p.row_totals, p.column_totals, tiny);
    if (transport.flow < p.grand - tiny)
        unreachable(p, transport);
    const std::vector<bool> is_free = detail::free_cells(p.support, transport.cell_flow, tiny);

    f.free.rows = p.rows;
    f.free.columns = p.columns;
    f.free.row_start.assign(1, 0);
    std::vector<long double> seed;
    for (std::size_t i = 0; i < p.rows; ++i) {
        for (std::size_t k = p.support.row_start[i]; k < p.support.row_start[i + 1]; ++k)
            if (is_free[k]) {
                f.free.column.push_back(p.support.column[k]);
                f.position.push_back(p.position[k]);
                seed.push_back(p.seed[k]);
            }
        f.free.row_start.push_back(f.free.column.size());
    }
    f.fitting = fit(p, f.free, std::move(seed));
    return f;
}

} // namespace

std::vector<double> matrix_fit(const MatrixRequest& request) {
    const Fitted f = fitted(request);
    const long double unit = f.problem.unit > 0 ? f.problem.unit : 1.0L;
    std::vector<double> result(f.problem.rows * f.problem.columns, 0.0);
    for (std::size_t k = 0; k < f.position.size(); ++k)
        result[f.position[k]] = static_cast<double>(f.fitting.x[k] * unit);
    return result;
}

std::vector<double> matrix(const MatrixRequest& request) {
    const Fitted f = fitted(request);
    const Problem2& p = f.problem;
    std::vector<double> result(p.rows * p.columns, 0.0);
    if (p.unit == 0) {
        // The fit is the result; it must meet the rows within 1e-9.
        for (std::size_t i = 0; i < p.rows; ++i) {
            long double s = 0;
            for (std::size_t k = f.free.row_start[i]; k < f.free.row_start[i + 1]; ++k)
                s += f.fitting.x[k];
            if (std::fabs(s - p.row_totals[i]) > detail::relative_tolerance * p.row_totals[i])
                throw Error(Problem::MatrixNoFit, {std::to_string(f.fitting.rounds)});
        }
        for (std::size_t k = 0; k < f.position.size(); ++k)
            result[f.position[k]] = static_cast<double>(f.fitting.x[k]);
        return result;
    }
    // Rounded down or up; only if the fit is off by floating-point drift
    // does a cell move within one unit of its nearest whole number.
    std::vector<std::int64_t> rounded;
    if (!detail::controlled_rounding(f.free, f.fitting.x, p.row_units, p.column_units, false,
                                     rounded) &&
        !detail::controlled_rounding(f.free, f.fitting.x, p.row_units, p.column_units, true,
                                     rounded))
        throw Error(Problem::MatrixNoFit, {std::to_string(f.fitting.rounds)});
    // Never a wrong number: check both margins in integers.
    std::vector<int128> row_sum(p.rows, 0);
    std::vector<int128> column_sum(p.columns, 0);
    for (std::size_t i = 0; i < p.rows; ++i)
        for (std::size_t k = f.free.row_start[i]; k < f.free.row_start[i + 1]; ++k) {
            if (rounded[k] < 0)
                throw Error(Problem::MatrixNoFit, {std::to_string(f.fitting.rounds)});
            row_sum[i] += rounded[k];
            column_sum[f.free.column[k]] += rounded[k];
        }
    for (std::size_t i = 0; i < p.rows; ++i)
        if (row_sum[i] != p.row_units[i])
            throw Error(Problem::MatrixNoFit, {std::to_string(f.fitting.rounds)});
    for (std::size_t j = 0; j < p.columns; ++j)
        if (column_sum[j] != p.column_units[j])
            throw Error(Problem::MatrixNoFit, {std::to_string(f.fitting.rounds)});
    // The quota rule against the fit (which matrix_fit returns): a fit that
    // did not settle can leave rows off by more than a unit; then this is
    // an error rather than a table far from the seed's pattern.
    for (std::size_t k = 0; k < f.position.size(); ++k)
        if (!(std::fabs(static_cast<long double>(rounded[k]) - f.fitting.x[k]) < 1.0L))
            throw Error(Problem::MatrixNoFit, {std::to_string(f.fitting.rounds)});
    for (std::size_t k = 0; k < f.position.size(); ++k)
        result[f.position[k]] = static_cast<double>(rounded[k]) * p.unit;
    return result;
}

} // namespace allot
