// Redistribute on a block of plain numbers: spread a new total over the
// block exactly like ALLOT.SPLIT (largest remainder to the unit, ties to the
// earlier cell in reading order), keeping held cells — the cells marked with
// Hold, and the closed periods (leading columns with actuals) — unchanged.
// This is the spreading TM1 / Planning Analytics users know (proportional,
// equal, by another range; holds), done exactly.
#pragma once

#include <allot/commands/address.hpp>
#include <allot/commands/total_change.hpp>

#include <optional>
#include <string>
#include <vector>

namespace allot::commands {

// What one cell holds, as read from the sheet.
struct Entry {
    enum class Kind { Blank, Number, Text, Formula };
    Kind kind = Kind::Blank;
    double value = 0.0; // a number, or a formula's result
    std::string text;   // the text, or the formula
};

// A rectangular block of cells in reading order.
struct Block {
    Area area;
    std::vector<Entry> entries;
};

enum class Basis {
    Current, // in proportion to the values the cells hold now
    Equal,   // the same for every free cell
    Range,   // in proportion to another range of the same shape
};

struct RedistributeRequest {
    Block block;
    TotalChange total; // the new total of the whole block, held cells included
    double unit = 1.0; // rounding step; 0: no rounding
    Basis basis = Basis::Current;
    Block basis_block;      // Basis::Range: the other range
    std::vector<bool> held; // per entry: marked with Hold (empty: none)
    // Leading periods with actuals, held too: columns, or rows when the
    // periods run down the block.
    int closed_periods = 0;
    bool periods_in_rows = false;
};

struct CellChange {
    int index = 0; // in the block, reading order
    double before = 0.0;
    double after = 0.0;
};

struct RedistributeResult {
    std::vector<double> values;      // the block's new values, reading order
    std::vector<bool> blank;         // cells that stay blank (blank now, 0 after)
    double before = 0.0;             // the block's total before
    double total = 0.0;              // the new total asked for
    double sum = 0.0;                // the new values' sum (== total when exact)
    int changed = 0;                 // cells whose value changes
    int held = 0;                    // cells kept as they are
    std::vector<CellChange> largest; // the largest changes, largest first (at most 5)
};

// Throws Refusal for every request that cannot be done (text or formulas in
// the block, negative values with a proportional basis, held cells above
// the new total, an unreadable total, every cell held…).
RedistributeResult redistribute(const RedistributeRequest& request);

// Which cells of the block are held: marked, or in a closed period.
std::vector<bool> held_cells(const RedistributeRequest& request);

} // namespace allot::commands
