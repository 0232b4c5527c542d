#!/usr/bin/env bash
# Whole-process wall time of exporting sei-gdp-share to PDF, against gnuplot (pdfcairo) drawing
# the same three bars, title and axis label. The two run in turn, RUNS times each, after one
# warm-up run apiece; prints each median and the ratio clusterscope / gnuplot (target: <= 1.0).
#   tests/bench/export_vs_gnuplot.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-"$root/build"}
runs=${2:-30}
app="$build/app/clusterscope"
command -v gnuplot >/dev/null || { echo "gnuplot is not installed (Debian: gnuplot-nox)" >&2; exit 1; }
[ -x "$app" ] || { echo "$app is not built" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/chart.gp" <<GP
set terminal pdfcairo size 8.333in,5.208in font "Noto Sans CJK SC,10"
set output "$work/gnuplot.pdf"
set title "战略性新兴产业增加值占GDP比重" font ",13"
set ylabel "%"
set yrange [0:*]
set style data histograms
set style fill solid 1.0 border -1
set boxwidth 0.7
set xtics nomirror
set key off
\$data << EOD
2019年 37.7
2022年 41.1
2023年前三季度 42.5
EOD
plot \$data using 2:xtic(1) lc rgb "#0072B2", '' using 0:2:(sprintf("%.1f", \$2)) with labels offset 0,1
GP

ours() { env -u DISPLAY "$app" --export "$work/clusterscope.pdf" --chart sei-gdp-share --lang zh; }
theirs() { gnuplot "$work/chart.gp"; }
now() { date +%s%N; }

ours; theirs # warm caches for both
: > "$work/ours.txt"; : > "$work/theirs.txt"
for ((i = 0; i < runs; i++)); do
  t0=$(now); ours; t1=$(now); theirs; t2=$(now)
  echo $(( (t1 - t0) / 1000 )) >> "$work/ours.txt"
  echo $(( (t2 - t1) / 1000 )) >> "$work/theirs.txt"
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
m_ours=$(median "$work/ours.txt")
m_theirs=$(median "$work/theirs.txt")
pdftotext "$work/clusterscope.pdf" - 2>/dev/null | grep -q "占GDP比重" || echo "warning: clusterscope's PDF text did not extract" >&2
awk -v o="$m_ours" -v t="$m_theirs" -v n="$runs" 'BEGIN {
  printf "runs each:            %d (alternating)\n", n
  printf "clusterscope median:  %.1f ms\n", o / 1000
  printf "gnuplot median:       %.1f ms\n", t / 1000
  printf "ratio (ours/gnuplot): %.2f  (target <= 1.0)\n", o / t
}'
