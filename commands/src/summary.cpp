#include <allot/commands/summary.hpp>

#include <allot/commands/numbers.hpp>

#include <cmath>

namespace allot::commands {

bool adds_up(double sum, double total, double unit) {
    if (unit > 0)
        return std::llround(sum / unit) == std::llround(total / unit) &&
               std::fabs(sum - total) <= 1e-9 * std::max(1.0, std::fabs(total));
    return std::fabs(sum - total) <= 1e-9 * std::max(1.0, std::fabs(total));
}

Summary summary_of(const RedistributeResult& result, const Area& block, double unit) {
    Summary summary;
    summary.range = block.range();
    summary.unit = unit;
    summary.before = result.before;
    summary.after = result.sum;
    summary.total = result.total;
    summary.adds_up = adds_up(result.sum, result.total, unit);
    summary.cells = block.cells();
    summary.changed = result.changed;
    summary.held = result.held;
    for (const CellChange& change : result.largest)
        summary.largest.push_back({block.cell(change.index), change.before, change.after});
    return summary;
}

std::string describe(const Summary& s, const Language& language) {
    const double unit = s.unit;
    std::string text;
    if (s.total_cell.empty())
        text = say("New total {1} spread over {2} ({3} cells).", language,
                   {amount(s.total, unit), s.range, std::to_string(s.cells)});
    else
        text = say("The plan's total {1} is now {2}; the plan recalculated.", language,
                   {s.total_cell, amount(s.total, unit)});
    text += "\n";
    text += say(
        "Before: {1}. After: {2} ({3}).", language,
        {amount(s.before, unit), amount(s.after, unit), signed_amount(s.after - s.before, unit)});
    text += "\n";
    if (s.total_cell.empty())
        text += s.adds_up ? say("Check: the cells add up to the new total exactly.", language)
                          : say("Check: the cells do NOT add up to the new total {1}.", language,
                                {amount(s.total, unit)});
    for (const auto& [name, ok] : s.checks)
        text += (text.ends_with("\n") ? "" : "\n") +
                (ok ? say("Check cell {1}: TRUE.", language, {name})
                    : say("Check cell {1}: NOT TRUE.", language, {name}));
    text += "\n";
    text += say("Changed {1} cells; kept {2} held cells unchanged.", language,
                {std::to_string(s.changed), std::to_string(s.held)});
    if (!s.largest.empty()) {
        text += "\n" + say("Largest changes:", language);
        for (const NamedChange& change : s.largest)
            text += "\n  " + change.cell + ": " + amount(change.before, unit) + " → " +
                    amount(change.after, unit) + " (" +
                    signed_amount(change.after - change.before, unit) + ")";
    }
    return text;
}

} // namespace allot::commands
