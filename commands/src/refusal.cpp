#include <allot/commands/refusal.hpp>

#include "messages.hpp"

#include <array>
#include <utility>

namespace allot::commands {
namespace {

// One line per reason; the texts are msgids of addin/po/zh_CN/commands.po.
constexpr std::array reasons{
    std::pair{Reason::EmptySelection, "Nothing is selected. Select the cells to work on first."},
    std::pair{Reason::NotOneBlock,
              "The selection is made of several separate ranges. Select one rectangular block."},
    std::pair{Reason::TextInBlock,
              "{1} holds text (\"{2}\"), not a number. Select only numbers, or clear that cell."},
    std::pair{Reason::FormulaAmongValues,
              "{1} holds a formula among the numbers. Select only the numbers to spread (not "
              "their totals), or select the plan's outputs alone to change the plan's total."},
    std::pair{Reason::NegativeValue,
              "{1} holds {2}. Spreading in proportion to the current values needs values of 0 or "
              "more: choose an equal spread or another basis."},
    std::pair{Reason::BasisShape,
              "The basis range has {1} cells, the selection {2}. Give a basis range the same "
              "shape as the selection."},
    std::pair{Reason::TextInBasis, "Item {1} of the basis range is text (\"{2}\"), not a number."},
    std::pair{Reason::NegativeBasis,
              "Item {1} of the basis range is {2}. A basis needs values of 0 or more."},
    std::pair{Reason::HeldAboveTotal,
              "The held cells add up to {1}, more than the new total {2}. Release some cells "
              "(Targets ▸ Release) or raise the total."},
    std::pair{Reason::EverythingHeld,
              "Every cell is held, so nothing can change: the new total {1} differs from the held "
              "cells' sum {2}. Release some cells first."},
    std::pair{
        Reason::UnreadableTotal,
        "\"{1}\" is not a total Allot can read. Type a number (5500000, 5,500,000, 5500万), a "
        "change (+10%, -500,000) or a share of the current total (110%)."},
    std::pair{Reason::NegativeUnit, "The unit is {1}. Use a unit of 0 or more (1, 100, 1000 …)."},
    std::pair{Reason::NoPlanTotal,
              "The selected formulas depend on no total Allot can change. Select the plan's total "
              "cell (for example the named cell AnnualTarget) and run Redistribute again."},
    std::pair{Reason::SeveralPlanTotals,
              "The selected formulas depend on several totals: {1}. Select the one to change and "
              "run Redistribute again."},
    std::pair{Reason::NoAllotFormula,
              "{1} holds no ALLOT formula, so there is nothing to explain."},
    std::pair{Reason::NoFormulaError,
              "{2} finds nothing wrong with its arguments in {1}. If the cell shows an error, it "
              "comes from the rest of the formula or from the size of the output range."},
    std::pair{Reason::PrecedentError,
              "{1} shows an error because {2}, which it uses, shows {3}. Correct {2} first."},
    std::pair{Reason::UnknownCommand, "Allot has no command \"{1}\"."},
    std::pair{Reason::BadArgument, "The argument {1} cannot be \"{2}\"."},
    std::pair{Reason::BadRange, "\"{1}\" is not a range of this document."},
    std::pair{Reason::MissingArgument, "The argument {1} is needed."},
    std::pair{Reason::PlanWithoutHolds,
              "{2} is held, but the plan's formula in {1} has no holds range (ALLOT.SPLIT's "
              "fixed argument), so it cannot keep it. Release {2}, or give the formula a holds "
              "range."},
    std::pair{Reason::PlanHoldTaken,
              "To keep a held cell at {3}, its holds cell {1} would change, but it already holds "
              "{2}. Clear {1} or release the held cell."},
    std::pair{Reason::PlanInputShape,
              "The {1} range is {2} rows × {3} columns, which this method cannot use. See the "
              "README's Decompose section for the shape each method needs."},
    std::pair{Reason::PlanCountMismatch,
              "The {1} range has {2} cells, but the plan has {3} rows. Give one cell per row."},
    std::pair{Reason::PlanFactorWeights,
              "{1} factor weights were given for {2} factor columns. Give one weight per column."},
    std::pair{Reason::UnknownMethod,
              "\"{1}\" is not a method. Use proportional, equal, capability, seasonal, grid, tree, "
              "funnel, kpi or okr."},
    std::pair{Reason::TargetNotEmpty,
              "The plan needs empty cells, but {1} holds \"{2}\". Choose another place (or a new "
              "sheet) or clear those cells; a macro can pass Overwrite = true to write over them."},
    std::pair{Reason::TargetCutsArray,
              "{1} belongs to the array formula {2}, which reaches outside the plan's cells: "
              "the plan cannot write over part of it. Choose another place (or a new sheet)."},
    std::pair{
        Reason::TextInInput,
        "{1} holds text (\"{2}\") where the plan needs a number. Enter a number, or clear the "
        "cell."},
    std::pair{Reason::Failed, "Allot could not finish: {1}"},
    std::pair{Reason::Engine, "{1}"},
};

} // namespace

std::string_view reason_template(Reason reason) {
    for (const auto& [each, text] : reasons)
        if (each == reason)
            return text;
    return "{1}";
}

std::vector<std::string_view> reason_templates() {
    std::vector<std::string_view> texts;
    for (const auto& [each, text] : reasons)
        texts.push_back(text);
    return texts;
}

const char* Refusal::what() const noexcept {
    return engine_ ? engine_->what() : reason_template(reason_).data();
}

std::string say(std::string_view english, const Language& language,
                const std::vector<std::string>& args) {
    return fill_in(addin::translate(english, language), args);
}

std::string explain(const Refusal& refusal, const Language& language) {
    if (refusal.engine())
        return addin::explain(*refusal.engine(), language);
    return say(reason_template(refusal.reason()), language, refusal.args());
}

} // namespace allot::commands
