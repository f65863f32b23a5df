// A two-way table's cells as a bipartite graph (rows × columns, an edge for
// every cell where the seed is positive), for ALLOT.MATRIX: the cells in
// reading order by row, and the same cells by column.
#pragma once

#include <cstddef>
#include <vector>

namespace allot::detail {

// The cells of a table where the seed is positive, in reading order: the
// cells of row i are row_start[i] .. row_start[i+1], each with its column.
struct Bipartite {
    std::size_t rows = 0;
    std::size_t columns = 0;
    std::vector<std::size_t> row_start; // rows + 1 entries
    std::vector<std::size_t> column;    // one per cell
    std::size_t cells() const { return column.size(); }
};

// The same cells by column: the cells of column j (their numbers in
// reading order) are cell[column_start[j]] .. cell[column_start[j+1]], in
// reading order; row[k] is the row of cell k.
struct ColumnIndex {
    std::vector<std::size_t> column_start; // columns + 1 entries
    std::vector<std::size_t> cell;         // one per cell
    std::vector<std::size_t> row;          // one per cell
};

ColumnIndex column_index(const Bipartite& cells);

} // namespace allot::detail
