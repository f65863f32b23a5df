// ALLOT.STATUS answers in the UI language: the engine's English status texts
// are msgids of the zh_CN catalog (addin/po/zh_CN/tracking.po).
#include "messages.hpp"

#include <allot/tracking.hpp>

#include <gtest/gtest.h>

using namespace allot;
using namespace allot::addin;

namespace {

class StatusText : public ::testing::Test {
protected:
    static void SetUpTestSuite() { set_catalog_dir(ALLOT_LOCALE_DIR); }
};

TEST_F(StatusText, EnglishIsTheEngineText) {
    EXPECT_EQ(translate(status_text(Status::Behind), Language::English), "behind");
    EXPECT_EQ(translate(status_text(Status::AtRisk), Language::English), "at risk");
    EXPECT_EQ(translate(status_text(Status::OnTrack), Language::English), "on track");
}

TEST_F(StatusText, ChineseFromTheCatalog) {
    EXPECT_EQ(translate(status_text(Status::Behind), Language::Chinese), "落后");
    EXPECT_EQ(translate(status_text(Status::AtRisk), Language::Chinese), "有风险");
    EXPECT_EQ(translate(status_text(Status::OnTrack), Language::Chinese), "正常");
}

TEST_F(StatusText, ThresholdsDecideTheText) {
    EXPECT_EQ(translate(status_text(status(0.79)), Language::Chinese), "落后");
    EXPECT_EQ(translate(status_text(status(0.8)), Language::Chinese), "有风险");
    EXPECT_EQ(translate(status_text(status(1.0)), Language::Chinese), "正常");
}

} // namespace
