# Sourced by every Skein script: exports JAVA_HOME pointing at a JDK >= 21.
# Order: JAVA_HOME when it qualifies, the `java` on PATH, then the standard install
# locations (newest first). Fails with one line saying what to install.

skein_java_major() { # $1 = a JDK home; prints its feature version or nothing
  local home=$1 v=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  v=${v#1.}
  echo "${v%%[.+-]*}"
}

skein_find_jdk() {
  local min=21 cand major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(skein_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    cand=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(skein_java_major "$cand")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then echo "$cand"; return 0; fi
  fi
  for cand in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
              "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
              /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$cand" ] || continue
    major=$(skein_java_major "$cand")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best=$cand; best_major=$major
    fi
  done
  [ -n "$best" ] && { echo "$best"; return 0; }
  return 1
}

if SKEIN_JDK=$(skein_find_jdk); then
  export JAVA_HOME=$SKEIN_JDK
  export PATH="$JAVA_HOME/bin:$PATH"
else
  echo "skein: no JDK 21 or newer found (JAVA_HOME, PATH, /usr/lib/jvm): install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME to it." >&2
  exit 2
fi
