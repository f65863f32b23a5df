// The template workbooks, as the .oxt ships them (templates/*.fods built into
// .ots), in a real LibreOffice with the extension installed:
// - every template opens with no error cell anywhere and all its check cells
//   TRUE (the named range "Checks"); it carries no macros;
// - the named ranges its About sheet lists as inputs and results exist, and
//   every input cell is in the "Input" cell style;
// - the annual plan still adds up after its AnnualTarget changes;
// - the templates that start from a plan (funnel, dashboard, commission)
//   carry the annual plan's results;
// - once the .oxt is installed, the office's template path includes the
//   extension's templates folder and File ▸ New ▸ Templates (the
//   DocumentTemplates service) lists every template in an "Allot" category.
//
// allot::office has no calls for cell styles, document templates or path
// settings, so this file opens a second UNO bridge to the same office
// (through the office library's internal client, office/src/uno_client.hpp).
#include "shared_office.hpp"

#include <uno_client.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DocumentTemplates.hpp>
#include <com/sun/star/frame/XDocumentTemplates.hpp>
#include <com/sun/star/io/XInputStream.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/ucb/SimpleFileAccess.hpp>
#include <com/sun/star/ucb/XContent.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XMacroExpander.hpp>
#include <com/sun/star/util/XPathSettings.hpp>
#include <com/sun/star/util/thePathSettings.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <gtest/gtest.h>
#include <rtl/uri.hxx>
#include <unistd.h>

