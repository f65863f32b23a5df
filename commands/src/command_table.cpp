#include <allot/commands/command_table.hpp>

#include <array>

namespace allot::commands {
namespace {

// The English texts are msgids of addin/po/<language>/commands.po.
constexpr std::array commands{
    Command{"Decompose", "~Decompose…",
            "Turn an annual target into a live, checked plan: rows and their basis, a method, a "
            "preview of two methods side by side.",
            "Total, InputRange, Method, Unit, Output, Name, Labels, ColumnLabels, Factors, "
            "FactorWeights, Multipliers, History, Minimum, Maximum, Levels, FloorRatio, "
            "StretchRatio, Actuals, DealSize, Periods, People, Chart, Compare"},
    Command{"Redistribute", "~Redistribute…",
            "Spread a new total over the selected numbers exactly, keeping held cells; on a plan, "
            "change its total and recalculate.",
            "Range, Total, Unit, Basis, ClosedPeriods, PeriodsInRows, TotalCell"},
    Command{"Hold", "~Hold", "Mark the selected cells as held: Redistribute keeps their values.",
            "Range", true},
    Command{"Release", "Re~lease", "Unmark held cells: Redistribute may change them again.",
            "Range"},
    Command{"FreezeForExcel", "~Freeze for Excel…",
            "Save a copy as .xlsx with every ALLOT formula replaced by its value, for colleagues "
            "on Excel.",
            "URL", true},
    Command{"Why", "~Why?", "Explain the error an ALLOT formula shows in the current cell.",
            "Cell"},
};

} // namespace

std::span<const Command> command_table() {
    return commands;
}

const Command* find_command(std::string_view name) {
    for (const Command& command : commands)
        if (command.name == name)
            return &command;
    return nullptr;
}

} // namespace allot::commands
