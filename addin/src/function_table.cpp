#include "function_table.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace allot::addin {
namespace {

// Chinese Calc keeps English function names (SUM stays SUM), so the display
// names are the same in every language: a formula typed in one UI works in
// the other. Descriptions and argument names are translated.
constexpr std::array split_arguments{
    ArgumentInfo{"total", "The target to split, e.g. the annual company target."},
    ArgumentInfo{"weights", "Weights of the parts (e.g. last year's sales): a column or a row. A "
                            "blank cell is 0; text is an error."},
    ArgumentInfo{"unit", "Rounding step, e.g. 1000. Default 1; 0 means no rounding.", true},
    ArgumentInfo{
        "minimums",
        "Smallest part: one number for all, or a range shaped like weights. Blank means 0.", true},
    ArgumentInfo{
        "maximums",
        "Largest part: one number for all, or a range shaped like weights. Blank means no maximum.",
        true},
    ArgumentInfo{"fixed",
                 "Holds: a range shaped like weights. A filled cell keeps exactly that value; the "
                 "rest of the total spreads over the other parts.",
                 true},
};

constexpr std::array apportion_arguments{
    ArgumentInfo{"count", "How many whole things to hand out (people, accounts, seats, deals): a "
                          "whole number from 0 to 2^53."},
    ArgumentInfo{"sizes", "Size of each entity (e.g. population, revenue, workload): a column or a "
                          "row. A blank cell is 0; an entity of size 0 gets only the minimum."},
    ArgumentInfo{"method",
                 "\"hamilton\" (largest remainder, default), \"jefferson\" (= \"dhondt\"), "
                 "\"webster\" (= \"sainte-lague\"), \"huntington-hill\" or \"adams\"; any case.",
                 true},
    ArgumentInfo{"minimum", "Whole number every entity gets at least, e.g. 1. Default 0.", true},
};

constexpr std::array tree_arguments{
    ArgumentInfo{"total",
                 "The target to split over the whole tree, e.g. the annual company target."},
    ArgumentInfo{"ids", "One id per node (a name or a number), each used once: regions, teams, "
                        "people. A wholly blank row is skipped and gets 0."},
    ArgumentInfo{"parents", "Each node's parent id, aligned with ids; blank for top-level nodes, "
                            "which share the total."},
    ArgumentInfo{"weights", "Each node's weight among its siblings, 0 or more. Blank on an inner "
                            "node: the sum of its leaves' weights; blank on a leaf: 0."},
    ArgumentInfo{"unit", "Rounding step at every level, e.g. 1000. Default 1; 0 means no rounding.",
                 true},
};

constexpr std::array profile_arguments{
    ArgumentInfo{"history", "One row per year (or period set), one column per period, e.g. 3 years "
                            "by 12 months. A blank cell is 0; a wholly blank row is skipped."},
    ArgumentInfo{"method",
                 "\"average\" (default): each year's shares, averaged; \"pooled\": the shares of "
                 "the column totals, so bigger years weigh more.",
                 true},
};

constexpr std::array weights_arguments{
    ArgumentInfo{"factors", "One row per person, one column per factor (e.g. last year's sales, "
                            "market potential, capability score). A blank cell is 0."},
    ArgumentInfo{"factor_weights",
                 "The weight of each factor column, e.g. 0.6 and 0.4; normalised to add up to 1. "
                 "One number for all weighs the factors equally."},
    ArgumentInfo{"multipliers",
                 "Per-person multipliers, e.g. tiers A 1.2, B 1.0, C 0.8, or ramp factors for new "
                 "hires: one per row, or one number for all. A blank cell is 1.",
                 true},
};

constexpr std::array levels_arguments{
    ArgumentInfo{
        "targets",
        "The targets, e.g. the result of ALLOT.SPLIT: a column (or a row). A blank cell is 0."},
    ArgumentInfo{"floor_ratio", "The floor as a share of the target, from 0 to 1, e.g. 0.8 (80%). "
                                "The floor column adds up to this share of the total."},
    ArgumentInfo{"stretch_ratio",
                 "The stretch as a multiple of the target, 1 or more, e.g. 1.2 (120%). The stretch "
                 "column adds up to this multiple of the total."},
    ArgumentInfo{
        "unit",
        "Rounding step of the floor and stretch, e.g. 1000. Default 1; 0 means no rounding.", true},
};

constexpr std::array funnel_arguments{
    ArgumentInfo{"target", "The revenue to reach, 0 or more."},
    ArgumentInfo{"deal_size", "Average revenue per deal, more than 0."},
    ArgumentInfo{
        "rates",
        "Conversion rate of each step from the top of the funnel down (e.g. visit to lead, lead to "
        "opportunity, opportunity to deal), each more than 0 and at most 1: a column or a row."},
    ArgumentInfo{"periods",
                 "Number of periods to share each count over, e.g. 12 months. Default 1.", true},
    ArgumentInfo{"people",
                 "Number of people sharing the work (may be fractional, e.g. 2.5). Default 1.",
                 true},
};

constexpr std::array funnelyield_arguments{
    ArgumentInfo{"activity",
                 "The count at the top of the funnel, e.g. visits made; its whole part is used."},
    ArgumentInfo{"rates", "Conversion rate of each step from the top of the funnel down, each more "
                          "than 0 and at most 1: a column or a row."},
    ArgumentInfo{"deal_size",
                 "Average revenue per deal. When given, one more value follows the counts: the "
                 "revenue (deals × deal size).",
                 true},
};

constexpr std::array kpi_arguments{
    ArgumentInfo{"target", "The target of the top node, e.g. next year's revenue."},
    ArgumentInfo{"ids", "One id per node (a name or a number), each used once."},
    ArgumentInfo{"parents", "Each node's parent id, aligned with ids; blank for the one top node."},
    ArgumentInfo{"operators",
                 "+ if a node is the sum of its children, * if their product; blank for leaves."},
    ArgumentInfo{"baselines",
                 "Each node's current value. Leaves: blank is 0. Other nodes: blank is worked out "
                 "from the children; a given value must agree with them."},
    ArgumentInfo{
        "efforts",
        "How much of its parent's change each node takes, 0 or more. Default: in proportion to the "
        "baselines under +, equal under *. Once a sibling has an effort, a blank effort is 0.",
        true},
    ArgumentInfo{"fixed",
                 "A filled cell holds that node at that value; its siblings make up the rest.",
                 true},
};

constexpr std::array pace_arguments{
    ArgumentInfo{"actual", "The actual so far, e.g. revenue to date."},
    ArgumentInfo{"period_targets", "The target of each period in order (e.g. 12 monthly targets): "
                                   "a column or a row. A blank cell is 0."},
    ArgumentInfo{"elapsed", "Periods elapsed since the start, may be fractional: 7.5 is halfway "
                            "through the 8th period."},
};

constexpr std::array status_arguments{
    ArgumentInfo{"attainment", "Attainment as a fraction, e.g. 0.85 or 85% (actual ÷ target, or "
                               "the result of ALLOT.PACE)."},
    ArgumentInfo{"warn", "Below this the status is \"behind\". Default 0.8 (80%).", true},
    ArgumentInfo{
        "ok", "Below this (and not below warn) the status is \"at risk\". Default 1 (100%).", true},
};

constexpr std::array commission_arguments{
    ArgumentInfo{"actual", "Actual sales."},
    ArgumentInfo{"target", "The person's target, more than 0; attainment is actual ÷ target."},
    ArgumentInfo{"thresholds", "Attainment levels where the bands start, ascending, as fractions: "
                               "e.g. 0, 0.8, 1, 1.2. A blank cell is 0."},
    ArgumentInfo{"rates", "The rate paid on the sales in each band, one per threshold, from 0 to "
                          "1: e.g. 2%, 5%, 8%, 12%. A blank cell is 0."},
    ArgumentInfo{"cap", "The highest attainment paid for, e.g. 1.5 (150%). Leave out for no cap.",
                 true},
};

constexpr std::array okr_arguments{
    ArgumentInfo{"actual", "The actual value of a key result, or a range with one per key result. "
                           "A blank actual scores 0 (not measured yet)."},
    ArgumentInfo{
        "baseline",
        "Where each key result started: one number for all, or a range like actual. Blank is 0."},
    ArgumentInfo{"target", "Each key result's target: one number for all, or a range like actual. "
                           "Below the baseline for a key result that should fall."},
    ArgumentInfo{"weights",
                 "The weight of each key result; default equal. Once any weight is given, a blank "
                 "weight is 0.",
                 true},
};

constexpr std::array matrix_arguments{
    ArgumentInfo{"row_totals",
                 "The total of each row of the seed, e.g. each region's annual target: a column or "
                 "a row, whole units, 0 or more. A blank cell is 0."},
    ArgumentInfo{"column_totals",
                 "The total of each column of the seed, e.g. the company's target for each month: "
                 "a row or a column with the same sum as the row totals."},
    ArgumentInfo{"seed", "The pattern to follow, e.g. last year's region × month actuals: 0 or "
                         "more; a cell that is 0 or blank stays 0. At most 250,000 cells."},
    ArgumentInfo{"unit", "Rounding step for every cell, e.g. 1000. Default 1; 0 means no rounding.",
                 true},
};

// ALLOT.WHY takes the arguments of the function it explains one by one, as
// `any`s: Calc would iterate over an inline array given to a varargs
// parameter ({1;1;1} gives three calls and three results), not to these.
constexpr std::string_view why_argument_description =
    "An argument of that function, the same as in the cell that shows the error, in the same "
    "place.";
constexpr std::array why_arguments{
    ArgumentInfo{"function", "Name of the function whose error to explain, e.g. \"SPLIT\"."},
    ArgumentInfo{"argument1", why_argument_description, true},
    ArgumentInfo{"argument2", why_argument_description, true},
    ArgumentInfo{"argument3", why_argument_description, true},
    ArgumentInfo{"argument4", why_argument_description, true},
    ArgumentInfo{"argument5", why_argument_description, true},
    ArgumentInfo{"argument6", why_argument_description, true},
    ArgumentInfo{"argument7", why_argument_description, true},
};

constexpr std::array functions{
    FunctionInfo{
        "split", "ALLOT.SPLIT",
        "Splits a total in proportion to weights, rounded to whole units so that the parts add up "
        "to the total exactly (largest remainder). Respects minimums, maximums and holds.",
        split_arguments, "=ALLOT.SPLIT(100;{1|1|1})", "34, 33, 33 (a column)"},
    FunctionInfo{"apportion", "ALLOT.APPORTION",
                 "Apportions a whole number of things (headcount, accounts, seats) over entities "
                 "in proportion to their sizes: every share is a whole number and the shares add "
                 "up to the count exactly. Hamilton (largest remainder), Jefferson/D'Hondt, "
                 "Webster/Sainte-Lague, Huntington-Hill or Adams, with an optional minimum each.",
                 apportion_arguments, "=ALLOT.APPORTION(8;{100000|80000|30000|20000};\"dhondt\")",
                 "4, 3, 1, 0 (a column); \"sainte-lague\" gives 3, 3, 1, 1"},
    FunctionInfo{
        "tree", "ALLOT.TREE",
        "Multi-level decomposition in one call (company, region, team, person): the top-level "
        "nodes share the total, every node's value splits over its children by weight, rounded to "
        "whole units, and every parent equals the sum of its children exactly. Returns every "
        "node's value.",
        tree_arguments,
        "=ALLOT.TREE(1000;{\"North\"|\"South\"|\"Ann\"|\"Bob\"|\"Cai\"};{\"\"|\"\"|\"North\"|"
        "\"North\"|\"South\"};{\"\"|\"\"|1|1|2})",
        "500, 500, 250, 250, 500 (a column: the regions weigh 2 each, the sums of their people)"},
    FunctionInfo{"profile", "ALLOT.PROFILE",
                 "Seasonality profile: from a history of one row per year and one column per "
                 "period, one row of shares that add up to exactly 1, for use as the weights of "
                 "ALLOT.SPLIT. Blank years and years that add up to 0 are skipped.",
                 profile_arguments, "=ALLOT.PROFILE({1;1;1;1|10;20;30;40})",
                 "0.175, 0.225, 0.275, 0.325 (a row)"},
    FunctionInfo{"weights", "ALLOT.WEIGHTS",
                 "Capability / resource matching: each factor column becomes shares, the shares "
                 "are combined by the factor weights and multiplied by each person's multiplier. "
                 "Returns a column of weights that add up to exactly 1, ready for ALLOT.SPLIT.",
                 weights_arguments, "=ALLOT.WEIGHTS({100;1|200;1|700;2};{0.6;0.4})",
                 "0.16, 0.22, 0.62 (a column)"},
    FunctionInfo{"levels", "ALLOT.LEVELS",
                 "Floor / target / stretch: three columns (floor, the targets as given, stretch). "
                 "The floor column adds up exactly to floor_ratio times the total and the stretch "
                 "column to stretch_ratio times the total, rounded to whole units, with floor <= "
                 "target <= stretch on every row.",
                 levels_arguments, "=ALLOT.LEVELS({34|33|33};0.85;1.15)",
                 "rows 29, 34, 39 / 28, 33, 38 / 28, 33, 38 (floor, target, stretch)"},
    FunctionInfo{
        "funnel", "ALLOT.FUNNEL",
        "Reverse funnel: from a revenue target back to the activity it takes. Returns one whole "
        "count per stage, top first, deals last: deals = target ÷ deal size, each earlier stage = "
        "next ÷ rate, rounded up; with periods and people, per person per period (rounded up).",
        funnel_arguments, "=ALLOT.FUNNEL(1000000;50000;{0.5|0.4|0.25})",
        "400, 200, 80, 20 (a column: visits, leads, opportunities, deals)"},
    FunctionInfo{"funnelyield", "ALLOT.FUNNELYIELD",
                 "Forward funnel, the companion of ALLOT.FUNNEL: what an activity level yields. "
                 "Returns the count at each stage, top first (each = previous × rate, rounded "
                 "down), then, with a deal size, the revenue.",
                 funnelyield_arguments, "=ALLOT.FUNNELYIELD(400;{0.5|0.4|0.25};50000)",
                 "400, 200, 80, 20, 1000000 (a column; the last value is the revenue)"},
    FunctionInfo{
        "kpi", "ALLOT.KPI",
        "KPI decomposition over a driver tree: each node is the sum (+) or the product (*) of its "
        "children. The top target flows down: a sum shares its change by effort, a product its "
        "growth factor geometrically; fixed nodes keep their value. Returns every node's target.",
        kpi_arguments,
        "=ALLOT.KPI(133100;{\"Revenue\"|\"Traffic\"|\"Conversion\"|\"Basket\"};{\"\"|\"Revenue\"|"
        "\"Revenue\"|\"Revenue\"};{\"*\"|\"\"|\"\"|\"\"};{\"\"|100000|0.02|50})",
        "133100, 110000, 0.022, 55 (a column: each driver grows by 10%)"},
    FunctionInfo{
        "pace", "ALLOT.PACE",
        "Pace against the plan: the actual divided by the target due so far (the full periods "
        "elapsed plus the elapsed share of the current one). 1 is exactly on plan.",
        pace_arguments, "=ALLOT.PACE(315;{100|100|100|100};3.5)",
        "0.9 (315 of the 350 due after 3.5 periods)"},
    FunctionInfo{"status", "ALLOT.STATUS",
                 "Traffic light for an attainment, in the office's language: \"behind\" below "
                 "warn, \"at risk\" below ok, else \"on track\".",
                 status_arguments, "=ALLOT.STATUS(0.85)", "at risk"},
    FunctionInfo{"commission", "ALLOT.COMMISSION",
                 "Tiered commission, marginal like tax brackets: each rate is paid on the sales "
                 "between its attainment threshold and the next (an accelerator is a higher rate "
                 "above 100%), counting sales up to the cap.",
                 commission_arguments,
                 "=ALLOT.COMMISSION(130000;100000;{0;0.8;1;1.2};{0.02;0.05;0.08;0.12})",
                 "5400 (1600 + 1000 + 1600 + 1200)"},
    FunctionInfo{"okr", "ALLOT.OKR",
                 "OKR scoring: a key result scores from 0 at its baseline to 1 at its target "
                 "(linear, clamped; also for key results that should fall). Given ranges, the "
                 "weighted average: the objective's score.",
                 okr_arguments, "=ALLOT.OKR({170|0.06};{100|0.1};{200|0.04})",
                 "0.6833 (key results 0.7 and 0.6667)"},
    FunctionInfo{"matrix", "ALLOT.MATRIX",
                 "Two-way decomposition (e.g. regions × months): fits the seed's pattern to both "
                 "the row totals and the column totals (iterative proportional fitting), then "
                 "rounds every cell down or up to a whole unit so that each row and each column "
                 "adds up to its total exactly. Cells where the seed is 0 stay 0.",
                 matrix_arguments, "=ALLOT.MATRIX({10|10|10};{10;10;10};{1;1;1|1;1;1|1;1;1})",
                 "4, 3, 3 / 3, 4, 3 / 3, 3, 4 (rows; every row and column adds up to 10, where "
                 "rounding each 3.33 would give 9)"},
    FunctionInfo{"why", "ALLOT.WHY",
                 "Explains in plain language why an ALLOT function shows an error: give the "
                 "function's name and the same arguments. Returns OK when there is no error, or a "
                 "note worth knowing.",
                 why_arguments, "=ALLOT.WHY(\"SPLIT\";100;{1|\"x\"|1})",
                 "Item 2 of the weights argument is text (\"x\"), not a number. …"},
};

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::toupper(static_cast<unsigned char>(x)) ==
               std::toupper(static_cast<unsigned char>(y));
    });
}

} // namespace

