#!/usr/bin/env bash
# The cost of `skein run --metrics`: the same workloads with and without it.
#
#   scripts/bench-metrics.sh [--runs N] [--quick] [--only NAME[,NAME...]] [--format FORMAT]
#
# For each workload the script runs `./skein run FILE ARGS` and
# `./skein run --metrics=FORMAT --metrics-out REPORT FILE ARGS` alternately (the order flips
# every round, so neither side always runs second), N times each, and keeps the best (smallest)
# wall time of each side: the whole process, start-up and the report at exit included; and,
# separately, the best CPU time (user + system, all threads: less disturbed by other work on a
# busy machine, but it counts the JIT's and the collector's threads too). Both sides must print
# the same stdout (timings in it aside). It prints the ratios with/without per workload (target:
# at most 1.02), and last the fixed cost of the report itself: `-c pass` with and without
# --metrics.
#
#   --runs N       runs per side and workload (default 5).
#   --quick        1 run per side and small problem sizes: a smoke test, not a measurement.
#   --only LIST    only these workloads (nbody, richards, shared_reads, shared_class).
#   --format F     the report format of the measured side (default table).
#
# Prints a Markdown table and writes it to bench-results/metrics-YYYYmmdd-HHMMSS/report.md, with
# the last report of each workload beside it. Exit status 0, or 1 if a run failed or the outputs
# differ, 2 on a usage error.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

# name|file|arguments|quick arguments
WORKLOADS=(
  "nbody|bench/python/nbody.py||20000"
  "richards|bench/python/richards.py||3"
  "shared_reads|bench/python/threads/shared_reads.py|2|2 200000"
  "shared_class|bench/python/threads/shared_class.py|2|2 100000"
)

runs="" quick=false only="" format=table
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=${2:?--runs needs a number}; shift ;;
    --quick) quick=true ;;
    --only) only=${2:?--only needs workload names}; shift ;;
    --format) format=${2:?--format needs table, json or prometheus}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench-metrics: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$runs" ] || { if $quick; then runs=1; else runs=5; fi; }
case $runs in ''|*[!0-9]*|0) echo "bench-metrics: --runs must be a positive integer" >&2; exit 2 ;; esac
case $format in table|json|prometheus) ;; *) echo "bench-metrics: --format must be table, json or prometheus" >&2; exit 2 ;; esac

out=bench-results/metrics-$(date +%Y%m%d-%H%M%S)
mkdir -p "$out"
secs() { awk -v us="$1" 'BEGIN { printf "%.3f", us / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
# run_timed OUT ERR CMD...: sets RUN_US (wall), RUN_CPU_US (user + system) and RUN_RC
run_timed() {
  local o=$1 e=$2 tf=$out/time.txt; shift 2
  local TIMEFORMAT='%3R %3U %3S'
  if { time "$@" </dev/null >"$o" 2>"$e"; } 2>"$tf"; then RUN_RC=0; else RUN_RC=$?; fi
  read -r RUN_US RUN_CPU_US < <(awk '{ printf "%d %d\n", $1 * 1e6, ($2 + $3) * 1e6 }' "$tf")
}
# timings printed by the workloads themselves ("elapsed 1.234") differ from run to run
stable() { sed -E 's/elapsed [0-9.]+/elapsed X/' "$1"; }

load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (+ local changes)')"
echo "bench-metrics: warming up (builds the jar if the sources changed)" >&2
./skein run -c pass >/dev/null
./skein run --metrics --metrics-out "$out/warmup.metrics" -c pass >/dev/null

rows=() status=0
measure() { # name file args...
  local name=$1 file=$2; shift 2
  local best_off="" best_on="" cpu_off="" cpu_on="" state=OK i first
  echo "bench-metrics: $name $* x $runs" >&2
  for ((i = 1; i <= runs; i++)); do
    for first in off on; do
      local side=$first
      [ $((i % 2)) = 0 ] && { [ $first = off ] && side=on || side=off; }
      if [ $side = off ]; then
        run_timed "$out/$name.off.out" "$out/$name.off.err" ./skein run "$file" "$@"
      else
        run_timed "$out/$name.on.out" "$out/$name.on.err" ./skein run "--metrics=$format" --metrics-out "$out/$name.metrics" "$file" "$@"
      fi
      if [ "$RUN_RC" != 0 ]; then
        state="ERROR ($side: exit $RUN_RC: $(tail -n 1 "$out/$name.$side.err"))"
        break 2
      fi
      if [ $side = off ]; then
        { [ -z "$best_off" ] || [ "$RUN_US" -lt "$best_off" ]; } && best_off=$RUN_US
        { [ -z "$cpu_off" ] || [ "$RUN_CPU_US" -lt "$cpu_off" ]; } && cpu_off=$RUN_CPU_US
      else
        { [ -z "$best_on" ] || [ "$RUN_US" -lt "$best_on" ]; } && best_on=$RUN_US
        { [ -z "$cpu_on" ] || [ "$RUN_CPU_US" -lt "$cpu_on" ]; } && cpu_on=$RUN_CPU_US
      fi
    done
    if [ "$(stable "$out/$name.off.out")" != "$(stable "$out/$name.on.out")" ]; then state="FAILED (stdout differs)"; break; fi
  done
  local r="-" rc="-"
  if [ "$state" = OK ]; then r=$(ratio "$best_on" "$best_off"); rc=$(ratio "$cpu_on" "$cpu_off"); else status=1; fi
  rows+=("| $name | ${*:-default} | $(secs "${best_off:-0}") | $(secs "${best_on:-0}") | **$r** | $(secs "${cpu_off:-0}") | $(secs "${cpu_on:-0}") | **$rc** | $state |")
  echo "bench-metrics:   wall without $(secs "${best_off:-0}") s, with $(secs "${best_on:-0}") s, ratio $r; CPU ratio $rc; $state" >&2
}

for w in "${WORKLOADS[@]}"; do
  IFS='|' read -r name file args qargs <<<"$w"
  if [ -n "$only" ] && [[ ",$only," != *",$name,"* ]]; then continue; fi
  $quick && args=$qargs
  read -r -a argv <<<"$args"
  measure "$name" "$file" "${argv[@]}"
done
measure "startup+report" -c pass

report="$out/report.md"
{
  echo "# skein run --metrics=$format: cost"
  echo
  echo "Commit $commit, $(date '+%Y-%m-%d %H:%M'), load $load at start, $(nproc) CPUs; best of $runs alternating runs per side,"
  echo "wall time of the whole process (start-up and the report at exit included)."
  echo
  echo "| workload | arguments | wall without (s) | wall with --metrics (s) | **with / without** | CPU without (s) | CPU with (s) | **CPU with / without** | status |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
} >"$report"
cat "$report"
echo
echo "bench-metrics: wrote $report" >&2
exit $status
