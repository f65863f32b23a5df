#include <allot/commands/redistribute.hpp>

#include <allot/commands/numbers.hpp>
#include <allot/commands/refusal.hpp>
#include <allot/split.hpp>

#include <algorithm>
#include <cmath>

namespace allot::commands {
namespace {

std::string shape(const Area& area) {
    return std::to_string(area.rows) + " × " + std::to_string(area.columns);
}

// Plain numbers only: text or formulas among them means the selection is not
// what the user thinks it is.
void check_values(const Block& block) {
    if (block.entries.empty())
        throw Refusal(Reason::EmptySelection);
    for (std::size_t i = 0; i < block.entries.size(); ++i) {
        const Entry& entry = block.entries[i];
        const auto cell = block.area.cell(static_cast<int>(i));
        if (entry.kind == Entry::Kind::Text)
            throw Refusal(Reason::TextInBlock, {cell, entry.text});
        if (entry.kind == Entry::Kind::Formula)
            throw Refusal(Reason::FormulaAmongValues, {cell});
    }
}

std::vector<double> weights_of(const RedistributeRequest& request) {
    const Block& block = request.block;
    std::vector<double> weights(block.entries.size(), 1.0);
    if (request.basis == Basis::Current) {
        for (std::size_t i = 0; i < weights.size(); ++i) {
            weights[i] = block.entries[i].value;
            if (weights[i] < 0)
                throw Refusal(Reason::NegativeValue,
                              {block.area.cell(static_cast<int>(i)), amount(weights[i], 0)});
        }
    } else if (request.basis == Basis::Range) {
        const Block& basis = request.basis_block;
        if (basis.area.rows * basis.area.columns != block.area.rows * block.area.columns ||
            basis.entries.size() != weights.size())
            throw Refusal(Reason::BasisShape, {shape(basis.area), shape(block.area)});
        for (std::size_t i = 0; i < weights.size(); ++i) {
            const Entry& entry = basis.entries[i];
            const auto item = std::to_string(i + 1);
            if (entry.kind == Entry::Kind::Text)
                throw Refusal(Reason::TextInBasis, {item, entry.text});
            weights[i] = entry.kind == Entry::Kind::Blank ? 0.0 : entry.value;
            if (weights[i] < 0)
                throw Refusal(Reason::NegativeBasis, {item, amount(weights[i], 0)});
        }
    }
    return weights;
}

} // namespace

std::vector<bool> held_cells(const RedistributeRequest& request) {
    const Area& area = request.block.area;
    std::vector<bool> held(request.block.entries.size(), false);
    for (std::size_t i = 0; i < held.size(); ++i) {
        const int column = static_cast<int>(i) % area.columns;
        const int row = static_cast<int>(i) / area.columns;
        const int period = request.periods_in_rows ? row : column;
        held[i] = (i < request.held.size() && request.held[i]) || period < request.closed_periods;
    }
    return held;
}

RedistributeResult redistribute(const RedistributeRequest& request) {
    const Block& block = request.block;
    check_values(block);
    if (request.unit < 0 || !std::isfinite(request.unit))
        throw Refusal(Reason::NegativeUnit, {amount(request.unit, 0)});

    RedistributeResult result;
    for (const Entry& entry : block.entries)
        result.before += entry.value;
    result.total = request.total.applied_to(result.before);
    // A change in percent gives any number; keep the new total in whole units.
    const bool relative = request.total.kind == TotalChange::Kind::Percent ||
                          request.total.kind == TotalChange::Kind::Share;
    if (relative && request.unit > 0)
        result.total = std::round(result.total / request.unit) * request.unit;
    if (!std::isfinite(result.total))
        throw Refusal(Reason::UnreadableTotal, {amount(result.total, request.unit)});

    const std::vector<bool> held = held_cells(request);
    SplitRequest split_request;
    split_request.total = result.total;
    split_request.unit = request.unit;
    split_request.weights = weights_of(request);
    split_request.fixed.resize(block.entries.size());
    double held_sum = 0.0;
    for (std::size_t i = 0; i < held.size(); ++i) {
        if (!held[i])
            continue;
        split_request.fixed[i] = block.entries[i].value;
        held_sum += block.entries[i].value;
        ++result.held;
    }
    const auto free_cells = static_cast<int>(held.size()) - result.held;
    if (free_cells == 0 && result.total != held_sum)
        throw Refusal(Reason::EverythingHeld,
                      {amount(result.total, request.unit), amount(held_sum, request.unit)});
    if (result.total >= 0 && held_sum > result.total)
        throw Refusal(Reason::HeldAboveTotal,
                      {amount(held_sum, request.unit), amount(result.total, request.unit)});

    try {
        result.values = split(split_request);
    } catch (const Error& error) {
        throw Refusal(error);
    }

    result.blank.assign(block.entries.size(), false);
    std::vector<CellChange> changes;
    for (std::size_t i = 0; i < result.values.size(); ++i) {
        const Entry& entry = block.entries[i];
        result.sum += result.values[i];
        result.blank[i] = entry.kind == Entry::Kind::Blank && result.values[i] == 0.0;
        if (result.values[i] != entry.value ||
            (entry.kind == Entry::Kind::Blank && !result.blank[i])) {
            ++result.changed;
            changes.push_back({static_cast<int>(i), entry.value, result.values[i]});
        }
    }
    // The five largest changes, ties in reading order.
    const std::size_t shown = std::min<std::size_t>(5, changes.size());
    std::partial_sort(changes.begin(), changes.begin() + static_cast<std::ptrdiff_t>(shown),
                      changes.end(), [](const CellChange& a, const CellChange& b) {
                          const double da = std::fabs(a.after - a.before);
                          const double db = std::fabs(b.after - b.before);
                          return da != db ? da > db : a.index < b.index;
                      });
    result.largest.assign(changes.begin(), changes.begin() + static_cast<std::ptrdiff_t>(shown));
    return result;
}

} // namespace allot::commands
