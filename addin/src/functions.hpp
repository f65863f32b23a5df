// The UNO component behind the ALLOT.* spreadsheet functions: the XAddIn
// answers read from the function table, and every function run through the
// call table (calls.hpp). Every failure becomes an IllegalArgumentException
// (Err:502 in the cell); nothing else crosses the UNO boundary.
#pragma once

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/allot/XFunctions.hpp>

#include "arguments.hpp"
#include "function_table.hpp"

#include <mutex>
#include <optional>

namespace allot::addin {

inline constexpr char service_name[] = "org.allot.Functions";
inline constexpr char implementation_name[] = "org.allot.Functions";

// The services the functions' component offers (com.sun.star.sheet.AddIn, …).
css::uno::Sequence<rtl::OUString> functions_service_names();

class Functions : public cppu::WeakImplHelper4<org::allot::XFunctions, css::sheet::XAddIn,
                                               css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    explicit Functions(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XFunctions: each method runs its function through the call table.
    DoubleGrid SAL_CALL split(const AnyGrid& total, const AnyGrid& weights,
                              const css::uno::Any& unit, const css::uno::Any& minimums,
                              const css::uno::Any& maximums, const css::uno::Any& fixed) override;
    double SAL_CALL pace(const AnyGrid& actual, const AnyGrid& period_targets,
                         const AnyGrid& elapsed) override;
    rtl::OUString SAL_CALL status(const AnyGrid& attainment, const css::uno::Any& warn,
                                  const css::uno::Any& ok) override;
    double SAL_CALL commission(const AnyGrid& actual, const AnyGrid& target,
                               const AnyGrid& thresholds, const AnyGrid& rates,
                               const css::uno::Any& cap) override;
    double SAL_CALL okr(const AnyGrid& actual, const AnyGrid& baseline, const AnyGrid& target,
                        const css::uno::Any& weights) override;
    DoubleGrid SAL_CALL funnel(const AnyGrid& target, const AnyGrid& deal_size,
                               const AnyGrid& rates, const css::uno::Any& periods,
                               const css::uno::Any& people) override;
    DoubleGrid SAL_CALL funnelyield(const AnyGrid& activity, const AnyGrid& rates,
                                    const css::uno::Any& deal_size) override;
    DoubleGrid SAL_CALL apportion(const AnyGrid& count, const AnyGrid& sizes,
                                  const css::uno::Any& method,
                                  const css::uno::Any& minimum) override;
    DoubleGrid SAL_CALL tree(const AnyGrid& total, const AnyGrid& ids, const AnyGrid& parents,
                             const AnyGrid& weights, const css::uno::Any& unit) override;
    DoubleGrid SAL_CALL matrix(const AnyGrid& row_totals, const AnyGrid& column_totals,
                               const AnyGrid& seed, const css::uno::Any& unit) override;
    DoubleGrid SAL_CALL kpi(const AnyGrid& target, const AnyGrid& ids, const AnyGrid& parents,
                            const AnyGrid& operators, const AnyGrid& baselines,
                            const css::uno::Any& efforts, const css::uno::Any& fixed) override;
    DoubleGrid SAL_CALL levels(const AnyGrid& targets, const AnyGrid& floor_ratio,
                               const AnyGrid& stretch_ratio, const css::uno::Any& unit) override;
    DoubleGrid SAL_CALL profile(const AnyGrid& history, const css::uno::Any& method) override;
    DoubleGrid SAL_CALL weights(const AnyGrid& factors, const AnyGrid& factor_weights,
                                const css::uno::Any& multipliers) override;
    rtl::OUString SAL_CALL why(const rtl::OUString& function, const css::uno::Any& argument1,
                               const css::uno::Any& argument2, const css::uno::Any& argument3,
                               const css::uno::Any& argument4, const css::uno::Any& argument5,
                               const css::uno::Any& argument6,
                               const css::uno::Any& argument7) override;

    // XAddIn
    rtl::OUString SAL_CALL getProgrammaticFuntionName(const rtl::OUString& displayName) override;
    rtl::OUString SAL_CALL getDisplayFunctionName(const rtl::OUString& programmaticName) override;
    rtl::OUString SAL_CALL getFunctionDescription(const rtl::OUString& programmaticName) override;
    rtl::OUString SAL_CALL getDisplayArgumentName(const rtl::OUString& programmaticName,
                                                  sal_Int32 argument) override;
    rtl::OUString SAL_CALL getArgumentDescription(const rtl::OUString& programmaticName,
                                                  sal_Int32 argument) override;
    rtl::OUString SAL_CALL
    getProgrammaticCategoryName(const rtl::OUString& programmaticName) override;
    rtl::OUString SAL_CALL getDisplayCategoryName(const rtl::OUString& programmaticName) override;

    // XServiceName
    rtl::OUString SAL_CALL getServiceName() override;

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

    // XLocalizable (through XAddIn): Calc sets the UI language here.
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;

    // The office's UI language, for text results (ALLOT.WHY, ALLOT.STATUS).
    Language ui_language();

private:
    // The language Calc last asked for: names and descriptions in the wizard.
    Language language();

    // Runs a function through the call table with the office's language;
    // only IllegalArgumentException leaves it (Err:502 in the cell).
    template <class Out>
    Out result_of(std::string_view function, std::initializer_list<css::uno::Any> arguments);

    css::uno::Reference<css::uno::XComponentContext> context_;
    std::mutex mutex_;
    css::lang::Locale locale_;
    std::optional<Language> ui_language_;
};

} // namespace allot::addin