namespace allot::integration {
namespace {

namespace css = ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using office::detail::to_ou;
using office::detail::to_utf8;

std::filesystem::path built_dir() {
    return std::filesystem::path(ALLOT_TEMPLATES_DIR) / "templates" / "Allot";
}

std::string read_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The committed sources, templates/<name>.<language>.fods, by stem.
std::map<std::string, std::filesystem::path> sources() {
    std::map<std::string, std::filesystem::path> found;
    for (const auto& entry : std::filesystem::directory_iterator(ALLOT_TEMPLATE_SOURCES_DIR))
        if (entry.path().extension() == ".fods")
            found[entry.path().stem().string()] = entry.path();
    return found;
}

// The title File ▸ New ▸ Templates shows: the document's dc:title.
std::string title_of(const std::filesystem::path& fods) {
    static const std::regex title("<dc:title>([^<]*)</dc:title>");
    std::smatch match;
    const auto text = read_text(fods);
    return std::regex_search(text, match, title) ? match[1].str() : std::string();
}

std::vector<std::filesystem::path> built_templates() {
    std::vector<std::filesystem::path> files;
    for (const auto& [stem, source] : sources())
        files.push_back(built_dir() / (stem + ".ots"));
    return files;
}

// --- A second bridge to the shared office ---------------------------------------

class Uno {
public:
    explicit Uno(office::Office& office) {
        // pipe_sockets()[0] is /tmp/OSL_PIPE_<uid>_<acceptor name>.
        const auto socket = office.pipe_sockets().at(0).filename().string();
        const auto prefix = "OSL_PIPE_" + std::to_string(::getuid()) + "_";
        if (socket.rfind(prefix, 0) != 0)
            throw std::runtime_error("unexpected pipe socket " + socket);
        // Retried: a loaded machine can take a moment to accept a second connection.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        for (;;) {
            try {
                bridge_ = office::detail::Bridge::connect(socket.substr(prefix.size()));
                return;
            } catch (const css::uno::Exception& error) {
                if (std::chrono::steady_clock::now() > deadline)
                    throw std::runtime_error("cannot connect a second bridge to the office: " +
                                             to_utf8(error.Message));
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
    }
    ~Uno() { bridge_.dispose(); }
    Uno(const Uno&) = delete;
    Uno& operator=(const Uno&) = delete;

    const Reference<css::uno::XComponentContext>& context() const { return bridge_.office_context(); }

    Reference<css::sheet::XSpreadsheetDocument> load(const std::filesystem::path& file) const {
        const auto desktop = css::frame::Desktop::create(context());
        css::uno::Sequence<css::beans::PropertyValue> arguments(1);
        arguments.getArray()[0].Name = "Hidden";
        arguments.getArray()[0].Value <<= true;
        const auto component =
            desktop->loadComponentFromURL(office::detail::file_url(file), "_blank", 0, arguments);
        return Reference<css::sheet::XSpreadsheetDocument>(component, UNO_QUERY_THROW);
    }

    // The names of the entries of a zip file (an .ots), read by the office.
    std::vector<std::string> zip_entries(const std::filesystem::path& file) const {
        const auto access = zip(file);
        std::vector<std::string> names;
        for (const auto& name : access->getElementNames())
            names.push_back(to_utf8(name));
        return names;
    }

    std::string zip_entry(const std::filesystem::path& file, const std::string& name) const {
        // The entry's stream reads through the zip's file: keep the zip open meanwhile.
        const auto access = zip(file);
        Reference<css::io::XInputStream> stream(access->getByName(to_ou(name)), UNO_QUERY_THROW);
        std::string text;
        css::uno::Sequence<sal_Int8> chunk;
        while (stream->readBytes(chunk, 65536) > 0)
            text.append(reinterpret_cast<const char*>(chunk.getConstArray()),
                        static_cast<std::size_t>(chunk.getLength()));
        stream->closeInput();
        return text;
    }

private:
    Reference<css::container::XNameAccess> zip(const std::filesystem::path& file) const {
        css::uno::Sequence<css::uno::Any> arguments(1);
        arguments.getArray()[0] <<= office::detail::file_url(file);
        return Reference<css::container::XNameAccess>(
            context()->getServiceManager()->createInstanceWithArgumentsAndContext(
                "com.sun.star.packages.zip.ZipFileAccess", arguments, context()),
            UNO_QUERY_THROW);
    }

    office::detail::Bridge bridge_;
};

// Runs `action`, turning a UNO exception into a test failure with its message.
template <class Action> void uno_guarded(const std::string& what, Action&& action) {
    try {
        action();
    } catch (const css::uno::Exception& error) {
        ADD_FAILURE() << what << ": " << to_utf8(error.Message);
    } catch (const std::exception& error) {
        ADD_FAILURE() << what << ": " << error.what();
    }
}

// --- What every template must satisfy -------------------------------------------

using Spreadsheet = Reference<css::sheet::XSpreadsheetDocument>;

Reference<css::table::XCellRange> named_cells(const Spreadsheet& document, const std::string& name) {
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY_THROW);
    Reference<css::container::XNameAccess> names(properties->getPropertyValue("NamedRanges"), UNO_QUERY_THROW);
    if (!names->hasByName(to_ou(name)))
        throw std::runtime_error("no named range " + name);
    Reference<css::sheet::XCellRangeReferrer> range(names->getByName(to_ou(name)), UNO_QUERY_THROW);
    return range->getReferredCells();
}

bool has_name(const Spreadsheet& document, const std::string& name) {
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY_THROW);
    Reference<css::container::XNameAccess> names(properties->getPropertyValue("NamedRanges"), UNO_QUERY_THROW);
    return names->hasByName(to_ou(name));
}

// "$Sheet.$A$1" and the like.
std::string address_of(const Reference<css::uno::XInterface>& cells) {
    return to_utf8(Reference<css::beans::XPropertySet>(cells, UNO_QUERY_THROW)
                       ->getPropertyValue("AbsoluteName").get<rtl::OUString>());
}

void recalculate(const Spreadsheet& document) {
    Reference<css::sheet::XCalculatable>(document, UNO_QUERY_THROW)->calculateAll();
}

// No formula anywhere shows an error (Err:502, #NAME?, #VALUE! …).
int expect_no_error_cells(const Spreadsheet& document, const std::string& file) {
    const auto sheets = document->getSheets();
    int count = 0;
    for (const auto& name : sheets->getElementNames()) {
        ++count;
        Reference<css::sheet::XCellRangesQuery> query(sheets->getByName(name), UNO_QUERY_THROW);
        const auto errors = query->queryFormulaCells(css::sheet::FormulaResult::ERROR);
        EXPECT_EQ(errors->getCount(), 0) << file << ": error cells on " << to_utf8(name) << ": "
                                         << to_utf8(errors->getRangeAddressesAsString());
    }
    return count;
}

// Every cell of the named range "Checks" is a formula that is TRUE, and so is "AllChecks".
int expect_checks_hold(const Spreadsheet& document, const std::string& file) {
    // The description is in the column right of each check.
    const auto checks = named_cells(document, "Checks");
    const auto rows = Reference<css::sheet::XCellRangeData>(checks, UNO_QUERY_THROW)->getDataArray();
    int count = 0;
    for (sal_Int32 row = 0; row < rows.getLength(); ++row) {
        const auto cell = checks->getCellByPosition(0, row);
        if (cell->getType() == css::table::CellContentType_EMPTY)
            continue;
        ++count;
        double value = 0;
        const bool number = rows[row][0] >>= value;
        EXPECT_TRUE(cell->getType() == css::table::CellContentType_FORMULA && cell->getError() == 0 &&
                    number && value == 1.0)
            << file << ", check " << address_of(cell) << " ("
            << to_utf8(Reference<css::text::XTextRange>(checks->getCellByPosition(1, row), UNO_QUERY_THROW)
                           ->getString())
            << "): " << to_utf8(cell->getFormula()) << " is not TRUE";
    }
    EXPECT_GT(count, 0) << file << " has no checks";
    const auto all = named_cells(document, "AllChecks")->getCellByPosition(0, 0);
    EXPECT_TRUE(all->getError() == 0 && all->getValue() == 1.0) << file << ": AllChecks is not TRUE";
    return count;
}

// The names listed in a one-column named range (InputNames, OutputNames).
std::vector<std::string> listed_names(const Spreadsheet& document, const std::string& list) {
    const auto cells = named_cells(document, list);
    std::vector<std::string> names;
    for (const auto& row : Reference<css::sheet::XCellRangeData>(cells, UNO_QUERY_THROW)->getDataArray()) {
        rtl::OUString text;
        if ((row[0] >>= text) && !text.isEmpty())
            names.push_back(to_utf8(text));
    }
    return names;
}

int expect_names(const Spreadsheet& document, const std::string& file) {
    int count = 0;
    for (const auto& list : {std::string("InputNames"), std::string("OutputNames")}) {
        const auto names = listed_names(document, list);
        EXPECT_FALSE(names.empty()) << file << ": " << list << " lists no names";
        for (const auto& name : names) {
            ++count;
            EXPECT_TRUE(has_name(document, name))
                << file << ": " << list << " lists " << name << ", which is not a named range";
        }
    }
    return count;
}

// Every cell of every input named range is in the "Input" cell style (a
// Chinese template calls it 输入).
void expect_input_styles(const Spreadsheet& document, const std::string& file) {
    const std::string input = file.find(".zh.") != std::string::npos ? "输入" : "Input";
    for (const auto& name : listed_names(document, "InputNames")) {
        if (!has_name(document, name))
            continue;
        const auto cells = named_cells(document, name);
        const auto address = Reference<css::sheet::XCellRangeAddressable>(cells, UNO_QUERY_THROW)->getRangeAddress();
        for (sal_Int32 row = 0; row <= address.EndRow - address.StartRow; ++row)
            for (sal_Int32 column = 0; column <= address.EndColumn - address.StartColumn; ++column) {
                Reference<css::beans::XPropertySet> cell(cells->getCellByPosition(column, row), UNO_QUERY_THROW);
                EXPECT_EQ(to_utf8(cell->getPropertyValue("CellStyle").get<rtl::OUString>()), input)
                    << file << ": a cell of the input " << name << " ("
                    << office::cell_name(address.StartColumn + column, address.StartRow + row)
                    << ") is not in the Input style";
            }
    }
}

void expect_no_macros(const Uno& uno, const std::filesystem::path& file) {
    for (const auto& entry : uno.zip_entries(file)) {
        EXPECT_TRUE(entry.rfind("Basic", 0) != 0 && entry.rfind("Scripts", 0) != 0 &&
                    entry.rfind("Dialogs", 0) != 0)
            << file.filename().string() << " contains " << entry;
    }
    for (const auto* part : {"content.xml", "styles.xml"}) {
        const auto xml = uno.zip_entry(file, part);
        for (const auto* sign : {"<script:", "<office:event-listeners", "macro:", "vnd.sun.star.script:"})
            EXPECT_EQ(xml.find(sign), std::string::npos)
                << file.filename().string() << ": " << part << " contains " << sign;
    }
}

void close(const Spreadsheet& document) {
    Reference<css::util::XCloseable>(document, UNO_QUERY_THROW)->close(true);
}

// The numbers of a named range, row by row (a blank or text cell gives NaN).
std::vector<std::vector<double>> numbers(const Spreadsheet& document, const std::string& name) {
    std::vector<std::vector<double>> rows;
    for (const auto& row : Reference<css::sheet::XCellRangeData>(named_cells(document, name), UNO_QUERY_THROW)
                               ->getDataArray()) {
        auto& out = rows.emplace_back();
        for (const auto& value : row) {
            double number = std::nan("");
            value >>= number;
            out.push_back(number);
        }
    }
    return rows;
}

std::vector<std::vector<std::string>> texts(const Spreadsheet& document, const std::string& name) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : Reference<css::sheet::XCellRangeData>(named_cells(document, name), UNO_QUERY_THROW)
                               ->getDataArray()) {
        auto& out = rows.emplace_back();
        for (const auto& value : row) {
            rtl::OUString text;
            value >>= text;
            out.push_back(to_utf8(text));
        }
    }
    return rows;
}

