// ALLOT.FUNNEL and ALLOT.FUNNELYIELD: Calc's values into the engine's
// requests; the counts come back in the orientation of the rates.
#include "calls.hpp"

#include <allot/funnel.hpp>

namespace allot::addin {
namespace {

namespace uno = css::uno;

// Rates are one line of cells, top of the funnel first; a blank rate is 0,
// which the engine reports as outside (0, 1].
Cells rates_of(const Arguments& arguments) {
    Cells rates = arguments.cells("rates");
    arguments.require_line("rates", rates);
    return rates;
}

// A row of rates gives a row of counts; a column (or a single cell) a column.
DoubleGrid along(const Cells& rates, const std::vector<double>& values) {
    const bool row = rates.rows == 1 && rates.columns > 1;
    const auto count = static_cast<sal_Int32>(values.size());
    return row ? grid_of(1, count, values) : grid_of(count, 1, values);
}

} // namespace

Result call_funnel(Arguments& arguments) {
    FunnelRequest request;
    request.target = arguments.number("target");
    request.deal_size = arguments.number("deal_size");
    const Cells rates = rates_of(arguments);
    request.rates = zero_if_blank(rates);
    request.periods = arguments.optional_number("periods");
    request.people = arguments.optional_number("people");
    return along(rates, funnel(request));
}

Result call_funnelyield(Arguments& arguments) {
    FunnelYieldRequest request;
    request.activity = arguments.number("activity");
    const Cells rates = rates_of(arguments);
    request.rates = zero_if_blank(rates);
    request.deal_size = arguments.optional_number("deal_size");
    return along(rates, funnel_yield(request));
}

} // namespace allot::addin
