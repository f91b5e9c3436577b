#!/usr/bin/env bash
# The main job: build Quire (release) and clean every *.txt in Inbox/ into TEI in Outbox/,
# using Config/quire.toml. Extra arguments go to `quire clean` (e.g. a folder or --diplomatic).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/ensure-deps.sh
swift build -c release --product quire
exec .build/release/quire clean "$@"
