// Why a command will not do what was asked, in plain words for the user.
// A refusal is raised before anything is written, so the document stays as
// it was.
#pragma once

#include "function_table.hpp"

#include <allot/error.hpp>

#include <exception>
#include <optional>
#include <string>
#include <vector>

namespace allot::commands {

using addin::Language;

enum class Reason {
    EmptySelection,     // (none)
    NotOneBlock,        // (none)
    TextInBlock,        // {1} cell, {2} the text
    FormulaAmongValues, // {1} cell
    NegativeValue,      // {1} cell, {2} value
    BasisShape,         // {1} basis rows × columns, {2} block rows × columns
    TextInBasis,        // {1} item position, {2} the text
    NegativeBasis,      // {1} item position, {2} value
    HeldAboveTotal,     // {1} sum of the held cells, {2} the new total
    EverythingHeld,     // {1} the new total, {2} sum of the held cells
    UnreadableTotal,    // {1} what was typed
    NegativeUnit,       // {1} unit
    NoPlanTotal,        // (none)
    SeveralPlanTotals,  // {1} the candidate cells
    NoAllotFormula,     // {1} cell
    NoFormulaError,     // {1} cell, {2} function
    PrecedentError,     // {1} cell, {2} the cell with an error, {3} what it shows
    UnknownCommand,     // {1} the command
    BadArgument,        // {1} argument name, {2} what was given
    BadRange,           // {1} what was given
    MissingArgument,    // {1} argument name
    PlanWithoutHolds,   // {1} the formula's cell, {2} the held cell
    PlanHoldTaken,      // {1} the holds cell, {2} what it holds, {3} the held value
    PlanInputShape,     // {1} what the range is for, {2} rows, {3} columns
    PlanCountMismatch,  // {1} what the range is for, {2} cells given, {3} cells needed
    PlanFactorWeights,  // {1} factor weights given, {2} factor columns
    UnknownMethod,      // {1} the method given
    TargetNotEmpty,     // {1} the first non-empty cell, {2} what it holds
    TargetCutsArray,    // {1} a cell of the plan's area, {2} the array formula's range
    TextInInput,        // {1} cell, {2} the text
    Failed,             // {1} what went wrong (an office or internal failure)
    Engine,             // the engine's error explains itself
};

class Refusal : public std::exception {
public:
    Refusal(Reason reason, std::vector<std::string> args = {})
        : reason_(reason), args_(std::move(args)) {}
    explicit Refusal(const Error& engine) : reason_(Reason::Engine), engine_(engine) {}

    Reason reason() const { return reason_; }
    const std::vector<std::string>& args() const { return args_; }
    const std::optional<Error>& engine() const { return engine_; }
    const char* what() const noexcept override;

private:
    Reason reason_;
    std::vector<std::string> args_;
    std::optional<Error> engine_;
};

// The English template of a reason ("{1}" … stand for its arguments).
std::string_view reason_template(Reason reason);
// Every reason's English template (for the test that each is translated).
std::vector<std::string_view> reason_templates();

// The refusal in `language`, arguments filled in.
std::string explain(const Refusal& refusal, const Language& language);

// A text of the commands' own in `language`, with "{1}", "{2}" … replaced by
// `args` (the English text is the catalog's key).
std::string say(std::string_view english, const Language& language,
                const std::vector<std::string>& args = {});

} // namespace allot::commands
