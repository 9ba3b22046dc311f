#!/usr/bin/env bash
# Run a command against a private, throw-away PostgreSQL cluster: socket only,
# no TCP, no password, removed afterwards. Sets DATABASE_URL for the command.
set -euo pipefail

INITDB=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$INITDB" ]; then
  echo "with-postgres: NOTICE PostgreSQL is not installed; the PostgreSQL pass is SKIPPED."
  echo "with-postgres: install it with: apt-get install postgresql postgresql-contrib"
  exit 0
fi
BINDIR=$(dirname "$INITDB")
DIR=$(mktemp -d /tmp/fazhi-pg.XXXXXX)
PORT=${FAZHI_PG_PORT:-55432}
RUN=()
# The socket directory must exist before the chown, so that postgres owns it.
mkdir -p "$DIR/sock"
if [ "$(id -u)" -eq 0 ]; then
  chown -R postgres:postgres "$DIR"
  RUN=(runuser -u postgres --)
fi
cleanup() {
  "${RUN[@]}" "$BINDIR/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
"${RUN[@]}" "$INITDB" -D "$DIR/data" -E UTF8 --locale=C.UTF-8 -A trust -U postgres >/dev/null
if ! "${RUN[@]}" "$BINDIR/pg_ctl" -D "$DIR/data" -l "$DIR/log" -o "-p $PORT -k $DIR/sock -c listen_addresses='' -c fsync=off" -w start >/dev/null; then
  echo "with-postgres: PostgreSQL did not start; its log:" >&2
  cat "$DIR/log" >&2
  exit 1
fi
"${RUN[@]}" "$BINDIR/createdb" -h "$DIR/sock" -p "$PORT" -U postgres fazhi
SOCK=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$DIR/sock")
export DATABASE_URL="postgresql://postgres@${SOCK}:${PORT}/fazhi"
echo "with-postgres: PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') at $DIR/sock"
"$@"
