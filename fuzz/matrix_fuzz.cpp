// ALLOT.MATRIX with arbitrary small grids, totals, seeds and units.
// Promises checked: finite, non-negative cells; every row and column adds up
// to its total; cells where the seed is 0 stay 0; whole units; every cell
// within one unit of the fit.
#include "allot/matrix.hpp"

#include "input.hpp"

namespace {

using namespace allot::fuzz;
constexpr const char* function = "matrix";

double total_of(const std::optional<double>& cell) {
    return cell.value_or(0.0);
}

void check(const allot::MatrixRequest& r, const std::vector<double>& cells) {
    const std::size_t n = r.rows;
    const std::size_t m = r.columns;
    if (cells.size() != n * m)
        broken(function, "wrong number of cells");
    check_finite(function, cells);
    long double grand = 0;
    for (const auto& t : r.row_totals)
        grand += total_of(t);
    grand = std::fmax(grand, r.unit > 0 ? r.unit : 0.0); // 1e-9 of a unit is forgiven
    std::vector<long double> row(n, 0), column(m, 0);
    for (std::size_t c = 0; c < n * m; ++c) {
        if (cells[c] < 0)
            broken(function, "a negative cell");
        if (!(r.seed[c].value_or(0.0) > 0) && cells[c] != 0)
            broken(function, "a cell with seed 0 is not 0");
        if (r.unit > 0) {
            const long double units = cells[c] / static_cast<long double>(r.unit);
            if (!near(units, std::round(units), std::fmax(1.0L, units)))
                broken(function, "a cell is not a whole number of units");
        }
        row[c / m] += cells[c];
        column[c % m] += cells[c];
    }
    for (std::size_t i = 0; i < n; ++i)
        if (!near(row[i], total_of(r.row_totals[i]), grand))
            broken(function, "row " + std::to_string(i + 1) + " does not add up");
    for (std::size_t j = 0; j < m; ++j)
        if (!near(column[j], total_of(r.column_totals[j]), grand))
            broken(function, "column " + std::to_string(j + 1) + " does not add up");
    if (r.unit > 0) {
        const std::vector<double> fit = allot::matrix_fit(r);
        for (std::size_t c = 0; c < n * m; ++c)
            if (!(std::fabs(cells[c] - fit[c]) < r.unit * (1 + 1e-9)))
                broken(function, "a cell is more than one unit from the fit");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    allot::MatrixRequest r;
    r.rows = in.ConsumeIntegralInRange<std::size_t>(0, 6);
    r.columns = in.ConsumeIntegralInRange<std::size_t>(0, 6);
    r.unit = in.ConsumeBool() ? 1.0 : number(in);
    r.seed = cells(in, r.rows * r.columns);
    // Totals: usually consistent (drawn from a table), sometimes arbitrary.
    if (in.ConsumeBool()) {
        std::vector<double> row(r.rows, 0), column(r.columns, 0);
        for (std::size_t i = 0; i < r.rows; ++i)
            for (std::size_t j = 0; j < r.columns; ++j) {
                const double v = in.ConsumeBool() ? in.ConsumeIntegralInRange<int>(0, 20) : 0;
                row[i] += v;
                column[j] += v;
            }
        for (double v : row)
            r.row_totals.emplace_back(v);
        for (double v : column)
            r.column_totals.emplace_back(v);
    } else {
        r.row_totals = range(in, r.rows);
        r.column_totals = range(in, r.columns);
    }
    if (in.ConsumeIntegralInRange<int>(0, 15) == 0)
        r.seed.resize(in.ConsumeIntegralInRange<std::size_t>(0, r.seed.size() + 1));
    request_text() = std::to_string(r.rows) + "x" + std::to_string(r.columns) + " unit " +
                     text_of(r.unit) + " rows " + text_of(r.row_totals) + " columns " +
                     text_of(r.column_totals) + " seed " + text_of(r.seed);
    guarded(function, [&] { check(r, allot::matrix(r)); });
    return 0;
}
