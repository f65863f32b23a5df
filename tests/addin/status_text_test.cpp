// ALLOT.STATUS answers in the UI language: the engine's English status texts
// are msgids of the catalogs (addin/po/zh_CN/tracking.po).
#include "translation.hpp"

#include <allot/tracking.hpp>

#include <gtest/gtest.h>

using namespace allot;
using namespace allot::addin;

namespace {

class StatusText : public ::testing::Test {
protected:
    static void SetUpTestSuite() { set_catalog_dir(ALLOT_LOCALE_DIR); }
    const Language english;
    const Language chinese{"zh_CN"};
};

TEST_F(StatusText, EnglishIsTheEngineText) {
    EXPECT_EQ(translate(status_text(Status::Behind), english), "behind");
    EXPECT_EQ(translate(status_text(Status::AtRisk), english), "at risk");
    EXPECT_EQ(translate(status_text(Status::OnTrack), english), "on track");
}

TEST_F(StatusText, ChineseFromTheCatalog) {
    EXPECT_EQ(translate(status_text(Status::Behind), chinese), "落后");
    EXPECT_EQ(translate(status_text(Status::AtRisk), chinese), "有风险");
    EXPECT_EQ(translate(status_text(Status::OnTrack), chinese), "正常");
}

TEST_F(StatusText, ThresholdsDecideTheText) {
    EXPECT_EQ(translate(status_text(status(0.79)), chinese), "落后");
    EXPECT_EQ(translate(status_text(status(0.8)), chinese), "有风险");
    EXPECT_EQ(translate(status_text(status(1.0)), chinese), "正常");
}

} // namespace
