#!/usr/bin/env bash
# A 50 MB XLSX workbook imported from the command line (issue #13: under 5 s): wall time (median
# of RUNS) and peak RSS of
#   1. --import big.xlsx -o big.clusterscope (read, import and save);
#   2. --dump-table big.xlsx (the sheet read alone, printed to /dev/null);
# and, when python3-openpyxl is installed, pandas read_excel of the same file in the same run.
# The workbook is World-Bank-shaped (make_xlsx.py): 84,588 rows x 68 columns, 4.9 million values,
# 190 MB of sheet XML.
#   tests/bench/xlsx_import_bench.sh [BUILD_DIR] [RUNS] [MB]     (BENCH_DIR to keep the workbook)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-"$root/build"}
runs=${2:-3}
mb=${3:-50}
app="$build/app/clusterscope"
[ -x "$app" ] || { echo "$app is not built" >&2; exit 1; }

work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
. "$root/tests/bench/measure.sh"
book="$work/big-${mb}mb.xlsx"
[ -s "$book" ] || /usr/bin/python3 "$root/tests/bench/make_xlsx.py" "$book" "$mb"


ws="$work/big.clusterscope"
: > "$work/import.txt"; : > "$work/table.txt"; : > "$work/pandas.txt"
peer=0
/usr/bin/python3 -c 'import pandas, openpyxl' 2>/dev/null && peer=1
cat "$book" > /dev/null # warm the page cache
for ((i = 0; i < runs; i++)); do
  rm -f "$ws"
  measure "$app" --import "$book" -o "$ws" >> "$work/import.txt"
  measure "$app" --dump-table "$book" >> "$work/table.txt"
  if [ "$peer" = 1 ]; then
    measure /usr/bin/python3 -c 'import sys, pandas; pandas.read_excel(sys.argv[1], skiprows=2)' "$book" >> "$work/pandas.txt"
  fi
done
awk -v it="$(median "$work/import.txt" 1)" -v im="$(median "$work/import.txt" 2)" \
    -v tt="$(median "$work/table.txt" 1)" -v tm="$(median "$work/table.txt" 2)" \
    -v size="$(stat -c %s "$book")" -v n="$runs" 'BEGIN {
  printf "%.1f MB XLSX; medians of %d runs\n", size / 1e6, n
  printf "  --import -> .clusterscope:  %7.3f s  peak %7.1f MB   (target < 5 s)\n", it / 1e6, im / 1024
  printf "  --dump-table (read only):   %7.3f s  peak %7.1f MB\n", tt / 1e6, tm / 1024
}'
if [ "$peer" = 1 ]; then
  awk -v pt="$(median "$work/pandas.txt" 1)" -v pm="$(median "$work/pandas.txt" 2)" -v it="$(median "$work/import.txt" 1)" 'BEGIN {
  printf "  pandas read_excel:          %7.3f s  peak %7.1f MB   (import is %.2fx its time)\n", pt / 1e6, pm / 1024, it / pt
}'
else
  echo "  (pandas read_excel needs python3-openpyxl: not run)"
fi