// What the templates that start from a plan take from the annual plan, in the
// format of templates/generator/plan-results.json.
std::string plan_results_json(const Spreadsheet& plan) {
    const auto join = [](const std::vector<double>& values) {
        std::string text = "[";
        for (std::size_t i = 0; i < values.size(); ++i)
            text += (i ? ", " : "") + std::to_string(static_cast<long long>(std::llround(values[i])));
        return text + "]";
    };
    const auto column = [](const std::vector<std::vector<double>>& rows) {
        std::vector<double> values;
        for (const auto& row : rows)
            values.push_back(row.at(0));
        return values;
    };
    std::ostringstream json;
    json << "{\n \"annual_target\": " << std::llround(numbers(plan, "AnnualTarget").at(0).at(0)) << ",\n"
         << " \"region_targets\": " << join(column(numbers(plan, "RegionTargets"))) << ",\n"
         << " \"month_targets\": " << join(numbers(plan, "MonthTargets").at(0)) << ",\n"
         << " \"people\": [\n";
    const auto people = texts(plan, "People");
    const auto targets = numbers(plan, "PersonTargets");
    const auto months = numbers(plan, "PersonMonthTargets");
    for (std::size_t i = 0; i < people.size(); ++i)
        json << "  {\"name\": \"" << people[i].at(1) << "\", \"target\": " << std::llround(targets.at(i).at(0))
             << ", \"months\": " << join(months.at(i)) << "}" << (i + 1 < people.size() ? "," : "") << "\n";
    json << " ]\n}\n";
    return json.str();
}