std::optional<std::size_t> FunctionInfo::position_of(std::string_view name) const {
    for (std::size_t i = 0; i < arguments.size(); ++i)
        if (arguments[i].name == name)
            return i;
    return std::nullopt;
}

std::span<const FunctionInfo> function_table() {
    return functions;
}

const FunctionInfo* find_programmatic(std::string_view name) {
    auto it = std::find_if(functions.begin(), functions.end(),
                           [&](const FunctionInfo& f) { return f.programmatic == name; });
    return it == functions.end() ? nullptr : &*it;
}

const FunctionInfo* find_by_user_name(std::string_view name) {
    constexpr std::string_view prefix = "ALLOT.";
    for (const FunctionInfo& f : functions) {
        if (same_ignoring_case(name, f.display) ||
            same_ignoring_case(name, f.display.substr(prefix.size())))
            return &f;
    }
    return nullptr;
}

std::string text_in(const FunctionInfo& function, std::string_view english,
                    const Language& language) {
    return translate(english, language, function.programmatic);
}

std::string argument_phrase(const FunctionInfo& function, std::size_t position,
                            const Language& language) {
    if (position >= function.arguments.size())
        return "?";
    const std::string_view name = function.arguments[position].name;
    if (!language.english())
        return text_in(function, name, language);
    std::string phrase(name);
    std::replace(phrase.begin(), phrase.end(), '_', ' ');
    return phrase;
}

std::size_t most_arguments() {
    std::size_t most = 0;
    for (const FunctionInfo& f : functions)
        if (f.programmatic != "why")
            most = std::max(most, f.arguments.size());
    return most;
}

} // namespace allot::addin
