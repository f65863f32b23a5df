// ALLOT.MATRIX: two-way decomposition (regions × months) whose rows add up
// to the row totals and whose columns add up to the column totals, both
// exactly (the README's "How each function decides"). Pure C++; knows nothing of UNO.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace allot {

// ALLOT.MATRIX's arguments in order: an error names one by its position.
enum class MatrixArgument { row_totals, column_totals, seed, unit };

// An empty optional is a blank cell: 0 in the seed and in the totals.
struct MatrixRequest {
    std::vector<std::optional<double>> row_totals;    // one per seed row
    std::vector<std::optional<double>> column_totals; // one per seed column
    std::size_t rows = 0;
    std::size_t columns = 0;
    std::vector<std::optional<double>> seed; // rows × columns, in reading order
    double unit = 1.0;                       // rounding step; 0 means no rounding
};

// The rows × columns result in reading order. Each cell is the
// biproportional fit of the seed to both sets of totals (iterative
// proportional fitting), rounded down or up to a whole unit so that every
// row and every column adds up to its total exactly (controlled rounding).
// Cells where the seed is 0 (or blank) stay 0, and so do cells that are 0
// in every table with these margins and zeros. Every cell is within one
// unit of the fit (matrix_fit). Throws allot::Error for bad input, totals
// that differ in sum, seed zeros that make them unreachable (naming the
// rows or columns), and a fit that does not settle within 10,000 rounds
// (seeds whose values span hundreds of orders of magnitude) or cannot be
// rounded within one unit: never a wrong number.
std::vector<double> matrix(const MatrixRequest& request);

// The unrounded fit the result is rounded from, in the request's own
// amounts (for tests and for unit 0, where it is the result). Same errors.
std::vector<double> matrix_fit(const MatrixRequest& request);

} // namespace allot