// --- The tests --------------------------------------------------------------------

TEST(Templates, AreBuiltFromEverySource) {
    const auto all = sources();
    ASSERT_FALSE(all.empty()) << "no templates in " << ALLOT_TEMPLATE_SOURCES_DIR;
    std::set<std::string> languages;
    for (const auto& [stem, source] : all) {
        EXPECT_TRUE(std::filesystem::is_regular_file(built_dir() / (stem + ".ots")))
            << stem << ".ots was not built";
        EXPECT_FALSE(title_of(source).empty()) << source << " has no title";
        languages.insert(std::filesystem::path(stem).extension().string());
    }
    EXPECT_EQ(languages, (std::set<std::string>{".en", ".zh"}));
}

TEST(Templates, OpenWithoutErrorsAndEveryCheckHolds) {
    Uno uno(english_office());
    for (const auto& file : built_templates()) {
        const auto name = file.filename().string();
        uno_guarded(name, [&] {
            const auto document = uno.load(file);
            recalculate(document);
            const int sheets = expect_no_error_cells(document, name);
            const int checks = expect_checks_hold(document, name);
            const int names = expect_names(document, name);
            expect_input_styles(document, name);
            close(document);
            expect_no_macros(uno, file);
            std::cout << "[ template ] " << name << ": " << sheets << " sheets, " << checks << " checks, "
                      << names << " named inputs and results\n";
        });
    }
}

