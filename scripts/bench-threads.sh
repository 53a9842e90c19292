#!/usr/bin/env bash
# Thread scaling of Skein: does each workload of bench/python/threads scale to 2 threads,
# free-threaded against GIL mode?
#
#   scripts/bench-threads.sh [--quick] [--runs N] [--only NAME[,NAME...]] [--n N]
#                            [--skein CMD] [--skein-gil CMD] [--python CMD] [--timeout SECS]
#                            [--settle SECS]
#
# Each workload bench/python/threads/NAME.py takes `THREADS [N]`: it runs THREADS threads
# that each do N units of work (the same per thread whatever THREADS is), released together,
# and prints `elapsed SECONDS checksum X`: SECONDS is time.perf_counter() around the threaded
# section only (start-up and a warm-up on the main thread excluded), X the per-thread result.
# For each workload the script runs, alternating, `runs` times each:
#   FT 1 and 2 threads    SKEIN NAME.py 1|2 [N]       (free-threaded; default ./skein run)
#   GIL 1 and 2 threads   SKEIN_GIL NAME.py 1|2 [N]   (default ./skein --gil run)
#   CPython 1 and 2       PYTHON NAME.py 1|2 [N]      (a reference, if PYTHON exists; CPython
#                         3.11 has a GIL, so its speedup should be about 1.0)
#   FT pair               two `SKEIN NAME.py 1 [N]` processes at once; SECONDS is the slower
#                         one's. Two processes share no object, lock or counter, so their
#                         "speedup" (2 * FT T1 / pair) is the machine's ceiling for this code:
#                         what is left when nothing in the runtime is shared. On the 2-core dev
#                         VM it is far below 2.0 for Skein (cores contend for the memory system)
#                         while CPython pairs reach about 1.9; the gap between the FT speedup
#                         and this ceiling is what sharing inside the runtime costs.
# (every other round with the GIL configurations first, so that neither 1-thread configuration
# always runs "cold": see CONFIGS_SWAPPED) and keeps the best (smallest) SECONDS of each.
# Speedup = 2 * T1 / T2 (2 threads do twice the work of 1: 2.0 is perfect scaling, 1.0 none).
# FT/GIL T1 = the single-thread cost of free threading. Every run of a workload (all
# configurations, CPython's too) must print the same checksum, and each run checks that its
# threads' results agree: otherwise the workload is FAILED. If a run exits non-zero, times out
# or prints something else, it is ERROR, with the last line of its stderr (or stdout).
#
#   --quick          1 run per configuration and a small N per workload (a smoke test: checks
#                    that everything runs and agrees; the numbers are not a measurement).
#                    An explicit --runs or --n still applies.
#   --runs N         runs per configuration and workload (default 3).
#   --only LIST      only these workloads (comma-separated names, without .py).
#   --n N            work units per thread for every workload (default: each workload's own,
#                    about 1-2 s for one free-threaded thread on the 2-core dev machine).
#   --skein CMD      the free-threaded command (default "./skein run"); split on spaces.
#                    Use `--skein python3` to test this script: every column is CPython and
#                    every speedup should be about 1.0.
#   --skein-gil CMD  the GIL-mode command (default "./skein --gil run"; with --skein CMD but
#                    no --skein-gil: "env PYTHON_GIL=1 CMD").
#   --python CMD     the CPython reference (default "python3"; "none": no reference column).
#   --timeout SECS   the limit for one run (default 600); a run that hits it is ERROR.
#   --settle SECS    wait this long before each timed run (default 3; 0 with --quick): on
#                    the microVMs this project runs on, a JVM that starts within about 2 s
#                    of another one's exit runs a few % faster (the memory just freed is
#                    still backed by the host), which would favour whichever configuration
#                    runs second. About 5 minutes of the default --runs 3.
#
# The script unsets PYTHON_GIL for its runs (it would turn the free-threaded runs into GIL
# runs) and, before timing, asks each command for sys._is_gil_enabled(): the report warns if
# the free-threaded command has a GIL or the GIL command has none.
#
# Prints a Markdown table (per workload: FT T1, FT T2, FT speedup, GIL T1, GIL T2, GIL
# speedup, FT/GIL T1, CPython T1, T2 and speedup, the run-to-run spread, status), then the
# targets per workload, met or not: FT speedup >= 1.8, GIL speedup 0.8-1.2 ("about 1.0"),
# FT T1 <= 1.05 x GIL T1. It writes them to bench-results/threads-YYYYmmdd-HHMMSS/report.md
# (linked as bench-results/threads-latest), with runs.tsv (every run's time and checksum)
# and each configuration's stdout/stderr of its last run per workload.
# Exit status: 0 if every workload is OK, 1 if one is FAILED or ERROR, 2 on a usage error.
# Targets not met never change the exit status: this is a measurement.
set -euo pipefail

