#!/usr/bin/env bash
# Builds the engine's libFuzzer targets (clang, AddressSanitizer + UBSan) and
# runs each for a while, checking the engine's promises on every result.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS per target (default 60); ALLOT_FUZZ_SEED and ALLOT_FUZZ_RUNS make
# the run repeatable (libFuzzer's -seed and -runs: that many inputs, the
# same ones everywhere; SECONDS is then only a cap). TARGETs from fuzz/*_fuzz.cpp, e.g.
# split_fuzz (default: all). Each target starts from its seed corpus in
# fuzz/corpus/<target> and grows a working corpus in build/fuzz/corpus; a
# finding is written to build/fuzz/findings/ and makes the script fail.
# Reproduce one with: build/fuzz/fuzz/<target> <file>. Installs clang and
# libFuzzer from Debian's packages when missing (as root).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true

packages=(cmake make clang libclang-rt-14-dev libboost-dev)
missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        echo "Missing packages and not root: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
fi

build=${ALLOT_FUZZ_BUILD_DIR:-build/fuzz}
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DALLOT_BUILD_ADDIN=OFF -DALLOT_BUILD_TESTS=OFF -DALLOT_BUILD_BENCHMARKS=OFF \
    -DALLOT_BUILD_FUZZERS=ON >/dev/null
cmake --build "$build" -j"${ALLOT_FUZZ_JOBS:-2}"

targets=("$@")
if ((${#targets[@]} == 0)); then
    for source in fuzz/*_fuzz.cpp; do
        targets+=("$(basename "$source" .cpp)")
    done
fi

# A repeatable run (CI): the same seed and number of inputs give the same
# inputs on any machine, however fast, so a green run stays green.
repeatable=()
[[ -n "${ALLOT_FUZZ_SEED:-}" ]] && repeatable+=(-seed="$ALLOT_FUZZ_SEED")
[[ -n "${ALLOT_FUZZ_RUNS:-}" ]] && repeatable+=(-runs="$ALLOT_FUZZ_RUNS")

failed=()
for target in "${targets[@]}"; do
    seeds="fuzz/corpus/$target"
    corpus="$build/corpus/$target"
    findings="$build/findings"
    mkdir -p "$seeds" "$corpus" "$findings"
    echo "== $target: ${seconds}s"
    # -timeout: one input running for 10 s is a hang; -rss_limit_mb: runaway memory.
    if ! "$build/fuzz/$target" -max_total_time="$seconds" ${repeatable[@]+"${repeatable[@]}"} \
        -timeout=10 -rss_limit_mb=2048 \
        -max_len=1024 -print_final_stats=1 -artifact_prefix="$findings/$target-" \
        "$corpus" "$seeds" 2>"$build/$target.log"; then
        failed+=("$target")
        tail -n 40 "$build/$target.log"
    fi
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)" \
        "$build/$target.log" || true
done

if ((${#failed[@]})); then
    echo "Findings in: ${failed[*]} (see $build/findings)" >&2
    exit 1
fi
echo "No findings: ${targets[*]}"