TEST(Templates, TheAnnualPlanAddsUpAfterTheTargetChanges) {
    Uno uno(english_office());
    for (const auto& file : built_templates()) {
        const auto name = file.filename().string();
        if (name.rfind("annual-plan.", 0) != 0)
            continue;
        uno_guarded(name, [&] {
            const auto document = uno.load(file);
            const auto target = named_cells(document, "AnnualTarget")->getCellByPosition(0, 0);
            for (const double total : {55'000'000.0, 47'321'000.0, 50'000'000.0}) {
                target->setValue(total);
                recalculate(document);
                SCOPED_TRACE("AnnualTarget " + std::to_string(total));
                expect_no_error_cells(document, name);
                expect_checks_hold(document, name);
                const auto regions = named_cells(document, "RegionTargets");
                double sum = 0;
                for (const auto& row : Reference<css::sheet::XCellRangeData>(regions, UNO_QUERY_THROW)->getDataArray())
                    sum += row[0].get<double>();
                EXPECT_EQ(sum, total) << name << ": the region targets add up to " << sum;
            }
            close(document);
        });
    }
}

TEST(Templates, ThoseThatStartFromAPlanCarryTheAnnualPlansResults) {
    // The funnel, dashboard, commission, OKR and KPI templates' sample inputs
    // are the annual plan's results (templates/generator/plan-results.json).
    // After a change to the annual plan, rewrite that file with
    //   ALLOT_WRITE_PLAN_RESULTS=templates/generator/plan-results.json templates_test
    // and run python3 templates/generate.py.
    Uno uno(english_office());
    uno_guarded("the annual plan's results", [&] {
        std::map<std::string, Spreadsheet> plans;
        for (const auto* language : {"en", "zh"}) {
            plans[language] = uno.load(built_dir() / (std::string("annual-plan.") + language + ".ots"));
            recalculate(plans[language]);
        }
        const auto& plan = plans["en"];
        if (const char* file = std::getenv("ALLOT_WRITE_PLAN_RESULTS")) {
            std::ofstream(file) << plan_results_json(plan);
            std::cout << "[ template ] wrote " << file << "\n";
        }
        for (const auto* name : {"PersonTargets", "PersonMonthTargets", "RegionTargets", "MonthTargets"})
            EXPECT_EQ(numbers(plans["zh"], name), numbers(plan, name))
                << name << " differ between the English and the Chinese annual plan";
        const auto person_months = numbers(plan, "PersonMonthTargets");
        std::vector<std::vector<double>> first_half;
        for (const auto& row : person_months) {
            double sum = 0;
            for (std::size_t month = 0; month < 6; ++month)
                sum += row.at(month);
            first_half.push_back({sum});
        }
        std::vector<std::vector<double>> region_bases;
        for (const auto& row : numbers(plan, "RegionTargets"))
            region_bases.push_back(row);
        const auto stale = "; after changing the annual plan, rewrite templates/generator/plan-results.json "
                           "(ALLOT_WRITE_PLAN_RESULTS) and run templates/generate.py";
        for (const auto* language : {"en", "zh"}) {
            const auto file = [&](const std::string& stem) { return built_dir() / (stem + "." + language + ".ots"); };
            const auto funnel = uno.load(file("funnel"));
            EXPECT_EQ(numbers(funnel, "PersonTargets"), numbers(plan, "PersonTargets"))
                << "the funnel's PersonTargets are not the annual plan's" << stale;
            close(funnel);
            const auto dashboard = uno.load(file("dashboard"));
            EXPECT_EQ(numbers(dashboard, "PlanMonths"), person_months)
                << "the dashboard's PlanMonths are not the annual plan's PersonMonthTargets" << stale;
            close(dashboard);
            const auto commission = uno.load(file("commission"));
            EXPECT_EQ(numbers(commission, "Targets"), first_half)
                << "the commission's Targets are not the annual plan's first six months" << stale;
            close(commission);
            const auto okr = uno.load(file("okr"));
            std::vector<std::vector<double>> revenue_bases;
            for (const auto& row : numbers(okr, "TeamBases"))
                revenue_bases.push_back({row.at(0)});
            EXPECT_EQ(revenue_bases, region_bases) << "the OKR teams' revenue bases are not the plan's" << stale;
            close(okr);
            const auto kpi = uno.load(file("kpi-tree"));
            EXPECT_EQ(numbers(kpi, "AnnualTarget"), numbers(plan, "AnnualTarget"));
            close(kpi);
        }
        for (auto& [language, document] : plans)
            close(document);
    });
}

