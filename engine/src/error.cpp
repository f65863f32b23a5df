// The Error type and the one message formatter; the problems and their
// English texts are listed in allot/error.hpp.
#include "allot/error.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace allot {

namespace {

#define ALLOT_PROBLEM_TEXT(id, text) text,
constexpr std::array problem_texts{ALLOT_PROBLEMS(ALLOT_PROBLEM_TEXT)};
#undef ALLOT_PROBLEM_TEXT

// The largest n of the placeholders {1} … {n} in a text.
constexpr std::size_t values_in(std::string_view text) {
    std::size_t most = 0;
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        std::size_t n = 0;
        std::size_t j = i + 1;
        while (j < text.size() && text[j] >= '0' && text[j] <= '9')
            n = 10 * n + static_cast<std::size_t>(text[j++] - '0');
        if (text[i] == '{' && j > i + 1 && j < text.size() && text[j] == '}')
            most = n > most ? n : most;
    }
    return most;
}

std::string position_name(std::optional<std::size_t> position) {
    return position ? "argument " + std::to_string(*position + 1) : std::string("?");
}

} // namespace

std::string fill_in(std::string_view pattern, const std::vector<std::string>& values,
                    std::initializer_list<NamedValue> names) {
    std::string out;
    out.reserve(pattern.size() + 32);
    std::size_t i = 0;
    while (i < pattern.size()) {
        const std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
        if (close != std::string_view::npos && close > i + 1) {
            const std::string_view key = pattern.substr(i + 1, close - i - 1);
            std::size_t index = 0;
            auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), index);
            const std::string* value = nullptr;
            if (ec == std::errc() && end == key.data() + key.size() && index >= 1 &&
                index <= values.size())
                value = &values[index - 1];
            for (const NamedValue& named : names)
                if (named.name == key)
                    value = &named.value;
            if (value) {
                out += *value;
                i = close + 1;
                continue;
            }
        }
        out += pattern[i];
        ++i;
    }
    return out;
}

Error::Error(Problem problem, std::vector<std::string> values)
    : Error(problem, std::move(values), std::nullopt, std::nullopt) {}

Error::Error(Problem problem, std::vector<std::string> values, std::optional<std::size_t> argument,
             std::optional<std::size_t> reference)
    : problem_(problem), args_(std::move(values)), argument_(argument), reference_(reference),
      english_(fill_in(message_template(problem), args_,
                       {{"argument", position_name(argument)},
                        {"reference", position_name(reference)}})) {}

std::string_view message_template(Problem problem) {
    return problem_texts.at(static_cast<std::size_t>(problem));
}

std::size_t argument_count(Problem problem) {
    return values_in(message_template(problem));
}

const std::vector<Problem>& all_problems() {
    static const std::vector<Problem> problems = [] {
        std::vector<Problem> all;
        for (std::size_t i = 0; i < problem_texts.size(); ++i)
            all.push_back(static_cast<Problem>(i));
        return all;
    }();
    return problems;
}

std::string format_number(double value) {
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "infinity" : "-infinity";
    if (value == 0)
        return "0"; // also for -0
    std::array<char, 64> buffer{};
    const double magnitude = std::fabs(value);
    // Shortest text that reads back as the same double; plain digits for the
    // magnitudes people type, scientific notation only outside them.
    const bool plain = magnitude >= 1e-6 && magnitude <= 1e15;
    auto result = plain ? std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                        std::chars_format::fixed)
                        : std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

} // namespace allot
