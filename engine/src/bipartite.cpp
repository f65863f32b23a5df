#include "bipartite.hpp"

namespace allot::detail {

ColumnIndex column_index(const Bipartite& cells) {
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::size_t count = cells.cells();
    ColumnIndex index;
    index.column_start.assign(m + 1, 0);
    for (std::size_t k = 0; k < count; ++k)
        ++index.column_start[cells.column[k] + 1];
    for (std::size_t j = 0; j < m; ++j)
        index.column_start[j + 1] += index.column_start[j];
    index.cell.resize(count);
    index.row.resize(count);
    std::vector<std::size_t> fill(index.column_start.begin(), index.column_start.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k) {
            index.cell[fill[cells.column[k]]++] = k;
            index.row[k] = i;
        }
    return index;
}

} // namespace allot::detail
