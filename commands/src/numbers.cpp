#include <allot/commands/numbers.hpp>

#include <cmath>
#include <cstdio>

namespace allot::commands {

std::string grouped(double value, int decimals) {
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
    std::string text(buffer);
    const auto point = text.find('.');
    std::string whole = text.substr(0, point);
    const std::string fraction = point == std::string::npos ? "" : text.substr(point);
    for (auto at = whole.size(); at > 3; at -= 3)
        whole.insert(at - 3, ",");
    const bool negative = value < 0 && text.find_first_not_of("0.") != std::string::npos;
    return (negative ? "-" : "") + whole + fraction;
}

int decimals_for_unit(double unit) {
    if (!(unit > 0))
        return 2;
    int decimals = 0;
    while (decimals < 9 && std::fabs(unit * std::pow(10.0, decimals) -
                                     std::round(unit * std::pow(10.0, decimals))) > 1e-9)
        ++decimals;
    return decimals;
}

std::string amount(double value, double unit) {
    return grouped(value, decimals_for_unit(unit));
}

std::string signed_amount(double value, double unit) {
    const std::string text = amount(value, unit);
    return value > 0 && text.find_first_not_of("0.,") != std::string::npos ? "+" + text : text;
}

} // namespace allot::commands
