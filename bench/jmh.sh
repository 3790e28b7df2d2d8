#!/usr/bin/env bash
# In-process benchmarks (JMH): a /compare from request to the console text, the Discord embed and the
# Telegram HTML on the six roles and on 10,000 (target p99 < 200 µs); name resolution and
# autocomplete over 10,000 roles (target p99 < 1 ms); loading 10,000 role files (target < 3 s).
# Usage: bench/jmh.sh [JMH regex and options], e.g. bench/jmh.sh NamesBenchmark -f 1
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
args=("$@")
[ ${#args[@]} -gt 0 ] || args=("dev.careeradvisor.*Benchmark" -f 1 -wi 3 -w 2s -i 5 -r 2s)
java -cp "$classpath" org.openjdk.jmh.Main "${args[@]}" -rf text -rff target/jmh-results.txt >target/jmh-log.txt
# the summary table: each benchmark's p50 and p99 (sample time) or its single shots
grep -E "^Benchmark|:p0\.(50|99) | ss " target/jmh-results.txt
echo "Targets: cards p99 < 200 µs; names and autocomplete p99 < 1,000 µs; loading 10,000 files < 3,000 ms. Full results: target/jmh-results.txt"
