#include "functions.hpp"

#include "calls.hpp"
#include "log.hpp"
#include "messages.hpp"
#include "ui_language.hpp"

#include <allot/error.hpp>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <osl/file.hxx>

#include <dlfcn.h>

#include <exception>
#include <string>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using rtl::OUString;

OUString ustring(std::string_view text) {
    return OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

std::string utf8(const OUString& text) {
    return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr();
}

// The directory this library was loaded from: the unpacked extension, which
// also holds the message catalogs.
std::string library_dir() {
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&library_dir), &info) == 0 || !info.dli_fname)
        return {};
    std::string path = info.dli_fname;
    auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

// The user profile directory, for the log file.
std::string profile_dir(const uno::Reference<uno::XComponentContext>& context) {
    try {
        auto substitution = css::util::PathSubstitution::create(context);
        OUString url = substitution->substituteVariables("$(user)", true);
        OUString path;
        if (osl::FileBase::getSystemPathFromFileURL(url, path) == osl::FileBase::E_None)
            return utf8(path);
    } catch (const uno::Exception&) {
    }
    return {};
}

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
    open_log(profile_dir(context));
    const std::string dir = library_dir();
    set_catalog_dir(dir + "/locale");
    log().info("Allot functions loaded from {}", dir);
}

DoubleGrid Functions::split(const uno::Any& total, const AnyGrid& weights, const uno::Any& unit,
                            const uno::Any& minimums, const uno::Any& maximums,
                            const uno::Any& fixed) {
    return guarded("ALLOT.SPLIT", this, [&] {
        return call_split(total, cells_of(weights, "weights"), unit, minimums, maximums, fixed);
    });
}

double Functions::pace(const uno::Any& actual, const AnyGrid& period_targets,
                       const uno::Any& elapsed) {
    return guarded("ALLOT.PACE", this, [&] {
        return call_pace(actual, cells_of(period_targets, "period targets"), elapsed);
    });
}

OUString Functions::status(const uno::Any& attainment, const uno::Any& warn, const uno::Any& ok) {
    return guarded("ALLOT.STATUS", this,
                   [&] { return ustring(call_status(attainment, warn, ok, ui_language())); });
}

double Functions::commission(const uno::Any& actual, const uno::Any& target,
                             const AnyGrid& thresholds, const AnyGrid& rates, const uno::Any& cap) {
    return guarded("ALLOT.COMMISSION", this, [&] {
        return call_commission(actual, target, cells_of(thresholds, "thresholds"),
                               cells_of(rates, "rates"), cap);
    });
}

double Functions::okr(const uno::Any& actual, const uno::Any& baseline, const uno::Any& target,
                      const uno::Any& weights) {
    return guarded("ALLOT.OKR", this, [&] { return call_okr(actual, baseline, target, weights); });
}

DoubleGrid Functions::funnel(const uno::Any& target, const uno::Any& deal_size,
                             const AnyGrid& rates, const uno::Any& periods,
                             const uno::Any& people) {
    return guarded("ALLOT.FUNNEL", this, [&] {
        return call_funnel(target, deal_size, cells_of(rates, "rates"), periods, people);
    });
}

DoubleGrid Functions::funnelyield(const uno::Any& activity, const AnyGrid& rates,
                                  const uno::Any& deal_size) {
    return guarded("ALLOT.FUNNELYIELD", this,
                   [&] { return call_funnelyield(activity, cells_of(rates, "rates"), deal_size); });
}

DoubleGrid Functions::apportion(const uno::Any& count, const AnyGrid& sizes, const uno::Any& method,
                                const uno::Any& minimum) {
    return guarded("ALLOT.APPORTION", this, [&] {
        return call_apportion(count, cells_of(sizes, "sizes"), method, minimum);
    });
}

