# Sourced by the benchmark scripts (they set $work, a folder for scratch files).
# measure CMD...: "microseconds peakKB" of one command, which must succeed: wall time from
# nanosecond clock readings (GNU time rounds to 10 ms), peak RSS from GNU time.
measure() {
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { echo "failed: $*" >&2; cat "$work/err" >&2; exit 1; }
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(cat "$work/t")"
}
# median FILE COLUMN: the median of one column of measure's lines.
median() { awk '{ print $'"$2"' }' "$1" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
