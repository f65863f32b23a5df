#!/usr/bin/env bash
# The README's screenshots of the Targets menu and its dialogs, remade from a
# real LibreOffice under Xvfb (English and Chinese) into docs/images/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
missing=()
for tool in Xvfb:xvfb xdotool:xdotool import:imagemagick; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if ((${#missing[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"
fi
build=${ALLOT_BUILD_DIR:-build/release}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" -j"$(nproc)" --target allot_oxt allot-screenshots

display=:$((70 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
"$build/tools/allot-screenshots" --display "$display" --out docs/images "$@"