cd "$(dirname "$0")/.."

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

# name:quick-N, in report order. The default N lives in each workload.
WORKLOADS=(
  independent:100000
  shared_function:50000
  private_methods:50000
  shared_class:50000
  shared_reads:100000
)
# The targets.
FT_MIN=1.8 GIL_LO=0.8 GIL_HI=1.2 COST_MAX=1.05

quick=false runs="" only="" n="" timeout_s=600 settle=""
skein_cmd="./skein run" skein_gil_cmd="" skein_given=false python_cmd="python3"
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=true ;;
    --runs) runs=${2:?--runs needs a number}; shift ;;
    --only) only=${2:?--only needs workload names}; shift ;;
    --n) n=${2:?--n needs a number}; shift ;;
    --skein) skein_cmd=${2:?--skein needs a command}; skein_given=true; shift ;;
    --skein-gil) skein_gil_cmd=${2:?--skein-gil needs a command}; shift ;;
    --python) python_cmd=${2:?--python needs a command}; shift ;;
    --timeout) timeout_s=${2:?--timeout needs seconds}; shift ;;
    --settle) settle=${2:?--settle needs seconds}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench-threads: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$runs" ]; then
  if $quick; then runs=1; else runs=3; fi
fi
case $runs in ''|*[!0-9]*|0) echo "bench-threads: --runs must be a positive integer" >&2; exit 2 ;; esac
case $timeout_s in ''|*[!0-9]*|0) echo "bench-threads: --timeout must be a positive integer" >&2; exit 2 ;; esac
if [ -z "$settle" ]; then
  if $quick; then settle=0; else settle=3; fi
fi
case $settle in ''|*[!0-9]*) echo "bench-threads: --settle must be a whole number of seconds" >&2; exit 2 ;; esac
if [ -n "$n" ]; then
  case $n in *[!0-9]*|0) echo "bench-threads: --n must be a positive integer" >&2; exit 2 ;; esac
fi
if [ -z "$skein_gil_cmd" ]; then
  if $skein_given; then skein_gil_cmd="env PYTHON_GIL=1 $skein_cmd"; else skein_gil_cmd="./skein --gil run"; fi
