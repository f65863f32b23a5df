#!/usr/bin/env bash
# Runs every test: engine and add-in unit tests, and the integration tests
# that drive a real headless LibreOffice with the built .oxt installed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
build=${ALLOT_BUILD_DIR:-build/release}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" -j"$(nproc)"
ctest --test-dir "$build" --output-on-failure -j1 "$@"
