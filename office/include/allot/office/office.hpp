// A private, headless LibreOffice driven over a UNO bridge, for integration
// tests and command-line tools.
//
// An Office starts its own soffice.bin with a profile of its own (a fresh
// temporary one unless told otherwise) and HOME pointing into a temporary
// directory, so nothing is written to the user's home or their own profile.
// It installs extensions into that profile, loads, recalculates, reads and
// stores spreadsheets, and always stops the office it started (destructor).
//
// Every failure, including every UNO exception, leaves this layer as a
// std::runtime_error whose message says what was being done. The header
// knows no UNO type; the UNO headers stay inside the library.
//
// Not thread-safe: use one Office (and its Documents) from one thread.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <allot/commands/address.hpp>

namespace allot::office {

// One property in the profile's registrymodifications.xcu, written before the
// office first starts, e.g. {"/org.openoffice.Setup/L10N", "ooLocale", "zh-CN"}.
struct Setting {
    std::string path;
    std::string property;
    std::string value; // as written in an .xcu: text, a number, true or false
};

struct Options {
    // soffice.bin itself (not the `soffice` shell wrapper), by absolute path.
    std::filesystem::path soffice = default_soffice();
    // Profile directory (becomes -env:UserInstallation). Empty: a fresh one in
    // the temporary directory, removed when the Office is destroyed.
    std::filesystem::path profile;
    // Keep the temporary directory (profile, HOME, office.log) at the end.
    bool keep_files = false;
    // UI language of the office ("zh-CN", "en-US"); empty: the office default.
    std::string ui_locale;
    // An X display (":77") to show the office on, with its windows, menus and
    // dialogs, for screenshots; empty: headless.
    std::string display;
    // More settings for a fresh profile; they come after (and win over) the
    // defaults: no first-run dialogs, no autosave, no document lock files.
    std::vector<Setting> settings;
    // How long starting (spawn + connect) and stopping may take.
    std::chrono::milliseconds start_timeout{60'000};
    std::chrono::milliseconds stop_timeout{15'000};

    static std::filesystem::path default_soffice();
};

// What XCell reports about one cell.
enum class CellKind { Empty, Value, Text, Formula };

struct Cell {
    CellKind kind = CellKind::Empty;
    double value = 0.0;  // the number (a formula's result; TRUE is 1)
    std::string text;    // the text as Calc displays it
    std::string formula; // the formula in API (English) syntax, e.g. "=SUM(A1:A3)"
    int error = 0;       // XCell::getError(): 0, or a Calc error code (502, 504, 511...)
};

enum class FileFormat {
    Ods,  // filter "calc8"
    Fods, // filter "OpenDocument Spreadsheet Flat XML"
    Xlsx, // filter "Calc MS Excel 2007 XML"
    Pdf,  // filter "calc_pdf_Export"
};

// The filter name storeToURL needs for a format.
std::string_view filter_name(FileFormat format);
// The usual file name extension of a format, with its dot (".ods").
std::string_view file_extension(FileFormat format);

struct Extent {
    int columns = 0;
    int rows = 0;
};

// A rectangle of cells on a named sheet (0-based positions), and the A1 name
// of a cell: the commands library's, one for the whole project.
using commands::Area;
using commands::cell_name;

// What Calc's Function Wizard shows of a function, as the office's
// com.sun.star.sheet.FunctionDescriptions service reports it, in the
// office's UI language.
struct FunctionArgument {
    std::string name;
    std::string description;
    bool optional = false;
};
struct FunctionDescription {
    std::string name; // as users type it, e.g. "SUM" or "ALLOT.SPLIT"
    std::string description;
    std::vector<FunctionArgument> arguments;
};

// A named argument of a dispatched command, or a value of its result.
using Value = std::variant<bool, double, std::string>;

// What a Targets command (vnd.org.allot:…) answered through executeDispatch:
// Status ("done", "refused", "cancelled"), Message (in the UI language), and
// the command's own values (Changed, Held, Total, AddsUp, URL, Frozen …).
struct CommandResult {
    std::map<std::string, Value> values;

    std::string status() const;
    std::string message() const;
    // A number or flag of the result; NaN when absent.
    double number(const std::string& name) const;
    // A text of the result; "" when absent.
    std::string text(const std::string& name) const;
};

class Office;

// A spreadsheet document open in an Office. Sheets are named, cells and ranges
// are given in A1 notation ("B2", "A1:C3"). It closes itself when destroyed; it
// must not outlive its Office, and becomes unusable once the Office stops.
class Document {
public:
    Document(Document&&) noexcept;
    Document& operator=(Document&&) noexcept;
    ~Document();

    std::vector<std::string> sheet_names() const;
    // Columns and rows from A1 to the last used cell of a sheet.
    Extent used_extent(std::string_view sheet) const;

    Cell cell(std::string_view sheet, std::string_view address) const;
    Cell cell(std::string_view sheet, int column, int row) const; // 0-based
    // Numbers of a range, row by row; a cell that holds no number gives NaN.
    std::vector<std::vector<double>> values(std::string_view sheet, std::string_view range) const;

    void set_value(std::string_view sheet, std::string_view address, double value);
    void set_text(std::string_view sheet, std::string_view address, std::string_view text);
    // An ordinary formula in API syntax, e.g. "=ALLOT.SPLIT(B1;A2:A9)".
    void set_formula(std::string_view sheet, std::string_view address, std::string_view formula);
    // One array formula over the whole range (Ctrl+Shift+Enter in the UI).
    void set_array_formula(std::string_view sheet, std::string_view range,
                           std::string_view formula);
    // Many numbers / formulas at once (setDataArray / setFormulaArray); the
    // rows must match the range's shape. Calc 7.4 takes time quadratic in the
    // number of formulas here (10,000 take ~3 s): for long columns of one
    // formula, write the first and fill_down().
    void set_values(std::string_view sheet, std::string_view range,
                    const std::vector<std::vector<double>>& rows);
    void set_formulas(std::string_view sheet, std::string_view range,
                      const std::vector<std::vector<std::string>>& rows);
    // Copies the range's first row down over the rest of it, relative
    // references adjusting (XCellSeries::fillAuto, like Ctrl+D).
    void fill_down(std::string_view sheet, std::string_view range);
    void clear(std::string_view sheet, std::string_view range);
    void add_sheet(std::string_view name);

    // Where a named range (Sheet > Named Ranges and Expressions) points.
    Area named_range(std::string_view name) const;

    // Runs a command through XDispatchHelper::executeDispatch on the
    // document's frame, as a macro would (e.g. "vnd.org.allot:Redistribute"
    // with {"Total", 5.5e7}).
    CommandResult dispatch(std::string_view url,
                           const std::vector<std::pair<std::string, Value>>& arguments = {});
    // Selects a range in the document's view (what a command works on by default).
    void select(std::string_view sheet, std::string_view range);
    // Places the document's window at the top left of the screen with this
    // size (a visible office, Options::display).
    void show(int width, int height);
    // Ctrl+Z: undoes the last step of the document's undo manager.
    void undo();
    // The titles of the undo steps, most recent first.
    std::vector<std::string> undo_titles() const;
    // How many conditions the conditional format of a range has.
    int conditions(std::string_view sheet, std::string_view range) const;
    // The names of a sheet's charts.
    std::vector<std::string> charts(std::string_view sheet) const;
    // What a chart shows: its title ("" without one), whether it has a
    // legend, its categories (as text) and the values of each series.
    struct Chart {
        std::string title;
        bool legend = false;
        std::vector<std::string> categories;
        std::vector<std::vector<double>> series;
    };
    Chart chart(std::string_view sheet, std::string_view name) const;
    // The name of a cell's style.
    std::string cell_style(std::string_view sheet, std::string_view address) const;
    // Whether the document has unsaved changes.
    bool modified() const;

    // XCalculatable::calculateAll: every formula, dirty or not.
    void recalculate();
    // storeToURL: writes a copy, the document stays as it is. Overwrites.
    void store(const std::filesystem::path& file, FileFormat format) const;
    void store(const std::filesystem::path& file, std::string_view filter) const;
    // Closes the document (also done by the destructor).
    void close();

private:
    friend class Office;
    struct Impl;
    explicit Document(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

class Office {
public:
    explicit Office(Options options = {});
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;
    // Stops the office if it runs, removes the temporary files unless kept.
    ~Office();

    // Spawns soffice.bin (again when it exits with 81 on a fresh profile's
    // first start) and connects a UNO bridge. Does nothing if already running.
    void start();
    // Closes every document, terminates the office and waits for it; kills it
    // if it does not exit in time. Does nothing if not running.
    void stop();
    void restart();
    bool running() const;

    // Adds an .oxt to the profile's user extensions through the office's
    // ExtensionManager (approving its questions), then restarts the office,
    // since an extension added to a running office works only after a restart.
    // Starts the office first if needed.
    void install_extension(const std::filesystem::path& oxt);
    // Identifiers of the extensions installed for the profile's user.
    std::vector<std::string> user_extensions();

    // Every function Calc knows, built-in and add-in, as its Function Wizard
    // describes them.
    std::vector<FunctionDescription> function_descriptions();

    Document load(const std::filesystem::path& file);
    Document create_spreadsheet();

    const std::filesystem::path& profile() const;
    // Where the office's own stdout/stderr go.
    std::filesystem::path log_file() const;
    // The socket files of the office's pipes (its acceptor and its
    // single-instance pipe) under /tmp; stop() removes them if the office
    // could not (when it was killed).
    std::vector<std::filesystem::path> pipe_sockets() const;
    // soffice.bin's process id, or 0 when not running.
    int pid() const;
    // How long the last start() took (spawns, respawns and connecting).
    std::chrono::milliseconds last_start_duration() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace allot::office
