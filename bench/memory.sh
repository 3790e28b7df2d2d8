#!/usr/bin/env bash
# Resident memory of the shipped launch after 1,000 commands with both adapters connected to the test
# fakes (target < 200 MB), median of RUNS runs (default 5); with PostgreSQL too when
# CAREER_ADVISOR_TEST_PG_URL/_USER/_PASSWORD are set. Usage: bench/memory.sh (after ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=ResidentMemoryBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "^Resident memory" || true
