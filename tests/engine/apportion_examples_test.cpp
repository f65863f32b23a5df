// Worked examples of ALLOT.APPORTION against published apportionments and
// textbook cases, and one test per error.
#include "allot/apportion.hpp"

#include "allot/error.hpp"

#include "support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <string>

namespace {

using allot::apportion;
using allot::ApportionMethod;
using allot::ApportionRequest;
using allot::Problem;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

ApportionRequest request(double count, std::vector<double> sizes,
                         ApportionMethod method = ApportionMethod::Hamilton, double minimum = 0) {
    ApportionRequest r;
    r.count = count;
    r.sizes = std::move(sizes);
    r.method = method;
    r.minimum = minimum;
    return r;
}

using allot::testing::Failure;

Failure failure(const ApportionRequest& r) {
    return allot::testing::failure_of([&] { apportion(r); });
}

struct State {
    const char* name;
    double population;
};

std::vector<double> populations(const std::vector<State>& states) {
    std::vector<double> sizes;
    for (const State& s : states)
        sizes.push_back(s.population);
    return sizes;
}

std::map<std::string, std::int64_t> by_name(const std::vector<State>& states,
                                            const std::vector<std::int64_t>& seats) {
    std::map<std::string, std::int64_t> result;
    for (std::size_t i = 0; i < states.size(); ++i)
        result[states[i].name] = seats[i];
    return result;
}

// The first census (1790), apportionment populations of the 15 states
// (total 3,615,920): Balinski & Young, "Fair Representation" (1982), ch. 2
// and appendix B.
const std::vector<State> census_1790{
    {"CT", 236841}, {"DE", 55540},  {"GA", 70835},  {"KY", 68705},  {"MD", 278514},
    {"MA", 475327}, {"NH", 141822}, {"NJ", 179570}, {"NY", 331589}, {"NC", 353523},
    {"PA", 432879}, {"RI", 68446},  {"SC", 206236}, {"VT", 85533},  {"VA", 630560},
};

TEST(ApportionExamples, Census1790TotalIsTheApportionmentPopulation) {
    const auto sizes = populations(census_1790);
    EXPECT_EQ(std::accumulate(sizes.begin(), sizes.end(), 0.0), 3615920.0);
}

// The House of 1792: Jefferson's method with 105 seats, the first
// apportionment the United States used (Balinski & Young, ch. 2).
TEST(ApportionExamples, Jefferson1792House) {
    const auto seats =
        apportion(request(105, populations(census_1790), ApportionMethod::Jefferson));
    EXPECT_THAT(seats, ElementsAre(7, 1, 2, 2, 8, 14, 4, 5, 10, 10, 13, 2, 6, 2, 19));
}

// Hamilton's method with 120 seats: the bill Washington vetoed in 1792, his
// first veto (Balinski & Young, ch. 2).
TEST(ApportionExamples, HamiltonVetoedBillOf1792) {
    const auto seats = apportion(request(120, populations(census_1790)));
    EXPECT_THAT(seats, ElementsAre(8, 2, 2, 2, 9, 16, 5, 6, 11, 12, 14, 2, 7, 3, 21));
}

// 2020 census apportionment populations (U.S. Census Bureau, "2020 Census
// Apportionment Results", table 1; total 331,108,434).
const std::vector<State> census_2020{
    {"Alabama", 5030053},        {"Alaska", 736081},         {"Arizona", 7158923},
    {"Arkansas", 3013756},       {"California", 39576757},   {"Colorado", 5782171},
    {"Connecticut", 3608298},    {"Delaware", 990837},       {"Florida", 21570527},
    {"Georgia", 10725274},       {"Hawaii", 1460137},        {"Idaho", 1841377},
    {"Illinois", 12822739},      {"Indiana", 6790280},       {"Iowa", 3192406},
    {"Kansas", 2940865},         {"Kentucky", 4509342},      {"Louisiana", 4661468},
    {"Maine", 1363582},          {"Maryland", 6185278},      {"Massachusetts", 7033469},
    {"Michigan", 10084442},      {"Minnesota", 5709752},     {"Mississippi", 2963914},
    {"Missouri", 6160281},       {"Montana", 1085407},       {"Nebraska", 1963333},
    {"Nevada", 3108462},         {"New Hampshire", 1379089}, {"New Jersey", 9294493},
    {"New Mexico", 2120220},     {"New York", 20215751},     {"North Carolina", 10453948},
    {"North Dakota", 779702},    {"Ohio", 11808848},         {"Oklahoma", 3963516},
    {"Oregon", 4241500},         {"Pennsylvania", 13011844}, {"Rhode Island", 1098163},
    {"South Carolina", 5124712}, {"South Dakota", 887770},   {"Tennessee", 6916897},
    {"Texas", 29183290},         {"Utah", 3275252},          {"Vermont", 643503},
    {"Virginia", 8654542},       {"Washington", 7715946},    {"West Virginia", 1795045},
    {"Wisconsin", 5897473},      {"Wyoming", 577719},
};

// The official 2020 apportionment of the House: Huntington–Hill ("method of
// equal proportions", 2 U.S.C. §2a) with 435 seats and one seat per state.
TEST(ApportionExamples, HuntingtonHill2020House) {
    const auto sizes = populations(census_2020);
    EXPECT_EQ(std::accumulate(sizes.begin(), sizes.end(), 0.0), 331108434.0);
    const auto seats = apportion(request(435, sizes, ApportionMethod::HuntingtonHill, 1));
    EXPECT_THAT(seats, ElementsAreArray<std::int64_t>({
                           7,  1, 9, 4,  52, 8, 5, 1, 28, 14, 2, 2,  17, 9, 4,  4,  6,
                           6,  2, 8, 9,  13, 8, 4, 8, 2,  3,  4, 2,  12, 3, 26, 14, 1,
                           15, 5, 6, 17, 2,  7, 1, 9, 38, 4,  1, 11, 10, 2, 8,  1,
                       }));
}

// The Census Bureau's priority list: seat 435 went to Minnesota, and a 436th
// would have gone to New York (short by 89 people).
TEST(ApportionExamples, HuntingtonHill2020LastSeats) {
    const auto sizes = populations(census_2020);
    const auto at_434 =
        by_name(census_2020, apportion(request(434, sizes, ApportionMethod::HuntingtonHill, 1)));
    const auto at_435 =
        by_name(census_2020, apportion(request(435, sizes, ApportionMethod::HuntingtonHill, 1)));
    const auto at_436 =
        by_name(census_2020, apportion(request(436, sizes, ApportionMethod::HuntingtonHill, 1)));
    for (const auto& [state, seats] : at_435) {
        EXPECT_EQ(at_434.at(state), seats - (state == "Minnesota" ? 1 : 0)) << state;
        EXPECT_EQ(at_436.at(state), seats + (state == "New York" ? 1 : 0)) << state;
    }
}

// D'Hondt and Sainte-Laguë on the textbook four-party election (votes
// 100,000 / 80,000 / 30,000 / 20,000, eight seats). D'Hondt's quotients
// 100k, 80k, 50k, 40k, 33.3k, 30k, 26.7k, 25k give 4, 3, 1, 0;
// Sainte-Laguë's (divisors 1, 3, 5 …) 100k, 80k, 33.3k, 30k, 26.7k, 20k,
// 20k, 16k give 3, 3, 1, 1 (the tie at 20k between A and D is inside).
TEST(ApportionExamples, DHondtAndSainteLague) {
    const std::vector<double> votes{100000, 80000, 30000, 20000};
    EXPECT_THAT(apportion(request(8, votes, ApportionMethod::Jefferson)), ElementsAre(4, 3, 1, 0));
    EXPECT_THAT(apportion(request(8, votes, ApportionMethod::Webster)), ElementsAre(3, 3, 1, 1));
    // Six seats: the tie at 20k (A's third seat, D's first) decides the
    // last seat, and A is the earlier entity.
    EXPECT_THAT(apportion(request(6, votes, ApportionMethod::Webster)), ElementsAre(3, 2, 1, 0));
    EXPECT_THAT(apportion(request(7, votes, ApportionMethod::Webster)), ElementsAre(3, 2, 1, 1));
}

// The Alabama paradox (Balinski & Young, ch. 5): with Hamilton, one more seat
// can cost a state one. Six states 1500, 1500, 900, 500, 500, 200: quotas at
// 25 seats are 7.35, 7.35, 4.41, 2.45, 2.45, 0.98 (floors 22; the three
// largest remainders .98, .45, .45 take the rest); at 26 seats 7.65, 7.65,
// 4.59, 2.55, 2.55, 1.02 (floors 23; .65, .65, .59 take the rest), so D and E
// each lose a seat.
TEST(ApportionExamples, AlabamaParadoxWithHamilton) {
    const std::vector<double> sizes{1500, 1500, 900, 500, 500, 200};
    EXPECT_THAT(apportion(request(25, sizes)), ElementsAre(7, 7, 4, 3, 3, 1));
    EXPECT_THAT(apportion(request(26, sizes)), ElementsAre(8, 8, 5, 2, 2, 1));
    // Divisor methods are house monotone: no state loses a seat.
    for (auto method : {ApportionMethod::Jefferson, ApportionMethod::Webster,
                        ApportionMethod::HuntingtonHill, ApportionMethod::Adams}) {
        const auto before = apportion(request(25, sizes, method));
        const auto after = apportion(request(26, sizes, method));
        for (std::size_t i = 0; i < sizes.size(); ++i)
            EXPECT_GE(after[i], before[i]) << static_cast<int>(method) << " state " << i;
    }
}

// The same paradox with shares in percent (J. D. Stein, "How Math Explains
// the World", 2008, ch. 11): 56.7%, 38.5%, 4.2%, 0.6% with 323 and 324
// seats; C goes from 14 to 13. Decimal shares are not exact in binary, so
// the remainders are compared exactly.
TEST(ApportionExamples, AlabamaParadoxInPercent) {
    const std::vector<double> shares{56.7, 38.5, 4.2, 0.6};
    EXPECT_THAT(apportion(request(323, shares)), ElementsAre(183, 124, 14, 2));
    EXPECT_THAT(apportion(request(324, shares)), ElementsAre(184, 125, 13, 2));
}

// Adams favours the small, Jefferson the large (Balinski & Young, ch. 4).
TEST(ApportionExamples, AdamsAndJeffersonOnAGiantAndTwoDwarfs) {
    const std::vector<double> sizes{10, 1, 1};
    EXPECT_THAT(apportion(request(3, sizes, ApportionMethod::Adams)), ElementsAre(1, 1, 1));
    EXPECT_THAT(apportion(request(3, sizes, ApportionMethod::Jefferson)), ElementsAre(3, 0, 0));
    EXPECT_THAT(apportion(request(3, sizes, ApportionMethod::HuntingtonHill)),
                ElementsAre(1, 1, 1));
    // Webster: 10/0.5 = 20, 10/1.5 = 6.7, 10/2.5 = 4 beat 1/0.5 = 2.
    EXPECT_THAT(apportion(request(3, sizes, ApportionMethod::Webster)), ElementsAre(3, 0, 0));
    // Hamilton: quotas 2.5, 0.25, 0.25.
    EXPECT_THAT(apportion(request(3, sizes)), ElementsAre(3, 0, 0));
}

// README: Huntington–Hill and Adams give every entity of positive size a
// first unit before any gets a second; with fewer units than such entities
// the largest get them, ties to the earlier.
TEST(ApportionExamples, FirstUnitsGoToTheLargest) {
    for (auto method : {ApportionMethod::HuntingtonHill, ApportionMethod::Adams}) {
        EXPECT_THAT(apportion(request(2, {5, 9, 0, 7}, method)), ElementsAre(0, 1, 0, 1));
        EXPECT_THAT(apportion(request(2, {9, 5, 9, 9}, method)), ElementsAre(1, 0, 1, 0));
        EXPECT_THAT(apportion(request(4, {1, 1000, 0, 1}, method)), ElementsAre(1, 2, 0, 1));
        EXPECT_THAT(apportion(request(0, {1, 2}, method)), ElementsAre(0, 0));
    }
}

TEST(ApportionExamples, ZeroSizesGetOnlyTheMinimum) {
    for (auto method :
         {ApportionMethod::Hamilton, ApportionMethod::Jefferson, ApportionMethod::Webster,
          ApportionMethod::HuntingtonHill, ApportionMethod::Adams}) {
        // Quotas 2.5 and 7.5; Jefferson favours the larger (10/3 < 30/8).
        EXPECT_THAT(apportion(request(10, {0, 10, 30}, method)),
                    method == ApportionMethod::Jefferson ? ElementsAre(0, 2, 8)
                                                         : ElementsAre(0, 3, 7))
            << static_cast<int>(method);
        // 2 each first; 4 more over sizes 10 and 30 (quotas above the minimum).
        EXPECT_THAT(apportion(request(10, {0, 10, 30}, method, 2)), ElementsAre(2, 2, 6))
            << static_cast<int>(method);
        // Exactly the minimums: nobody needs a positive size.
        EXPECT_THAT(apportion(request(6, {0, 0, 0}, method, 2)), ElementsAre(2, 2, 2));
    }
}

// Hamilton with a minimum is the water-filled share rounded: entities below
// the minimum at the common level are lifted to it, the rest share what is
// left in proportion (as ALLOT.SPLIT does).
TEST(ApportionExamples, HamiltonWithMinimum) {
    // Level λ with max(2, 100λ) + max(2, λ) + max(2, λ) = 10: 6, 2, 2.
    EXPECT_THAT(apportion(request(10, {100, 1, 1}, ApportionMethod::Hamilton, 2)),
                ElementsAre(6, 2, 2));
    // 10 and 10 share 8: 4 and 4; the small one sits at its minimum 2.
    EXPECT_THAT(apportion(request(10, {10, 10, 1}, ApportionMethod::Hamilton, 2)),
                ElementsAre(4, 4, 2));
}

// The US House rule: Huntington–Hill with minimum 1 equals Huntington–Hill
// with minimum 0 whenever there are at least as many seats as states.
TEST(ApportionExamples, MinimumOneIsHuntingtonHillsOwnFirstUnit) {
    const auto sizes = populations(census_2020);
    EXPECT_EQ(apportion(request(435, sizes, ApportionMethod::HuntingtonHill, 1)),
              apportion(request(435, sizes, ApportionMethod::HuntingtonHill, 0)));
}

TEST(ApportionExamples, TiesGoToTheEarlierEntity) {
    for (auto method :
         {ApportionMethod::Hamilton, ApportionMethod::Jefferson, ApportionMethod::Webster,
          ApportionMethod::HuntingtonHill, ApportionMethod::Adams}) {
        EXPECT_THAT(apportion(request(10, {1, 1, 1}, method)), ElementsAre(4, 3, 3))
            << static_cast<int>(method);
        EXPECT_THAT(apportion(request(11, {1, 1, 1}, method)), ElementsAre(4, 4, 3))
            << static_cast<int>(method);
    }
}

TEST(ApportionExamples, HugeCountsAndExtremeSizes) {
    const double limit = 9007199254740992.0; // 2^53
    const auto seats = apportion(request(limit, {1, 1, 1}, ApportionMethod::Webster));
    EXPECT_EQ(seats[0] + seats[1] + seats[2], static_cast<std::int64_t>(limit));
    EXPECT_EQ(seats[0], 3002399751580331);
    EXPECT_EQ(seats[2], 3002399751580330);
    for (auto method :
         {ApportionMethod::Hamilton, ApportionMethod::Jefferson, ApportionMethod::Webster,
          ApportionMethod::HuntingtonHill, ApportionMethod::Adams}) {
        // Sizes 1e300 and 1e-300 are exact dyadic rationals; the small one
        // gets a unit only when the method gives every entity one.
        const auto tiny = apportion(request(1000, {1e300, 1e-300, 3e299}, method));
        EXPECT_EQ(tiny[0] + tiny[1] + tiny[2], 1000);
        const bool first_unit_free =
            method == ApportionMethod::HuntingtonHill || method == ApportionMethod::Adams;
        EXPECT_EQ(tiny[1], first_unit_free ? 1 : 0) << static_cast<int>(method);
    }
}

TEST(ApportionExamples, CountWithinToleranceOfAWholeNumber) {
    // 100 * 0.07 is 7.000000000000001 in binary.
    EXPECT_THAT(apportion(request(100 * 0.07, {1, 1})), ElementsAre(4, 3));
}

TEST(ApportionExamples, MethodNames) {
    using allot::apportion_method;
    EXPECT_EQ(apportion_method("hamilton"), ApportionMethod::Hamilton);
    EXPECT_EQ(apportion_method("HAMILTON"), ApportionMethod::Hamilton);
    EXPECT_EQ(apportion_method("jefferson"), ApportionMethod::Jefferson);
    EXPECT_EQ(apportion_method("dhondt"), ApportionMethod::Jefferson);
    EXPECT_EQ(apportion_method("D'Hondt"), ApportionMethod::Jefferson);
    EXPECT_EQ(apportion_method("webster"), ApportionMethod::Webster);
    EXPECT_EQ(apportion_method("sainte-lague"), ApportionMethod::Webster);
    EXPECT_EQ(apportion_method("Sainte-Lagu\xC3\xAB"), ApportionMethod::Webster);
    EXPECT_EQ(apportion_method("huntington-hill"), ApportionMethod::HuntingtonHill);
    EXPECT_EQ(apportion_method("Huntington Hill"), ApportionMethod::HuntingtonHill);
    EXPECT_EQ(apportion_method("adams"), ApportionMethod::Adams);
    try {
        apportion_method("hare");
        ADD_FAILURE() << "no error";
    } catch (const allot::Error& e) {
        EXPECT_EQ(e.problem(), Problem::ApportionUnknownMethod);
        EXPECT_EQ(e.args(), std::vector<std::string>{"hare"});
    }
}

// ------------------------------------------------------------------ errors

TEST(ApportionErrors, NoSizes) {
    EXPECT_EQ(failure(request(3, {})), (Failure{Problem::ApportionEmptySizes, {}}));
}

TEST(ApportionErrors, CountNotAWholeNumberInRange) {
    EXPECT_EQ(failure(request(10.5, {1, 1})),
              (Failure{Problem::ApportionCountNotWhole, {"10.5", "9007199254740992"}}));
    EXPECT_EQ(failure(request(-1, {1, 1})).first, Problem::ApportionCountNotWhole);
    EXPECT_EQ(failure(request(9007199254740994.0, {1, 1})).first, Problem::ApportionCountNotWhole);
    EXPECT_EQ(failure(request(std::numeric_limits<double>::infinity(), {1})).first,
              Problem::ApportionCountNotWhole);
    EXPECT_EQ(failure(request(std::nan(""), {1})).first, Problem::ApportionCountNotWhole);
}

TEST(ApportionErrors, MinimumNotAWholeNumber) {
    EXPECT_EQ(failure(request(10, {1, 1}, ApportionMethod::Hamilton, 1.5)),
              (Failure{Problem::ApportionMinimumNotWhole, {"1.5"}}));
    EXPECT_EQ(failure(request(10, {1, 1}, ApportionMethod::Hamilton, -1)).first,
              Problem::ApportionMinimumNotWhole);
}

TEST(ApportionErrors, NegativeOrUnusableSize) {
    EXPECT_EQ(failure(request(10, {1, -2, 3})),
              (Failure{Problem::ApportionNegativeSize, {"2", "-2"}}));
    EXPECT_EQ(failure(request(10, {1, std::nan("")})), (Failure{Problem::ItemNotFinite, {"2"}}));
}

TEST(ApportionErrors, CountBelowTheMinimums) {
    EXPECT_EQ(failure(request(5, {1, 1, 1}, ApportionMethod::Webster, 2)),
              (Failure{Problem::ApportionCountBelowMinimums, {"5", "3", "2", "6"}}));
    // A huge minimum is reported, not overflowed.
    EXPECT_EQ(failure(request(5, {1, 1}, ApportionMethod::Hamilton, 1e300)).first,
              Problem::ApportionCountBelowMinimums);
}

TEST(ApportionErrors, NobodyToTakeTheUnitsAboveTheMinimums) {
    EXPECT_EQ(failure(request(7, {0, 0, 0}, ApportionMethod::Adams, 2)),
              (Failure{Problem::ApportionNoPositiveSize, {"1"}}));
}

} // namespace
