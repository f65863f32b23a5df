#!/usr/bin/env bash
# The main job: build the extension and allot-plan (nothing else), install the
# extension into a private LibreOffice profile, make a workbook from the
# annual plan template, raise the annual target with Targets > Redistribute,
# and write out/plan.ods, out/plan.xlsx (for Excel) and out/dashboard.pdf
# (out/ in the current directory). Arguments go to allot-plan (--total 5500万,
# --language zh, --out DIR, --workbook FILE, --help).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

bash "$root/scripts/deps.sh"
build=${ALLOT_BUILD_DIR:-build/release}
[[ "$build" = /* ]] || build="$root/$build"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target allot-plan
"$build/tools/allot-plan" "$@"
