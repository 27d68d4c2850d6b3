#!/usr/bin/env bash
# Make sure what the tests need is installed and running on 127.0.0.1:
# PostgreSQL 15 with pgvector (built from Debian trixie's source package when missing),
# Redis, Chromium and fonts. Idempotent: a machine that already has everything returns fast.
set -euo pipefail

log() { echo "ci: $*" >&2; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then apt-get -o DPkg::Lock::Timeout=600 update -qq >&2; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@" >&2
}

PG_VERSION="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1 || true)"

# --- Debian packages the tests use -------------------------------------------------
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core fontconfig)
if [ -n "$PG_VERSION" ] && [ ! -d "/usr/include/postgresql/$PG_VERSION/server" ]; then need+=("postgresql-server-dev-$PG_VERSION"); fi
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then log "installing ${need[*]}"; apt_install "${need[@]}"; fi

# --- PostgreSQL ---------------------------------------------------------------------
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  log "starting PostgreSQL $PG_VERSION"
  pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

# --- pgvector -----------------------------------------------------------------------
sharedir="$(pg_config --sharedir 2>/dev/null || echo "/usr/share/postgresql/$PG_VERSION")"
if [ ! -f "$sharedir/extension/vector.control" ]; then
  log "building pgvector from Debian trixie source"
  aptdir=/tmp/careercraft-apt-trixie
  mkdir -p "$aptdir/lists/partial" "$aptdir/sources.list.d" "$aptdir/archives/partial"
  echo "deb-src http://deb.debian.org/debian trixie main" > "$aptdir/sources.list"
  aptopts=(-o "Dir::Etc::SourceList=$aptdir/sources.list" -o "Dir::Etc::SourceParts=$aptdir/sources.list.d" -o "Dir::State::Lists=$aptdir/lists" -o "Dir::Cache::Archives=$aptdir/archives")
  apt-get "${aptopts[@]}" update -qq >&2
  builddir=/tmp/careercraft-pgvector-build
  rm -rf "$builddir" && mkdir -p "$builddir" && cd "$builddir"
  apt-get "${aptopts[@]}" source --download-only pgvector >&2 || apt-get "${aptopts[@]}" source pgvector >&2
  if [ ! -d "$(ls -d pgvector-*/ 2>/dev/null | head -1)" ]; then
    tarball="$(ls pgvector_*.orig.tar.* | head -1)"; tar xf "$tarball"
  fi
  cd "$(ls -d pgvector-*/ | head -1)"
  make -s PG_CONFIG="/usr/lib/postgresql/$PG_VERSION/bin/pg_config" OPTFLAGS="" >&2
  make -s PG_CONFIG="/usr/lib/postgresql/$PG_VERSION/bin/pg_config" install >&2
  cd / && rm -rf "$builddir"
fi

# --- Redis --------------------------------------------------------------------------
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  log "starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
log "services ready"
