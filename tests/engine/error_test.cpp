// Every problem has a plain-English template whose placeholders match its
// documented arguments; Error fills them in; numbers read as people write them.
#include "allot/error.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <regex>
#include <set>

namespace {

using allot::Problem;

TEST(Messages, EveryProblemIsListedOnce) {
    const auto& problems = allot::all_problems();
    std::set<Problem> seen(problems.begin(), problems.end());
    EXPECT_EQ(seen.size(), problems.size());
    std::set<std::string_view> texts;
    for (Problem problem : problems)
        EXPECT_TRUE(texts.insert(allot::message_template(problem)).second)
            << "two problems with one text: " << allot::message_template(problem);
}

TEST(Messages, PlaceholdersAreNumberedFromOne) {
    const std::regex value(R"(\{([0-9]+)\})");
    const std::regex named(R"(\{(argument|reference)\})");
    for (Problem problem : allot::all_problems()) {
        const std::string text(allot::message_template(problem));
        SCOPED_TRACE(text);
        ASSERT_FALSE(text.empty());
        std::set<std::size_t> used;
        for (std::sregex_iterator it(text.begin(), text.end(), value), end; it != end; ++it)
            used.insert(std::stoul((*it)[1].str()));
        std::set<std::size_t> wanted;
        for (std::size_t k = 1; k <= allot::argument_count(problem); ++k)
            wanted.insert(k);
        EXPECT_EQ(used, wanted);
        // No other brace: a translator could not tell it from a placeholder.
        const std::string rest = std::regex_replace(std::regex_replace(text, value, ""), named, "");
        EXPECT_EQ(rest.find_first_of("{}"), std::string::npos);
        // A sentence a person can read: starts with a capital, ends with a full stop.
        EXPECT_TRUE(std::isupper(static_cast<unsigned char>(text.front())) || text.front() == '{');
        EXPECT_EQ(text.back(), '.');
    }
}

TEST(Messages, ErrorFillsInTheValues) {
    const allot::Error error(Problem::NegativeWeight, {"3", "-1"});
    EXPECT_EQ(error.problem(), Problem::NegativeWeight);
    EXPECT_EQ(error.args().size(), 2u);
    EXPECT_FALSE(error.argument());
    EXPECT_STREQ(error.what(), "Weight 3 is negative (-1). Weights must be 0 or more; use 0 for a "
                               "part that should get no share.");
}

// The argument at fault travels as its position; the add-in names it.
TEST(Messages, ErrorCarriesTheArgumentsPosition) {
    enum class Position { first, second, third };
    const allot::Error error(Problem::CountMismatch, {"2", "3"}, Position::third,
                             std::optional(Position::second));
    EXPECT_EQ(error.argument(), 2u);
    EXPECT_EQ(error.reference(), 1u);
    EXPECT_STREQ(error.what(), "The argument 3 argument has 2 cells, but the argument 2 argument "
                               "has 3. Give one for each, in the same order.");
}

TEST(Messages, FillInNamedValues) {
    EXPECT_EQ(allot::fill_in("{argument}: {1} of {2}", {"a", "b"}, {{"argument", "weights"}}),
              "weights: a of b");
    EXPECT_EQ(allot::fill_in("{x} {3} {}", {"a"}), "{x} {3} {}");
}

TEST(Messages, MissingArgumentsLeaveThePlaceholder) {
    const allot::Error error(Problem::MinimumsAboveRemaining, {"12"});
    const std::string text = error.what();
    EXPECT_NE(text.find("12"), std::string::npos);
    EXPECT_NE(text.find("{2}"), std::string::npos);
}

TEST(FormatNumber, PlainForOrdinaryMagnitudes) {
    EXPECT_EQ(allot::format_number(1000), "1000");
    EXPECT_EQ(allot::format_number(0.01), "0.01");
    EXPECT_EQ(allot::format_number(-34), "-34");
    EXPECT_EQ(allot::format_number(0), "0");
    EXPECT_EQ(allot::format_number(-0.0), "0");
    EXPECT_EQ(allot::format_number(123456789.12), "123456789.12");
    EXPECT_EQ(allot::format_number(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(allot::format_number(1e15), "1000000000000000");
    EXPECT_EQ(allot::format_number(1e-6), "0.000001");
    EXPECT_EQ(allot::format_number(9007199254740992.0), "9007199254740992");
}

TEST(FormatNumber, ScientificOutsideThem) {
    EXPECT_EQ(allot::format_number(1e20), "1e+20");
    EXPECT_EQ(allot::format_number(1e-7), "1e-07");
    EXPECT_EQ(allot::format_number(-2.5e-300), "-2.5e-300");
}

TEST(FormatNumber, RoundTrips) {
    for (double v : {1.0 / 3, 2.0 / 3 * 1e10, 1e-5 / 7, 123.456, 1e300 / 7})
        EXPECT_EQ(std::stod(allot::format_number(v)), v);
}

} // namespace
