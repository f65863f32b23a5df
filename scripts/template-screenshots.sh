#!/usr/bin/env bash
# Screenshots of the template workbooks in a real LibreOffice (GUI, under Xvfb),
# with the built .oxt installed into a private profile: one PNG per template
# and language, and File > New > Templates in each language
# (template-manager.<language>.png), in docs/images/templates/; and the
# Function Wizard with the ALLOT functions in each language
# (docs/images/function-wizard-<language>.png, and
# function-wizard-arguments-<language>.png). Run after a build:
#
#   bash scripts/template-screenshots.sh                  # every picture; uses build/release
#   bash scripts/template-screenshots.sh annual-plan.zh   # only these (file names without .fods)
#   bash scripts/template-screenshots.sh function-wizard.en template-manager.zh
#   ALLOT_BUILD_DIR=build/x bash scripts/template-screenshots.sh
#
# Installs xvfb, imagemagick, xdotool and python3-uno when missing (as root). Nothing is
# written to $HOME or the user's LibreOffice profile; the office started here
# is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${ALLOT_BUILD_DIR:-build/release}
oxt=$(ls "$build"/addin/allot-*.oxt 2>/dev/null | head -n 1 || true)
if [[ -z "$oxt" ]]; then
    echo "No .oxt in $build/addin: build first (cmake --build $build)" >&2
    exit 1
fi

missing=()
for package in xvfb imagemagick xdotool python3-uno; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "Missing packages: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

work=$(mktemp -d /tmp/allot-screenshots-XXXXXX)
display=":$((50 + RANDOM % 400))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() {
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
sleep 1

out=docs/images/templates
mkdir -p "$out"
DISPLAY=$display WORK=$work OXT=$(realpath "$oxt") OUT=$(realpath "$out") \
    IMAGES=$(realpath docs/images) SOURCES=$(realpath templates) ONLY="$*" /usr/bin/python3 - <<'PYTHON'
# One office per UI language: a fresh profile, the .oxt installed through the
# ExtensionManager, a restart, then every template of that language opened as
# File > New > Templates would (a new document from the installed .ots).
import os, pathlib, signal, subprocess, sys, threading, time
import uno, unohelper
from com.sun.star.beans import PropertyValue
from com.sun.star.ucb import XCommandEnvironment
from com.sun.star.task import XInteractionHandler

work, oxt, out = pathlib.Path(os.environ["WORK"]), os.environ["OXT"], pathlib.Path(os.environ["OUT"])
sources = pathlib.Path(os.environ["SOURCES"])
images = pathlib.Path(os.environ["IMAGES"])
display = os.environ["DISPLAY"]
only = os.environ.get("ONLY", "").split()
program = "/usr/lib/libreoffice/program"


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Approve(unohelper.Base, XCommandEnvironment, XInteractionHandler):
    def getInteractionHandler(self):
        return self

    def getProgressHandler(self):
        return None

    def handle(self, request):
        for continuation in request.getContinuations():
            if continuation.queryInterface(uno.getTypeByName("com.sun.star.task.XInteractionApprove")):
                continuation.select()
                return


