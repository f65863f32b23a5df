// The main job (scripts/plan.sh → allot-plan), end to end, in English and in
// Chinese: the program runs as a user would run it, prints a line per step
// and a table whose regions add up, and leaves plan.ods, plan.xlsx and
// dashboard.pdf. Then the outputs are reopened:
// - plan.ods in an office with the extension: the new annual target, live
//   ALLOT formulas, the region and people × month targets adding up to it,
//   every check TRUE;
// - plan.xlsx in an office WITHOUT the extension (an Excel colleague's view):
//   no ALLOT formula and no error cell anywhere, the same numbers, every
//   check TRUE (the checks are plain formulas over the frozen values);
// - dashboard.pdf: a PDF of one page per sheet.
// Also the profile scripts/explore.sh opens LibreOffice's window on.
#include "shared_office.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

#include <gtest/gtest.h>

namespace allot::integration {
namespace {

using office::CellKind;
using office::Document;

struct Outcome {
    int status = -1;
    std::string output; // stdout and stderr
};

// Runs `program` with the .oxt and `arguments` (already quoted for the shell).
Outcome run_program(const char* program, const std::string& arguments) {
    const std::string command =
        std::string("'") + program + "' --oxt '" + oxt_file().string() + "' " + arguments + " 2>&1";
    Outcome run;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return run;
    std::array<char, 4096> buffer{};
    while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        run.output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

Outcome run_allot_plan(const std::string& arguments) {
    return run_program(ALLOT_PLAN_PROGRAM, arguments);
}

double sum_of(const Document& document, const std::string& name) {
    const auto area = document.named_range(name);
    double sum = 0.0;
    for (const auto& row : document.values(area.sheet, area.range()))
        for (const double value : row)
            sum += value;
    return sum;
}

double value_of(const Document& document, const std::string& name) {
    const auto area = document.named_range(name);
    return document.cell(area.sheet, area.column, area.row).value;
}

bool check_holds(const Document& document, const std::string& name) {
    const auto area = document.named_range(name);
    const auto cell = document.cell(area.sheet, area.column, area.row);
    return cell.error == 0 && cell.value == 1.0;
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

class MainJob : public ::testing::TestWithParam<const char*> {};

TEST_P(MainJob, WritesThePlanTheExcelCopyAndTheDashboard) {
    const std::string language = GetParam();
    const auto out = scratch_dir() / ("main-job-" + language);
    std::filesystem::remove_all(out);
    // 5000万 → 5500万, given as a Chinese user would type it.
    const Outcome run =
        run_allot_plan("--language " + language + " --total 5500万 --out '" + out.string() + "'");
    std::cout << run.output;
    ASSERT_EQ(run.status, 0) << run.output;

    // A line per step, and the summary: four regions and the sum check.
    for (int step = 1; step <= 8; ++step) {
        std::string line = "["; // not "[" + …: GCC 12 warns falsely (-Wrestrict)
        line += std::to_string(step);
        line += "/8] ";
        EXPECT_NE(run.output.find(line), std::string::npos) << "step " << step;
    }
    EXPECT_NE(run.output.find("50,000,000"), std::string::npos);
    EXPECT_NE(run.output.find("55,000,000 = 55,000,000"), std::string::npos) << "the sum check";
    EXPECT_NE(run.output.find(language == "zh" ? "恰好" : "exactly"), std::string::npos);
    EXPECT_NE(run.output.find("+5,000,000"), std::string::npos);

    const auto ods = out / "plan.ods";
    const auto xlsx = out / "plan.xlsx";
    const auto pdf = out / "dashboard.pdf";
    for (const auto& file : {ods, xlsx, pdf}) {
        ASSERT_TRUE(std::filesystem::is_regular_file(file)) << file;
        EXPECT_GT(std::filesystem::file_size(file), 5000u) << file;
    }

    // plan.ods: live formulas, the new target, everything adding up.
    {
        auto plan = english_office().load(ods);
        plan.recalculate();
        EXPECT_EQ(value_of(plan, "AnnualTarget"), 55'000'000);
        EXPECT_EQ(sum_of(plan, "RegionTargets"), 55'000'000);
        EXPECT_EQ(sum_of(plan, "PersonTargets"), 55'000'000);
        EXPECT_EQ(sum_of(plan, "PersonMonthTargets"), 55'000'000);
        EXPECT_TRUE(check_holds(plan, "AllChecks"));
        const auto targets = plan.named_range("RegionTargets");
        const auto first = plan.cell(targets.sheet, targets.column, targets.row);
        EXPECT_EQ(first.kind, CellKind::Formula);
        EXPECT_NE(first.formula.find("ALLOT"), std::string::npos) << first.formula;
    }

    // plan.xlsx where Allot is not installed.
    {
        office::Office plain;
        auto copy = plain.load(xlsx);
        copy.recalculate();
        EXPECT_EQ(value_of(copy, "AnnualTarget"), 55'000'000);
        EXPECT_EQ(sum_of(copy, "RegionTargets"), 55'000'000);
        EXPECT_EQ(sum_of(copy, "PersonMonthTargets"), 55'000'000);
        EXPECT_TRUE(check_holds(copy, "AllChecks"));
    }
    // Inside: no ALLOT formula and no error value in any sheet, while the
    // other formulas (sums, checks) stay formulas.
    {
        const auto unpacked = out / "unpacked";
        std::filesystem::create_directories(unpacked);
        const std::string command = "cd '" + unpacked.string() + "' && '" + CMAKE_COMMAND +
                                    "' -E tar xf '" + std::filesystem::absolute(xlsx).string() +
                                    "'";
        ASSERT_EQ(std::system(command.c_str()), 0) << command;
        int sheets = 0;
        int formulas = 0;
        for (const auto& entry :
             std::filesystem::directory_iterator(unpacked / "xl" / "worksheets")) {
            if (entry.path().extension() != ".xml")
                continue;
            ++sheets;
            const std::string xml = read_file(entry.path());
            EXPECT_EQ(xml.find("ALLOT"), std::string::npos) << entry.path();
            EXPECT_EQ(xml.find("t=\"e\""), std::string::npos)
                << entry.path() << " has a cell with an error value";
            for (const char* tag : {"<f>", "<f "}) // a cell's formula
                for (auto at = xml.find(tag); at != std::string::npos; at = xml.find(tag, at + 3))
                    ++formulas;
        }
        EXPECT_GE(sheets, 5);
        EXPECT_GT(formulas, 50) << "the other formulas (sums, checks) stay formulas";
    }

    // dashboard.pdf: a PDF, one page per sheet of the dashboard.
    const std::string document = read_file(pdf);
    EXPECT_EQ(document.rfind("%PDF-", 0), 0u);
    const std::regex page("/Type\\s*/Page[^s]");
    const auto pages = std::distance(std::sregex_iterator(document.begin(), document.end(), page),
                                     std::sregex_iterator());
    EXPECT_GE(pages, 5) << "Dashboard, People, Ranking, Plan, Actuals (and About)";
}

INSTANTIATE_TEST_SUITE_P(Languages, MainJob, ::testing::Values("en", "zh"),
                         [](const ::testing::TestParamInfo<const char*>& test) {
                             return std::string(test.param);
                         });

// The arguments a user adds to scripts/plan.sh reach allot-plan alone:
// nothing is passed twice.
TEST(MainJobScript, PassesTheUsersArgumentsOnly) {
    std::string script; // its commands, without the comments
    std::istringstream lines(
        read_file(std::filesystem::path(ALLOT_SOURCE_DIR) / "scripts" / "plan.sh"));
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("#", 0) != 0)
            script += line + "\n";
    EXPECT_NE(script.find("allot-plan\" \"$@\""), std::string::npos) << script;
    for (const char* option : {"--out", "--workbook", "--oxt", "--total"})
        EXPECT_EQ(script.find(std::string(option) + " "), std::string::npos)
            << "plan.sh passes " << option << " itself";
}

// A refusal comes back as an error, the office stopped, nothing half-written.
TEST(MainJobErrors, AWorkbookWithoutAPlanIsAnError) {
    const auto out = scratch_dir() / "main-job-no-plan";
    const Outcome run =
        run_allot_plan("--language en --workbook '" +
                       (std::filesystem::path(ALLOT_FUNCTIONS_DIR) / "split.fods").string() +
                       "' --out '" + out.string() + "'");
    EXPECT_EQ(run.status, 1) << run.output;
    EXPECT_NE(run.output.find("AnnualTarget"), std::string::npos) << run.output;
    EXPECT_FALSE(std::filesystem::exists(out / "plan.ods"));
}

// scripts/explore.sh's profile: made by allot-install, it has the extension
// enabled when an office next starts on it (unlike `unopkg add` into a
// profile no office has started: disabled, every ALLOT cell #NAME?).
TEST(Explore, AProfileFromAllotInstallHasTheExtensionEnabled) {
    const auto profile = scratch_dir() / "explore-profile";
    const Outcome run =
        run_program(ALLOT_INSTALL_PROGRAM, "--language zh --profile '" + profile.string() + "'");
    ASSERT_EQ(run.status, 0) << run.output;
    office::Options options;
    options.profile = profile;
    office::Office office(options);
    const auto extensions = office.user_extensions();
    EXPECT_NE(std::find(extensions.begin(), extensions.end(), "org.allot.extension"),
              extensions.end());
    auto document = office.create_spreadsheet();
    const auto sheet = document.sheet_names().front();
    document.set_formula(sheet, "A1", "=ALLOT.SPLIT(100;{1|1|1})");
    document.set_formula(sheet, "A2", "=ALLOT.STATUS(0.5)");
    document.recalculate();
    EXPECT_EQ(document.cell(sheet, "A1").value, 34);
    EXPECT_EQ(document.cell(sheet, "A2").text, "落后") << "the profile's UI language is Chinese";
}

} // namespace
} // namespace allot::integration
