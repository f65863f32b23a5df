// The office harness itself (allot::office), on native Calc formulas only: it
// needs no extension. One office is shared by the tests that only use it;
// the tests about starting and stopping start their own.
#include <allot/office/office.hpp>

#include <cmath>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace allot::office {
namespace {

bool process_exists(int pid) {
    return pid > 0 && ::kill(pid, 0) == 0;
}

class SharedOffice : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        office_ = std::make_unique<Office>();
        office_->start();
        std::cout << "[ office   ] fresh profile, first start (with the exit-81 respawn): "
                  << office_->last_start_duration().count() << " ms\n";
        scratch_ = office_->profile().parent_path() / "scratch";
        std::filesystem::create_directories(scratch_);
    }
    static void TearDownTestSuite() { office_.reset(); }

    static std::unique_ptr<Office> office_;
    static std::filesystem::path scratch_; // inside the office's temporary directory
};

std::unique_ptr<Office> SharedOffice::office_;
std::filesystem::path SharedOffice::scratch_;

TEST_F(SharedOffice, ReadsValuesTextsFormulasAndErrors) {
    auto document = office_->create_spreadsheet();
    const auto sheet = document.sheet_names().front();
    document.set_value(sheet, "A1", 21);
    document.set_text(sheet, "A2", "北京 Beijing");
    document.set_formula(sheet, "B1", "=2*A1");
    document.set_formula(sheet, "B2", "=1/0");
    document.set_formula(sheet, "B3", "=SQRT(-1)");
    document.set_formula(sheet, "B4", "=ERRORTYPE(B3)");
    document.set_formula(sheet, "B5", "=ISERROR(B3)");
    document.recalculate();

    const Cell value = document.cell(sheet, "A1");
    EXPECT_EQ(value.kind, CellKind::Value);
    EXPECT_EQ(value.value, 21);
    const Cell text = document.cell(sheet, "A2");
    EXPECT_EQ(text.kind, CellKind::Text);
    EXPECT_EQ(text.text, "北京 Beijing");
    const Cell doubled = document.cell(sheet, "B1");
    EXPECT_EQ(doubled.kind, CellKind::Formula);
    EXPECT_EQ(doubled.formula, "=2*A1");
    EXPECT_EQ(doubled.value, 42);
    EXPECT_EQ(doubled.error, 0);
    EXPECT_EQ(document.cell(sheet, "B2").error, 532) << "#DIV/0!";
    EXPECT_EQ(document.cell(sheet, "B3").error, 502) << "Err:502, invalid argument";
    EXPECT_EQ(document.cell(sheet, "B3").text, "Err:502");
    EXPECT_EQ(document.cell(sheet, "B4").value, 502) << "ERRORTYPE tells Err:502 apart";
    EXPECT_EQ(document.cell(sheet, "B5").value, 1) << "TRUE is 1";
    EXPECT_EQ(document.cell(sheet, 1, 0).value, 42) << "by position: column 1, row 0 is B1";
    EXPECT_EQ(document.cell(sheet, "C1").kind, CellKind::Empty);
    EXPECT_EQ(document.used_extent(sheet).columns, 2);
    EXPECT_EQ(document.used_extent(sheet).rows, 5);
}

TEST_F(SharedOffice, WritesAndReadsRangesAndArrayFormulas) {
    auto document = office_->create_spreadsheet();
    const auto sheet = document.sheet_names().front();
    document.set_values(sheet, "A1:B2", {{1, 2}, {3, 4}});
    document.set_formulas(sheet, "C1:C2", {{"=A1+B1"}, {"=A2+B2"}});
    document.set_array_formula(sheet, "D1:E2", "=A1:B2*10");
    document.recalculate();
    EXPECT_EQ(document.values(sheet, "C1:C2"), (std::vector<std::vector<double>>{{3}, {7}}));
    EXPECT_EQ(document.values(sheet, "D1:E2"),
              (std::vector<std::vector<double>>{{10, 20}, {30, 40}}));
    EXPECT_EQ(document.cell(sheet, "E2").formula, "{=A1:B2*10}");
    document.set_text(sheet, "F1", "text");
    EXPECT_TRUE(std::isnan(document.values(sheet, "F1").at(0).at(0))) << "text reads as NaN";
    document.clear(sheet, "A1:F2");
    EXPECT_EQ(document.used_extent(sheet).rows, 0);
}

