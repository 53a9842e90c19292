#!/usr/bin/env bash
# Single-threaded speed of Skein against CPython on the Python kernels of bench/python.
#
#   scripts/bench-python.sh [--quick] [--runs N] [--only NAME[,NAME...]]
#                           [--skein CMD] [--python CMD] [--timeout SECS] [--baseline CMD]
#
# For each kernel bench/python/NAME.py the script runs `CPYTHON NAME.py [N]` and
# `SKEIN NAME.py [N]` alternately (CPython first), N times each, and keeps the best
# (smallest) wall time of each side; the wall time is of the whole process, start-up
# included. Both sides must print exactly the same stdout (each kernel prints one checksum
# line) in every run: otherwise the kernel is FAILED. If a run exits non-zero or times out,
# the kernel is ERROR, with the last line of its stderr. Then it times start-up: best of 5
# of `SKEIN -c pass` against `CPYTHON -c pass`.
#
#   --quick        1 run per side and a small problem size per kernel (a smoke test: checks
#                  that everything runs and agrees; the numbers are not a measurement).
#                  An explicit --runs still applies.
#   --runs N       runs per side and kernel (default 3).
#   --only LIST    only these kernels (comma-separated names, without .py).
#   --skein CMD    the Skein command (default "./skein run"); split on spaces. Use
#                  `--skein python3` to test this script today: both sides are CPython and
#                  every ratio should be about 1.0.
#   --python CMD   the CPython command (default "python3").
#   --timeout SECS the limit for one run (default 600); a run that hits it is ERROR.
#   --baseline CMD another Skein (say, the jar of an older commit: `--baseline "java -jar
#                  /path/to/old/skein.jar run"`, with the launcher's JVM flags) run as a third
#                  side, alternating with the other two: adds its time and Skein/baseline per
#                  kernel and their geometric mean — how much a change gained, measured side by
#                  side on a machine whose speed drifts. It must print the same checksums.
#                  With a baseline, every JVM run first waits SETTLE_SECS (see the loop).
#
# Prints a Markdown table (kernel, argument, CPython s, Skein s, Skein/CPython, status) and
# the geometric mean of the ratios over the kernels that ran and agreed (status OK), and
# writes it to bench-results/python-YYYYmmdd-HHMMSS/report.md (linked as
# bench-results/python-latest), with each side's stdout/stderr of the last run per kernel.
# Exit status: 0 if every kernel is OK, 1 if one is FAILED or ERROR, 2 on a usage error.
# The start-up row never changes the exit status.
set -euo pipefail

cd "$(dirname "$0")/.."

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

# name:quick-argument, in report order. The default problem sizes live in the kernels
# (each takes about 1-2 s under CPython 3.11 on the 2-core dev machine).
KERNELS=(
  nbody:20000
  fannkuch:7
  spectral_norm:100
  richards:3
  float_points:10000
  nqueens:6
  unpack_sequence:5000
  deltablue:40
)

SETTLE_SECS=3   # seconds for freed memory to go back to the host (Linux reports after 2 s)
quick=false runs="" only="" timeout_s=600
skein_cmd="./skein run" python_cmd="python3" base_cmd=""
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=true ;;
    --runs) runs=${2:?--runs needs a number}; shift ;;
    --only) only=${2:?--only needs kernel names}; shift ;;
    --skein) skein_cmd=${2:?--skein needs a command}; shift ;;
    --python) python_cmd=${2:?--python needs a command}; shift ;;
    --baseline) base_cmd=${2:?--baseline needs a command}; shift ;;
    --timeout) timeout_s=${2:?--timeout needs seconds}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench-python: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$runs" ]; then
  if $quick; then runs=1; else runs=3; fi
