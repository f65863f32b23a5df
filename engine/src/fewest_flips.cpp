// Each unit too many in a column moves to a column short of one along a
// shortest augmenting path (breadth first, fewest cell flips), ignoring how
// far each flip moves a cell from its fit.
#include "rounding_repair.hpp"

#include <algorithm>
#include <limits>

namespace allot::detail {

namespace {

constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

} // namespace

bool fewest_flips(Rounding& table) {
    const Bipartite& cells = table.cells;
    const std::vector<long double>& fraction = table.fraction;
    const std::vector<std::int64_t>& room = table.room;
    std::vector<std::int64_t>& taken = table.taken;
    std::vector<std::int64_t>& excess = table.excess;
    const std::vector<std::size_t>& cell_row = table.by_column.row;
    const std::vector<std::size_t>& column_start = table.by_column.column_start;
    // Re-sorted here: a copy.
    std::vector<std::size_t> column_cells = table.by_column.cell;
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::size_t count = cells.cells();
    // Cells of a row most wanting first; of a column least wanting first
    // (the first to give a unit back).
    std::vector<std::size_t> row_order(count);
    for (std::size_t k = 0; k < count; ++k)
        row_order[k] = k;
    for (std::size_t i = 0; i < n; ++i)
        std::stable_sort(row_order.begin() + std::ptrdiff_t(cells.row_start[i]),
                         row_order.begin() + std::ptrdiff_t(cells.row_start[i + 1]),
                         [&](std::size_t a, std::size_t b) { return fraction[a] > fraction[b]; });
    for (std::size_t j = 0; j < m; ++j)
        std::stable_sort(column_cells.begin() + std::ptrdiff_t(column_start[j]),
                         column_cells.begin() + std::ptrdiff_t(column_start[j + 1]),
                         [&](std::size_t a, std::size_t b) { return fraction[a] < fraction[b]; });

    // column → (a cell of it gives its unit back) → row → (another cell of
    // the row takes it) → column …, breadth first from every full column.
    std::vector<std::size_t> reached_row(n);    // cell by which a row was reached
    std::vector<std::size_t> reached_column(m); // cell by which a column was reached
    std::vector<std::size_t> queue;             // rows as r, columns as n + j
    while (true) {
        std::fill(reached_row.begin(), reached_row.end(), none);
        std::fill(reached_column.begin(), reached_column.end(), none);
        queue.clear();
        std::vector<bool> seen_column(m, false);
        for (std::size_t j = 0; j < m; ++j)
            if (excess[j] > 0) {
                queue.push_back(n + j);
                seen_column[j] = true;
            }
        if (queue.empty())
            return true;
        std::size_t found = none;
        for (std::size_t q = 0; q < queue.size() && found == none; ++q) {
            const std::size_t node = queue[q];
            if (node >= n) {
                const std::size_t j = node - n;
                for (std::size_t p = column_start[j]; p < column_start[j + 1]; ++p) {
                    const std::size_t k = column_cells[p];
                    const std::size_t i = cell_row[k];
                    if (taken[k] > 0 && reached_row[i] == none) {
                        reached_row[i] = k;
                        queue.push_back(i);
                    }
                }
            } else {
                const std::size_t i = node;
                for (std::size_t p = cells.row_start[i]; p < cells.row_start[i + 1]; ++p) {
                    const std::size_t k = row_order[p];
                    const std::size_t j = cells.column[k];
                    if (taken[k] < room[k] && !seen_column[j]) {
                        seen_column[j] = true;
                        reached_column[j] = k;
                        if (excess[j] < 0) {
                            found = j;
                            break;
                        }
                        queue.push_back(n + j);
                    }
                }
            }
        }
        if (found == none)
            return false;
        ++excess[found];
        std::size_t j = found;
        while (true) {
            const std::size_t up = reached_column[j];
            if (up == none) { // a full column the search started from
                --excess[j];
                break;
            }
            ++taken[up];
            const std::size_t i = cell_row[up];
            const std::size_t down = reached_row[i];
            --taken[down];
            j = cells.column[down];
        }
    }
}

} // namespace allot::detail
