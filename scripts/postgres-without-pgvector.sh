#!/usr/bin/env bash
# Starts a throwaway PostgreSQL without the pgvector extension, to check that `npm test`
# on such a machine skips the PostgreSQL suites with a clear line (and fails under
# CI=true). PostgreSQL finds its share folder relative to its binaries, so a copy of the
# installed server with the vector files left out is a server that lacks pgvector.
#   scripts/postgres-without-pgvector.sh [port]     (default 5499; prints the URL to use)
#   TEST_ADMIN_DATABASE_URL=<that URL> npx vitest run
#   scripts/postgres-without-pgvector.sh stop
set -euo pipefail
root=/tmp/careercraft-pg-novector
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
bin="$root/usr/lib/postgresql/$version/bin"
if [ "${1:-}" = stop ]; then
  su postgres -s /bin/sh -c "$bin/pg_ctl -D $root/data stop -m fast" || true
  exit 0
fi
port="${1:-5499}"
if [ ! -d "$root/data" ]; then
  mkdir -p "$root/usr/lib/postgresql/$version" "$root/usr/share/postgresql"
  cp -a "/usr/lib/postgresql/$version/bin" "/usr/lib/postgresql/$version/lib" "$root/usr/lib/postgresql/$version/"
  cp -a "/usr/share/postgresql/$version" "$root/usr/share/postgresql/"
  rm -f "$root/usr/share/postgresql/$version/extension/"vector* "$root/usr/lib/postgresql/$version/lib/vector.so"
  chown -R postgres "$root"
  su postgres -s /bin/sh -c "$bin/initdb -D $root/data -A trust -U postgres >/dev/null"
fi
su postgres -s /bin/sh -c "$bin/pg_ctl -D $root/data -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' -l $root/log start" >/dev/null
echo "postgres://postgres@127.0.0.1:$port/postgres"
