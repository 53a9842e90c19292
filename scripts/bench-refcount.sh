#!/usr/bin/env bash
# Benchmarks of the runtime's primitives and of the object header's memory cost: the one command
# for all the JMH benchmarks of the bench module (./dev bench runs it).
#
#   scripts/bench-refcount.sh [--quick] [--out DIR] [--no-counting] [--only REGEX]
#                             [--refcount-only] [--rebuild] [--strict] [-- EXTRA JMH ARGS]
#
# Runs the JMH benchmarks of the bench module. Reference counting (one op = one incref+decref pair):
#   RefcountPairBenchmark.{Biased,Atomic,Plain}.pair  one thread, an object it owns, per policy;
#     ...{Biased,Atomic,Plain}NoCounters.pair         the same with the per-thread counters off
#   PolicyDispatchBenchmark.{dispatch,direct}         RefCount.* vs BiasedRefCount.* (biased)
#   SharedObjectBenchmark.{Biased,Atomic}.shared      owner + non-owner thread on one object
#   RawPairBaseline.{lockAddPair,plainAddPair}       the same pair on a bare long field, no Skein code
# The other primitives (left out with --refcount-only):
#   MutexBenchmark.*             uncontended lock + unlock: PyMutex, critical sections (1 and 2
#                                objects), synchronized, ReentrantLock, and a biased section (the owner
#                                of a biased object: a check, no lock)
#   MutexContendedBenchmark.*    the same with 2 threads on ONE lock
#   QsbrBenchmark.*              QSBR quiescent report, goal, freelist free + take with and without QSBR
#   ListReadBenchmark.*          list[i] on a shared list: the lock-free read vs the locked path,
#                                on 1 and on 2 threads (lockFree2, locked2)
# then the JOL footprint of the header (skein.bench.HeaderFootprint), and prints a Markdown
# table with the ratios that matter (targets: atomic/biased >= 3x, dispatch/direct ~1.0,
# header <= 16 bytes over new Object()). Each policy runs in its own JVM fork
# (-Dskein.refcount=... in the benchmark's @Fork), since the policy is fixed per process.
#
# Settings (JMH options):
#   default   -f 2 -wi 3 -w 1s -i 5 -r 1s   about 12 minutes (3.5 with --refcount-only). Two forks, because the
#             two-thread (contended) scores vary from fork to fork more than within one.
#   --quick   -f 1 -wi 1 -w 300ms -i 3 -r 200ms   a smoke run (about 2 minutes): checks that
#             everything works; its numbers are NOT a measurement.
#   SKEIN_BENCH_JMH_OPTS="..."  replaces the settings above; arguments after `--` are
#             appended to the JMH command line (e.g. `-- -prof gc`).
# Per-thread counters (skein.metrics.counting) are on, as by default in the interpreter,
# except in the *NoCounters forks; --no-counting turns them off in every fork.
#
# The machine has 2 cores: the two-thread benchmark needs both. Run it on a quiet machine
# (no build, no jcstress); the script warns when it sees load.
#
# Output (DIR defaults to bench-results/refcount-YYYYmmdd-HHMMSS, linked as
# bench-results/refcount-latest): jmh-refcount.json (JMH's JSON result), jmh-refcount.log
# (JMH's full output), footprint.txt (JOL layouts), env.txt, report.md (the table printed).
# Exit status: non-zero if the build or a benchmark fails; with --strict also when a target
# is missed.
set -euo pipefail

cd "$(dirname "$0")/.."
. scripts/find-jdk.sh

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

settings="-f 2 -wi 3 -w 1s -i 5 -r 1s"
quick=false out="" counting=true only="" rebuild=false strict=false refcount_only=false
extra=()
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=true; settings="-f 1 -wi 1 -w 300ms -i 3 -r 200ms" ;;
    --out) out=${2:?--out needs a directory}; shift ;;
    --no-counting) counting=false ;;
    --only) only=${2:?--only needs a regex}; shift ;;
    --refcount-only) refcount_only=true ;;
    --rebuild) rebuild=true ;;
    --strict) strict=true ;;
    -h|--help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "bench-refcount: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
settings=${SKEIN_BENCH_JMH_OPTS:-$settings}
refcount_regex='skein\.bench\.(RefcountPairBenchmark|PolicyDispatchBenchmark|SharedObjectBenchmark|RawPairBaseline)\.'
all_regex='skein\.bench\.(RefcountPairBenchmark|PolicyDispatchBenchmark|SharedObjectBenchmark|RawPairBaseline|MutexBenchmark|MutexContendedBenchmark|QsbrBenchmark|ListReadBenchmark)\.'
if $refcount_only; then regex=$refcount_regex; else regex=$all_regex; fi
regex=${only:-$regex}

