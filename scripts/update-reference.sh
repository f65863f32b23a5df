#!/usr/bin/env bash
# Rewrites the README's function reference (between the reference markers)
# from the function table: run after changing addin/src/function_table.cpp.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${ALLOT_BUILD_DIR:-build/dev}
cmake --build "$build" --target allot_reference >/dev/null
"$build/addin/allot_reference" >"$build/reference.md"
python3 - "$build/reference.md" <<'PY'
import re, sys
reference = open(sys.argv[1], encoding="utf-8").read()
readme = open("README.md", encoding="utf-8").read()
begin, end = "<!-- reference:begin -->\n", "<!-- reference:end -->"
start = readme.index(begin) + len(begin)
stop = readme.index(end, start)
open("README.md", "w", encoding="utf-8").write(readme[:start] + reference + readme[stop:])
PY
echo "README.md: reference updated"
