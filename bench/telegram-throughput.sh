#!/usr/bin/env bash
# Telegram throughput: 1,000 updates from 200 chats through the real TelegramBots client against a fake
# Bot API on loopback, with our outgoing limits off and on. Prints the figures beside the targets.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=TelegramThroughputBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -A1 -E "^Telegram throughput" || true
