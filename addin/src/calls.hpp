// Each ALLOT.* function as a call on the arguments Calc passes; throws
// allot::Error on bad input. Shared by the functions themselves and by
// ALLOT.WHY, which runs the same call to find the reason for an error.
#pragma once

#include "arguments.hpp"
#include "function_table.hpp"

namespace allot::addin {

using DoubleGrid = css::uno::Sequence<css::uno::Sequence<double>>;

// A number the function cannot do without; blank or not given is a
// MissingArgument error naming `function` (e.g. "ALLOT.TREE") and `name`.
double required_number(const css::uno::Any& argument, std::string_view function,
                       std::string_view name);

// A rows × columns result from values in reading order.
DoubleGrid grid_of(sal_Int32 rows, sal_Int32 columns, const std::vector<double>& values);

DoubleGrid call_split(const css::uno::Any& total, const Cells& weights, const css::uno::Any& unit,
                      const css::uno::Any& minimums, const css::uno::Any& maximums,
                      const css::uno::Any& fixed);

// PACE, STATUS, COMMISSION, OKR (calls_tracking.cpp). STATUS answers in `language`.
double call_pace(const css::uno::Any& actual, const Cells& period_targets,
                 const css::uno::Any& elapsed);
std::string call_status(const css::uno::Any& attainment, const css::uno::Any& warn,
                        const css::uno::Any& ok, Language language);
double call_commission(const css::uno::Any& actual, const css::uno::Any& target,
                       const Cells& thresholds, const Cells& rates, const css::uno::Any& cap);
double call_okr(const css::uno::Any& actual, const css::uno::Any& baseline,
                const css::uno::Any& target, const css::uno::Any& weights);

// FUNNEL, FUNNELYIELD (calls_funnel.cpp): the counts along the rates' row or column.
DoubleGrid call_funnel(const css::uno::Any& target, const css::uno::Any& deal_size,
                       const Cells& rates, const css::uno::Any& periods,
                       const css::uno::Any& people);
DoubleGrid call_funnelyield(const css::uno::Any& activity, const Cells& rates,
                            const css::uno::Any& deal_size);

// APPORTION (calls_apportion.cpp).
DoubleGrid call_apportion(const css::uno::Any& count, const Cells& sizes,
                          const css::uno::Any& method, const css::uno::Any& minimum);

// KPI (calls_kpi.cpp): every node's target in the shape of the ids.
DoubleGrid call_kpi(const css::uno::Any& target, const Labels& ids, const Labels& parents,
                    const Labels& operators, const Cells& baselines, const css::uno::Any& efforts,
                    const css::uno::Any& fixed);

// TREE (calls_tree.cpp): every node's value in the shape of the ids.
DoubleGrid call_tree(const css::uno::Any& total, const Labels& ids, const Labels& parents,
                     const Cells& weights, const css::uno::Any& unit);

// MATRIX (calls_matrix.cpp): the grid fitted to both sets of totals, shaped like the seed.
DoubleGrid call_matrix(const Cells& row_totals, const Cells& column_totals, const Cells& seed,
                       const css::uno::Any& unit);

// LEVELS, PROFILE, WEIGHTS (calls_levels.cpp, calls_profile.cpp, calls_weights.cpp).
DoubleGrid call_levels(const Cells& targets, const css::uno::Any& floor_ratio,
                       const css::uno::Any& stretch_ratio, const css::uno::Any& unit);
DoubleGrid call_profile(const Cells& history, const css::uno::Any& method);
DoubleGrid call_weights(const Cells& factors, const css::uno::Any& factor_weights,
                        const css::uno::Any& multipliers);

// Runs `function` on positional arguments as ALLOT.WHY received them (missing
// trailing ones are "not given"). Throws allot::Error when the call would fail.
void check_call(const FunctionInfo& function, const css::uno::Sequence<css::uno::Any>& arguments);

} // namespace allot::addin
