#include "calls.hpp"

#include <allot/error.hpp>
#include <allot/split.hpp>

#include <string>

namespace allot::addin {
namespace {

namespace uno = css::uno;

uno::Any argument_at(const uno::Sequence<uno::Any>& arguments, sal_Int32 index) {
    return index < arguments.getLength() ? arguments[index] : uno::Any();
}

} // namespace

double required_number(const uno::Any& argument, std::string_view function, std::string_view name) {
    std::optional<double> value = number_of(argument, name);
    if (!value)
        throw Error(Problem::MissingArgument, {std::string(function), std::string(name)});
    return *value;
}

DoubleGrid grid_of(sal_Int32 rows, sal_Int32 columns, const std::vector<double>& values) {
    DoubleGrid grid(rows);
    auto* row = grid.getArray();
    const double* next = values.data();
    for (sal_Int32 r = 0; r < rows; ++r, next += columns)
        row[r] = css::uno::Sequence<double>(next, columns);
    return grid;
}

DoubleGrid call_split(const uno::Any& total, const Cells& weights, const uno::Any& unit,
                      const uno::Any& minimums, const uno::Any& maximums, const uno::Any& fixed) {
    SplitRequest request;
    request.total = required_number(total, "ALLOT.SPLIT", "total");
    request.weights = zero_if_blank(weights);
    request.unit = number_of(unit, "unit").value_or(1.0);
    const std::size_t items = request.weights.size();
    request.minimums = per_item(minimums, "minimums", items);
    request.maximums = per_item(maximums, "maximums", items);
    request.fixed = per_item(fixed, "fixed", items);
    return grid_of(weights.rows, weights.columns, split(request)); // shaped like the weights
}

void check_call(const FunctionInfo& function, const uno::Sequence<uno::Any>& arguments) {
    const auto given = static_cast<std::size_t>(arguments.getLength());
    if (given > function.arguments.size())
        throw Error(Problem::TooManyArguments,
                    {std::string(function.display.en), std::to_string(function.arguments.size())});
    for (std::size_t i = given; i < function.arguments.size(); ++i) {
        if (!function.arguments[i].optional)
            throw Error(Problem::MissingArgument, {std::string(function.display.en),
                                                   std::string(function.arguments[i].name.en)});
    }
    const auto at = [&](sal_Int32 index) { return argument_at(arguments, index); };
    if (function.programmatic == "split") {
        call_split(at(0), cells_of(at(1), "weights"), at(2), at(3), at(4), at(5));
    } else if (function.programmatic == "pace") {
        call_pace(at(0), cells_of(at(1), "period targets"), at(2));
    } else if (function.programmatic == "status") {
        call_status(at(0), at(1), at(2), Language::English);
    } else if (function.programmatic == "commission") {
        call_commission(at(0), at(1), cells_of(at(2), "thresholds"), cells_of(at(3), "rates"),
                        at(4));
    } else if (function.programmatic == "okr") {
        call_okr(at(0), at(1), at(2), at(3));
    } else if (function.programmatic == "apportion") {
        call_apportion(at(0), cells_of(at(1), "sizes"), at(2), at(3));
    } else if (function.programmatic == "funnel") {
        call_funnel(at(0), at(1), cells_of(at(2), "rates"), at(3), at(4));
    } else if (function.programmatic == "funnelyield") {
        call_funnelyield(at(0), cells_of(at(1), "rates"), at(2));
    } else if (function.programmatic == "tree") {
        call_tree(at(0), labels_of(at(1), "ids"), labels_of(at(2), "parents"),
                  cells_of(at(3), "weights"), at(4));
    } else if (function.programmatic == "kpi") {
        call_kpi(at(0), labels_of(at(1), "ids"), labels_of(at(2), "parents"),
                 labels_of(at(3), "operators"), cells_of(at(4), "baselines"), at(5), at(6));
    } else if (function.programmatic == "levels") {
        call_levels(cells_of(at(0), "targets"), at(1), at(2), at(3));
    } else if (function.programmatic == "profile") {
        call_profile(cells_of(at(0), "history"), at(1));
    } else if (function.programmatic == "weights") {
        call_weights(cells_of(at(0), "factors"), at(1), at(2));
    } else if (function.programmatic == "matrix") {
        call_matrix(cells_of(at(0), "row totals"), cells_of(at(1), "column totals"),
                    cells_of(at(2), "seed"), at(3));
    }
    // "why" itself never fails.
}

} // namespace allot::addin
