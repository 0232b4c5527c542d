#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target of a -DCLUSTERSCOPE_FUZZ=ON build for SECONDS each (default 30).
# Corpora are assembled in a temporary directory from tests/fuzz/seeds/, generated XLSX
# workbooks, the test data of the project, and the public conformance files in
# ../shared/conformance when they are there (read in place, never copied into the tree).
# Prints one line per target; exits 1 if any target found a crash, leak, timeout or OOM, and
# leaves the reproducers in the artifact directory it names.
#
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS]
#   FUZZ_TARGETS="fuzz_csv_reader" tests/fuzz/run_fuzzers.sh build-fuzz 600   # one target
#   FUZZ_CORPUS_DIR=DIR ...   keeps each target's new inputs in DIR/TARGET across runs (a CI cache)
set -u -o pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 BUILD_DIR [SECONDS]" >&2
    exit 2
fi
build=$(cd "$1" 2>/dev/null && pwd) || { echo "$0: no build directory $1" >&2; exit 2; }
seconds=${2:-30}
case $seconds in '' | *[!0-9]*) echo "$0: SECONDS must be a whole number" >&2; exit 2 ;; esac
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
conformance="$root/../shared/conformance"
targets=${FUZZ_TARGETS:-"fuzz_csv_reader fuzz_xlsx_reader fuzz_workspace_json fuzz_workspace_sqlite fuzz_text_values"}

work=$(mktemp -d "${TMPDIR:-/tmp}/clusterscope-fuzz.XXXXXX")
artifacts="$work/artifacts"
mkdir -p "$artifacts"
echo "fuzz work directory: $work (artifacts: $artifacts)"

# Adds files to a corpus directory by symbolic link (conformance and tree files stay where they are).
link_into() { # DIR FILE...
    local dir=$1 f n=0
    shift
    for f in "$@"; do
        [ -f "$f" ] || continue
        n=$((n + 1))
        ln -s "$f" "$dir/$(printf '%05d' "$n")-$(basename "$f")" 2>/dev/null || true
    done
}

# The seed directories of a target: its own corpus, then read-only extras.
corpus_for() { # TARGET
    local t=$1 corpus="${FUZZ_CORPUS_DIR:-$work/corpus}/$1"
    mkdir -p "$corpus" "$work/seeds/$t"
    if [ -d "$here/seeds/$t" ]; then link_into "$work/seeds/$t" "$here/seeds/$t"/*; fi
    case $t in
        fuzz_csv_reader)
            if [ -d "$conformance" ]; then
                mkdir -p "$work/seeds/$t-conformance"
                mapfile -t files < <(find "$conformance" -type f \( -name '*.csv' -o -name '*.tsv' -o -name '*.txt' \) \
                    ! -name 'SOURCE.txt' ! -name 'LICENSE*' -size -256k | sort)
                link_into "$work/seeds/$t-conformance" "${files[@]}"
            fi
            ;;
        fuzz_xlsx_reader)
            if command -v python3 >/dev/null; then
                python3 "$here/make_xlsx_seeds.py" "$work/seeds/$t" || echo "warning: could not generate XLSX seeds" >&2
            fi
            if [ -d "$conformance" ]; then
                mkdir -p "$work/seeds/$t-conformance"
                mapfile -t files < <(find "$conformance" -type f -name '*.xlsx' -size -256k | sort)
                link_into "$work/seeds/$t-conformance" "${files[@]}"
            fi
            ;;
        fuzz_workspace_json)
            link_into "$work/seeds/$t" "$root/resources/default-workspace.json"
            if [ -d "$conformance/JSONTestSuite/test_parsing" ]; then
                mkdir -p "$work/seeds/$t-conformance"
                mapfile -t files < <(find "$conformance/JSONTestSuite/test_parsing" -type f -name '*.json' -size -64k | sort)
                link_into "$work/seeds/$t-conformance" "${files[@]}"
            fi
            ;;
    esac
    # Echo the directories: the writable corpus first (libFuzzer adds new inputs to it).
    printf '%s\n' "$corpus" "$work/seeds/$t"
    [ -d "$work/seeds/$t-conformance" ] && printf '%s\n' "$work/seeds/$t-conformance"
    return 0
}

status=0
summary=()
for t in $targets; do
    exe="$build/tests/fuzz/$t"
    if [ ! -x "$exe" ]; then
        echo "$0: $exe is not built (configure with -DCLUSTERSCOPE_FUZZ=ON)" >&2
        summary+=("$t: NOT BUILT")
        status=1
        continue
    fi
    mapfile -t dirs < <(corpus_for "$t")
    dict=()
    [ -f "$here/$t.dict" ] && dict=("-dict=$here/$t.dict")
    log="$work/$t.log"
    mkdir -p "$artifacts/$t"
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        "$exe" "${dirs[@]}" "${dict[@]}" -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$t/" </dev/null >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    corpus_size=$(find "${dirs[0]}" -type f | wc -l)
    found=$(find "$artifacts/$t" -type f | head -1)
    if [ $rc -ne 0 ] || [ -n "$found" ]; then
        status=1
        kind=$(grep -m1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer)[^(]*|runtime error:.*|FUZZ_CHECK failed:.*' "$log" || echo "exit code $rc")
        summary+=("$t: FAILED after ${execs:-?} executions: $kind; reproducer: ${found:-none}; log: $log")
    else
        summary+=("$t: ok, ${execs:-?} executions in ${seconds}s, corpus of $corpus_size generated inputs")
    fi
done

echo "---- fuzz summary ----"
printf '%s\n' "${summary[@]}"
if [ $status -ne 0 ]; then
    echo "failures found: reproducers and logs are in $work" >&2
else
    rm -rf "$work/seeds" # keep logs and the new corpus, drop the links
fi
exit $status