TEST_F(SharedOffice, UndoesReadsStylesAndTellsChanges) {
    auto document = office_->create_spreadsheet();
    const auto sheet = document.sheet_names().front();
    EXPECT_FALSE(document.modified());
    document.set_value(sheet, "A1", 42);
    EXPECT_TRUE(document.modified());
    EXPECT_FALSE(document.undo_titles().empty());
    document.undo();
    EXPECT_EQ(document.cell(sheet, "A1").kind, CellKind::Empty) << "Ctrl+Z took the value back";
    EXPECT_EQ(document.cell_style(sheet, "A1"), "Default");
    document.select(sheet, "B2:C3");
    EXPECT_THROW(document.dispatch(".uno:Undo"), std::runtime_error)
        << "a command that answers nothing is reported, not taken for a result";
}

TEST_F(SharedOffice, StoresEveryFormatAndReloadsOds) {
    auto document = office_->create_spreadsheet();
    const auto sheet = document.sheet_names().front();
    document.set_value(sheet, "A1", 1.5);
    document.set_formula(sheet, "A2", "=A1*4");
    document.recalculate();
    for (const auto format :
         {FileFormat::Ods, FileFormat::Fods, FileFormat::Xlsx, FileFormat::Pdf}) {
        const auto file = scratch_ / ("stored" + std::string(file_extension(format)));
        document.store(file, format);
        ASSERT_TRUE(std::filesystem::is_regular_file(file)) << filter_name(format);
        EXPECT_GT(std::filesystem::file_size(file), 100u) << filter_name(format);
    }
    const auto ods = scratch_ / "reload.ods";
    document.store(ods, FileFormat::Ods);
    auto reloaded = office_->load(ods);
    EXPECT_FALSE(std::filesystem::exists(scratch_ / ".~lock.reload.ods#"))
        << "no lock file beside an open document (a killed office would leave it behind)";
    const auto reloaded_sheet = reloaded.sheet_names().front();
    EXPECT_EQ(reloaded.cell(reloaded_sheet, "A2").value, 6);
    EXPECT_EQ(reloaded.cell(reloaded_sheet, "A2").formula, "=A1*4");
    std::ifstream pdf(scratch_ / "stored.pdf", std::ios::binary);
    std::string magic(5, '\0');
    pdf.read(magic.data(), 5);
    EXPECT_EQ(magic, "%PDF-");
}

TEST_F(SharedOffice, ReadsNamedRangesAndNamesCells) {
    auto document = office_->create_spreadsheet();
    document.add_sheet("Plan");
    EXPECT_EQ(document.sheet_names().back(), "Plan");
    EXPECT_EQ(cell_name(0, 0), "A1");
    EXPECT_EQ(cell_name(25, 9), "Z10");
    EXPECT_EQ(cell_name(27, 99), "AB100");
    EXPECT_EQ((Area{"Plan", 3, 7, 1, 8}).range(), "D8:D15");
    EXPECT_THROW(document.named_range("Nothing"), std::runtime_error);
}

TEST_F(SharedOffice, TurnsEveryFailureIntoRuntimeError) {
    EXPECT_THROW(office_->load(scratch_ / "missing.ods"), std::runtime_error);
    // Calc alone cannot open plain text as a document of its own (no Writer
    // installed) or opens it in Writer: either way, not a spreadsheet.
    const auto text = scratch_ / "not-a-spreadsheet.txt";
    std::ofstream(text) << "plain text\n";
    try {
        office_->load(text);
        ADD_FAILURE() << "a text file opened as a spreadsheet";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find(text.string()), std::string::npos) << error.what();
    }
    auto document = office_->create_spreadsheet();
    try {
        document.cell("No such sheet", "A1");
        ADD_FAILURE() << "read from a missing sheet";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("No such sheet"), std::string::npos);
    }
    const auto sheet = document.sheet_names().front();
    // Not an address: the office's own exception comes back as runtime_error.
    EXPECT_THROW(document.cell(sheet, "not an address!"), std::runtime_error);
    EXPECT_THROW(document.set_formulas(sheet, "A1:A2", {{"=1"}}), std::runtime_error)
        << "shape differs from the range";
    // storeToURL creates missing directories, but not below a plain file.
    EXPECT_THROW(document.store(text / "x.ods", FileFormat::Ods), std::runtime_error);
    document.close();
    EXPECT_THROW(document.sheet_names(), std::runtime_error) << "closed";
}

