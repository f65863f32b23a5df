#include "calls.hpp"

#include "calls_limits.hpp"
#include "messages.hpp"

#include <allot/error.hpp>

#include <array>
#include <stdexcept>

namespace allot::addin {
namespace {

constexpr std::array calls{
    Call{"split", call_split},     Call{"apportion", call_apportion},
    Call{"tree", call_tree},       Call{"profile", call_profile},
    Call{"weights", call_weights}, Call{"levels", call_levels},
    Call{"funnel", call_funnel},   Call{"funnelyield", call_funnelyield},
    Call{"kpi", call_kpi},         Call{"pace", call_pace},
    Call{"status", call_status},   Call{"commission", call_commission},
    Call{"okr", call_okr},         Call{"matrix", call_matrix},
};

const Call& call_of(const FunctionInfo& function) {
    for (const Call& call : calls)
        if (call.function == function.programmatic)
            return call;
    throw std::logic_error("allot: no call for " + std::string(function.display));
}

} // namespace

std::span<const Call> call_table() {
    return calls;
}

Result run(const FunctionInfo& function, std::span<const css::uno::Any> given,
           const Language& language, std::vector<Note>* notes) {
    if (given.size() > function.arguments.size())
        throw CallError(CallProblem::TooManyArguments, {std::to_string(function.arguments.size())});
    for (std::size_t i = 0; i < function.arguments.size(); ++i)
        if (!function.arguments[i].optional && (i >= given.size() || !given[i].hasValue()))
            throw CallError(CallProblem::MissingArgument, {}, i);
    check_range_sizes(given);
    Arguments arguments(function, given, language);
    Result result = call_of(function).run(arguments);
    if (notes)
        *notes = arguments.notes();
    return result;
}

std::string why(std::string_view function, std::span<const css::uno::Any> given,
                const Language& language) {
    const FunctionInfo* info = find_by_user_name(function);
    if (!info || info->programmatic == "why")
        return explain(CallError(CallProblem::UnknownFunction, {std::string(function)}), language);
    // ALLOT.WHY receives every one of its argument places; the ones left out
    // at the end are not the explained function's.
    while (!given.empty() && !given.back().hasValue())
        given = given.first(given.size() - 1);
    try {
        std::vector<Note> notes;
        run(*info, given, language, &notes);
        return notes.empty() ? no_error(language) : explain(notes.front(), language);
    } catch (const CallError& error) {
        return explain(error, language, info);
    } catch (const Error& error) {
        return explain(error, language, info);
    }
}

double unit_of(Arguments& arguments) {
    const double unit = arguments.optional_number("unit").value_or(1.0);
    if (unit == 0)
        arguments.note(Note::UnitZero);
    return unit;
}

} // namespace allot::addin
