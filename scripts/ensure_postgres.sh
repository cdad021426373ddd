#!/usr/bin/env bash
# Make sure a real PostgreSQL server runs for the tests and print its admin URL.
# Uses a server that already answers on $PGPORT; otherwise installs Debian's postgresql
# (if absent) and starts a throwaway cluster under .pgdata/ owned by the postgres user.
set -euo pipefail
cd "$(dirname "$0")/.."
PGPORT=${TWENTYTEN_TEST_PGPORT:-54329}
URL="postgresql://postgres@127.0.0.1:${PGPORT}/postgres"

find_bin() {
  local name=$1
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/$name" ] && { echo "$dir/$name"; return 0; }
  done
  command -v "$name" || return 1
}

if pg_isready -h 127.0.0.1 -p "$PGPORT" >/dev/null 2>&1; then
  echo "$URL"; exit 0
fi
if ! find_bin initdb >/dev/null 2>&1 || ! command -v pg_isready >/dev/null 2>&1; then
  echo "installing PostgreSQL (Debian package)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
INITDB=$(find_bin initdb)
PGCTL=$(find_bin pg_ctl)
DATA="$PWD/.pgdata"
RUNAS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  RUNAS=(runuser -u postgres --)
fi
if [ ! -f "$DATA/PG_VERSION" ]; then
  rm -rf "$DATA"; mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  "${RUNAS[@]}" "$INITDB" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
[ "$(id -u)" = 0 ] && chown -R postgres "$DATA"
"${RUNAS[@]}" "$PGCTL" -D "$DATA" -l "$DATA/server.log" -w \
  -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
echo "$URL"
