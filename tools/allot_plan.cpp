// allot-plan: the main job (scripts/plan.sh). Starts a private headless
// LibreOffice, installs the Allot extension into its profile, makes a new
// workbook from the annual plan template, changes the annual target with the
// Targets menu's Redistribute command (as a macro would: through the
// dispatcher, not by writing the cell), recalculates, and writes into the
// output directory:
//   plan.ods       the plan with its live ALLOT formulas
//   plan.xlsx      the plan for Excel (Targets > Freeze for Excel)
//   dashboard.pdf  the tracking dashboard template filled with the new plan
// It prints a line per step and a table of the regions' targets before and
// after. The office it started is always stopped, also on errors and Ctrl+C.
//
// A workbook of one's own works too (--workbook) when it names its parts as
// the annual plan template does: AnnualTarget, RegionTargets (the ALLOT
// results Redistribute is run on), and optionally Regions, Unit, AllChecks,
// and People and PersonMonthTargets for the dashboard.
#include <allot/office/office.hpp>

#include "plan_report.hpp"
#include "plan_texts.hpp"

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdlib>
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
using allot::plan::Language;
namespace text = allot::plan::text;
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

struct Settings {
    std::filesystem::path oxt = ALLOT_DEFAULT_OXT;
    std::filesystem::path workbook;  // default: the annual plan template
    std::filesystem::path dashboard; // default: the dashboard template
    std::filesystem::path out = "out";
    std::string total = "+10%";
    std::string targets = "RegionTargets";
    std::string language; // "en" or "zh"; default from the environment
    bool keep_profile = false;
    bool verbose = false;
};

// The language of the templates, the office's UI and the messages: zh when
// the environment's locale is Chinese, else en.
std::string default_language() {
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(variable); value && *value)
            return std::string_view(value).starts_with("zh") ? "zh" : "en";
    return "en";
}

std::filesystem::path template_file(const std::string& name, const std::string& language) {
    return std::filesystem::path(ALLOT_TEMPLATES_DIR) / "templates" / "Allot" /
           (name + "." + language + ".ots");
}

bool is_template(const std::filesystem::path& file) {
    const auto extension = file.extension().string();
    return extension == ".ots" || extension == ".ott" || extension == ".xltx";
}

// The steps, numbered, each with how long it took.
class Steps {
public:
    Steps(int count, Language language) : count_(count), language_(std::move(language)) {}

    void done(const std::string& line) {
        const auto now = Clock::now();
        std::cout << "[" << ++number_ << "/" << count_ << "] " << line << " ("
                  << seconds(now - last_) << ")" << std::endl;
        last_ = now;
    }
    std::string seconds(Clock::duration duration) const {
        std::ostringstream out;
        out.precision(1);
        out << std::fixed << std::chrono::duration<double>(duration).count();
        return allot::plan::say(text::seconds, language_, {out.str()});
    }

private:
    int count_;
    int number_ = 0;
    Language language_;
    Clock::time_point last_ = Clock::now();
};

Area named(const Document& document, const std::string& name) {
    try {
        return document.named_range(name);
    } catch (const std::exception& error) {
        throw std::runtime_error("the workbook needs a named range \"" + name +
                                 "\" (see allot-plan --help): " + error.what());
    }
}

