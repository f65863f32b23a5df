#!/usr/bin/env bash
# The second entry point: opens a template in LibreOffice's window with the
# Allot extension installed, for a person to explore (the Targets menu, the
# functions, File > New > Templates > Allot). Needs a desktop (X11 or Wayland).
#
#   bash scripts/explore.sh                    # the annual plan
#   bash scripts/explore.sh dashboard          # annual-plan, funnel, kpi-tree, dashboard, commission, okr
#   bash scripts/explore.sh okr --language zh  # the Chinese template in a Chinese office
#
# It builds the extension, installs it into a LibreOffice profile of its own
# (build/release/explore/profile-<language>, made afresh each time; your own
# LibreOffice profile and settings are not touched) and starts LibreOffice
# with that profile on a new workbook made from the template. Documents you
# save stay wherever you save them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

template=annual-plan
language=""
while (($#)); do
    case "$1" in
    --language) language=${2:?--language needs en or zh}; shift 2 ;;
    --language=*) language=${1#--language=}; shift ;;
    -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "explore.sh: unknown option $1" >&2; exit 2 ;;
    *) template=$1; shift ;;
    esac
done
if [[ -z "$language" ]]; then
    case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in zh*) language=zh ;; *) language=en ;; esac
fi
[[ "$language" == en || "$language" == zh ]] || { echo "explore.sh: --language en or zh" >&2; exit 2; }
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "explore.sh: no desktop (DISPLAY is not set): run it in a desktop session," >&2
    echo "or use the main job instead: bash scripts/plan.sh" >&2
    exit 1
fi

bash "$root/scripts/deps.sh"
build=${ALLOT_BUILD_DIR:-build/release}
[[ "$build" = /* ]] || build="$root/$build"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target allot-install

file="$build/templates/oxt/templates/Allot/$template.$language.ots"
if [[ ! -f "$file" ]]; then
    echo "explore.sh: no template $template; there are:" \
        $(ls "$build/templates/oxt/templates/Allot" | sed -n "s/\.$language\.ots$//p") >&2
    exit 2
fi
profile="$build/explore/profile-$language"
rm -rf "$profile"
"$build/tools/allot-install" --profile "$profile" --language "$language"
echo "Opening $template ($language) in LibreOffice; close LibreOffice to end."
exec soffice "-env:UserInstallation=file://$profile" --nologo --norestore "$file"
