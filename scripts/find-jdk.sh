# Sourced by every Skein script: exports JAVA_HOME pointing at a JDK >= 21, and
# SKEIN_JAVA_MAJOR, its feature version. Order: JAVA_HOME when it qualifies, the `java` on
# PATH, then the standard install locations (newest first). Fails with one line saying what
# to install. Every ./skein run sources it, and start-up is a target: as few forks as possible
# (a fork costs a few milliseconds on the microVMs this project runs on).

# Sets SKEIN_MAJOR_OF to the feature version of the JDK at $1, or empty if it is not a JDK.
skein_major_of() {
  local home=$1 v="" line
  SKEIN_MAJOR_OF=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    while IFS= read -r line; do
      case $line in JAVA_VERSION=\"*) v=${line#JAVA_VERSION=\"}; v=${v%%\"*}; break ;; esac
    done < "$home/release"
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  v=${v#1.}
  SKEIN_MAJOR_OF=${v%%[.+-]*}
}

skein_java_major() { # $1 = a JDK home; prints its feature version or nothing
  skein_major_of "$1"
  echo "$SKEIN_MAJOR_OF"
}

# Sets SKEIN_JDK and SKEIN_JAVA_MAJOR; returns 1 when there is no JDK 21 or newer.
skein_find_jdk() {
  local min=21 cand best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    skein_major_of "$JAVA_HOME"
    if [ -n "$SKEIN_MAJOR_OF" ] && [ "$SKEIN_MAJOR_OF" -ge "$min" ]; then
      SKEIN_JDK=$JAVA_HOME; SKEIN_JAVA_MAJOR=$SKEIN_MAJOR_OF; return 0
    fi
  fi
  if cand=$(command -v javac); then
    cand=$(readlink -f "$cand"); cand=${cand%/bin/javac}
    skein_major_of "$cand"
    if [ -n "$SKEIN_MAJOR_OF" ] && [ "$SKEIN_MAJOR_OF" -ge "$min" ]; then
      SKEIN_JDK=$cand; SKEIN_JAVA_MAJOR=$SKEIN_MAJOR_OF; return 0
    fi
  fi
  for cand in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
              "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
              /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$cand" ] || continue
    skein_major_of "$cand"
    if [ -n "$SKEIN_MAJOR_OF" ] && [ "$SKEIN_MAJOR_OF" -ge "$min" ] && [ "$SKEIN_MAJOR_OF" -gt "$best_major" ]; then
      best=$cand; best_major=$SKEIN_MAJOR_OF
    fi
  done
  [ -n "$best" ] || return 1
  SKEIN_JDK=$best; SKEIN_JAVA_MAJOR=$best_major
}

if skein_find_jdk; then
  export JAVA_HOME=$SKEIN_JDK SKEIN_JAVA_MAJOR
  export PATH="$JAVA_HOME/bin:$PATH"
else
  echo "skein: no JDK 21 or newer found (JAVA_HOME, PATH, /usr/lib/jvm): install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME to it." >&2
  exit 2
fi