fi
case $runs in ''|*[!0-9]*|0) echo "bench-python: --runs must be a positive integer" >&2; exit 2 ;; esac
case $timeout_s in ''|*[!0-9]*|0) echo "bench-python: --timeout must be a positive integer" >&2; exit 2 ;; esac
read -r -a SKEIN <<<"$skein_cmd"
read -r -a CPY <<<"$python_cmd"
[ ${#SKEIN[@]} -gt 0 ] || { echo "bench-python: empty --skein command" >&2; exit 2; }
[ ${#CPY[@]} -gt 0 ] || { echo "bench-python: empty --python command" >&2; exit 2; }
BASE=()
[ -n "$base_cmd" ] && read -r -a BASE <<<"$base_cmd"

selected=()
for entry in "${KERNELS[@]}"; do
  name=${entry%%:*}
  if [ -z "$only" ] || [[ ",$only," == *",$name,"* ]]; then selected+=("$entry"); fi
done
if [ -n "$only" ]; then
  IFS=, read -r -a wanted <<<"$only"
  for w in "${wanted[@]}"; do
    found=false
    for entry in "${KERNELS[@]}"; do [ "${entry%%:*}" = "$w" ] && found=true; done
    $found || { echo "bench-python: no kernel '$w' (have: $(printf '%s ' "${KERNELS[@]%%:*}"))" >&2; exit 2; }
  done
fi

stamp=$(date +%Y%m%d-%H%M%S)
out=bench-results/python-$stamp
mkdir -p "$out"

# Microseconds since the epoch (EPOCHREALTIME's separator follows the locale).
now_us() { local t=${EPOCHREALTIME/[.,]/}; echo "$((10#$t))"; }
secs() { awk -v us="$1" 'BEGIN { printf "%.3f", us / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# The last non-blank line of a file, made safe for a Markdown table cell.
last_line() {
  { grep -v '^[[:space:]]*$' "$1" 2>/dev/null || true; } | tail -n 1 | cut -c1-160 | sed 's/|/\\|/g'
}

# keep_min VAR: VAR = min(VAR, RUN_US), VAR empty meaning "no time yet".
keep_min() {
  if [ -z "${!1}" ] || [ "$RUN_US" -lt "${!1}" ]; then printf -v "$1" '%s' "$RUN_US"; fi
}

# run_timed OUTFILE ERRFILE CMD... : runs CMD, sets RUN_US (wall microseconds) and RUN_RC.
run_timed() {
  local o=$1 e=$2; shift 2
  local t0 t1
  t0=$(now_us)
  if timeout "$timeout_s" "$@" </dev/null >"$o" 2>"$e"; then RUN_RC=0; else RUN_RC=$?; fi
  t1=$(now_us)
  RUN_US=$((t1 - t0))
  if [ "$RUN_RC" = 124 ]; then echo "timed out after ${timeout_s}s" >>"$e"; fi
}

load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (+ local changes)')"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1) x $(nproc 2>/dev/null || echo '?')"
pyver=$("${CPY[@]}" --version 2>&1 | head -n 1 || true)
if awk -v l="$load" 'BEGIN { exit !(l + 0 > 0.5) }'; then
  echo "bench-python: WARNING: load average is $load; numbers may be noisy" >&2
fi

# One untimed start-up per side first: builds ./skein's jar if the sources changed (so the
# build is not timed) and warms the file cache.
echo "bench-python: warming up (${SKEIN[*]} -c pass, ${CPY[*]} -c pass)" >&2
run_timed "$out/warmup.skein.out" "$out/warmup.skein.err" "${SKEIN[@]}" -c pass
run_timed "$out/warmup.python.out" "$out/warmup.python.err" "${CPY[@]}" -c pass
[ ${#BASE[@]} -gt 0 ] && run_timed "$out/warmup.base.out" "$out/warmup.base.err" "${BASE[@]}" -c pass

# One timed run of Skein (run_skein_side) or of the baseline (run_base_side) on the current
# kernel: keeps the best time, and marks the kernel ERROR or FAILED on a failed run or an
# output that differs from CPython's. Nothing once that side has died on this kernel.
run_skein_side() {
  $sk_dead && return 0
  run_timed "$out/$name.skein.out" "$out/$name.skein.err" "${SKEIN[@]}" "$file" "${args[@]}"
  if [ "$RUN_RC" != 0 ]; then
    sk_dead=true
    if [ "$state" != ERROR ]; then
      state=ERROR note="Skein exit $RUN_RC: $(last_line "$out/$name.skein.err")"
    fi
    return 0
  fi
  keep_min best_sk
  if [ -n "$ref" ] && [ "$(cat "$out/$name.skein.out"; echo x)" != "$ref" ] && [ "$state" = OK ]; then
    state=FAILED
    note="output differs: Skein printed '$(last_line "$out/$name.skein.out")', CPython '$(last_line "$out/$name.python.out")'"
  fi
}
run_base_side() {
  { [ ${#BASE[@]} -eq 0 ] || $bs_dead; } && return 0
  run_timed "$out/$name.base.out" "$out/$name.base.err" "${BASE[@]}" "$file" "${args[@]}"
  if [ "$RUN_RC" != 0 ]; then
    bs_dead=true
    if [ "$state" = OK ]; then state=ERROR note="baseline exit $RUN_RC: $(last_line "$out/$name.base.err")"; fi
    return 0
  fi
  keep_min best_bs
  if [ -n "$ref" ] && [ "$(cat "$out/$name.base.out"; echo x)" != "$ref" ] && [ "$state" = OK ]; then
    state=FAILED note="output differs: the baseline printed '$(last_line "$out/$name.base.out")'"
  fi
}

rows=()
status=0
ok_ratios=()
base_ratios=()
for entry in "${selected[@]}"; do
  name=${entry%%:*}
  args=()
  $quick && args=("${entry#*:}")
  file=bench/python/$name.py
  echo "bench-python: $name ${args[*]:-(default size)} x $runs" >&2
  best_py="" best_sk="" best_bs="" state=OK note="" ref="" sk_dead=false py_dead=false bs_dead=false
  for ((i = 1; i <= runs; i++)); do
    if ! $py_dead; then
      run_timed "$out/$name.python.out" "$out/$name.python.err" "${CPY[@]}" "$file" "${args[@]}"
      if [ "$RUN_RC" != 0 ]; then
        py_dead=true state=ERROR
        note="CPython exit $RUN_RC: $(last_line "$out/$name.python.err")"
      else
        keep_min best_py
        if [ -z "$ref" ]; then
          ref=$(cat "$out/$name.python.out"; echo x)
        elif [ "$ref" != "$(cat "$out/$name.python.out"; echo x)" ] && [ "$state" = OK ]; then
          state=FAILED note="CPython's output differs between runs"
        fi
      fi
    fi
    # A JVM that starts right after another one exited runs faster on the microVMs this is
    # measured on: the memory the last one freed is still backed by the host for about 2 s
    # (free page reporting), so its heap faults in cheaply. Measured (3 kernels, 4 runs): the
    # same command on both sides came out 1.15x "slower" on the side that always ran second.
    # So with a baseline every JVM run waits until those pages are reported, and Skein and the
    # baseline take turns at going first.
    if ((i % 2)); then sides=(skein base); else sides=(base skein); fi
    for side in "${sides[@]}"; do
      if [ ${#BASE[@]} -gt 0 ]; then sleep "$SETTLE_SECS"; fi
      if [ "$side" = skein ]; then run_skein_side; else run_base_side; fi
    done
  done
  py_s="-" sk_s="-" r="-"
  [ -n "$best_py" ] && py_s=$(secs "$best_py")
  [ -n "$best_sk" ] && sk_s=$(secs "$best_sk")
  if [ "$state" = OK ]; then
    r=$(ratio "$best_sk" "$best_py")
    ok_ratios+=("$best_sk/$best_py")
  else
    status=1
  fi
  if [ ${#BASE[@]} -gt 0 ]; then
    bs_s="-" rb="-"
    [ -n "$best_bs" ] && bs_s=$(secs "$best_bs")
    if [ "$state" = OK ]; then
      rb=$(ratio "$best_sk" "$best_bs")
      base_ratios+=("$best_sk/$best_bs")
    fi
    rows+=("| $name | ${args[*]:-default} | $py_s | $sk_s | $r | $bs_s | $rb | $state${note:+: $note} |")
  else
    rows+=("| $name | ${args[*]:-default} | $py_s | $sk_s | $r | $state${note:+: $note} |")
  fi
  echo "bench-python:   CPython $py_s s, Skein $sk_s s, $state${note:+ ($note)}" >&2
done

# Start-up: best of 5 of `-c pass`, alternating.
echo "bench-python: start-up (-c pass) x 5" >&2
su_py="" su_sk="" su_note=""
for ((i = 1; i <= 5; i++)); do
  run_timed "$out/startup.python.out" "$out/startup.python.err" "${CPY[@]}" -c pass
  if [ "$RUN_RC" = 0 ]; then
    keep_min su_py
  else su_note="CPython exit $RUN_RC: $(last_line "$out/startup.python.err")"; fi
  run_timed "$out/startup.skein.out" "$out/startup.skein.err" "${SKEIN[@]}" -c pass
  if [ "$RUN_RC" = 0 ]; then
    keep_min su_sk
  else su_note="Skein exit $RUN_RC: $(last_line "$out/startup.skein.err")"; fi
done

geo="-"
if [ ${#ok_ratios[@]} -gt 0 ]; then
  geo=$(printf '%s\n' "${ok_ratios[@]}" | awk -F/ '{ s += log($1 / $2); n++ } END { printf "%.2f", exp(s / n) }')
fi
geo_base="-"
if [ ${#base_ratios[@]} -gt 0 ]; then
  geo_base=$(printf '%s\n' "${base_ratios[@]}" | awk -F/ '{ s += log($1 / $2); n++ } END { printf "%.2f", exp(s / n) }')
fi
su_py_s="-" su_sk_s="-" su_r="-"
[ -n "$su_py" ] && su_py_s=$(secs "$su_py")
[ -n "$su_sk" ] && su_sk_s=$(secs "$su_sk")
[ -n "$su_py" ] && [ -n "$su_sk" ] && su_r=$(ratio "$su_sk" "$su_py")

{
  echo "# Skein vs CPython: single-threaded Python kernels"
  echo
  if $quick; then
    echo "**SMOKE RUN (--quick: small sizes, $runs run(s)): checks that the kernels run and agree; these numbers are not a measurement.**"
    echo
  fi
  echo "- date: $(date -Is)"
  echo "- commit: $commit"
  echo "- cpu: $cpu; load before the run: $load"
  echo "- CPython: \`${CPY[*]}\` ($pyver)"
  echo "- Skein: \`${SKEIN[*]}\`"
  [ ${#BASE[@]} -gt 0 ] && echo "- baseline: \`${BASE[*]}\`"
  echo "- best of $runs run(s) per side, alternating; wall time of the whole process (start-up included)"
  echo
  if [ ${#BASE[@]} -gt 0 ]; then
    echo "| kernel | argument | CPython (s) | Skein (s) | Skein/CPython | baseline (s) | Skein/baseline | status |"
    echo "|---|---|---:|---:|---:|---:|---:|---|"
    printf '%s\n' "${rows[@]}"
    echo "| **geometric mean** (${#ok_ratios[@]} of ${#selected[@]} kernels) | | | | **$geo** | | **$geo_base** | |"
  else
    echo "| kernel | argument | CPython (s) | Skein (s) | Skein/CPython | status |"
    echo "|---|---|---:|---:|---:|---|"
    printf '%s\n' "${rows[@]}"
    echo "| **geometric mean** (${#ok_ratios[@]} of ${#selected[@]} kernels) | | | | **$geo** | |"
  fi
  echo
  echo "| start-up | CPython (s) | Skein (s) | Skein/CPython |"
  echo "|---|---:|---:|---:|"
  echo "| \`-c pass\`, best of 5 | $su_py_s | $su_sk_s | $su_r${su_note:+ ($su_note)} |"
  echo
  echo "Ratio > 1: Skein is slower. The geometric mean covers only kernels with status OK."
} | tee "$out/report.md"

ln -sfn "$(basename "$out")" bench-results/python-latest
echo >&2
echo "bench-python: results in $out/ (report.md, <kernel>.{python,skein}.{out,err})" >&2
exit "$status"
