#!/usr/bin/env bash
# Time from launch to ready (GET /actuator/health/readiness answers UP) with no tokens, for plain
# `java -jar` on Java 17 and for the shipped launch (bin/career-advisor: Java 25, AOT cache, flags),
# run alternately so that their ratio holds on a noisy machine; then the shipped launch's resident
# memory once ready. Each figure is the median of RUNS runs (default 5). With PostgreSQL too when
# CAREER_ADVISOR_TEST_PG_URL/_USER/_PASSWORD are set.
# Usage: bench/startup.sh   (after ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
jar="$(ls target/career-advisor-*.jar | grep -v '\.original$' | head -1)"
java17="${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}"
[ -x "$java17" ] || java17=java
port=18190

# Trains the shipped launch's cache before anything is timed.
timeout 120 bin/career-advisor --server.port=$port --spring.datasource.url=jdbc:h2:mem:warm </dev/null >/dev/null 2>&1 &
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done
kill %1; wait 2>/dev/null || true

# Prints "seconds rss_mb" for one launch of the given command, run in a fresh directory.
measure() {
  local dir; dir="$(mktemp -d)"
  local start end rss pid
  start=$(date +%s.%N)
  (cd "$dir" && exec "$@" --server.port=$port $DB_ARGS </dev/null >"$dir/log" 2>&1) &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the launch failed; see $dir/log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s.%N)
  local java_pid; java_pid=$(pgrep -P "$pid" java || echo "$pid")
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$java_pid/status" 2>/dev/null || echo 0)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  echo "$(echo "$end - $start" | bc) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

report() {
  local label="$1"; shift
  local plain=() shipped=() rss=()
  for ((i = 0; i < runs; i++)); do
    read -r t _ < <(measure "$java17" -jar "$PWD/$jar"); plain+=("$t")
    read -r t r < <(measure "$PWD/bin/career-advisor"); shipped+=("$t"); rss+=("$r")
  done
  local p s m
  p=$(printf '%s\n' "${plain[@]}" | median)
  s=$(printf '%s\n' "${shipped[@]}" | median)
  m=$(printf '%s\n' "${rss[@]}" | median)
  printf 'Start-up to ready, %s, median of %d: plain java -jar (Java 17) %.2f s; shipped launch %.2f s (target < 2.0 s); ratio %.2f (target <= 0.35); shipped RSS once ready %d MB\n' \
    "$label" "$runs" "$p" "$s" "$(echo "$s / $p" | bc -l)" "$m"
}

DB_ARGS="" report "H2 file"
if [ -n "${CAREER_ADVISOR_TEST_PG_URL:-}" ]; then
  DB_ARGS="--spring.datasource.url=$CAREER_ADVISOR_TEST_PG_URL --spring.datasource.username=${CAREER_ADVISOR_TEST_PG_USER:-career_advisor} --spring.datasource.password=${CAREER_ADVISOR_TEST_PG_PASSWORD:-}" \
    report "PostgreSQL"
fi
