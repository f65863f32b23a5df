// The short report a command ends with: what changed, what was kept, and
// whether the parts still add up. Shown in a dialog, or returned to a macro.
#pragma once

#include <allot/commands/redistribute.hpp>
#include <allot/commands/refusal.hpp>

#include <string>
#include <vector>

namespace allot::commands {

struct NamedChange {
    std::string cell; // "C4", or "Plan.C4" on another sheet
    double before = 0.0;
    double after = 0.0;
};

struct Summary {
    std::string range;      // the block, or the plan's outputs ("B2:M6")
    std::string total_cell; // a plan's total input ("AnnualTarget (B3)"); "" for a block
    double unit = 1.0;      // how amounts are shown (decimals)
    double before = 0.0;    // sum before
    double after = 0.0;     // sum after
    double total = 0.0;     // the total asked for
    bool adds_up = false;   // after == total exactly (in whole units)
    int cells = 0;
    int changed = 0;
    int held = 0;
    std::vector<NamedChange> largest;
    // A plan's check cells (name, TRUE?) after recalculation.
    std::vector<std::pair<std::string, bool>> checks;
};

// Whether `sum` equals `total` exactly: in whole units when unit > 0 (both
// are multiples of it), else within 1e-9 relative.
bool adds_up(double sum, double total, double unit);

// The summary of a redistribution over `block`.
Summary summary_of(const RedistributeResult& result, const Area& block, double unit);

// The summary in `language`, a few lines of plain text.
std::string describe(const Summary& summary, const Language& language);

} // namespace allot::commands
