// allot-screenshots: the README's pictures of the Targets menu and its
// dialogs, taken from a real LibreOffice with the extension installed, on an
// X display of its own (scripts/screenshots.sh starts Xvfb), in English and
// Chinese. There is no window manager: windows are found by title and given
// the keyboard with xdotool; pictures are taken with ImageMagick's import.
#include <allot/office/office.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>

#include <CLI/CLI.hpp>

namespace {

using allot::office::Document;
using allot::office::Office;
using namespace std::chrono_literals;

struct Settings {
    std::filesystem::path oxt = ALLOT_DEFAULT_OXT;
    std::filesystem::path out = "docs/images";
    std::string display = ":77";
};

// Runs a command of the X tools on the display; throws when it fails.
void x11(const Settings& settings, const std::string& command) {
    const std::string line = "DISPLAY=" + settings.display + " " + command + " >/dev/null 2>&1";
    if (std::system(line.c_str()) != 0)
        throw std::runtime_error("failed: " + command);
}

// Gives the keyboard to the newest window whose title contains `title`.
void focus(const Settings& settings, const std::string& title) {
    x11(settings,
        "sh -c 'xdotool windowfocus $(xdotool search --name \"" + title + "\" | tail -1)'");
    std::this_thread::sleep_for(300ms);
}

// Presses Return in the message box titled exactly `title` once it shows
// (a loaded machine may take seconds to open it; its default button answers).
void answer(const Settings& settings, const std::string& title) {
    x11(settings, "sh -c 'w=$(timeout 60 xdotool search --sync --onlyvisible --name \"^" + title +
                      "$\" | tail -1); xdotool windowfocus --sync $w; sleep 0.5; "
                      "xdotool key --window $w Return'");
    std::this_thread::sleep_for(500ms);
}

// The screen, cropped to `geometry` ("900x520+0+0"), as docs/images/<name>.png.
void shoot(const Settings& settings, const std::string& name, const std::string& geometry) {
    std::this_thread::sleep_for(800ms); // let the office paint
    const auto file = settings.out / (name + ".png");
    x11(settings, "import -window root -crop " + geometry + " +repage '" + file.string() + "'");
    std::cout << "  " << file.string() << "\n";
}

// A regional plan pasted from elsewhere: four regions × six months.
void fill(Document& document, const std::string& sheet, bool chinese) {
    document.set_text(sheet, "A1", chinese ? "区域" : "Region");
    const char* months_en[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun"};
    const char* months_zh[] = {"1月", "2月", "3月", "4月", "5月", "6月"};
    for (int i = 0; i < 6; ++i)
        document.set_text(sheet, allot::office::cell_name(i + 1, 0),
                          chinese ? months_zh[i] : months_en[i]);
    const char* regions_en[] = {"North", "South", "East", "West"};
    const char* regions_zh[] = {"华北", "华南", "华东", "西部"};
    for (int i = 0; i < 4; ++i)
        document.set_text(sheet, allot::office::cell_name(0, i + 1),
                          chinese ? regions_zh[i] : regions_en[i]);
    document.set_values(sheet, "B2:G5",
                        {{820, 760, 910, 880, 940, 1010},
                         {640, 600, 700, 690, 720, 780},
                         {1150, 1080, 1240, 1200, 1290, 1360},
                         {430, 400, 470, 460, 480, 520}});
}

// Clicks a point of a window, given as fractions of its width and height
// (dialog units scale with the font, so positions are relative).
void click(const Settings& settings, const std::string& title, double x, double y) {
    x11(settings, "sh -c 'eval $(xdotool search --name \"" + title +
                      "\" | tail -1 | xargs xdotool getwindowgeometry --shell); "
                      "xdotool mousemove $((X + WIDTH * " +
                      std::to_string(static_cast<int>(x * 1000)) + " / 1000)) $((Y + HEIGHT * " +
                      std::to_string(static_cast<int>(y * 1000)) + " / 1000)) click 1'");
    std::this_thread::sleep_for(500ms);
}

// Runs a command from the menu (no arguments: dialogs) while `steps` acts on
// its windows; waits for it to end.
template <class Steps> void with_command(Document& document, const std::string& url, Steps steps) {
    auto running = std::async(std::launch::async, [&] { return document.dispatch(url); });
    std::this_thread::sleep_for(3s);
    steps();
    if (running.wait_for(20s) != std::future_status::ready)
        throw std::runtime_error(url + " did not end");
    running.get();
}

void take(const Settings& settings, const std::string& language) {
    const bool chinese = language == "zh";
    std::cout << (chinese ? "Chinese office:\n" : "English office:\n");
    allot::office::Options options;
    options.display = settings.display;
    options.ui_locale = chinese ? "zh-CN" : "en-US";
    Office office(options);
    office.install_extension(settings.oxt);
    Document document = office.create_spreadsheet();
    document.show(1280, 800);
    const std::string sheet = document.sheet_names().front();
    fill(document, sheet, chinese);
    document.dispatch("vnd.org.allot:Hold", {{"Range", "B2:C5"}}); // January and February: actuals
    document.select(sheet, "B2:G5");

    focus(settings, "LibreOffice");
    x11(settings, "xdotool key alt+a");
    shoot(settings, "targets-menu-" + language, "820x300+0+0");
    x11(settings, "xdotool key Escape");

    const std::string dialog = chinese ? "重新分配" : "Redistribute";
    with_command(document, "vnd.org.allot:Redistribute", [&] {
        focus(settings, dialog);
        x11(settings, "xdotool type --delay 50 '+10%'");
        shoot(settings, "redistribute-dialog-" + language, "1040x480+0+80");
        x11(settings, "xdotool key Return");
        std::this_thread::sleep_for(2s);
        shoot(settings, "redistribute-summary-" + language, "1000x520+0+80");
        x11(settings, "xdotool key Return");
    });

    document.set_text(sheet, "I2", chinese ? "文本" : "text");
    document.set_formula(sheet, "J2", "=ALLOT.SPLIT(1000;I2:I5)");
    document.select(sheet, "J2");
    with_command(document, "vnd.org.allot:Why", [&] {
        shoot(settings, "why-command-" + language, "1100x520+0+80");
        x11(settings, "xdotool key Return");
    });
    // The target wizard over five salespeople: last year's sales and two
    // capability factors.
    document.set_text(sheet, "A8", chinese ? "销售员" : "Salesperson");
    document.set_text(sheet, "B8", chinese ? "去年销售额" : "Last year");
    document.set_text(sheet, "C8", chinese ? "客户数" : "Accounts");
    document.set_text(sheet, "D8", chinese ? "能力分" : "Skill");
    const char* people_en[] = {"Ann", "Bo", "Chen", "Dana", "Eli"};
    const char* people_zh[] = {"张伟", "王芳", "李娜", "刘洋", "陈静"};
    for (int i = 0; i < 5; ++i)
        document.set_text(sheet, "A" + std::to_string(9 + i),
                          chinese ? people_zh[i] : people_en[i]);
    document.set_values(sheet, "B9:D13",
                        {{1200000, 42, 80},
                         {800000, 30, 60},
                         {1000000, 35, 90},
                         {600000, 22, 40},
                         {400000, 18, 75}});
    document.select(sheet, "B9:B13");
    const std::string wizard = chinese ? "分解目标" : "Decompose a target";
    const std::string box = chinese ? "分解目标" : "Decompose"; // its message boxes
    with_command(document, "vnd.org.allot:Decompose", [&] {
        focus(settings, wizard);
        x11(settings, "xdotool key Tab");
        x11(settings,
            "xdotool type --delay 50 '" + std::string(chinese ? "450万" : "4500000") + "'");
        x11(settings, "xdotool key Tab");
        x11(settings, "xdotool type --delay 50 1000");
        shoot(settings, "decompose-step1-" + language, "1080x560+0+60");
        click(settings, wizard, 0.556, 0.950); // Next
        click(settings, wizard, 0.4, 0.33);    // the factor columns
        x11(settings, "xdotool type --delay 30 'C9:D13'");
        click(settings, wizard, 0.4, 0.40); // their weights
        x11(settings, "xdotool type --delay 30 '0.6;0.4'");
        shoot(settings, "decompose-step2-" + language, "1080x560+0+60");
        click(settings, wizard, 0.556, 0.950); // Next: the preview
        shoot(settings, "decompose-step3-" + language, "1080x560+0+60");
        click(settings, wizard, 0.726, 0.950); // Write the plan
        answer(settings, box);                 // the summary
    });
    std::this_thread::sleep_for(1s);
    shoot(settings, "decompose-plan-" + language, "1280x560+0+60");

    // Again, at a cell in use (the names): the wizard asks before writing over it.
    document.select(sheet, "B9:B13");
    with_command(document, "vnd.org.allot:Decompose", [&] {
        focus(settings, wizard);
        x11(settings, "xdotool key Tab");
        x11(settings, "xdotool type --delay 50 4500000");
        click(settings, wizard, 0.556, 0.950); // Next
        click(settings, wizard, 0.556, 0.950); // Next: the preview
        click(settings, wizard, 0.040, 0.843); // At a cell
        click(settings, wizard, 0.410, 0.840); // which
        x11(settings, "xdotool type --delay 30 '$" + sheet + ".$A$9'");
        click(settings, wizard, 0.726, 0.950); // Write the plan: the question
        x11(settings,
            "sh -c 'timeout 60 xdotool search --sync --onlyvisible --name \"^" + box + "$\"'");
        shoot(settings, "decompose-overwrite-" + language, "1080x560+0+60");
        answer(settings, box); // No, the default: nothing is written
    });
    office.stop();
}

} // namespace

int main(int argc, char** argv) {
    Settings settings;
    CLI::App app{"allot-screenshots: pictures of the Targets menu and its dialogs in English and "
                 "Chinese, from a real LibreOffice on an X display (see scripts/screenshots.sh)"};
    app.add_option("--oxt", settings.oxt, "the Allot extension")->capture_default_str();
    app.add_option("--out", settings.out, "where the PNG files go")->capture_default_str();
    app.add_option("--display", settings.display, "the X display (Xvfb)")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    try {
        std::filesystem::create_directories(settings.out);
        take(settings, "en");
        take(settings, "zh");
    } catch (const std::exception& error) {
        std::cerr << "allot-screenshots: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
