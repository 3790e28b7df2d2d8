#!/usr/bin/env bash
# Load through the HTTP API with wrk (Debian's package): the shipped launch (bin/career-advisor), the
# per-address rate limit raised for the run, 30 s of warm-up, then 60 s measured on /api/compare over
# random pairs with one thread and 50 connections. Target: >= 5,000 requests/s, no errors.
# Usage: bench/http-load.sh   (after ./mvnw -B -DskipTests package; apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
port=18290
dir="$(mktemp -d)"
(cd "$dir" && exec "$OLDPWD/bin/career-advisor" --server.port=$port --spring.datasource.url=jdbc:h2:mem:load \
  --web.rate-limit.burst=1000000000 --web.rate-limit.per-minute=1000000000 --logging.level.dev.careeradvisor.commands=WARN \
  </dev/null >"$dir/log" 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$dir"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done
wrk -t1 -c50 -d30s -s bench/compare-pairs.lua "http://127.0.0.1:$port" >/dev/null
result="$(wrk -t1 -c50 -d60s --latency -s bench/compare-pairs.lua "http://127.0.0.1:$port" | grep '^RESULT')"
echo "HTTP load, /api/compare over random pairs, wrk -t1 -c50, 60 s after 30 s of warm-up: ${result#RESULT } (target >= 5000 requests/s, 0 errors)"
