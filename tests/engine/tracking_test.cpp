// ALLOT.PACE and ALLOT.STATUS: worked examples, the edge cases a finance
// team hits (fractional and boundary elapsed periods, nothing due yet,
// thresholds on the boundary or out of order) and every error.
#include "allot/error.hpp"
#include "allot/tracking.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace {

using allot::pace;
using allot::Problem;
using allot::Status;
using allot::status;

template <class Call> std::pair<Problem, std::vector<std::string>> failure(Call call) {
    try {
        call();
    } catch (const allot::Error& e) {
        return {e.problem(), e.args()};
    }
    ADD_FAILURE() << "no error";
    return {Problem::NotFinite, {}};
}

using Failure = std::pair<Problem, std::vector<std::string>>;
const double inf = std::numeric_limits<double>::infinity();

TEST(TrackingPace, WholePeriods) {
    // 12 months of 100: after 3 months 300 is due; 330 is 10% ahead.
    const std::vector<double> months(12, 100.0);
    EXPECT_DOUBLE_EQ(pace(330, months, 3), 1.1);
    EXPECT_DOUBLE_EQ(pace(1200, months, 12), 1.0);
}

TEST(TrackingPace, FractionalElapsedTakesThatShareOfTheNextPeriod) {
    // Seasonal plan: 100, 200, 300, 400. After 2.5 periods: 100 + 200 + 0.5 × 300 = 450.
    EXPECT_DOUBLE_EQ(pace(450, {100, 200, 300, 400}, 2.5), 1.0);
    EXPECT_DOUBLE_EQ(pace(360, {100, 200, 300, 400}, 2.5), 0.8);
    // README: 7.5 periods of 12 × 10: 75 due.
    EXPECT_DOUBLE_EQ(pace(60, std::vector<double>(12, 10.0), 7.5), 0.8);
    // Within the first period.
    EXPECT_DOUBLE_EQ(pace(25, {100, 100}, 0.25), 1.0);
}

TEST(TrackingPace, ElapsedWithinToleranceOfAWholeNumber) {
    // 0.1 × 3 periods computed in a formula is 0.30000000000000004 × 10 …
    EXPECT_DOUBLE_EQ(pace(300, {100, 100, 100}, 2.9999999999999996), 1.0);
    // … and just past the last period still means the whole plan.
    EXPECT_DOUBLE_EQ(pace(300, {100, 100, 100}, 3.0000000000000004), 1.0);
}

TEST(TrackingPace, ActualsMayBeZeroOrNegative) {
    EXPECT_DOUBLE_EQ(pace(0, {100, 100}, 1), 0.0);
    EXPECT_DOUBLE_EQ(pace(-50, {100, 100}, 1), -0.5);
}

TEST(TrackingPace, ZeroTargetPeriodsCountForNothing) {
    // A shutdown month (0) in the middle: due after 2.5 periods is 100 + 0 + 50.
    EXPECT_DOUBLE_EQ(pace(150, {100, 0, 100}, 2.5), 1.0);
}

TEST(TrackingPace, Errors) {
    EXPECT_EQ(failure([] { pace(10, {100, 100}, 0); }), (Failure{Problem::PaceNothingDue, {"0"}}));
    EXPECT_EQ(failure([] { pace(10, {0, 0, 100}, 2); }), (Failure{Problem::PaceNothingDue, {"2"}}));
    EXPECT_EQ(failure([] {
                  pace(10, {100, 100}, 2.5);
              }),
              (Failure{Problem::PaceElapsedOutOfRange, {"2.5", "2"}}));
    EXPECT_EQ(failure([] {
                  pace(10, {100, 100}, -1);
              }),
              (Failure{Problem::PaceElapsedOutOfRange, {"-1", "2"}}));
    EXPECT_EQ(failure([] {
                  pace(10, {100, -5}, 1);
              }),
              (Failure{Problem::PaceNegativeTarget, {"2", "-5"}}));
    EXPECT_EQ(failure([] { pace(10, {}, 1); }),
              (Failure{Problem::PaceElapsedOutOfRange, {"1", "0"}}));
    EXPECT_EQ(failure([] { pace(inf, {100}, 1); }).first, Problem::NotFinite);
    EXPECT_EQ(failure([] { pace(1, {100, inf}, 1); }), (Failure{Problem::ItemNotFinite, {"2"}}));
}

TEST(TrackingStatus, DefaultLevels) {
    EXPECT_EQ(status(0.5), Status::Behind);
    EXPECT_EQ(status(0.79), Status::Behind);
    EXPECT_EQ(status(0.8), Status::AtRisk); // reaching the warning level is no longer behind
    EXPECT_EQ(status(0.99), Status::AtRisk);
    EXPECT_EQ(status(1.0), Status::OnTrack);
    EXPECT_EQ(status(1.7), Status::OnTrack);
    EXPECT_EQ(status(-1), Status::Behind);
}

TEST(TrackingStatus, BoundariesForgiveRoundingInFormulas) {
    // 0.56 / 0.7 is 0.8000000000000002 and 0.7 / 0.875 is 0.7999999999999999.
    EXPECT_EQ(status(0.7 / 0.875), Status::AtRisk);
    EXPECT_EQ(status(0.1 * 3 / 0.3 - 1e-16), Status::OnTrack);
    EXPECT_EQ(status(0.8 - 1e-6), Status::Behind);
}

TEST(TrackingStatus, OwnLevels) {
    EXPECT_EQ(status(0.85, 0.9, 1.1), Status::Behind);
    EXPECT_EQ(status(1.0, 0.9, 1.1), Status::AtRisk);
    EXPECT_EQ(status(1.1, 0.9, 1.1), Status::OnTrack);
    // Only one level given: the other keeps its default.
    EXPECT_EQ(status(0.75, 0.7), Status::AtRisk);
    EXPECT_EQ(status(0.95, std::nullopt, 0.95), Status::OnTrack);
    // Equal levels: no "at risk" band.
    EXPECT_EQ(status(0.99, 1.0, 1.0), Status::Behind);
    EXPECT_EQ(status(1.0, 1.0, 1.0), Status::OnTrack);
    // Percent numbers work when attainment is a percent number too.
    EXPECT_EQ(status(85, 80, 100), Status::AtRisk);
}

TEST(TrackingStatus, Errors) {
    EXPECT_EQ(failure([] { status(0.9, 1.0, 0.8); }),
              (Failure{Problem::StatusThresholdsOutOfOrder, {"1", "0.8"}}));
    // A warning level above the default on-track level of 1.
    EXPECT_EQ(failure([] { status(0.9, 1.2); }),
              (Failure{Problem::StatusThresholdsOutOfOrder, {"1.2", "1"}}));
    EXPECT_EQ(failure([] { status(inf); }), (Failure{Problem::NotFinite, {}}));
}

TEST(TrackingStatus, EnglishTexts) {
    EXPECT_EQ(allot::status_text(Status::Behind), "behind");
    EXPECT_EQ(allot::status_text(Status::AtRisk), "at risk");
    EXPECT_EQ(allot::status_text(Status::OnTrack), "on track");
}

} // namespace
