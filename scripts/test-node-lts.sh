#!/usr/bin/env bash
# The unit tests on the other current Node LTS lines (decision record 0050): Node 20 runs the full
# suite (`npm test`); this runs `vitest run --project unit` once with each Node that
# scripts/node-lts.sh prepares, with better-sqlite3 built for that Node's ABI, on SQLite only
# (TEST_DIALECTS=sqlite: the Node version matters for the native module and the runtime, not for
# the pure-JavaScript PostgreSQL client, which Node 20 tests on PostgreSQL).
# Usage: scripts/test-node-lts.sh [vitest arguments, e.g. a folder]
set -euo pipefail
cd "$(dirname "$0")/.."

# Waits for a preparation that scripts/test-prereqs.sh started in the background, or does it now.
lines="$(bash scripts/node-lts.sh --wait)"
while read -r version node binding; do
	echo "test-node-lts: unit tests on Node $("$node" --version) (SQLite)"
	start=$SECONDS
	TEST_DIALECTS=sqlite BLENDWIJZER_SQLITE_BINDING="$binding" "$node" node_modules/vitest/vitest.mjs run --project unit "$@"
	echo "test-node-lts: Node $version passed in $((SECONDS - start)) s"
done <<<"$lines"
