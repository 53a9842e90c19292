#!/usr/bin/env bash
# The cycle collector's cost, Skein beside CPython (issue 5's benchmark; not a test):
#   1. pause: one gc.collect() over N live tracked objects (bench/python/gc/pause.py; default
#      1,000,000): best and worst of 5 collections in one process;
#   2. churn: 2 threads making cyclic garbage (bench/python/gc/churn.py), automatic collection
#      on against off (off: one gc.collect() at the end, inside the timed section).
#
#   scripts/bench-gc.sh [--n N] [--pairs P] [--runs R] [--python CMD|none]
#
# Prints each run's line, then a summary table (best of R runs per configuration).
set -euo pipefail
cd "$(dirname "$0")/.."
n=1000000 pairs=200000 runs=3 py=python3
while [ $# -gt 0 ]; do
  case $1 in
    --n) n=$2; shift ;;
    --pairs) pairs=$2; shift ;;
    --runs) runs=$2; shift ;;
    --python) py=$2; shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-gc: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
impls=("skein:./skein run")
[ "$py" != none ] && command -v "${py%% *}" >/dev/null && impls+=("cpython:$py")
best() { sort -g | head -n 1; }
declare -A pause churn_on churn_off
for impl in "${impls[@]}"; do
  name=${impl%%:*} cmd=${impl#*:}
  p=() on=() off=()
  for ((r = 1; r <= runs; r++)); do
    line=$($cmd bench/python/gc/pause.py "$n"); echo "$name pause: $line" >&2
    p+=("$(awk '{print $5}' <<<"$line")")
    line=$($cmd bench/python/gc/churn.py 2 on "$pairs"); echo "$name churn on: $line" >&2
    on+=("$(awk '{print $2}' <<<"$line")")
    line=$($cmd bench/python/gc/churn.py 2 off "$pairs"); echo "$name churn off: $line" >&2
    off+=("$(awk '{print $2}' <<<"$line")")
  done
  pause[$name]=$(printf '%s\n' "${p[@]}" | best)
  churn_on[$name]=$(printf '%s\n' "${on[@]}" | best)
  churn_off[$name]=$(printf '%s\n' "${off[@]}" | best)
done
echo "| | pause over $n tracked objects (ms, best of 5 x $runs) | 2 threads x $pairs cyclic pairs, gc on (s) | same, gc off + one collect (s) |"
echo "|---|---:|---:|---:|"
for impl in "${impls[@]}"; do
  name=${impl%%:*}
  echo "| $name | ${pause[$name]} | ${churn_on[$name]} | ${churn_off[$name]} |"
done