fi
read -r -a SKEIN <<<"$skein_cmd"
read -r -a SKEIN_GIL <<<"$skein_gil_cmd"
read -r -a CPY <<<"$python_cmd"
[ ${#SKEIN[@]} -gt 0 ] || { echo "bench-threads: empty --skein command" >&2; exit 2; }
[ ${#SKEIN_GIL[@]} -gt 0 ] || { echo "bench-threads: empty --skein-gil command" >&2; exit 2; }
[ ${#CPY[@]} -gt 0 ] || { echo "bench-threads: empty --python command (use --python none)" >&2; exit 2; }

selected=()
for entry in "${WORKLOADS[@]}"; do
  name=${entry%%:*}
  if [ -z "$only" ] || [[ ",$only," == *",$name,"* ]]; then selected+=("$entry"); fi
done
if [ -n "$only" ]; then
  IFS=, read -r -a wanted <<<"$only"
  for w in "${wanted[@]}"; do
    found=false
    for entry in "${WORKLOADS[@]}"; do [ "${entry%%:*}" = "$w" ] && found=true; done
    $found || { echo "bench-threads: no workload '$w' (have: $(printf '%s ' "${WORKLOADS[@]%%:*}"))" >&2; exit 2; }
  done
fi

unset PYTHON_GIL

# The CPython reference, if there is one.
have_py=false py_note=""
if [ "$python_cmd" = none ]; then
  py_note="not run (--python none)"
elif command -v "${CPY[0]}" >/dev/null 2>&1; then
  have_py=true
else
  py_note="not run (\`${CPY[0]}\` not found)"
fi

stamp=$(date +%Y%m%d-%H%M%S)
out=bench-results/threads-$stamp
mkdir -p "$out"

# The last non-blank line of a file, made safe for a Markdown table cell.
last_line() {
  { grep -v '^[[:space:]]*$' "$1" 2>/dev/null || true; } | tail -n 1 | cut -c1-160 | sed 's/|/\\|/g'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
speedup() { awk -v t1="$1" -v t2="$2" 'BEGIN { printf "%.2f", 2 * t1 / t2 }'; }
fmt() { awk -v s="$1" 'BEGIN { printf "%.3f", s }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 < b + 0) }'; }

# run_cmd OUTFILE ERRFILE CMD... : runs CMD, sets RUN_RC.
run_cmd() {
  local o=$1 e=$2; shift 2
  if timeout "$timeout_s" "$@" </dev/null >"$o" 2>"$e"; then RUN_RC=0; else RUN_RC=$?; fi
  if [ "$RUN_RC" = 124 ]; then echo "timed out after ${timeout_s}s" >>"$e"; fi
}

# run_pair OUTFILE ERRFILE CMD... : runs two copies of CMD at once; OUTFILE gets the line
# of the slower one (both must succeed), ERRFILE both stderrs; sets RUN_RC.
run_pair() {
  local o=$1 e=$2; shift 2
  local rc1=0 rc2=0 l1 l2
  timeout "$timeout_s" "$@" </dev/null >"$o.1" 2>"$e.1" & local p1=$!
  timeout "$timeout_s" "$@" </dev/null >"$o.2" 2>"$e.2" & local p2=$!
  wait "$p1" || rc1=$?
  wait "$p2" || rc2=$?
  cat "$e.1" "$e.2" >"$e"
  RUN_RC=$rc1; [ "$RUN_RC" = 0 ] && RUN_RC=$rc2
  if [ "$RUN_RC" = 124 ]; then echo "timed out after ${timeout_s}s" >>"$e"; fi
  l1=$(cat "$o.1") l2=$(cat "$o.2")
  rm -f "$o.1" "$o.2" "$e.1" "$e.2"
  if [[ $l1 =~ ^elapsed\ ([0-9.]+)\  ]] && [[ $l2 =~ ^elapsed\ ([0-9.]+)\  ]]; then
    local s1 s2
    [[ $l1 =~ ^elapsed\ ([0-9.]+) ]]; s1=${BASH_REMATCH[1]}
    [[ $l2 =~ ^elapsed\ ([0-9.]+) ]]; s2=${BASH_REMATCH[1]}
    if lt "$s1" "$s2"; then echo "$l2" >"$o"; else echo "$l1" >"$o"; fi
  else
    printf '%s\n%s\n' "$l1" "$l2" >"$o"
  fi
}

load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (+ local changes)')"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1) x $(nproc 2>/dev/null || echo '?')"
if awk -v l="$load" 'BEGIN { exit !(l + 0 > 0.5) }'; then
  echo "bench-threads: WARNING: load average is $load; numbers may be noisy" >&2
fi

# One untimed run per command first (builds ./skein's jar if the sources changed, warms the
# file cache), which also asks each command whether it runs with a GIL.
GIL_PROBE='import sys
f = getattr(sys, "_is_gil_enabled", None)
print("no sys._is_gil_enabled (a GIL build)" if f is None else f())'
mode_warnings=()
probe() { # probe LABEL EXPECT CMD... : sets PROBE to what the command says
  local label=$1 expect=$2; shift 2
  run_cmd "$out/probe.$label.out" "$out/probe.$label.err" "$@" -c "$GIL_PROBE"
  if [ "$RUN_RC" != 0 ]; then
    PROBE="exit $RUN_RC: $(last_line "$out/probe.$label.err")"
  else
    PROBE=$(last_line "$out/probe.$label.out")
  fi
  if [ "$expect" = free ] && [ "$PROBE" != False ]; then
    mode_warnings+=("the free-threaded command \`$*\` is not free-threaded: sys._is_gil_enabled() -> $PROBE")
  elif [ "$expect" = gil ] && [ "$PROBE" = False ]; then
    mode_warnings+=("the GIL command \`$*\` runs without a GIL: sys._is_gil_enabled() -> $PROBE")
  fi
}
echo "bench-threads: warming up and checking the modes (-c 'sys._is_gil_enabled()')" >&2
probe ft free "${SKEIN[@]}"; ft_mode=$PROBE
probe gil gil "${SKEIN_GIL[@]}"; gil_mode=$PROBE
py_mode=""
if $have_py; then probe python any "${CPY[@]}"; py_mode=$PROBE; fi
for w in ${mode_warnings[@]+"${mode_warnings[@]}"}; do echo "bench-threads: WARNING: $w" >&2; done

CONFIGS=(ft1 ft2 ftpair gil1 gil2)
$have_py && CONFIGS+=(py1 py2)
# Every other round runs the GIL configurations first. A JVM started within about 2 s of
# another one's exit runs faster on the microVMs this is measured on (the memory just freed is
# still backed by the host), and the first configuration of a round follows CPython or nothing:
# always running FT 1-thread first gave it only "cold" runs and GIL 1-thread only warm ones.
CONFIGS_SWAPPED=(gil1 gil2 ft1 ft2 ftpair)
$have_py && CONFIGS_SWAPPED+=(py1 py2)
printf 'workload\tconfig\trun\tseconds\tchecksum\texit\n' >"$out/runs.tsv"

# The first problem of each kind (one per configuration that died, the first wrong checksum).
add_note() { note="${note:+$note; }$1"; }
# Cells of the current workload (arrays best, worst; variable state).
cell() { if [ -n "${best[$1]:-}" ]; then fmt "${best[$1]}"; else echo -; fi; }
sp() { if [ -n "${best[$1]:-}" ] && [ -n "${best[$2]:-}" ]; then speedup "${best[$1]}" "${best[$2]}"; else echo -; fi; }
# judge VALUE CONDITION: "met (VALUE)" if the awk CONDITION on v holds, "-" if not judged.
judge() {
  if [ "$state" != OK ] || [ "$1" = - ]; then echo "-"; return; fi
  if awk -v v="$1" "BEGIN { exit !($2) }"; then echo "met ($1)"; else echo "**NOT met** ($1)"; fi
}

rows=() target_rows=()
status=0 met=0 checks=0
for entry in "${selected[@]}"; do
  name=${entry%%:*}
  args=()
  if [ -n "$n" ]; then args=("$n"); elif $quick; then args=("${entry#*:}"); fi
  file=bench/python/threads/$name.py
  n_cell=${args[*]:-"$(sed -n 's/^DEFAULT_N = \([0-9]*\).*/\1/p' "$file" | head -n 1) (default)"}
  echo "bench-threads: $name N=$n_cell x $runs" >&2
  declare -A best=() worst=() dead=()
  state=OK note="" ref="" ref_cfg="" failed=false
  for ((i = 1; i <= runs; i++)); do
    if ((i % 2)); then order=("${CONFIGS[@]}"); else order=("${CONFIGS_SWAPPED[@]}"); fi
    for cfg in "${order[@]}"; do
      [ -n "${dead[$cfg]:-}" ] && continue
      case $cfg in
        ft*) cmd=("${SKEIN[@]}") ;;
        gil*) cmd=("${SKEIN_GIL[@]}") ;;
        py*) cmd=("${CPY[@]}") ;;
      esac
      threads=${cfg: -1}
      o=$out/$name.$cfg.out e=$out/$name.$cfg.err
      if [ "$settle" -gt 0 ]; then sleep "$settle"; fi
      if [ "$cfg" = ftpair ]; then
        run_pair "$o" "$e" "${cmd[@]}" "$file" 1 ${args[@]+"${args[@]}"}
      else
        run_cmd "$o" "$e" "${cmd[@]}" "$file" "$threads" ${args[@]+"${args[@]}"}
      fi
      line=$(cat "$o")
      secs="" cs=""
      if [ "$RUN_RC" = 0 ] && [[ $line =~ ^elapsed\ ([0-9]+(\.[0-9]+)?)\ checksum\ ([^[:space:]]+)$ ]]; then
        secs=${BASH_REMATCH[1]} cs=${BASH_REMATCH[3]}
      fi
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$cfg" "$i" "${secs:--}" "${cs:--}" "$RUN_RC" >>"$out/runs.tsv"
      if [ -z "$secs" ]; then
        dead[$cfg]=1
        state=ERROR
        if [ "$RUN_RC" != 0 ]; then
          add_note "$cfg exit $RUN_RC: $(last_line "$e")"
        else
          add_note "$cfg printed '$(last_line "$o")'"
        fi
        continue
      fi
      if [ -z "${best[$cfg]:-}" ] || lt "$secs" "${best[$cfg]}"; then best[$cfg]=$secs; fi
      if [ -z "${worst[$cfg]:-}" ] || lt "${worst[$cfg]}" "$secs"; then worst[$cfg]=$secs; fi
      if [[ $cs == mismatch:* ]]; then
        if ! $failed; then failed=true; add_note "$cfg: the threads' results differ ($cs)"; fi
      elif [ -z "$ref" ]; then
        ref=$cs ref_cfg=$cfg
      elif [ "$cs" != "$ref" ] && ! $failed; then
        failed=true; add_note "checksum $cs ($cfg) != $ref ($ref_cfg)"
      fi
      if $failed && [ "$state" = OK ]; then state=FAILED; fi
    done
  done

  ft_sp=$(sp ft1 ft2) pair_sp=$(sp ft1 ftpair) gil_sp=$(sp gil1 gil2) py_sp=$(sp py1 py2)
  cost=-
  [ -n "${best[ft1]:-}" ] && [ -n "${best[gil1]:-}" ] && cost=$(ratio "${best[ft1]}" "${best[gil1]}")
  # The spread: the largest (worst - best) / best over the configurations.
  spread=-
  if [ "$runs" -gt 1 ]; then
    for cfg in "${CONFIGS[@]}"; do
      [ -n "${best[$cfg]:-}" ] || continue
      s=$(awk -v b="${best[$cfg]}" -v w="${worst[$cfg]}" 'BEGIN { printf "%.0f", 100 * (w - b) / b }')
      if [ "$spread" = - ] || [ "$s" -gt "$spread" ]; then spread=$s; fi
    done
    [ "$spread" != - ] && spread="$spread%"
  fi
  [ "$state" = OK ] || status=1
  py_cells="| - | - | -"
  $have_py && py_cells="| $(cell py1) | $(cell py2) | $py_sp"
  rows+=("| $name | $n_cell | $(cell ft1) | $(cell ft2) | $ft_sp | $pair_sp | $(cell gil1) | $(cell gil2) | $gil_sp | $cost $py_cells | $spread | $state${note:+: $note} |")
  echo "bench-threads:   FT $(cell ft1)/$(cell ft2) s (${ft_sp}x; process pair ${pair_sp}x), GIL $(cell gil1)/$(cell gil2) s (${gil_sp}x), FT/GIL T1 $cost, spread $spread, $state${note:+ ($note)}" >&2

  # Targets (only for a workload that ran and agreed).
  t_ft=$(judge "$ft_sp" "v >= $FT_MIN"); [[ $t_ft == met* ]] && met=$((met + 1)); [ "$t_ft" != - ] && checks=$((checks + 1))
  t_gil=$(judge "$gil_sp" "v >= $GIL_LO && v <= $GIL_HI"); [[ $t_gil == met* ]] && met=$((met + 1)); [ "$t_gil" != - ] && checks=$((checks + 1))
  t_cost=$(judge "$cost" "v <= $COST_MAX"); [[ $t_cost == met* ]] && met=$((met + 1)); [ "$t_cost" != - ] && checks=$((checks + 1))
  target_rows+=("| $name | $t_ft | $t_gil | $t_cost |")
  unset best worst dead
done

{
  echo "# Skein thread scaling: 1 vs 2 threads, free-threaded vs GIL"
  echo
  if $quick; then
    echo "**SMOKE RUN (--quick: small sizes, $runs run(s)): checks that the workloads run and agree; these numbers are not a measurement.**"
    echo
  fi
  for w in ${mode_warnings[@]+"${mode_warnings[@]}"}; do echo "**WARNING: $w**"; echo; done
  echo "- date: $(date -Is)"
  echo "- commit: $commit"
  echo "- cpu: $cpu; load before the run: $load, after: $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
  echo "- free-threaded (FT): \`${SKEIN[*]}\` (sys._is_gil_enabled() -> $ft_mode)"
  echo "- GIL: \`${SKEIN_GIL[*]}\` (sys._is_gil_enabled() -> $gil_mode)"
  if $have_py; then
    echo "- CPython reference: \`${CPY[*]}\` ($("${CPY[@]}" --version 2>&1 | head -n 1 || true); sys._is_gil_enabled() -> $py_mode)"
  else
    echo "- CPython reference: $py_note"
  fi
  echo "- best of $runs run(s) per configuration, alternating; times are the threaded section only (the workload's time.perf_counter(), start-up and warm-up excluded); N = work units per thread"
  echo
  echo "| workload | N | FT T1 (s) | FT T2 (s) | FT speedup | FT pair ceiling | GIL T1 (s) | GIL T2 (s) | GIL speedup | FT/GIL T1 | CPython T1 (s) | CPython T2 (s) | CPython speedup | spread | status |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Speedup = 2 x T1 / T2 (2 threads do twice the work: 2.00 is perfect scaling, 1.00 none). FT pair ceiling = 2 x FT T1 / (two 1-thread processes at once): the machine's limit for this code with nothing shared in the runtime. FT/GIL T1 > 1: free threading costs that much on one thread. Spread: the largest (worst - best) / best over a workload's configurations (the run-to-run noise)."
  echo
  echo "Targets:"
  echo
  echo "| workload | FT speedup >= $FT_MIN | GIL speedup $GIL_LO-$GIL_HI | FT T1 <= $COST_MAX x GIL T1 |"
  echo "|---|---|---|---|"
  printf '%s\n' "${target_rows[@]}"
  echo
  echo "$met of $checks target checks met (only workloads with status OK are judged)."
} | tee "$out/report.md"

ln -sfn "$(basename "$out")" bench-results/threads-latest
echo >&2
echo "bench-threads: results in $out/ (report.md, runs.tsv, <workload>.<config>.{out,err})" >&2
exit "$status"
