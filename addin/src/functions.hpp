// The UNO component behind the ALLOT.* spreadsheet functions. It is glue
// only: convert Calc's arguments, call the engine, convert back. Every
// failure becomes an IllegalArgumentException (Err:502 in the cell); nothing
// else crosses the UNO boundary.
#pragma once

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/allot/XFunctions.hpp>

#include "function_table.hpp"

#include <mutex>
#include <optional>

namespace allot::addin {

inline constexpr char service_name[] = "org.allot.Functions";
inline constexpr char implementation_name[] = "org.allot.Functions";

class Functions : public cppu::WeakImplHelper4<org::allot::XFunctions, css::sheet::XAddIn,
                                               css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    explicit Functions(const css::uno::Reference<css::uno::XComponentContext>& context);

    // XFunctions
    css::uno::Sequence<css::uno::Sequence<double>>
        SAL_CALL split(const css::uno::Any& total,
                       const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& weights,
                       const css::uno::Any& unit, const css::uno::Any& minimums,
                       const css::uno::Any& maximums, const css::uno::Any& fixed) override;
    // PACE, STATUS, COMMISSION, OKR
    double SAL_CALL
    pace(const css::uno::Any& actual,
         const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& period_targets,
         const css::uno::Any& elapsed) override;
    rtl::OUString SAL_CALL status(const css::uno::Any& attainment, const css::uno::Any& warn,
                                  const css::uno::Any& ok) override;
    double SAL_CALL
    commission(const css::uno::Any& actual, const css::uno::Any& target,
               const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& thresholds,
               const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& rates,
               const css::uno::Any& cap) override;
    double SAL_CALL okr(const css::uno::Any& actual, const css::uno::Any& baseline,
                        const css::uno::Any& target, const css::uno::Any& weights) override;
    // FUNNEL, FUNNELYIELD
    css::uno::Sequence<css::uno::Sequence<double>>
        SAL_CALL funnel(const css::uno::Any& target, const css::uno::Any& deal_size,
                        const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& rates,
                        const css::uno::Any& periods, const css::uno::Any& people) override;
    css::uno::Sequence<css::uno::Sequence<double>>
        SAL_CALL funnelyield(const css::uno::Any& activity,
                             const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& rates,
                             const css::uno::Any& deal_size) override;
    css::uno::Sequence<css::uno::Sequence<double>>
        SAL_CALL apportion(const css::uno::Any& count,
                           const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& sizes,
                           const css::uno::Any& method, const css::uno::Any& minimum) override;
    css::uno::Sequence<css::uno::Sequence<double>>
        SAL_CALL tree(const css::uno::Any& total,
                      const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& ids,
                      const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& parents,
                      const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& weights,
                      const css::uno::Any& unit) override;
    css::uno::Sequence<css::uno::Sequence<double>>
        SAL_CALL matrix(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& row_totals,
                        const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& column_totals,
                        const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& seed,
                        const css::uno::Any& unit) override;
    // KPI
    css::uno::Sequence<css::uno::Sequence<double>>
        SAL_CALL kpi(const css::uno::Any& target,
                     const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& ids,
                     const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& parents,
                     const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& operators,
                     const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& baselines,
                     const css::uno::Any& efforts, const css::uno::Any& fixed) override;
    css::uno::Sequence<css::uno::Sequence<double>>
        SAL_CALL levels(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& targets,
                        const css::uno::Any& floor_ratio, const css::uno::Any& stretch_ratio,
                        const css::uno::Any& unit) override;
    css::uno::Sequence<css::uno::Sequence<double>>
        SAL_CALL profile(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& history,
                         const css::uno::Any& method) override;
    css::uno::Sequence<css::uno::Sequence<double>>
        SAL_CALL weights(const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& factors,
                         const css::uno::Any& factor_weights,
                         const css::uno::Any& multipliers) override;
    rtl::OUString SAL_CALL why(const rtl::OUString& function,
                               const css::uno::Sequence<css::uno::Any>& arguments) override;

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

    css::uno::Reference<css::uno::XComponentContext> context_;
    std::mutex mutex_;
    css::lang::Locale locale_;
    std::optional<Language> ui_language_;
};

} // namespace allot::addin