TEST(OfficeLife, StartsStopsRestartsAndCleansUp) {
    std::filesystem::path work;
    int first_pid = 0;
    {
        Office office;
        work = office.profile().parent_path();
        EXPECT_FALSE(office.running());
        office.start();
        EXPECT_TRUE(office.running());
        first_pid = office.pid();
        EXPECT_TRUE(process_exists(first_pid));
        EXPECT_TRUE(std::filesystem::exists(office.profile() / "user"));
        auto document = office.create_spreadsheet();
        office.restart();
        EXPECT_FALSE(process_exists(first_pid)) << "the first office is gone";
        EXPECT_NE(office.pid(), first_pid);
        EXPECT_LT(office.last_start_duration().count(), 30'000);
        std::cout << "[ office   ] restart with an existing profile: "
                  << office.last_start_duration().count() << " ms\n";
        EXPECT_THROW(document.sheet_names(), std::runtime_error)
            << "a document of the stopped office";
        const int pid = office.pid();
        office.stop();
        EXPECT_FALSE(office.running());
        EXPECT_FALSE(process_exists(pid));
        office.stop(); // twice is fine
    }
    EXPECT_FALSE(std::filesystem::exists(work)) << "the temporary profile and HOME are removed";
}

TEST(OfficeLife, NothingInTheUsersHome) {
    const char* home = std::getenv("HOME");
    ASSERT_NE(home, nullptr);
    const auto own_profile = std::filesystem::path(home) / ".config" / "libreoffice";
    const bool existed = std::filesystem::exists(own_profile);
    {
        Office office;
        office.start();
        EXPECT_TRUE(std::filesystem::exists(office.profile().parent_path() / "home"))
            << "the office gets a HOME of its own";
    }
    EXPECT_EQ(std::filesystem::exists(own_profile), existed)
        << "the office must not create " << own_profile.string();
}

TEST(OfficeLife, KeepsFilesWhenAsked) {
    Options options;
    options.keep_files = true;
    options.ui_locale = "zh-CN";
    std::filesystem::path work;
    {
        Office office(options);
        office.start();
        work = office.profile().parent_path();
        auto document = office.create_spreadsheet();
        EXPECT_EQ(document.sheet_names().front(), "工作表1")
            << "a zh-CN office names sheets in Chinese";
    }
    EXPECT_TRUE(std::filesystem::exists(work / "profile" / "user" / "registrymodifications.xcu"));
    std::error_code ignored;
    std::filesystem::remove_all(work, ignored);
}

// A pid that belonged to a process that has ended.
int dead_pid() {
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

TEST(OfficeLife, RemovesWhatKilledProcessesLeftBehind) {
    const auto temp = std::filesystem::temp_directory_path();
    const auto left = temp / ("allot-office-" + std::to_string(dead_pid()) + "-abcdef");
    const auto kept = temp / ("allot-office-" + std::to_string(dead_pid()) + "-ghijkl");
    const auto alive = temp / ("allot-office-" + std::to_string(::getpid()) + "-mnopqr");
    for (const auto& directory : {left, kept, alive})
        std::filesystem::create_directories(directory / "profile");
    std::ofstream(kept / "KEPT") << "kept\n";
    // The socket file of a killed office's acceptor pipe (a plain file will do).
    const auto socket =
        std::filesystem::path("/tmp") / ("OSL_PIPE_" + std::to_string(::getuid()) + "_allot_" +
                                         std::to_string(dead_pid()) + "_0_1234abcd");
    std::ofstream(socket) << "";
    { Office office; }
    EXPECT_FALSE(std::filesystem::exists(left)) << "its process is gone";
    EXPECT_FALSE(std::filesystem::exists(socket)) << "its process is gone";
    EXPECT_TRUE(std::filesystem::exists(kept)) << "kept on purpose";
    EXPECT_TRUE(std::filesystem::exists(alive)) << "its process still runs";
    std::filesystem::remove_all(kept);
    std::filesystem::remove_all(alive);
}

TEST(OfficeLife, SurvivesAnOfficeThatDied) {
    Office office;
    office.start();
    const int pid = office.pid();
    const auto sockets = office.pipe_sockets();
    for (const auto& socket : sockets)
        ASSERT_TRUE(std::filesystem::exists(socket)) << socket.string() << " while it runs";
    ASSERT_EQ(::kill(pid, SIGKILL), 0);
    EXPECT_NO_THROW(office.stop()) << "stopping a dead office only reaps it";
    for (const auto& socket : sockets)
        EXPECT_FALSE(std::filesystem::exists(socket)) << socket.string() << " after stop()";
    EXPECT_FALSE(office.running());
    office.start();
    EXPECT_TRUE(office.running());
    EXPECT_NE(office.pid(), pid);
}

TEST(OfficeLife, ReportsAnOfficeThatCannotStart) {
    Options options;
    options.soffice = "/bin/false";
    Office office(options);
    try {
        office.start();
        ADD_FAILURE() << "/bin/false started as an office";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("exited with code 1"), std::string::npos)
            << error.what();
    }
    Options relative;
    relative.soffice = "soffice.bin";
    EXPECT_THROW(Office{relative}, std::runtime_error) << "only absolute paths";
}

TEST(OfficeLife, RefusesAMissingExtension) {
    Office office;
    EXPECT_THROW(office.install_extension("/nonexistent/allot.oxt"), std::runtime_error);
    EXPECT_FALSE(office.running()) << "checked before starting anything";
}

} // namespace
} // namespace allot::office
