// allot-plan: the main job. Starts a private headless LibreOffice, installs
// the Allot extension into its profile, opens a plan workbook, recalculates,
// prints the plan, changes the company target, recalculates and prints again,
// then saves the result as .ods (live formulas), .pdf (report) and .xlsx
// (ALLOT formulas frozen to values, for Excel) into the output directory.
// The office it started is always stopped, also on errors and Ctrl+C.
//
// The workbook names its parts with named ranges (Sheet > Named Ranges):
//   AnnualTarget  the company target cell      Unit      the rounding unit (optional)
//   Entities      the names (one column)       Weights   the weights beside them
//   Targets       the ALLOT.SPLIT results      PlanCheck a check cell (optional)
#include <allot/office/office.hpp>

#include "plan_report.hpp"

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

namespace {

using allot::office::Area;
using allot::office::Document;
using allot::office::FileFormat;
using allot::office::Office;
using allot::plan::grouped;
using Clock = std::chrono::steady_clock;

// A signal asks to stop; the office is killed so that a UNO call in progress
// returns, and the ordinary error path stops and cleans up.
std::atomic<int> office_pid{0};
volatile std::sig_atomic_t interrupted = 0;

extern "C" void on_signal(int) {
    interrupted = 1;
    if (const int pid = office_pid.load(); pid > 0)
        ::kill(pid, SIGKILL);
}

void check_interrupted() {
    if (interrupted)
        throw std::runtime_error("interrupted");
}

std::string seconds(Clock::duration duration) {
    std::ostringstream out;
    out.precision(1);
    out << std::fixed << std::chrono::duration<double>(duration).count() << " s";
    return out.str();
}

struct Plan {
    double total = 0.0;
    double unit = 1.0;
    std::vector<std::string> entities;
    std::vector<double> weights;
    std::vector<double> targets;
    std::vector<std::string> shown; // what Calc shows in each target cell
    std::vector<int> errors;
    std::optional<bool> workbook_check;
};

// A single column (or row) of cells, in reading order.
std::vector<allot::office::Cell> cells_of(const Document& document, const Area& area) {
    std::vector<allot::office::Cell> cells;
    for (int row = 0; row < area.rows; ++row)
        for (int column = 0; column < area.columns; ++column)
            cells.push_back(document.cell(area.sheet, area.column + column, area.row + row));
    return cells;
}

Area named(const Document& document, const std::string& name) {
    try {
        return document.named_range(name);
    } catch (const std::exception& error) {
        throw std::runtime_error("the workbook needs a named range \"" + name +
                                 "\" (see allot-plan --help): " + error.what());
    }
}

Plan read_plan(const Document& document) {
    Plan plan;
    const Area total = named(document, "AnnualTarget");
    plan.total = document.cell(total.sheet, total.column, total.row).value;
    try {
        const Area unit = document.named_range("Unit");
        plan.unit = document.cell(unit.sheet, unit.column, unit.row).value;
    } catch (const std::exception&) {
        plan.unit = 1.0; // ALLOT.SPLIT's default
    }
    for (const auto& cell : cells_of(document, named(document, "Entities")))
        plan.entities.push_back(cell.text);
    for (const auto& cell : cells_of(document, named(document, "Weights")))
        plan.weights.push_back(cell.value);
    for (const auto& cell : cells_of(document, named(document, "Targets"))) {
        plan.targets.push_back(cell.value);
        plan.shown.push_back(cell.text);
        plan.errors.push_back(cell.error);
    }
    if (plan.entities.size() != plan.targets.size() || plan.weights.size() != plan.targets.size())
        throw std::runtime_error("the named ranges Entities, Weights and Targets differ in size");
    try {
        const Area check = document.named_range("PlanCheck");
        const auto cell = document.cell(check.sheet, check.column, check.row);
        plan.workbook_check = cell.error == 0 && cell.value == 1.0;
    } catch (const std::exception&) {
    }
    return plan;
}

// Prints the plan; returns whether it is exact: no error, whole units, and
// the parts add up to the total.
bool print_plan(const std::string& title, const Plan& plan, const Plan* before) {
    const int decimals = allot::plan::decimals_for_unit(plan.unit);
    std::cout << "\n" << title << "\n";
    std::vector<std::string> header = {"Entity", "Weight", "Target"};
    std::vector<bool> right = {false, true, true};
    if (before) {
        header.push_back("Before");
        header.push_back("Change");
        right.push_back(true);
        right.push_back(true);
    }
    allot::plan::Table table(header, right);
    bool exact = true;
    double sum = 0.0;
    double weight_sum = 0.0;
    std::string problems;
    for (std::size_t i = 0; i < plan.targets.size(); ++i) {
        std::vector<std::string> row = {plan.entities[i], grouped(plan.weights[i], 0),
                                        plan.errors[i] ? plan.shown[i]
                                                       : grouped(plan.targets[i], decimals)};
        if (before) {
            row.push_back(grouped(before->targets[i], decimals));
            const double change = plan.targets[i] - before->targets[i];
            row.push_back((change > 0 ? "+" : "") + grouped(change, decimals));
        }
        table.add_row(row);
        sum += plan.targets[i];
        weight_sum += plan.weights[i];
        if (plan.errors[i]) {
            exact = false;
            problems += "\n  " + plan.entities[i] + ": the target cell shows " + plan.shown[i];
        } else if (plan.unit > 0) {
            const double units = plan.targets[i] / plan.unit;
            if (std::fabs(units - std::round(units)) > 1e-9 * std::max(1.0, std::fabs(units))) {
                exact = false;
                problems += "\n  " + plan.entities[i] + ": " + grouped(plan.targets[i], 6) +
                            " is not a whole number of units of " + grouped(plan.unit, decimals);
            }
        }
    }
    table.add_rule();
    std::vector<std::string> totals = {"Total", grouped(weight_sum, 0), grouped(sum, decimals)};
    if (before) {
        totals.push_back(grouped(before->total, decimals));
        totals.push_back((plan.total > before->total ? "+" : "") +
                         grouped(plan.total - before->total, decimals));
    }
    table.add_row(totals);
    std::cout << table.render();

    // Whole units below 2^53 add up exactly in doubles: compare exactly.
    const bool adds_up =
        plan.unit > 0 ? sum == plan.total
                      : std::fabs(sum - plan.total) <= 1e-9 * std::max(1.0, std::fabs(plan.total));
    exact = exact && adds_up;
    std::cout << "  Check: the targets add up to the company target "
              << (adds_up ? "exactly" : "NOT exactly") << ": " << grouped(sum, decimals)
              << (adds_up ? " = " : " != ") << grouped(plan.total, decimals) << "\n";
    if (plan.workbook_check)
        std::cout << "  Check cell PlanCheck in the workbook: "
                  << (*plan.workbook_check ? "TRUE" : "NOT TRUE") << "\n";
    if (plan.workbook_check && !*plan.workbook_check)
        exact = false;
    if (!problems.empty())
        std::cout << "  Problems:" << problems << "\n";
    return exact;
}

struct Settings {
    std::filesystem::path oxt = ALLOT_DEFAULT_OXT;
    std::filesystem::path workbook = ALLOT_DEFAULT_WORKBOOK;
    std::filesystem::path out = "out";
    std::optional<double> new_total;
    double increase = 10.0;
    bool keep_profile = false;
    bool verbose = false;
};

int run(const Settings& settings) {
    const auto started = Clock::now();
    if (!std::filesystem::is_regular_file(settings.oxt))
        throw std::runtime_error("no extension file " + settings.oxt.string() +
                                 " (build it, or give --oxt)");
    if (!std::filesystem::is_regular_file(settings.workbook))
        throw std::runtime_error("no workbook " + settings.workbook.string());
    std::filesystem::create_directories(settings.out);

    allot::office::Options options;
    options.keep_files = settings.keep_profile;
    Office office(options);
    office.start();
    office_pid = office.pid();
    const auto first_start = office.last_start_duration();
    const auto installing = Clock::now();
    office.install_extension(settings.oxt);
    office_pid = office.pid();
    check_interrupted();
    std::cout << "Office: started in " << seconds(first_start) << "; extension "
              << settings.oxt.filename().string() << " installed (office restarted) in "
              << seconds(Clock::now() - installing) << "\n"
              << "Workbook: " << settings.workbook.string() << "\n";

    Document document = office.load(settings.workbook);
    document.recalculate();
    const Plan before = read_plan(document);
    bool exact = print_plan("Plan: company target " +
                                grouped(before.total, allot::plan::decimals_for_unit(before.unit)) +
                                ", unit " +
                                grouped(before.unit, allot::plan::decimals_for_unit(before.unit)),
                            before, nullptr);
    check_interrupted();

    double new_total =
        settings.new_total.value_or(before.total * (1.0 + settings.increase / 100.0));
    if (!settings.new_total && before.unit > 0) // keep a raise a whole number of units
        new_total = std::round(new_total / before.unit) * before.unit;
    const Area target_cell = named(document, "AnnualTarget");
    document.set_value(target_cell.sheet, target_cell.range(), new_total);
    document.recalculate();
    const Plan after = read_plan(document);
    const int decimals = allot::plan::decimals_for_unit(after.unit);
    std::ostringstream change;
    change.precision(1);
    change << std::fixed << (before.total != 0 ? (new_total / before.total - 1.0) * 100.0 : 0.0);
    exact =
        print_plan("New company target: " + grouped(before.total, decimals) + " -> " +
                       grouped(new_total, decimals) + " (" +
                       (new_total >= before.total ? "+" : "") + change.str() + "%), recalculated",
                   after, &before) &&
        exact;
    check_interrupted();

    const auto stem = settings.workbook.stem().string();
    const auto ods = settings.out / (stem + ".ods");
    const auto pdf = settings.out / (stem + ".pdf");
    const auto xlsx = settings.out / (stem + ".xlsx");
    document.store(ods, FileFormat::Ods);
    document.store(pdf, FileFormat::Pdf);
    // Excel knows no ALLOT functions: its copy gets their values (Targets ▸
    // Freeze for Excel, run as a macro would).
    const auto freeze = document.dispatch("vnd.org.allot:FreezeForExcel",
                                          {{"URL", std::filesystem::absolute(xlsx).string()}});
    if (freeze.status() != "done")
        throw std::runtime_error("Freeze for Excel: " + freeze.message());
    const int frozen = static_cast<int>(freeze.number("Frozen"));
    document.close();
    std::cout << "\nSaved:\n"
              << "  " << ods.string() << "   workbook with live ALLOT formulas\n"
              << "  " << pdf.string() << "   report\n"
              << "  " << xlsx.string() << "  for Excel: " << frozen
              << " ALLOT formula cells replaced by their values\n";
    office.stop();
    office_pid = 0;
    std::cout << "Done in " << seconds(Clock::now() - started) << "; the office is stopped.\n";
    if (!exact) {
        std::cerr << "allot-plan: the plan does not add up exactly (see above)\n";
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    Settings settings;
    CLI::App app{"allot-plan: open a sales plan in a private LibreOffice with the Allot extension, "
                 "change the company target, print and save the result.\n"
                 "The workbook names its parts: AnnualTarget, Entities, Weights, Targets "
                 "(ALLOT.SPLIT results), and optionally Unit and PlanCheck."};
    app.add_option("--oxt", settings.oxt, "the Allot extension to install")->capture_default_str();
    app.add_option("--workbook", settings.workbook, "the plan workbook (.fods, .ods, .xlsx)")
        ->capture_default_str();
    app.add_option("--out", settings.out, "directory for the .ods, .xlsx and .pdf")
        ->capture_default_str();
    auto* total = app.add_option("--new-total", settings.new_total,
                                 "the new company target (default: the current one raised by "
                                 "--increase percent, in whole units)");
    app.add_option("--increase", settings.increase, "percent to raise the target by")
        ->capture_default_str()
        ->excludes(total);
    app.add_flag("--keep-profile", settings.keep_profile,
                 "keep the private office profile and its log (the path is printed)");
    app.add_flag("-v,--verbose", settings.verbose, "log what is done with the office");
    app.footer("Exit status: 0 done, 1 error (message on stderr), 2 the plan does not add up "
               "exactly, 130 interrupted. The office is stopped in every case.");
    CLI11_PARSE(app, argc, argv);
    if (settings.verbose)
        spdlog::set_level(spdlog::level::debug);

    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    try {
        return run(settings);
    } catch (const std::exception& error) {
        std::cerr << "allot-plan: error: " << (interrupted ? "interrupted" : error.what()) << "\n";
        return interrupted ? 130 : 1;
    }
}
