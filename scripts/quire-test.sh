#!/usr/bin/env bash
# Runs the whole test suite (unit, golden, end-to-end against the built binary) and ends with
# swift test's summary lines. Extra arguments go to `swift test` (e.g. --filter EndToEndTests).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/ensure-deps.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift build --build-tests 2>&1 | tail -n 50
swift test --skip-build "$@" 2>&1 | tee "$log" || status=$?
echo "---- summary ----"
grep -E "Test run with [0-9]+ tests|Executed [1-9][0-9]* tests?, with" "$log" | tail -n 3 || true
exit $status
