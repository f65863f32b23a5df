#include "transport.hpp"

#include "flow_network.hpp"
#include "strong_components.hpp"

namespace allot::detail {

Transport max_transport(const Bipartite& cells, std::span<const long double> row_totals,
                        std::span<const long double> column_totals, long double tiny) {
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::size_t source = n + m;
    const std::size_t sink = n + m + 1;
    long double everything = 1;
    for (long double r : row_totals)
        everything += r;
    Network network(n + m + 2);
    for (std::size_t i = 0; i < n; ++i)
        network.add(source, i, row_totals[i]);
    std::vector<std::size_t> cell_edge(cells.cells());
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k)
            cell_edge[k] = network.add(i, n + cells.column[k], everything);
    for (std::size_t j = 0; j < m; ++j)
        network.add(n + j, sink, column_totals[j]);

    Transport result;
    result.flow = network.max_flow(source, sink, tiny);
    result.cell_flow.resize(cells.cells());
    for (std::size_t k = 0; k < cells.cells(); ++k)
        result.cell_flow[k] = network.residual(cell_edge[k] ^ 1);

    // Forward from the source and backward from the sink in the residual graph.
    std::vector<bool> from_source(n + m + 2, false);
    std::vector<std::size_t> queue{source};
    from_source[source] = true;
    for (std::size_t q = 0; q < queue.size(); ++q)
        for (std::size_t e = network.first(queue[q]); e != Network::none; e = network.next(e))
            if (network.residual(e) > tiny && !from_source[network.to(e)]) {
                from_source[network.to(e)] = true;
                queue.push_back(network.to(e));
            }
    std::vector<bool> to_sink(n + m + 2, false);
    queue.assign(1, sink);
    to_sink[sink] = true;
    for (std::size_t q = 0; q < queue.size(); ++q)
        for (std::size_t e = network.first(queue[q]); e != Network::none; e = network.next(e))
            if (network.residual(e ^ 1) > tiny && !to_sink[network.to(e)]) {
                to_sink[network.to(e)] = true;
                queue.push_back(network.to(e));
            }
    result.row_source_side.assign(from_source.begin(), from_source.begin() + std::ptrdiff_t(n));
    result.column_sink_side.assign(to_sink.begin() + std::ptrdiff_t(n),
                                   to_sink.begin() + std::ptrdiff_t(n + m));
    return result;
}

std::vector<bool> free_cells(const Bipartite& cells, std::span<const long double> cell_flow,
                             long double tiny) {
    const std::size_t n = cells.rows;
    const std::size_t m = cells.columns;
    const std::size_t nodes = n + m;
    // Residual graph: row → column for every cell, column → row where the
    // cell carries flow, both in reading order.
    const ColumnIndex by_column = column_index(cells);
    std::vector<std::size_t> start(nodes + 1, 0);
    std::vector<std::size_t> target;
    target.reserve(2 * cells.cells());
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k)
            target.push_back(n + cells.column[k]);
        start[i + 1] = target.size();
    }
    for (std::size_t j = 0; j < m; ++j) {
        for (std::size_t p = by_column.column_start[j]; p < by_column.column_start[j + 1]; ++p)
            if (cell_flow[by_column.cell[p]] > tiny)
                target.push_back(by_column.row[by_column.cell[p]]);
        start[n + j + 1] = target.size();
    }
    const std::vector<std::size_t> component = strong_components(start, target);

    std::vector<bool> result(cells.cells(), false);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = cells.row_start[i]; k < cells.row_start[i + 1]; ++k)
            result[k] = component[i] == component[n + cells.column[k]];
    return result;
}

} // namespace allot::detail
