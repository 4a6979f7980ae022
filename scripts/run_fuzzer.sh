#!/usr/bin/env bash
# run_fuzzer.sh FUZZER SEED_DIR SECONDS — runs a libFuzzer target briefly from the committed
# seed corpus. New inputs go to a scratch directory so the seed corpus stays as committed.
set -euo pipefail
fuzzer=$1 seeds=$2 seconds=${3:-20}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
exec "$fuzzer" "$scratch" "$seeds" -max_total_time="$seconds" -max_len=65536 \
  -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
