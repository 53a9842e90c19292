#!/usr/bin/env bash
# Runs the jcstress harnesses of the stress module and checks jcstress's final Results line
# (jcstress itself exits 0 when nothing was really tested: see BUILD-NOTES.md "jcstress").
#
# Usage: scripts/jcstress.sh [--mode sanity|quick|default|tough|stress] [--tests REGEX]
#                            [--policy biased|atomic] [--expect-fail] [--results DIR]
#                            [--rebuild] [-- EXTRA_JCSTRESS_ARGS...]
#
#   --mode      jcstress preset (default quick; sanity is too short to catch the broken variant)
#   --tests     test regex. Defaults: biased  '^skein\.stress\.(brc|cs|stw|qsbr|lockfree|gc)\.' (every BRC, critical-section, stop-the-world, QSBR, lock-free-read and collector harness)
#                                     atomic  '^skein\.stress\.brc\.BRC_(0[12456]|12)_' (the six core
#                                             policy-independent harnesses; every harness directly in
#                                             skein.stress.brc passes under atomic: '^skein\.stress\.brc\.BRC_'
#                                             selects them all, while the biased-only ones live in
#                                             skein.stress.brc.biased)
#                                     --expect-fail '^skein\.stress\.broken\.'
#   --policy    refcount policy of the forked test VMs (-Dskein.refcount=...), default biased.
#               The harnesses cross-check it against SKEIN_STRESS_POLICY, which this script exports.
#   --expect-fail  run the deliberately broken variants: succeed only if jcstress caught each of them
#                  (a [FAILED] configuration per variant).
#   --results   directory for the log, the HTML report and jcstress's result file
#               (default stress/target/jcstress/<policy>[-broken])
#   --rebuild   rebuild stress/target/jcstress.jar even if it exists
#
# Normal runs exit 0 only if N > 0 and P == N and F == S == H == 0; a normal run refuses to
# select a test of skein.stress.broken, and --expect-fail refuses to select anything else.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=find-jdk.sh
. "$ROOT/scripts/find-jdk.sh"

MODE=quick
TESTS=""
POLICY=biased
EXPECT_FAIL=0
RESULTS=""
REBUILD=0
EXTRA=()

die() { echo "jcstress.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --mode) MODE=${2:?--mode needs a value}; shift 2 ;;
    --tests) TESTS=${2:?--tests needs a regex}; shift 2 ;;
    --policy) POLICY=${2:?--policy needs a value}; shift 2 ;;
    --expect-fail) EXPECT_FAIL=1; shift ;;
    --results) RESULTS=${2:?--results needs a directory}; shift 2 ;;
    --rebuild) REBUILD=1; shift ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done

case "$MODE" in sanity|quick|default|tough|stress) ;; *) die "unknown mode '$MODE'" ;; esac
case "$POLICY" in biased|atomic) ;; *) die "unknown policy '$POLICY' (biased or atomic; plain is only valid under a GIL)" ;; esac

if [ -z "$TESTS" ]; then
  if [ "$EXPECT_FAIL" = 1 ]; then TESTS='^skein\.stress\.broken\.'
  elif [ "$POLICY" = atomic ]; then TESTS='^skein\.stress\.brc\.BRC_(0[12456]|12)_'
  else TESTS='^skein\.stress\.(brc|cs|stw|qsbr|lockfree|gc)\.'
  fi
fi

LABEL=$POLICY
[ "$EXPECT_FAIL" = 1 ] && LABEL="$POLICY-broken"
[ -n "$RESULTS" ] || RESULTS="$ROOT/stress/target/jcstress/$LABEL"
mkdir -p "$RESULTS"
RESULTS=$(cd "$RESULTS" && pwd)
LOG="$RESULTS/jcstress.log"

JAR="$ROOT/stress/target/jcstress.jar"
if [ "$REBUILD" = 1 ] || [ ! -f "$JAR" ]; then
  echo "jcstress.sh: building $JAR"
  ./mvnw -q -B -pl stress -am package -DskipTests
fi
[ -f "$JAR" ] || die "no $JAR after the build"

# Which tests the regex selects, so that the broken variants are never part of a normal
# run and an --expect-fail run tests nothing but them.
SELECTED=$(java --enable-native-access=ALL-UNNAMED -jar "$JAR" -l -t "$TESTS" 2>/dev/null \
             | grep -E '^[[:space:]]*skein\.' | sed 's/^[[:space:]]*//' || true)
