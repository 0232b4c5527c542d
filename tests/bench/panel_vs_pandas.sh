#!/usr/bin/env bash
# The user's panel: 1,000,000 rows of region,indicator,period,value,unit with quarterly periods
# (about 37 MB). Whole-process wall time and peak memory of importing it and drawing one region's
# indicator as a line chart to PNG, headless, against pandas + matplotlib doing the same
# (read_csv, select, plot, savefig). The two run in turn; prints medians, the ratio (target
# <= 0.1) and peak RSS against the file size (target <= 2.5x).
#   tests/bench/panel_vs_pandas.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-"$root/build"}
runs=${2:-5}
app="$build/app/clusterscope"
[ -x "$app" ] || { echo "$app is not built" >&2; exit 1; }
/usr/bin/python3 -c 'import pandas, matplotlib' 2>/dev/null || { echo "needs python3-pandas and python3-matplotlib" >&2; exit 1; }

work=${PANEL_DIR:-$(mktemp -d)}
mkdir -p "$work"
. "$root/tests/bench/measure.sh"
panel="$work/panel.csv"
if [ ! -s "$panel" ]; then
  /usr/bin/python3 "$root/tests/bench/make_panel.py" "$panel"
fi
size=$(stat -c %s "$panel")

cat > "$work/pandas_plot.py" <<'PY'
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
df = pd.read_csv(sys.argv[1])
s = df[(df["indicator"] == "ind03") & (df["region"] == "city007")]
fig, ax = plt.subplots(figsize=(8, 5), dpi=200)
ax.plot(s["period"], s["value"])
ax.set_title("ind03 (city007)")
ax.set_ylabel(s["unit"].iloc[0])
ax.set_xticks(ax.get_xticks()[::8])
fig.savefig(sys.argv[2])
PY

ours() { measure env -u DISPLAY "$app" --export "$work/ours.png" --series ind03@city007 --lang en "$panel"; }
theirs() { measure /usr/bin/python3 "$work/pandas_plot.py" "$panel" "$work/theirs.png"; }

ours >/dev/null; theirs >/dev/null # warm the page cache for both
: > "$work/ours.txt"; : > "$work/theirs.txt"
for ((i = 0; i < runs; i++)); do
  ours >> "$work/ours.txt"
  theirs >> "$work/theirs.txt"
done
awk -v ot="$(median "$work/ours.txt" 1)" -v tt="$(median "$work/theirs.txt" 1)" \
    -v om="$(median "$work/ours.txt" 2)" -v tm="$(median "$work/theirs.txt" 2)" -v size="$size" -v n="$runs" 'BEGIN {
  printf "panel:                 %.1f MB, 1,000,000 rows; %d runs each, alternating\n", size / 1e6, n
  printf "clusterscope median:   %.3f s, peak RSS %.1f MB (%.2fx the file)\n", ot / 1e6, om / 1024, om * 1024 / size
  printf "pandas+mpl median:     %.3f s, peak RSS %.1f MB\n", tt / 1e6, tm / 1024
  printf "time ratio:            %.3f  (target <= 0.1)\n", ot / tt
}'
