// ALLOT.FUNNEL and ALLOT.FUNNELYIELD: Calc's values into the engine's
// requests; the counts come back in the orientation of the rates.
#include "calls.hpp"

#include <allot/error.hpp>
#include <allot/funnel.hpp>

#include <string>

namespace allot::addin {
namespace {

namespace uno = css::uno;

// Rates are one line of cells, top of the funnel first; a blank rate is 0,
// which the engine reports as outside (0, 1].
std::vector<double> rates_of(const Cells& rates) {
    if (rates.rows > 1 && rates.columns > 1)
        throw Error(Problem::FunnelRatesNotALine,
                    {std::to_string(rates.rows), std::to_string(rates.columns)});
    return zero_if_blank(rates);
}

// A row of rates gives a row of counts; a column (or a single cell) a column.
DoubleGrid along(const Cells& rates, const std::vector<double>& values) {
    const bool row = rates.rows == 1 && rates.columns > 1;
    const auto count = static_cast<sal_Int32>(values.size());
    DoubleGrid grid(row ? 1 : count);
    auto* rows = grid.getArray();
    if (row) {
        rows[0] = uno::Sequence<double>(values.data(), count);
    } else {
        for (sal_Int32 i = 0; i < count; ++i)
            rows[i] = uno::Sequence<double>(&values[static_cast<std::size_t>(i)], 1);
    }
    return grid;
}

} // namespace

DoubleGrid call_funnel(const uno::Any& target, const uno::Any& deal_size, const Cells& rates,
                       const uno::Any& periods, const uno::Any& people) {
    FunnelRequest request;
    request.target = required_number(target, "ALLOT.FUNNEL", "target");
    request.deal_size = required_number(deal_size, "ALLOT.FUNNEL", "deal_size");
    request.rates = rates_of(rates);
    request.periods = number_of(periods, "periods");
    request.people = number_of(people, "people");
    return along(rates, funnel(request));
}

DoubleGrid call_funnelyield(const uno::Any& activity, const Cells& rates,
                            const uno::Any& deal_size) {
    FunnelYieldRequest request;
    request.activity = required_number(activity, "ALLOT.FUNNELYIELD", "activity");
    request.rates = rates_of(rates);
    request.deal_size = number_of(deal_size, "deal_size");
    return along(rates, funnel_yield(request));
}

} // namespace allot::addin