std::optional<Area> maybe_named(const Document& document, const std::string& name) {
    try {
        return document.named_range(name);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

// A named cell's check: TRUE (1) without an error.
std::optional<bool> check_cell(const Document& document, const std::string& name) {
    const auto area = maybe_named(document, name);
    if (!area)
        return std::nullopt;
    const auto cell = document.cell(area->sheet, area->column, area->row);
    return cell.error == 0 && cell.value == 1.0;
}

struct Plan {
    double total = 0.0;
    double unit = 1.0;
    Area targets_area;
    std::vector<std::string> regions;
    std::vector<double> targets;
    std::vector<std::string> notes;    // "held", "at its maximum" … (text:: keys)
    std::vector<std::string> problems; // target cells showing an error
    std::optional<bool> checks;        // AllChecks
};

Plan read_plan(const Document& document, const std::string& targets_name) {
    Plan plan;
    const Area total = named(document, "AnnualTarget");
    plan.total = document.cell(total.sheet, total.column, total.row).value;
    if (const auto unit = maybe_named(document, "Unit"))
        plan.unit = document.cell(unit->sheet, unit->column, unit->row).value;
    plan.targets_area = named(document, targets_name);
    const Area& area = plan.targets_area;
    if (area.columns != 1)
        throw std::runtime_error("the named range " + targets_name + " should be one column");
    const auto labels = maybe_named(document, "Regions");
    for (int row = 0; row < area.rows; ++row) {
        const auto cell = document.cell(area.sheet, area.column, area.row + row);
        plan.targets.push_back(cell.value);
        if (cell.error != 0)
            plan.problems.push_back(allot::office::cell_name(area.column, area.row + row) + ": " +
                                    cell.text);
        // The region's name: the Regions range beside it, else column A.
        const bool aligned = labels && labels->rows == area.rows;
        plan.regions.push_back(
            aligned ? document.cell(labels->sheet, labels->column, labels->row + row).text
                    : document.cell(area.sheet, 0, area.row + row).text);
    }
    // Why a target did not follow the total: a hold, a minimum or a maximum
    // (named as in the annual plan template).
    const auto column_of = [&](const char* name) {
        std::vector<double> values(static_cast<std::size_t>(area.rows), std::nan(""));
        if (const auto range = maybe_named(document, name); range && range->rows == area.rows) {
            const auto rows = document.values(range->sheet, range->range());
            for (std::size_t i = 0; i < rows.size(); ++i)
                values[i] = rows[i].empty() ? std::nan("") : rows[i][0];
        }
        return values;
    };
    const auto holds = column_of("RegionHolds");
    const auto minimums = column_of("RegionMinimums");
    const auto maximums = column_of("RegionMaximums");
    for (std::size_t i = 0; i < plan.targets.size(); ++i) {
        const double target = plan.targets[i];
        plan.notes.emplace_back(!std::isnan(holds[i])   ? text::held
                                : target == minimums[i] ? text::at_minimum
                                : target == maximums[i] ? text::at_maximum
                                                        : std::string_view());
    }
    plan.checks = check_cell(document, "AllChecks");
    return plan;
}

double sum_of(const std::vector<double>& values) {
    double sum = 0.0;
    for (const double value : values)
        sum += value; // whole units below 2^53: exact
    return sum;
}

// Whether the targets add up to the total: exactly in whole units, else
// within 1e-9 relative.
bool adds_up(const Plan& plan) {
    const double sum = sum_of(plan.targets);
    return plan.problems.empty() &&
           (plan.unit > 0
                ? sum == plan.total
                : std::fabs(sum - plan.total) <= 1e-9 * std::max(1.0, std::fabs(plan.total)));
}

std::string signed_grouped(double value, int decimals) {
    return (value > 0 ? "+" : "") + grouped(value, decimals);
}

void print_summary(const Plan& before, const Plan& after, const Language& language) {
    using allot::plan::say;
    const int decimals = allot::plan::decimals_for_unit(after.unit);
    allot::plan::Table table({say(text::region, language), say(text::before, language),
                              say(text::after, language), say(text::change, language),
                              say(text::note, language)},
                             {false, true, true, true, false});
    for (std::size_t i = 0; i < after.targets.size(); ++i) {
        const double old = i < before.targets.size() ? before.targets[i] : 0.0;
        table.add_row({after.regions[i], grouped(old, decimals),
                       grouped(after.targets[i], decimals),
                       signed_grouped(after.targets[i] - old, decimals),
                       after.notes[i].empty() ? "" : say(after.notes[i], language)});
    }
    table.add_rule();
    table.add_row({say(text::total, language), grouped(sum_of(before.targets), decimals),
                   grouped(sum_of(after.targets), decimals),
                   signed_grouped(sum_of(after.targets) - sum_of(before.targets), decimals)});
    std::cout << "\n" << table.render();
    const std::vector<std::string> sums = {grouped(sum_of(after.targets), decimals),
                                           grouped(after.total, decimals)};
    std::cout << "  "
              << say(adds_up(after) ? text::sum_check_exact : text::sum_check_not_exact, language,
                     sums)
              << "\n";
    for (const auto& problem : after.problems)
        std::cout << "  " << problem << "\n";
}

// The dashboard template, its Plan sheet filled with the plan's people and
// their months; written as a PDF. Returns the line of the step, or nothing
// when the plan has no people by month.
std::optional<std::string> make_dashboard(Office& office, const Document& plan,
                                          const Settings& settings,
                                          const std::filesystem::path& pdf,
                                          const Language& language) {
    using allot::plan::say;
    const auto people = maybe_named(plan, "People");
    const auto months = maybe_named(plan, "PersonMonthTargets");
    if (!people || !months || people->rows != months->rows || people->columns < 2)
        return std::nullopt;
    Document dashboard = office.load(settings.dashboard);
    const Area names = named(dashboard, "People");
    const Area plan_months = named(dashboard, "PlanMonths");
    if (names.rows != people->rows || plan_months.rows != months->rows ||
        plan_months.columns != months->columns || names.columns != 2)
        throw std::runtime_error("the dashboard " + settings.dashboard.string() + " has room for " +
                                 std::to_string(plan_months.rows) + " people × " +
                                 std::to_string(plan_months.columns) + " months, the plan has " +
                                 std::to_string(months->rows) + " × " +
                                 std::to_string(months->columns));
    // Region and name, as the plan's People sheet has them.
    for (int row = 0; row < people->rows; ++row)
        for (int column = 0; column < 2; ++column)
            dashboard.set_text(
                names.sheet, allot::office::cell_name(names.column + column, names.row + row),
                plan.cell(people->sheet, people->column + column, people->row + row).text);
    dashboard.set_values(plan_months.sheet, plan_months.range(),
                         plan.values(months->sheet, months->range()));
    dashboard.recalculate();
    dashboard.store(pdf, FileFormat::Pdf);

    std::string line = say(text::dashboard, language,
                           {settings.dashboard.filename().string(), std::to_string(months->rows),
                            std::to_string(months->columns), pdf.string()});
    const auto pace = maybe_named(dashboard, "Pace");
    const auto warn = maybe_named(dashboard, "WarnLevel");
    if (pace && warn) {
        const double level = dashboard.cell(warn->sheet, warn->column, warn->row).value;
        int behind = 0;
        int counted = 0;
        for (const auto& row : dashboard.values(pace->sheet, pace->range()))
            for (const double value : row)
                if (!std::isnan(value)) {
                    ++counted;
                    behind += value < level ? 1 : 0;
                }
        line +=
            say(text::separator, language) +
            say(text::dashboard_behind, language,
                {std::to_string(behind), std::to_string(counted), grouped(level * 100, 0) + "%"});
    }
    if (const auto checks = check_cell(dashboard, "AllChecks"); checks && !*checks)
        line += say(text::separator, language) + say(text::checks_false, language);
    dashboard.close();
    return line;
}

int run(Settings settings) {
    using allot::plan::say;
    const Language language = allot::addin::language_of(settings.language);
    const auto started = Clock::now();
    if (settings.workbook.empty())
        settings.workbook = template_file("annual-plan", settings.language);
    if (settings.dashboard.empty())
        settings.dashboard = template_file("dashboard", settings.language);
    for (const auto& file : {settings.oxt, settings.workbook, settings.dashboard})
        if (!std::filesystem::is_regular_file(file))
            throw std::runtime_error("no file " + file.string() +
                                     " (build the extension and the templates first: "
                                     "cmake --build <build> --target allot-plan)");
    std::filesystem::create_directories(settings.out);
    const auto ods = settings.out / "plan.ods";
    const auto xlsx = settings.out / "plan.xlsx";
    const auto pdf = settings.out / "dashboard.pdf";

    std::cout << say(text::title, language) << "\n";
    Steps steps(8, language);
    allot::office::Options options;
    options.keep_files = settings.keep_profile;
    options.ui_locale = language.tag();
    Office office(options);
    office.start();
    office_pid = office.pid();
    steps.done(say(text::started, language));
    office.install_extension(settings.oxt);
    office_pid = office.pid();
    check_interrupted();
    steps.done(say(text::installed, language, {settings.oxt.filename().string()}));
    if (settings.keep_profile)
        std::cout << "    " << office.profile().string() << "\n";

    // A template opens as a new, untitled workbook made from it.
    Document document = office.load(settings.workbook);
    document.recalculate();
    const Plan before = read_plan(document, settings.targets);
    const int decimals = allot::plan::decimals_for_unit(before.unit);
    steps.done(say(is_template(settings.workbook) ? text::from_template : text::opened, language,
                   {settings.workbook.filename().string(), grouped(before.total, decimals),
                    std::to_string(before.targets.size())}));
    check_interrupted();

    // Targets > Redistribute on the plan's results: it finds the plan's total
    // (AnnualTarget), writes the new one and lets the plan recalculate.
    const Area& outputs = before.targets_area;
    document.select(outputs.sheet, outputs.range());
    const auto result =
        document.dispatch("vnd.org.allot:Redistribute", {{"Total", settings.total}});
    if (result.status() != "done")
        throw std::runtime_error("Redistribute " + result.status() + ": " + result.message());
    steps.done(say(text::redistributed, language,
                   {settings.total, outputs.sheet + "." + outputs.range(), result.text("TotalCell"),
                    grouped(result.number("Before"), decimals),
                    grouped(result.number("Total"), decimals)}));
    check_interrupted();

    document.recalculate();
    const Plan after = read_plan(document, settings.targets);
    bool exact = adds_up(after) && after.total == result.number("Total");
    std::string line =
        exact ? say(text::recalculated_exact, language, {grouped(after.total, decimals)})
              : say(text::recalculated_not_exact, language,
                    {grouped(sum_of(after.targets), decimals), grouped(after.total, decimals)});
    if (after.checks) {
        line += say(text::separator, language) +
                say(*after.checks ? text::checks_true : text::checks_false, language);
        exact = exact && *after.checks;
    }
    steps.done(line);

    document.store(ods, FileFormat::Ods);
    steps.done(say(text::saved_plan, language, {ods.string()}));

    // Excel knows no ALLOT functions: its copy gets their values.
    const auto freeze = document.dispatch("vnd.org.allot:FreezeForExcel",
                                          {{"URL", std::filesystem::absolute(xlsx).string()}});
    if (freeze.status() != "done")
        throw std::runtime_error("Freeze for Excel " + freeze.status() + ": " + freeze.message());
    steps.done(say(text::frozen, language,
                   {xlsx.string(), std::to_string(static_cast<long>(freeze.number("Frozen")))}));
    check_interrupted();

    const auto dashboard = make_dashboard(office, document, settings, pdf, language);
    steps.done(dashboard ? *dashboard : say(text::dashboard_skipped, language));
    document.close();

    print_summary(before, after, language);
    office.stop();
    office_pid = 0;
    std::cout << "\n"
              << say(text::done, language,
                     {steps.seconds(Clock::now() - started), settings.out.string()})
              << "\n"
              << "  " << ods.filename().string() << "       " << say(text::file_ods, language)
              << "\n"
              << "  " << xlsx.filename().string() << "      " << say(text::file_xlsx, language)
              << "\n";
    if (dashboard)
        std::cout << "  " << pdf.filename().string() << "  " << say(text::file_pdf, language)
                  << "\n";
    if (!exact) {
        std::cerr << say(text::not_exact, language) << "\n";
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    Settings settings;
    CLI::App app{
        "allot-plan: the main job. Makes a workbook from the annual plan template in a private "
        "LibreOffice with the Allot extension, changes the annual target with Targets > "
        "Redistribute, and writes the plan (.ods), a copy for Excel (.xlsx) and the tracking "
        "dashboard's report (.pdf).\n"
        "A workbook of your own (--workbook) names its parts as the template does: AnnualTarget "
        "and RegionTargets (the ALLOT results to redistribute), optionally Regions, Unit, "
        "AllChecks, People and PersonMonthTargets."};
    app.add_option("--total,--new-total", settings.total,
                   "the new annual target: a number (55000000), with 万 or 亿 (5500万), a change "
                   "(+10%, -500000) or a share (110%)")
        ->capture_default_str();
    app.add_option("--language", settings.language,
                   "en or zh: the templates, the office's language and these messages "
                   "(default: from LANG)")
        ->check(CLI::IsMember({"en", "zh"}));
    app.add_option("--workbook", settings.workbook,
                   "the plan: a template (.ots: a new workbook is made from it) or a workbook "
                   "(.ods, .fods, .xlsx; not changed) (default: the annual plan template)");
    app.add_option("--dashboard", settings.dashboard,
                   "the tracking dashboard template (default: the one of the language)");
    app.add_option("--targets", settings.targets,
                   "the named range of the ALLOT results to redistribute")
        ->capture_default_str();
    app.add_option("--out", settings.out, "the folder for plan.ods, plan.xlsx and dashboard.pdf")
        ->capture_default_str();
    app.add_option("--oxt", settings.oxt, "the Allot extension to install")->capture_default_str();
    app.add_flag("--keep-profile", settings.keep_profile,
                 "keep the private office profile and its log (the path is printed)");
    app.add_flag("-v,--verbose", settings.verbose, "log what is done with the office");
    app.footer("Exit status: 0 done, 1 error (message on stderr), 2 the plan does not add up "
               "exactly or a check is not TRUE, 130 interrupted. The office is stopped in every "
               "case.");
    CLI11_PARSE(app, argc, argv);
    if (settings.verbose)
        spdlog::set_level(spdlog::level::debug);
    if (settings.language.empty())
        settings.language = default_language();
    allot::addin::set_catalog_dir(ALLOT_LOCALE_DIR);
    const Language language = allot::addin::language_of(settings.language);

    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    try {
        return run(settings);
    } catch (const std::exception& error) {
        std::cerr << allot::plan::say(text::error, language,
                                      {interrupted ? "interrupted" : error.what()})
                  << "\n";
        return interrupted ? 130 : 1;
    }
}
