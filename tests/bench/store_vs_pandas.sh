#!/usr/bin/env bash
# The workspace store against pandas, side by side in one run (issue #12): wall time (median of
# RUNS, the two tools alternating) and peak RSS of
#   1. importing the 1,000,000-row long panel into a .clusterscope file vs pandas read_csv;
#   2. opening that file and printing --summary vs the same read_csv;
#   3. (WDI=1) a World-Bank-shaped wide CSV of 10 million values (1,500 indicators x 266
#      economies x 25 years): import, open (--validate) and --export --series of one series,
#      vs read_csv of the same file, RUNS times alternating.
# Prints the figures and the ratios against the issue's targets.
#   tests/bench/store_vs_pandas.sh [BUILD_DIR] [RUNS]      (WDI=1 for the 10M run; BENCH_DIR to keep files)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-"$root/build"}
runs=${2:-3}
app="$build/app/clusterscope"
[ -x "$app" ] || { echo "$app is not built" >&2; exit 1; }
/usr/bin/python3 -c 'import pandas' 2>/dev/null || { echo "needs python3-pandas" >&2; exit 1; }

work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
. "$root/tests/bench/measure.sh"
panel="$work/panel.csv"
if [ ! -s "$panel" ]; then
  /usr/bin/python3 "$root/tests/bench/make_panel.py" "$panel"
fi

readcsv() { measure /usr/bin/python3 -c 'import sys, pandas; pandas.read_csv(sys.argv[1])' "$1"; }

ws="$work/panel.clusterscope"
import_panel() { rm -f "$ws"; measure "$app" --import "$panel" -o "$ws"; }
summary() { measure "$app" --summary "$ws"; }
: > "$work/import.txt"; : > "$work/summary.txt"; : > "$work/pandas.txt"
readcsv "$panel" >/dev/null # warm the page cache
for ((i = 0; i < runs; i++)); do
  import_panel >> "$work/import.txt"
  summary >> "$work/summary.txt"
  readcsv "$panel" >> "$work/pandas.txt"
done
size=$(stat -c %s "$panel")
awk -v it="$(median "$work/import.txt" 1)" -v im="$(median "$work/import.txt" 2)" \
    -v st="$(median "$work/summary.txt" 1)" -v sm="$(median "$work/summary.txt" 2)" \
    -v pt="$(median "$work/pandas.txt" 1)" -v pm="$(median "$work/pandas.txt" 2)" \
    -v size="$size" -v file="$(stat -c %s "$ws")" -v n="$runs" 'BEGIN {
  printf "1M-row panel: %.1f MB CSV, %.1f MB .clusterscope; medians of %d runs\n", size / 1e6, file / 1e6, n
  printf "  pandas read_csv:            %7.3f s  peak %6.1f MB\n", pt / 1e6, pm / 1024
  printf "  import -> .clusterscope:    %7.3f s  peak %6.1f MB   time %.1fx pandas (target <= 2), peak %.2fx the CSV (target <= 4)\n", it / 1e6, im / 1024, it / pt, im * 1024 / size
  printf "  open + --summary:           %7.3f s  peak %6.1f MB   time %.1fx pandas (target <= 1), peak target < 200 MB\n", st / 1e6, sm / 1024, st / pt
}'

[ "${WDI:-0}" = 1 ] || exit 0
wdi="$work/wdi.csv"
if [ ! -s "$wdi" ]; then
  /usr/bin/python3 - "$wdi" <<'PY'
import random, sys
random.seed(11)
years = list(range(1999, 2024))     # 25 years
with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write('"Country Name","Country Code","Indicator Name","Indicator Code",' + ",".join(f'"{y}"' for y in years) + "\n")
    for e in range(266):
        country = f"Economy {e:03d}"
        for i in range(1500):
            level = random.uniform(1, 1e6)
            cells = []
            for y in years:
                level *= random.uniform(0.95, 1.08)
                cells.append(f"{level:.6g}")
            f.write(f'"{country}","E{e:03d}","Indicator {i:04d} (current US$)","IND.{i:04d}",' + ",".join(cells) + "\n")
PY
fi
wws="$work/wdi.clusterscope"
# The CSV is 400,000 rows of 29 cells (11.6 million, under the 12-million-cell limit of a table
# read whole). Should the import be refused, the workspace it would build is written by
# make_wdi_workspace, the same shape, to measure open and the series export.
: > "$work/wdi-pandas.txt"; : > "$work/wdi-import.txt"; : > "$work/wdi-open.txt"; : > "$work/wdi-series.txt"
refused=0
readcsv "$wdi" >/dev/null # warm the page cache
for ((i = 0; i < runs; i++)); do
  readcsv "$wdi" >> "$work/wdi-pandas.txt"
  rm -f "$wws"
  t0=$(date +%s%N)
  if /usr/bin/time -f "%M" -o "$work/t" "$app" --import "$wdi" -o "$wws" >/dev/null 2>"$work/err"; then
    echo "$(( ($(date +%s%N) - t0) / 1000 )) $(cat "$work/t")" >> "$work/wdi-import.txt"
  else
    refused=1; echo "  import refused: $(tail -1 "$work/err")"
    rm -f "$wws"
    "$build/tests/bench/make_wdi_workspace" "$wws" >/dev/null
  fi
  measure "$app" --validate "$wws" >> "$work/wdi-open.txt"
  measure "$app" --export "$work/series.svg" --series "indicator-0042@economy-017" "$wws" >> "$work/wdi-series.txt"
done
m() { median "$work/$1" "$2"; }
awk -v size="$(stat -c %s "$wdi")" -v file="$(stat -c %s "$wws")" -v n="$runs" -v refused="$refused" \
    -v pt="$(m wdi-pandas.txt 1)" -v pm="$(m wdi-pandas.txt 2)" -v it="$(m wdi-import.txt 1)" -v im="$(m wdi-import.txt 2)" \
    -v ot="$(m wdi-open.txt 1)" -v om="$(m wdi-open.txt 2)" -v et="$(m wdi-series.txt 1)" -v em="$(m wdi-series.txt 2)" 'BEGIN {
  printf "10M-value WDI-shaped CSV: %.1f MB; .clusterscope %.1f MB; medians of %d runs\n", size / 1e6, file / 1e6, n
  printf "  pandas read_csv:          %7.3f s  peak %7.1f MB\n", pt / 1e6, pm / 1024
  if (!refused)
    printf "  import -> .clusterscope:  %7.3f s  peak %7.1f MB   time %.1fx pandas (target <= 2), peak target < 1.5 GB\n", it / 1e6, im / 1024, it / pt
  printf "  open (--validate):        %7.3f s  peak %7.1f MB   target < 1 s\n", ot / 1e6, om / 1024
  printf "  --export --series:        %7.3f s  peak %7.1f MB   target < 0.3 s (this one opens the file too)\n", et / 1e6, em / 1024
}'