class Office:
    def __init__(self, profile, locale):
        self.profile = profile
        self.pipe = f"allot_screenshots_{os.getpid()}_{locale}"
        (profile / "user").mkdir(parents=True, exist_ok=True)
        items = [("/org.openoffice.Setup/L10N", "ooLocale", locale),
                 ("/org.openoffice.Office.Linguistic/General", "UILocale", locale),
                 ("/org.openoffice.Setup/Office", "ooSetupInstCompleted", "true"),
                 ("/org.openoffice.Office.Common/Misc", "FirstRun", "false"),
                 ("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false"),
                 ("/org.openoffice.Office.Common/Misc", "UseLocking", "false"),
                 ("/org.openoffice.Office.Common/Save/Document", "AutoSave", "false")]
        xcu = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
               'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">']
        xcu += [f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>'
                for path, name, value in items]
        xcu.append("</oor:items>")
        (profile / "user" / "registrymodifications.xcu").write_text("\n".join(xcu))
        self.process = None

    def start(self, headless):
        home = work / "home"
        home.mkdir(exist_ok=True)
        env = dict(os.environ, HOME=str(home), DISPLAY=display)
        args = [f"{program}/soffice", f"-env:UserInstallation=file://{self.profile}", "--norestore", "--nologo",
                "--nolockcheck", "--nodefault", f"--accept=pipe,name={self.pipe};urp;"]
        if headless:
            args += ["--headless", "--invisible"]
        # A session of its own: kill() ends soffice.bin too, not only the wrapper script.
        self.process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(600):
            try:
                self.context = resolver.resolve(f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.1)
        else:
            sys.exit("LibreOffice did not start")
        self.desktop = self.context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop",
                                                                             self.context)

    def stop(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass  # the office goes away during the call
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self):
        """The wrapper script and soffice.bin, for an office a modal dialog holds."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()

    def install(self, oxt):
        manager = self.context.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        manager.addExtension(uno.systemPathToFileUrl(oxt), (), "user", None, Approve())

    def template_folder(self):
        settings = self.context.getValueByName("/singletons/com.sun.star.util.thePathSettings")
        expander = self.context.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
        for url in settings.getPropertyValue("Template_internal"):
            if url.startswith("vnd.sun.star.expand:") and url.endswith(".oxt/templates"):
                from urllib.parse import unquote
                return uno.fileUrlToSystemPath(expander.expandMacros(unquote(url[len("vnd.sun.star.expand:"):])))
        sys.exit("the extension's template folder is not among the office's template paths")


def shoot(name, folder=out, crop="1600x1000+0+0"):
    png = work / f"{name}.png"
    subprocess.run(["import", "-display", display, "-window", "root", "-crop", crop, "+repage", str(png)],
                   check=True)
    # A small palette keeps the repository light; the text stays sharp.
    subprocess.run(["convert", str(png), "-colors", "192", f"PNG8:{folder / (name + '.png')}"], check=True)
    print(f"wrote {folder / (name + '.png')}")


def xdotool(*arguments):
    return subprocess.run(["xdotool", *arguments], env=dict(os.environ, DISPLAY=display), check=True,
                          capture_output=True, text=True).stdout


def function_wizard(office, language):
    """Insert > Function, twice (a modal dialog: opened from another thread,
    closed with Escape): on an ALLOT.SPLIT formula, its arguments with their
    descriptions and the result (function-wizard-arguments-<language>.png);
    on an empty cell, the ALLOT functions found by the search box and
    ALLOT.SPLIT's description (function-wizard-<language>.png)."""
    document = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())
    frame = document.CurrentController.Frame
    frame.ContainerWindow.setPosSize(0, 0, 1280, 800, 15)
    sheet = document.Sheets.getByIndex(0)
    sheet.getCellRangeByName("B2").setFormula("=ALLOT.SPLIT(5000000;{30|20|50};1000)")
    helper = office.context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper",
                                                                     office.context)
    title = "Function Wizard" if language == "en" else "函数向导"

    def open_wizard(cell):
        """The dialog's window and its rectangle on the screen."""
        document.CurrentController.select(sheet.getCellRangeByName(cell))
        threading.Thread(target=lambda: helper.executeDispatch(frame, ".uno:FunctionDialog", "", 0, ()),
                         daemon=True).start()
        time.sleep(6)
        window = xdotool("search", "--name", title).split()[-1]
        geometry = dict(line.split("=") for line in xdotool("getwindowgeometry", "--shell", window).split())
        return window, (f"{int(geometry['WIDTH']) + 8}x{int(geometry['HEIGHT']) + 8}"
                        f"+{int(geometry['X']) - 4}+{int(geometry['Y']) - 4}")

    # Before the dialog gets the keyboard: giving it the focus leaves the arguments' page.
    window, crop = open_wizard("B2")
    shoot(f"function-wizard-arguments-{language}", images, crop)
    xdotool("windowfocus", window)
    xdotool("key", "Escape")
    time.sleep(1.5)
    window, crop = open_wizard("D2")
    xdotool("windowfocus", window)
    time.sleep(0.5)
    xdotool("type", "--delay", "80", "ALLOT.")          # the search box has the focus
    time.sleep(1)
    xdotool("key", "Tab", "Tab")                        # the list of functions
    for _ in range(10):                                 # APPORTION … PROFILE, then SPLIT
        xdotool("key", "Down")
        time.sleep(0.15)
    time.sleep(1)
    shoot(f"function-wizard-{language}", images, crop)

for language, locale in (("en", "en-US"), ("zh", "zh-CN")):
    wanted = [s for s in sorted(sources.glob(f"*.{language}.fods")) if not only or s.stem in only]
    wizard = not only or f"function-wizard.{language}" in only
    if not wanted and only and f"template-manager.{language}" not in only and not wizard:
        continue
    office = Office(work / f"profile-{language}", locale)
    office.start(headless=True)
    office.install(oxt)
    office.stop()
    office.start(headless=False)
    folder = pathlib.Path(office.template_folder()) / "Allot"
    for source in wanted:
        template = folder / (source.stem + ".ots")
        document = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(str(template)), "_blank", 0,
                                                       (prop("AsTemplate", True),))
        frame = document.CurrentController.Frame
        frame.ContainerWindow.setPosSize(0, 0, 1600, 1000, 15)
        document.CurrentController.ZoomValue = 90
        document.calculateAll()
        time.sleep(3)
        shoot(source.stem)
        document.close(True)
    # File > New > Templates (a modal dialog: opened from another thread, and
    # the office is killed afterwards, as nothing can close the dialog here).
    if not only or f"template-manager.{language}" in only:
        document = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, ())
        frame = document.CurrentController.Frame
        frame.ContainerWindow.setPosSize(0, 0, 1600, 1000, 15)
        helper = office.context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper",
                                                                         office.context)
        threading.Thread(target=lambda: helper.executeDispatch(frame, ".uno:NewDoc", "", 0, ()),
                         daemon=True).start()
        time.sleep(8)
        shoot(f"template-manager.{language}")
        office.kill()
        if wizard:
            office.start(headless=False)
    if wizard:
        function_wizard(office, language)
        office.kill()
    else:
        office.stop()
os._exit(0)  # the dialog's thread may still wait on the killed office
PYTHON