jar=bench/target/benchmarks.jar
stale=""
if [ -f "$jar" ]; then
  stale=$(find pom.xml bench/pom.xml bench/src/main gc/pom.xml gc/src/main metrics/pom.xml metrics/src/main \
               interpreter/pom.xml interpreter/src/main \
               -newer "$jar" -type f -print -quit 2>/dev/null || true)
fi
if $rebuild || [ ! -f "$jar" ] || [ -n "$stale" ]; then
  echo "bench-refcount: building $jar${stale:+ (changed: $stale)}" >&2
  ./mvnw -q -B -pl bench -am package -DskipTests
fi

# JDK 24+ warns when sun.misc.Unsafe is used (JMH and JOL do); older JDKs reject the flag.
major=$(skein_java_major "$JAVA_HOME")
jvm_flags=()
[ "${major:-0}" -ge 24 ] && jvm_flags+=(--sun-misc-unsafe-memory-access=allow)
# Forks inherit the host JVM's flags (JMH's default when -jvmArgs is not given).
fork_flags=()
$counting || fork_flags+=(-Dskein.metrics.counting=false)
jmh_fork_args=()
[ ${#fork_flags[@]} -gt 0 ] && jmh_fork_args=(-jvmArgsPrepend "${fork_flags[*]}")

if [ -z "$out" ]; then
  out=bench-results/refcount-$(date +%Y%m%d-%H%M%S)
  link=bench-results/refcount-latest
fi
mkdir -p "$out"

load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
others=$(ps -eo args= 2>/dev/null | grep -E '[j]cstress|[o]rg\.openjdk\.jmh|[m]aven' | head -n 3 || true)
{
  echo "date:      $(date -Is)"
  echo "commit:    $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- gc metrics bench 2>/dev/null || echo ' (+ local changes)')"
  echo "java:      $JAVA_HOME ($("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1))"
  echo "cpu:       $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1) x $(nproc 2>/dev/null || echo '?')"
  echo "load:      $load (1-minute average, before the run)"
  echo "settings:  $settings ${extra[*]:-}"
  echo "counters:  $($counting && echo on || echo off)"
  echo "jvm flags: ${jvm_flags[*]:-none} (host, inherited by the forks)${fork_flags[*]:+; forks also: ${fork_flags[*]}}"
} > "$out/env.txt"
if [ -n "$others" ]; then
  echo "bench-refcount: WARNING: other JVM work is running (numbers will be noisy):" >&2
  echo "$others" | cut -c1-150 | sed 's/^/  /' >&2
elif awk -v l="$load" 'BEGIN { exit !(l + 0 > 0.5) }'; then
  echo "bench-refcount: WARNING: load average is $load; numbers may be noisy" >&2
fi

echo "bench-refcount: JMH $settings ${extra[*]:-} -> $out/" >&2
# shellcheck disable=SC2086 # $settings is a list of JMH options
java "${jvm_flags[@]}" -jar "$jar" $settings -foe true "${jmh_fork_args[@]}" \
     -rf json -rff "$out/jmh-refcount.json" "${extra[@]}" "$regex" 2>&1 \
  | tee "$out/jmh-refcount.log" \
  | { grep --line-buffered -E '^# Benchmark:|^Iteration|^ +(owner|nonOwner):|<failure>|Exception' || true; }

java "${jvm_flags[@]}" -cp "$jar" skein.bench.HeaderFootprint > "$out/footprint.txt"

note="Settings: $settings${extra[*]:+ ${extra[*]}}"
$quick && note="SMOKE RUN ($settings): checks that the benchmarks work; these numbers are not a measurement"
report_args=("$out/jmh-refcount.json" --note "$note")
$strict && report_args+=(--strict)
echo
status=0
java "${jvm_flags[@]}" -cp "$jar" skein.bench.BenchReport "${report_args[@]}" | tee "$out/report.md" || status=$?
[ -n "${link:-}" ] && ln -sfn "$(basename "$out")" "$link"
echo
echo "bench-refcount: results in $out/ (report.md, jmh-refcount.json, jmh-refcount.log, footprint.txt, env.txt)" >&2
exit "$status"