TEST(Templates, AppearUnderFileNewTemplates) {
    auto& office = english_office();
    Uno uno(office);
    const auto context = uno.context();
    uno_guarded("the template path", [&] {
        // The path settings: Paths.xcu adds <the extension>/templates.
        const auto settings = css::util::thePathSettings::get(context);
        css::uno::Sequence<rtl::OUString> internal;
        settings->getPropertyValue("Template_internal") >>= internal;
        std::optional<std::string> folder;
        const auto expander = css::util::theMacroExpander::get(context);
        for (const auto& path : internal) {
            auto url = path;
            if (url.startsWithIgnoreAsciiCase("vnd.sun.star.expand:", &url))
                url = expander->expandMacros(rtl::Uri::decode(url, rtl_UriDecodeStrict, RTL_TEXTENCODING_UTF8));
            const auto text = to_utf8(url);
            if (text.find(".oxt/templates") != std::string::npos)
                folder = text;
        }
        ASSERT_TRUE(folder) << "no template path of the extension among the office's template folders";
        const std::string prefix = "file://";
        ASSERT_EQ(folder->rfind(prefix, 0), 0u) << *folder;
        const std::filesystem::path installed =
            std::filesystem::path(folder->substr(prefix.size())) / "Allot";
        for (const auto& file : built_templates())
            EXPECT_TRUE(std::filesystem::is_regular_file(installed / file.filename()))
                << file.filename().string() << " is not in the installed template folder " << installed;
    });
    uno_guarded("the office's document templates", [&] {
        // What File ▸ New ▸ Templates shows: DocumentTemplates' hierarchy,
        // <root>/<category>/<template title>.
        const auto templates = css::frame::DocumentTemplates::create(context);
        templates->update();
        const auto root = templates->getContent()->getIdentifier()->getContentIdentifier();
        const auto files = css::ucb::SimpleFileAccess::create(context);
        std::optional<rtl::OUString> category;
        for (const auto& group : files->getFolderContents(root, true))
            if (group.endsWith("/Allot"))
                category = group;
        ASSERT_TRUE(category) << "no Allot category under " << to_utf8(root);
        std::multiset<std::string> titles;
        for (const auto& entry : files->getFolderContents(*category, true)) {
            const auto last = entry.copy(entry.lastIndexOf('/') + 1);
            titles.insert(to_utf8(rtl::Uri::decode(last, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8)));
        }
        std::multiset<std::string> expected;
        for (const auto& [stem, source] : sources())
            expected.insert(title_of(source));
        EXPECT_EQ(titles, expected);
        std::cout << "[ template ] the Allot category lists " << titles.size() << " templates\n";
    });
}

} // namespace
} // namespace allot::integration
