#include "functions.hpp"

#include "calls.hpp"
#include "extension_files.hpp"
#include "log.hpp"
#include "messages.hpp"
#include "ui_language.hpp"

#include <allot/error.hpp>

#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <array>
#include <exception>
#include <span>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using rtl::OUString;

[[noreturn]] void reject(const char* function, const std::string& reason,
                         const uno::Reference<uno::XInterface>& self) {
    log().debug("{}: {}", function, reason);
    throw css::lang::IllegalArgumentException(ustring(reason), self, 0);
}

// Runs a function body so that only IllegalArgumentException leaves it.
template <class Body> auto guarded(const char* function, Functions* self, Body body) {
    try {
        return body();
    } catch (const Error& error) {
        reject(function, error.what(), static_cast<cppu::OWeakObject*>(self));
    } catch (const CallError& error) {
        reject(function, error.what(), static_cast<cppu::OWeakObject*>(self));
    } catch (const std::exception& failure) {
        log().error("{}: internal failure: {}", function, failure.what());
        reject(function, failure.what(), static_cast<cppu::OWeakObject*>(self));
    } catch (const uno::Exception& failure) {
        log().error("{}: UNO failure: {}", function, utf8(failure.Message));
        reject(function, utf8(failure.Message), static_cast<cppu::OWeakObject*>(self));
    } catch (...) {
        log().error("{}: unknown failure", function);
        reject(function, "unknown failure", static_cast<cppu::OWeakObject*>(self));
    }
}

const FunctionInfo* described(const OUString& programmaticName) {
    return find_programmatic(utf8(programmaticName));
}

const ArgumentInfo* argument_of(const OUString& programmaticName, sal_Int32 argument) {
    const FunctionInfo* function = described(programmaticName);
    if (!function || argument < 0 ||
        static_cast<std::size_t>(argument) >= function->arguments.size())
        return nullptr;
    return &function->arguments[static_cast<std::size_t>(argument)];
}

} // namespace

Functions::Functions(const uno::Reference<uno::XComponentContext>& context)
    : context_(context), locale_("en", "US", "") {
    prepare_extension(context);
}

namespace {

// A call's result as the IDL method returns it.
DoubleGrid uno_result(Result result, DoubleGrid*) {
    return std::get<DoubleGrid>(std::move(result));
}
double uno_result(Result result, double*) {
    return std::get<double>(result);
}
OUString uno_result(Result result, OUString*) {
    return ustring(std::get<std::string>(result));
}

} // namespace

template <class Out>
Out Functions::result_of(std::string_view function, std::initializer_list<uno::Any> arguments) {
    const FunctionInfo* info = find_programmatic(function);
    return guarded(info ? info->display.data() : "ALLOT", this, [&] {
        if (!info)
            throw std::logic_error("allot: no function " + std::string(function));
        // Only a text result (ALLOT.STATUS) is in the office's language, read
        // from the configuration on first use; numbers need none, so a
        // numeric function's first call does not pay for it.
        const Language language = std::is_same_v<Out, OUString> ? ui_language() : Language();
        return uno_result(run(*info, std::span(arguments.begin(), arguments.size()), language),
                          static_cast<Out*>(nullptr));
    });
}

DoubleGrid Functions::split(const AnyGrid& total, const AnyGrid& weights, const uno::Any& unit,
                            const uno::Any& minimums, const uno::Any& maximums,
                            const uno::Any& fixed) {
    return result_of<DoubleGrid>(
        "split", {uno::Any(total), uno::Any(weights), unit, minimums, maximums, fixed});
}

double Functions::pace(const AnyGrid& actual, const AnyGrid& period_targets,
                       const AnyGrid& elapsed) {
    return result_of<double>("pace",
                             {uno::Any(actual), uno::Any(period_targets), uno::Any(elapsed)});
}

OUString Functions::status(const AnyGrid& attainment, const uno::Any& warn, const uno::Any& ok) {
    return result_of<OUString>("status", {uno::Any(attainment), warn, ok});
}

double Functions::commission(const AnyGrid& actual, const AnyGrid& target,
                             const AnyGrid& thresholds, const AnyGrid& rates, const uno::Any& cap) {
    return result_of<double>("commission", {uno::Any(actual), uno::Any(target),
                                            uno::Any(thresholds), uno::Any(rates), cap});
}

double Functions::okr(const AnyGrid& actual, const AnyGrid& baseline, const AnyGrid& target,
                      const uno::Any& weights) {
    return result_of<double>("okr",
                             {uno::Any(actual), uno::Any(baseline), uno::Any(target), weights});
}

DoubleGrid Functions::funnel(const AnyGrid& target, const AnyGrid& deal_size, const AnyGrid& rates,
                             const uno::Any& periods, const uno::Any& people) {
    return result_of<DoubleGrid>(
        "funnel", {uno::Any(target), uno::Any(deal_size), uno::Any(rates), periods, people});
}

DoubleGrid Functions::funnelyield(const AnyGrid& activity, const AnyGrid& rates,
                                  const uno::Any& deal_size) {
    return result_of<DoubleGrid>("funnelyield", {uno::Any(activity), uno::Any(rates), deal_size});
}

DoubleGrid Functions::apportion(const AnyGrid& count, const AnyGrid& sizes, const uno::Any& method,
                                const uno::Any& minimum) {
    return result_of<DoubleGrid>("apportion", {uno::Any(count), uno::Any(sizes), method, minimum});
}