[ -n "$SELECTED" ] || { echo "jcstress.sh: FAIL: no test matches '$TESTS'"; exit 1; }
if [ "$EXPECT_FAIL" = 1 ]; then
  if grep -qv '^skein\.stress\.broken\.' <<<"$SELECTED"; then
    die "--expect-fail must select only skein.stress.broken tests; '$TESTS' also selects: $(grep -v '^skein\.stress\.broken\.' <<<"$SELECTED" | tr '\n' ' ')"
  fi
elif grep -q '^skein\.stress\.broken\.' <<<"$SELECTED"; then
  die "'$TESTS' selects deliberately broken tests ($(grep '^skein\.stress\.broken\.' <<<"$SELECTED" | tr '\n' ' ')); run them with --expect-fail"
fi
echo "jcstress.sh: policy=$POLICY mode=$MODE, $(wc -l <<<"$SELECTED") test(s):"
sed 's/^/  /' <<<"$SELECTED"

# The forks get the policy by -D and the expectation by the environment; the harnesses
# throw if the two disagree (skein.stress.support.Policy).
export SKEIN_STRESS_POLICY=$POLICY
START=$(date +%s)
set +e
# jcstress writes jcstress-results-*.bin.gz into its working directory: run it in $RESULTS.
(cd "$RESULTS" && java --enable-native-access=ALL-UNNAMED -jar "$JAR" \
    -m "$MODE" -t "$TESTS" -r "$RESULTS/report" \
    -jvmArgsPrepend "-Dskein.refcount=$POLICY" \
    "${EXTRA[@]}") 2>&1 | tee "$LOG"
RC=${PIPESTATUS[0]}
set -e
WALL=$(( $(date +%s) - START ))

LINE=$(grep -oE 'Results: [0-9]+ planned; [0-9]+ passed, [0-9]+ failed, [0-9]+ soft errs, [0-9]+ hard errs' "$LOG" | tail -n 1 || true)
XF=""
[ "$EXPECT_FAIL" = 1 ] && XF=" expect-fail"
summary() { # $1 = PASS|FAIL, $2 = why
  echo "jcstress.sh: $1 [policy=$POLICY mode=$MODE$XF tests='$TESTS'] (${LINE:-no Results line}) in ${WALL}s: $2; log $LOG"
}
if [ -z "$LINE" ]; then
  summary FAIL "jcstress printed no Results line (exit code $RC)"
  exit 1
fi
read -r N P F S H < <(sed -E 's/Results: ([0-9]+) planned; ([0-9]+) passed, ([0-9]+) failed, ([0-9]+) soft errs, ([0-9]+) hard errs/\1 \2 \3 \4 \5/' <<<"$LINE")

if [ "$EXPECT_FAIL" = 1 ]; then
  if [ "$N" -eq 0 ]; then summary FAIL "nothing was planned, so nothing was caught"; exit 1; fi
  if [ "$S" -ne 0 ] || [ "$H" -ne 0 ]; then summary FAIL "$S soft / $H hard errors: the broken variant did not run cleanly"; exit 1; fi
  if [ "$F" -eq 0 ]; then summary FAIL "the broken variant PASSED: the harness did not catch it (try a longer --mode)"; exit 1; fi
  # Each broken variant on its own must have failed in at least one configuration: one variant
  # caught must not hide another that no longer is.
  MISSED=""
  while read -r t; do
    grep -qE "\[FAILED\] ${t//./\\.}\$" "$LOG" || MISSED="$MISSED $t"
  done <<<"$SELECTED"
  if [ -n "$MISSED" ]; then summary FAIL "not caught in any configuration:$MISSED"; exit 1; fi
  summary PASS "every broken variant was caught ($F failed of $N)"
  exit 0
fi

if [ "$N" -eq 0 ]; then summary FAIL "nothing was planned (no test ran)"; exit 1; fi
if [ "$F" -ne 0 ]; then summary FAIL "$F failed (forbidden outcomes: see the report in $RESULTS/report)"; exit 1; fi
if [ "$S" -ne 0 ] || [ "$H" -ne 0 ]; then summary FAIL "$S soft / $H hard errors (tests that did not load or crashed)"; exit 1; fi
if [ "$P" -ne "$N" ]; then summary FAIL "only $P of $N planned passed"; exit 1; fi
if [ "$RC" -ne 0 ]; then summary FAIL "jcstress exited $RC"; exit 1; fi
summary PASS "all $N passed"
