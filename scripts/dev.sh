#!/usr/bin/env bash
# Set up, build, and then run Clusterscope or its tests, on Debian 12 as root.
#   scripts/dev.sh run [ARGS...]   build, then launch the app on the embedded workspace
#   scripts/dev.sh test            build, then run the whole test suite (ctest summary), the same
#                                  suite built with AddressSanitizer + UndefinedBehaviorSanitizer
#                                  (CMakePresets.json: asan), and each libFuzzer target for 30 s
#   scripts/dev.sh test --quick    the first of these only
# Missing Debian packages are installed with apt-get; nothing is done when all are there.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CLUSTERSCOPE_BUILD_DIR:-"$root/build"}
jobs=$(nproc 2>/dev/null || echo 2)

packages=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev qt6-translations-l10n
  libqcustomplot-dev libqpdf-dev libpoppler-qt6-dev libquazip1-qt6-dev libsqlite3-dev sqlite3 libfreexl-dev libexpat1-dev
  poppler-utils qpdf gnuplot-nox python3-pandas python3-matplotlib
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  clang libclang-rt-14-dev
  fonts-noto-cjk fonts-open-sans unicode-data
  xvfb xauth
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if ((${#missing[@]})); then
    echo "dev.sh: installing ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
      echo "dev.sh: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
      exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
  fi
}

build_all() {
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$build" --parallel "$jobs"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  run)
    install_missing
    build_all
    exec "$build/app/clusterscope" "$@"
    ;;
  test)
    install_missing
    build_all
    export QT_QPA_PLATFORM=offscreen
    status=0
    stage() { echo; echo "=== dev.sh: $1"; }
    stage "tests"
    (cd "$build" && ctest --output-on-failure --parallel "$jobs" --timeout 600) || status=1
    if [ "${1:-}" != "--quick" ]; then
      stage "tests built with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/)"
      (cd "$root" && cmake --preset asan >/dev/null && cmake --build --preset asan --parallel "$jobs" \
        && ctest --preset asan) || status=1
      stage "fuzzing: each libFuzzer target for ${CLUSTERSCOPE_FUZZ_SECONDS:-30} s (build-fuzz/)"
      (cmake -S "$root" -B "$root/build-fuzz" -DCLUSTERSCOPE_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
          -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null \
        && cmake --build "$root/build-fuzz" --parallel "$jobs" \
        && "$root/tests/fuzz/run_fuzzers.sh" "$root/build-fuzz" "${CLUSTERSCOPE_FUZZ_SECONDS:-30}") || status=1
    fi
    echo
    if [ "$status" -eq 0 ]; then echo "dev.sh: all stages passed"; else echo "dev.sh: a stage failed (see above)"; fi
    exit "$status"
    ;;
  *)
    echo "usage: scripts/dev.sh run [ARGS...] | scripts/dev.sh test [--quick]" >&2
    exit 2
    ;;
esac
