#include "command.hpp"

#include <allot/commands/numbers.hpp>

#include <charconv>
#include <cmath>

namespace allot::addin {

namespace uno = css::uno;
using commands::Reason;
using commands::Refusal;

bool Invocation::has(const std::string& name) const {
    const auto found = arguments.find(name);
    return found != arguments.end() && found->second.hasValue();
}

std::optional<std::string> Invocation::text(const std::string& name) const {
    const auto found = arguments.find(name);
    if (found == arguments.end() || !found->second.hasValue())
        return std::nullopt;
    rtl::OUString text;
    if (found->second >>= text)
        return utf8(text);
    double number = 0.0;
    if (found->second >>= number) {
        char buffer[32];
        const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
        return std::string(buffer, error == std::errc() ? end : buffer);
    }
    throw Refusal(Reason::BadArgument, {name, "?"});
}

std::optional<double> Invocation::number(const std::string& name) const {
    const auto found = arguments.find(name);
    if (found == arguments.end() || !found->second.hasValue())
        return std::nullopt;
    double number = 0.0;
    if (found->second >>= number) { // also takes the integer types Basic passes
        if (!std::isfinite(number))
            throw Refusal(Reason::BadArgument, {name, commands::grouped(number, 0)});
        return number;
    }
    const std::string given = text(name).value_or("");
    double parsed = 0.0;
    const auto [end, error] = std::from_chars(given.data(), given.data() + given.size(), parsed);
    if (error != std::errc() || end != given.data() + given.size() || !std::isfinite(parsed))
        throw Refusal(Reason::BadArgument, {name, given});
    return parsed;
}

std::optional<bool> Invocation::flag(const std::string& name) const {
    const auto found = arguments.find(name);
    if (found == arguments.end() || !found->second.hasValue())
        return std::nullopt;
    bool value = false;
    if (found->second >>= value)
        return value;
    if (const auto number = this->number(name))
        return *number != 0;
    return std::nullopt;
}

void Outcome::add(const char* name, const uno::Any& value) {
    values.emplace_back(rtl::OUString::createFromAscii(name), value);
}

} // namespace allot::addin