DoubleGrid Functions::tree(const AnyGrid& total, const AnyGrid& ids, const AnyGrid& parents,
                           const AnyGrid& weights, const uno::Any& unit) {
    return result_of<DoubleGrid>(
        "tree", {uno::Any(total), uno::Any(ids), uno::Any(parents), uno::Any(weights), unit});
}

DoubleGrid Functions::matrix(const AnyGrid& row_totals, const AnyGrid& column_totals,
                             const AnyGrid& seed, const uno::Any& unit) {
    return result_of<DoubleGrid>(
        "matrix", {uno::Any(row_totals), uno::Any(column_totals), uno::Any(seed), unit});
}

DoubleGrid Functions::kpi(const AnyGrid& target, const AnyGrid& ids, const AnyGrid& parents,
                          const AnyGrid& operators, const AnyGrid& baselines,
                          const uno::Any& efforts, const uno::Any& fixed) {
    return result_of<DoubleGrid>("kpi", {uno::Any(target), uno::Any(ids), uno::Any(parents),
                                         uno::Any(operators), uno::Any(baselines), efforts, fixed});
}

DoubleGrid Functions::levels(const AnyGrid& targets, const AnyGrid& floor_ratio,
                             const AnyGrid& stretch_ratio, const uno::Any& unit) {
    return result_of<DoubleGrid>(
        "levels", {uno::Any(targets), uno::Any(floor_ratio), uno::Any(stretch_ratio), unit});
}

DoubleGrid Functions::profile(const AnyGrid& history, const uno::Any& method) {
    return result_of<DoubleGrid>("profile", {uno::Any(history), method});
}

DoubleGrid Functions::weights(const AnyGrid& factors, const AnyGrid& factor_weights,
                              const uno::Any& multipliers) {
    return result_of<DoubleGrid>("weights",
                                 {uno::Any(factors), uno::Any(factor_weights), multipliers});
}

OUString Functions::why(const OUString& function, const uno::Any& argument1,
                        const uno::Any& argument2, const uno::Any& argument3,
                        const uno::Any& argument4, const uno::Any& argument5,
                        const uno::Any& argument6, const uno::Any& argument7) {
    return guarded("ALLOT.WHY", this, [&] {
        const std::array given{argument1, argument2, argument3, argument4,
                               argument5, argument6, argument7};
        return ustring(addin::why(utf8(function), given, ui_language()));
    });
}

OUString Functions::getProgrammaticFuntionName(const OUString& displayName) {
    const FunctionInfo* function = find_by_user_name(utf8(displayName));
    return function ? ustring(function->programmatic) : OUString();
}

OUString Functions::getDisplayFunctionName(const OUString& programmaticName) {
    const FunctionInfo* function = described(programmaticName);
    return function ? ustring(function->display) : OUString();
}

OUString Functions::getFunctionDescription(const OUString& programmaticName) {
    const FunctionInfo* function = described(programmaticName);
    return function ? ustring(text_in(*function, function->description, language())) : OUString();
}

OUString Functions::getDisplayArgumentName(const OUString& programmaticName, sal_Int32 argument) {
    const FunctionInfo* function = described(programmaticName);
    const ArgumentInfo* info = argument_of(programmaticName, argument);
    return info ? ustring(text_in(*function, info->name, language())) : OUString();
}

OUString Functions::getArgumentDescription(const OUString& programmaticName, sal_Int32 argument) {
    const FunctionInfo* function = described(programmaticName);
    const ArgumentInfo* info = argument_of(programmaticName, argument);
    return info ? ustring(text_in(*function, info->description, language())) : OUString();
}

// "Add-In" is one of Calc's own categories; others would be filed there anyway.
OUString Functions::getProgrammaticCategoryName(const OUString&) {
    return "Add-In";
}

OUString Functions::getDisplayCategoryName(const OUString&) {
    return "Add-In";
}

OUString Functions::getServiceName() {
    return service_name;
}

OUString Functions::getImplementationName() {
    return implementation_name;
}

sal_Bool Functions::supportsService(const OUString& name) {
    return name == "com.sun.star.sheet.AddIn" || name == service_name;
}

uno::Sequence<OUString> functions_service_names() {
    uno::Sequence<OUString> names(2);
    names.getArray()[0] = "com.sun.star.sheet.AddIn";
    names.getArray()[1] = service_name;
    return names;
}

uno::Sequence<OUString> Functions::getSupportedServiceNames() {
    return functions_service_names();
}

void Functions::setLocale(const css::lang::Locale& locale) {
    std::lock_guard lock(mutex_);
    locale_ = locale;
}

css::lang::Locale Functions::getLocale() {
    std::lock_guard lock(mutex_);
    return locale_;
}

Language Functions::language() {
    std::lock_guard lock(mutex_);
    return language_of(utf8(locale_.Language) + "-" + utf8(locale_.Country));
}

// Calc calls setLocale with the UI locale and then again with en-US (to learn
// the English names), so the locale it leaves says nothing about the UI: text
// results read the configuration instead, once.
Language Functions::ui_language() {
    std::lock_guard lock(mutex_);
    if (!ui_language_) {
        const std::string tag = ui_language_tag(context_);
        ui_language_ = language_of(tag);
        log().info("UI language: {}", tag);
    }
    return *ui_language_;
}

} // namespace allot::addin

// Constructor-style entry point named in allot.components.
extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_allot_Functions_get_implementation(css::uno::XComponentContext* context,
                                       const css::uno::Sequence<css::uno::Any>&) {
    try {
        auto* functions = new allot::addin::Functions(context);
        functions->acquire();
        return static_cast<cppu::OWeakObject*>(functions);
    } catch (...) {
        return nullptr; // the office reports the missing component; it must not crash
    }
}
