#!/usr/bin/env bash
# Regenerates the expected results of the golden corpus (tests/golden) with CPython 3.11.
#
#   scripts/golden-regen.sh [--any-python] [--check] [PATH...]
#
# PATH is a program (tests/golden/<area>/<name>.py) or a folder searched recursively;
# default: all of tests/golden. Files named mod_*.py are helper modules, not programs.
#
# For each program NAME.py the script cd's into its folder and runs
#   PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 timeout 30 python3 -X utf8 NAME.py </dev/null
# and writes, beside the program:
#   NAME.out     the exact stdout bytes
#   NAME.status  line 1: the exit code; line 2: the last line of stderr (empty if none)
# Files are only rewritten when their content changes, so a second run changes nothing;
# .out/.status files without their program in a scanned folder are removed.
#
# Every program is run a second time, with PYTHONHASHSEED=1, and both runs must give
# identical stdout, stderr and exit code. A difference means the program is either not
# deterministic or depends on string hashing (set order of strings, hash(str)); a third
# run with PYTHONHASHSEED=0 tells which. Such a program fails loudly and nothing is
# written for it. Also failures: the 30 s timeout, a warning printed by CPython
# (SyntaxWarning, DeprecationWarning, ...), an import other than sys, math, time, gc or a
# mod_* file beside the program (no_such_* names are allowed, to test missing modules;
# programs in tests/golden/threads may also import threading, queue, heapq and _thread, and
# programs in tests/golden/weakref and tests/golden/threads weakref and _weakref),
# in the program or in the mod_* helpers of its folder, a program or helper not starting
# with a '#' comment line, and an output containing the absolute path of the program's
# folder (outputs must not depend on where the repository lives).
#
#   --check       write nothing: compare with the existing .out/.status files and fail if
#                 any differs, is missing or has no program (e.g. in CI).
#   --any-python  accept a python3 that is not 3.11 (the expected files are 3.11's).
#
# No __pycache__ folder is left behind. Exit status: 0 all good; 1 some program failed
# (each failure explained on stderr, all listed at the end); 2 usage error or unsuitable python3.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
golden="$repo/tests/golden"

any_python=0
check=0
paths=()
while [ $# -gt 0 ]; do
  case "$1" in
    --any-python) any_python=1 ;;
    --check) check=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --) shift; paths+=("$@"); break ;;
    -*) echo "golden-regen: unknown option $1 (try --help)" >&2; exit 2 ;;
    *) paths+=("$1") ;;
  esac
  shift
done
[ ${#paths[@]} -gt 0 ] || paths=("$golden")

if ! command -v python3 >/dev/null 2>&1; then
  echo "golden-regen: python3 not found on PATH; install CPython 3.11 (the expected files are its output)" >&2
  exit 2
fi
pyver=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$pyver" != "3.11" ] && [ $any_python -eq 0 ]; then
  echo "golden-regen: python3 is $pyver, the corpus is generated with 3.11 (pass --any-python to use it anyway)" >&2
  exit 2
fi
if ! command -v timeout >/dev/null 2>&1; then
  echo "golden-regen: 'timeout' (coreutils) not found on PATH" >&2
  exit 2
fi

# Collect the programs (absolute paths, sorted, unique).
progs=()
for p in "${paths[@]}"; do
  if [ -d "$p" ]; then
    while IFS= read -r f; do progs+=("$f"); done < <(
      find "$(cd "$p" && pwd)" -name '__pycache__' -prune -o -type f -name '*.py' ! -name 'mod_*' -print)
  elif [ -f "$p" ]; then
    case "$(basename "$p")" in
      mod_*) echo "golden-regen: $p is a helper module (mod_*), not a program" >&2; exit 2 ;;
      *.py) progs+=("$(cd "$(dirname "$p")" && pwd)/$(basename "$p")") ;;
      *) echo "golden-regen: $p is not a .py file" >&2; exit 2 ;;
    esac
  else
    echo "golden-regen: no such file or folder: $p" >&2
    exit 2
  fi
