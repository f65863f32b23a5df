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
"$build/tools/allot-plan" --oxt "$build/addin/allot-0.1.0.oxt" --workbook samples/plan.fods \
    --out out "$@"