DoubleGrid Functions::tree(const uno::Any& total, const AnyGrid& ids, const AnyGrid& parents,
                           const AnyGrid& weights, const uno::Any& unit) {
    return guarded("ALLOT.TREE", this, [&] {
        return call_tree(total, labels_of(ids, "ids"), labels_of(parents, "parents"),
                         cells_of(weights, "weights"), unit);
    });
}

DoubleGrid Functions::matrix(const AnyGrid& row_totals, const AnyGrid& column_totals,
                             const AnyGrid& seed, const uno::Any& unit) {
    return guarded("ALLOT.MATRIX", this, [&] {
        return call_matrix(cells_of(row_totals, "row totals"),
                           cells_of(column_totals, "column totals"), cells_of(seed, "seed"), unit);
    });
}

DoubleGrid Functions::kpi(const uno::Any& target, const AnyGrid& ids, const AnyGrid& parents,
                          const AnyGrid& operators, const AnyGrid& baselines,
                          const uno::Any& efforts, const uno::Any& fixed) {
    return guarded("ALLOT.KPI", this, [&] {
        return call_kpi(target, labels_of(ids, "ids"), labels_of(parents, "parents"),
                        labels_of(operators, "operators"), cells_of(baselines, "baselines"),
                        efforts, fixed);
    });
}

DoubleGrid Functions::levels(const AnyGrid& targets, const uno::Any& floor_ratio,
                             const uno::Any& stretch_ratio, const uno::Any& unit) {
    return guarded("ALLOT.LEVELS", this, [&] {
        return call_levels(cells_of(targets, "targets"), floor_ratio, stretch_ratio, unit);
    });
}

DoubleGrid Functions::profile(const AnyGrid& history, const uno::Any& method) {
    return guarded("ALLOT.PROFILE", this,
                   [&] { return call_profile(cells_of(history, "history"), method); });
}

DoubleGrid Functions::weights(const AnyGrid& factors, const uno::Any& factor_weights,
                              const uno::Any& multipliers) {
    return guarded("ALLOT.WEIGHTS", this, [&] {
        return call_weights(cells_of(factors, "factors"), factor_weights, multipliers);
    });
}

OUString Functions::why(const OUString& function, const uno::Sequence<uno::Any>& arguments) {
    return guarded("ALLOT.WHY", this, [&] {
        const Language lang = ui_language();
        const FunctionInfo* info = find_by_user_name(utf8(function));
        try {
            if (!info)
                throw Error(Problem::UnknownFunction, {utf8(function)});
            check_call(*info, arguments);
            return ustring(no_error(lang));
        } catch (const Error& error) {
            return ustring(explain(error, lang, info));
        }
    });
}

OUString Functions::getProgrammaticFuntionName(const OUString& displayName) {
    const FunctionInfo* function = find_by_user_name(utf8(displayName));
    return function ? ustring(function->programmatic) : OUString();
}

OUString Functions::getDisplayFunctionName(const OUString& programmaticName) {
    const FunctionInfo* function = described(programmaticName);
    return function ? ustring(function->display.in(language())) : OUString();
}

OUString Functions::getFunctionDescription(const OUString& programmaticName) {
    const FunctionInfo* function = described(programmaticName);
    return function ? ustring(function->description.in(language())) : OUString();
}

OUString Functions::getDisplayArgumentName(const OUString& programmaticName, sal_Int32 argument) {
    const ArgumentInfo* info = argument_of(programmaticName, argument);
    return info ? ustring(info->name.in(language())) : OUString();
}

OUString Functions::getArgumentDescription(const OUString& programmaticName, sal_Int32 argument) {
    const ArgumentInfo* info = argument_of(programmaticName, argument);
    return info ? ustring(info->description.in(language())) : OUString();
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

uno::Sequence<OUString> Functions::getSupportedServiceNames() {
    uno::Sequence<OUString> names(2);
    names.getArray()[0] = "com.sun.star.sheet.AddIn";
    names.getArray()[1] = service_name;
    return names;
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
    return language_of(utf8(locale_.Language));
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