done
if [ ${#progs[@]} -eq 0 ]; then
  echo "golden-regen: no programs found in ${paths[*]}" >&2
  exit 2
fi
mapfile -t progs < <(printf '%s\n' "${progs[@]}" | LC_ALL=C sort -u)

tmp=$(mktemp -d)
cleanup() {
  rm -rf "$tmp"
  # PYTHONDONTWRITEBYTECODE prevents them; remove any left by earlier manual runs.
  local p
  for p in "${progs[@]}"; do
    if [ -d "$(dirname "$p")/__pycache__" ]; then rm -rf "$(dirname "$p")/__pycache__"; fi
  done
  return 0
}
trap cleanup EXIT

# Corpus rules, checked statically for all programs at once: one line "PATH<TAB>problem" each.
printf '%s\n' "${progs[@]}" | PYTHONDONTWRITEBYTECODE=1 python3 -c '
import ast, os, sys, warnings
warnings.simplefilter("ignore")  # the runs below report warnings
allowed = {"sys", "math", "time", "gc"}
# the bundled stdlib modules of Skein, tested in their own area
allowed_threads = allowed | {"threading", "queue", "heapq", "_thread", "weakref", "_weakref"}
allowed_weakref = allowed | {"weakref", "_weakref"}
def problems(path, here):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    if not src.startswith("#"):
        yield "line 1 must be a comment saying what the file checks"
    try:
        tree = ast.parse(src, path)
    except SyntaxError:
        return  # a deliberate SyntaxError program: nothing more to check
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = ["." * node.level + (node.module or "")]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            ok = {"threads": allowed_threads, "weakref": allowed_weakref}.get(os.path.basename(here), allowed)
            if top in ok or top.startswith("no_such_"):
                continue
            if top.startswith("mod_") and os.path.isfile(os.path.join(here, top + ".py")):
                continue
            yield f"line {node.lineno}: import of {name!r} (allowed: sys, math, time, gc, mod_* beside the program; also threading, queue, heapq, _thread in threads/; weakref, _weakref in weakref/ and threads/)"
for path in sys.stdin.read().splitlines():
    here = os.path.dirname(path)
    for p in problems(path, here):
        print(f"{path}\t{p}")
    for helper in sorted(f for f in os.listdir(here) if f.startswith("mod_") and f.endswith(".py")):
        for p in problems(os.path.join(here, helper), here):
            print(f"{path}\thelper {helper}: {p}")
' >"$tmp/lint"

run() { # $1 = program, $2 = hash seed, $3 = output prefix; writes $3.out $3.err $3.rc
  set +e
  (cd "$(dirname "$1")" && PYTHONHASHSEED=$2 PYTHONDONTWRITEBYTECODE=1 \
     timeout 30 python3 -X utf8 "$(basename "$1")" </dev/null >"$3.out" 2>"$3.err")
  echo $? >"$3.rc"
  set -e
}
same() { # $1, $2 = output prefixes
  cmp -s "$1.out" "$2.out" && cmp -s "$1.err" "$2.err" && cmp -s "$1.rc" "$2.rc"
}

n=0; nonzero=0; changed=0
failures=()
fail() { # $1 = program (relative), $2 = reason; details follow on stderr
  echo "FAIL $1: $2" >&2
  failures+=("$1")
}

for prog in "${progs[@]}"; do
  dir=$(dirname "$prog")
  name=$(basename "$prog" .py)
  rel=${prog#"$repo"/}
  n=$((n + 1))

  if grep -qF "$prog"$'\t' "$tmp/lint"; then
    fail "$rel" "breaks the corpus rules:"
    grep -F "$prog"$'\t' "$tmp/lint" | cut -f2- | sed 's/^/    /' >&2
    continue
  fi

  run "$prog" 0 "$tmp/a"
  rc=$(cat "$tmp/a.rc")
  if [ "$rc" = 124 ]; then
    fail "$rel" "timed out after 30 s"
    continue
  fi
  run "$prog" 1 "$tmp/b"
  if ! same "$tmp/a" "$tmp/b"; then
    run "$prog" 0 "$tmp/c"
    if same "$tmp/a" "$tmp/c"; then
      fail "$rel" "DEPENDS ON STRING HASHING: PYTHONHASHSEED=0 and =1 give different results (sort sets of strings before printing them):"
    else
      fail "$rel" "NOT DETERMINISTIC: two runs with the same PYTHONHASHSEED give different results:"
    fi
    diff "$tmp/a.rc" "$tmp/b.rc" | sed 's/^/    exit code /' >&2 || true
    diff "$tmp/a.out" "$tmp/b.out" | head -n 20 | sed 's/^/    stdout /' >&2 || true
    diff "$tmp/a.err" "$tmp/b.err" | head -n 20 | sed 's/^/    stderr /' >&2 || true
    continue
  fi
  if grep -q 'Warning: ' "$tmp/a.err"; then
    fail "$rel" "CPython printed a warning; rewrite the code:"
    grep 'Warning: ' "$tmp/a.err" | head -n 3 | sed 's/^/    /' >&2
    continue
  fi

  last=""
  if [ -s "$tmp/a.err" ]; then last=$(tail -n 1 "$tmp/a.err"); fi
  printf '%s\n%s\n' "$rc" "$last" >"$tmp/a.status"

  if grep -qF "$dir" "$tmp/a.out" "$tmp/a.status"; then
    fail "$rel" "its output contains the absolute path of its folder ($dir); outputs must not depend on it"
    continue
  fi
  [ "$rc" = 0 ] || nonzero=$((nonzero + 1))

  for ext in out status; do
    expected="$dir/$name.$ext"
    if [ $check -eq 1 ]; then
      if [ ! -f "$expected" ]; then
        fail "$rel" "$name.$ext is missing"
      elif ! cmp -s "$tmp/a.$ext" "$expected"; then
        fail "$rel" "$name.$ext differs from CPython's result (< expected file, > this run):"
        diff "$expected" "$tmp/a.$ext" | head -n 20 | sed 's/^/    /' >&2 || true
      fi
    elif ! cmp -s "$tmp/a.$ext" "$expected" 2>/dev/null; then
      cp "$tmp/a.$ext" "$expected"
      changed=$((changed + 1))
    fi
  done
done

# Expected files whose program is gone (renamed or deleted): removed, or a failure with --check.
removed=0
for p in "${paths[@]}"; do
  [ -d "$p" ] || continue
  while IFS= read -r f; do
    if [ ! -f "${f%.*}.py" ]; then
      if [ $check -eq 1 ]; then
        fail "${f#"$repo"/}" "has no program ${f%.*}.py beside it"
      else
        rm -f "$f"
        removed=$((removed + 1))
        echo "removed ${f#"$repo"/} (its program is gone)"
      fi
    fi
  done < <(find "$(cd "$p" && pwd)" -name '__pycache__' -prune -o -type f \( -name '*.out' -o -name '*.status' \) -print | LC_ALL=C sort)
done

if [ $check -eq 1 ]; then
  summary="$n programs, $nonzero exit non-zero (checked against the expected files, nothing written)"
else
  summary="$n programs, $nonzero exit non-zero, $changed files written, $removed removed"
fi
if [ ${#failures[@]} -gt 0 ]; then
  mapfile -t failed < <(printf '%s\n' "${failures[@]}" | sort -u)
  echo "$summary; ${#failed[@]} FAILED:"
  printf '  %s\n' "${failed[@]}"
  exit 1
fi
echo "$summary"
