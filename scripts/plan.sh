#!/usr/bin/env bash
# The main job: build the extension, install it into a private LibreOffice
# profile, open the sample plan, recalculate, change the annual target,
# print the plan and save it as .ods, .xlsx and .pdf under out/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
build=${ALLOT_BUILD_DIR:-build/release}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" -j"$(nproc)"
oxt=$(ls -t "$build"/addin/allot-*.oxt | head -n 1)
"$build/tools/allot-plan" --oxt "$oxt" --workbook samples/plan.fods \
    --out out "$@"
