// What allot-plan prints, in English; the Chinese is in
// addin/po/zh_CN/plan.po (the English text is the catalog's key), and
// plan_report_test checks that every text here has a translation.
// "{1}", "{2}" … stand for the values filled in (commands::say).
#pragma once

#include <array>
#include <string_view>

namespace allot::plan::text {

inline constexpr std::string_view title = "Allot: the main job";
inline constexpr std::string_view started = "LibreOffice started on a private profile";
inline constexpr std::string_view installed = "Extension {1} installed; LibreOffice restarted";
inline constexpr std::string_view from_template =
    "New workbook from the template {1}: annual target {2}, {3} regions";
inline constexpr std::string_view opened = "Opened {1}: annual target {2}, {3} regions";
inline constexpr std::string_view redistributed =
    "Targets > Redistribute \"{1}\" on {2}: the plan's total {3} changed from {4} to {5}";
inline constexpr std::string_view recalculated_exact =
    "Recalculated: the region targets add up to {1} exactly";
inline constexpr std::string_view recalculated_not_exact =
    "Recalculated: the region targets add up to {1}, NOT to the annual target {2}";
inline constexpr std::string_view checks_true = "the workbook's checks are TRUE";
inline constexpr std::string_view checks_false = "some of the workbook's checks are NOT TRUE";
inline constexpr std::string_view saved_plan = "Saved {1}: the plan with live ALLOT formulas";
inline constexpr std::string_view frozen =
    "Targets > Freeze for Excel: {1}, {2} ALLOT formula cells replaced by their values";
inline constexpr std::string_view dashboard =
    "Dashboard from the template {1}, filled with the new plan ({2} people × {3} months): {4}";
inline constexpr std::string_view dashboard_behind =
    "{1} of {2} people behind (pace below {3}) as of the dashboard's date";
inline constexpr std::string_view dashboard_skipped =
    "Dashboard skipped: the workbook names no People and PersonMonthTargets ranges (the annual "
    "plan template does)";
inline constexpr std::string_view region = "Region";
inline constexpr std::string_view before = "Before";
inline constexpr std::string_view after = "After";
inline constexpr std::string_view change = "Change";
inline constexpr std::string_view total = "Total";
inline constexpr std::string_view note = "Note";
inline constexpr std::string_view held = "held";
inline constexpr std::string_view at_minimum = "at its minimum";
inline constexpr std::string_view at_maximum = "at its maximum";
inline constexpr std::string_view sum_check_exact =
    "Check: the region targets add up to the annual target exactly: {1} = {2}";
inline constexpr std::string_view sum_check_not_exact =
    "Check: the region targets do NOT add up to the annual target: {1} != {2}";
inline constexpr std::string_view done = "Done in {1}; LibreOffice is stopped. Files in {2}:";
inline constexpr std::string_view file_ods =
    "the plan, live ALLOT formulas (LibreOffice with Allot)";
inline constexpr std::string_view file_xlsx = "the plan for Excel: ALLOT results as values";
inline constexpr std::string_view file_pdf = "the tracking dashboard's report";
inline constexpr std::string_view not_exact =
    "allot-plan: the plan does not add up exactly or a check is not TRUE (see above)";
inline constexpr std::string_view error = "allot-plan: error: {1}";
inline constexpr std::string_view seconds = "{1} s";
inline constexpr std::string_view separator = "; "; // between the parts of a step's line

inline constexpr std::array all = {title,
                                   started,
                                   installed,
                                   from_template,
                                   opened,
                                   redistributed,
                                   recalculated_exact,
                                   recalculated_not_exact,
                                   checks_true,
                                   checks_false,
                                   saved_plan,
                                   frozen,
                                   dashboard,
                                   dashboard_behind,
                                   dashboard_skipped,
                                   region,
                                   before,
                                   after,
                                   change,
                                   total,
                                   note,
                                   held,
                                   at_minimum,
                                   at_maximum,
                                   sum_check_exact,
                                   sum_check_not_exact,
                                   done,
                                   file_ods,
                                   file_xlsx,
                                   file_pdf,
                                   not_exact,
                                   error,
                                   seconds,
                                   separator};

} // namespace allot::plan::text
