#!/usr/bin/env bash
# Installs what the tests need on a fresh machine and starts PostgreSQL when it is down.
# Idempotent: does nothing that is already in place. Run by `npm test`.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
# node-gyp's tools, to build better-sqlite3 for Node 22 and 24 (scripts/node-lts.sh).
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v make >/dev/null 2>&1 || need+=(make)
command -v g++ >/dev/null 2>&1 || need+=(g++)

if [ ${#need[@]} -gt 0 ]; then
	echo "test-prereqs: installing ${need[*]} from Debian"
	SUDO=""
	[ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth, database test) for the storage tests.
if ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
	echo "test-prereqs: starting PostgreSQL"
	version=$(ls /etc/postgresql | sort -V | tail -n 1)
	pg_ctlcluster --skip-systemctl-redirect "$version" main start
	for _ in $(seq 1 30); do
		(exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null && break
		sleep 1
	done
fi
if ! psql -h 127.0.0.1 -U postgres -d test -c 'select 1' >/dev/null 2>&1; then
	psql -h 127.0.0.1 -U postgres -c 'create database test' >/dev/null 2>&1 || true
fi
echo "test-prereqs: chromium, pdftotext and PostgreSQL ready"

# Node 22 and 24 with better-sqlite3 built for each, for `npm run test:node-lts` (decision record
# 0050): fetched and built in the background while lint, check and the unit tests run.
bash "$(dirname "$0")/node-lts.sh" --background
