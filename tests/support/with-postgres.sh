#!/usr/bin/env bash
# Runs a command against a private, throw-away PostgreSQL server on loopback:
#   tests/support/with-postgres.sh npx tsx tests/run.ts --only integration --label postgres
# The server lives in a temporary directory, listens on 127.0.0.1 only, is reached
# through TEST_DATABASE_URL (and DATABASE_URL) and is stopped by its own PID
# afterwards. Needs Debian's postgresql package; installs it when run as root.
set -euo pipefail

# A free port unless one is given: on a busy machine another server may hold any fixed one.
PORT="${PG_TEST_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
initdb_bin=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$initdb_bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "postgres: installing Debian's postgresql (apt-get)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    initdb_bin=$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  else
    echo "PostgreSQL is missing: install Debian's package with 'sudo apt-get install -y postgresql'." >&2
    exit 1
  fi
fi
bin=$(dirname "$initdb_bin")

dir=$(mktemp -d /tmp/spolu-pg.XXXXXX)
# PostgreSQL refuses to run as root: run it as the postgres system user when we are root.
as_pg() { if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$dir"; su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

pid=""
stop() {
  if [ -n "$pid" ]; then
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$dir"
}
# Set before the server starts, so that a failed start leaves no directory behind.
trap stop EXIT
as_pg "'$bin/initdb' -D '$dir/data' -U spolu -A trust -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log'"
if ! as_pg "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $PORT -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"; then
  echo "postgres: the server did not start on 127.0.0.1:$PORT; its log:" >&2
  cat "$dir/server.log" >&2
  exit 1
fi
pid=$(head -n 1 "$dir/data/postmaster.pid")
echo "postgres: private server (PID $pid) on 127.0.0.1:$PORT"

export TEST_DATABASE_URL="postgres://spolu@127.0.0.1:$PORT/postgres"
export DATABASE_URL="postgres://spolu@127.0.0.1:$PORT/postgres"
"$@"
