# A throwaway PostgreSQL cluster for the scripts that test on PostgreSQL
# (scripts/test-pg.sh, scripts/test-pg-instances.sh). Source it, then:
#
#   start_pg_cluster <log prefix>   initdb + start on 127.0.0.1 and a free port; sets
#                                   PG_BIN, PG_PORT, PG_TMP (its folder, removed on stop)
#   stop_pg_cluster                 stop it and remove PG_TMP (call it from your EXIT trap)
#   psql_q <psql args...>           psql as the postgres superuser on the cluster
#
# Needs Debian's postgresql (apt-get install -y postgresql); PG_BIN overrides
# where its binaries are. initdb refuses to run as root: as root the cluster
# runs as an unprivileged account (PG_OS_USER, default postgres, created if
# missing).

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PG_PORT=""
PG_TMP=""
pg_started=""

as_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  PG_OS_USER=${PG_OS_USER:-postgres}
  # From the cluster's folder: the account may not be allowed into the checkout.
  as_pg() { (cd "$PG_TMP" && runuser -u "$PG_OS_USER" -- "$@"); }
fi

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

psql_q() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }

start_pg_cluster() {
  local prefix=$1
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "$prefix: PostgreSQL binaries not found (looked in /usr/lib/postgresql/*/bin); install them: apt-get install -y postgresql" >&2
    return 1
  fi
  if [ "$(id -u)" = 0 ] && ! id "$PG_OS_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER"
  fi
  PG_PORT=$(free_port)
  PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/recall-pg-XXXXXX")
  local data="$PG_TMP/data"
  if [ "$(id -u)" = 0 ]; then chown "$PG_OS_USER" "$PG_TMP"; fi
  as_pg "$PG_BIN/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1 || { cat "$PG_TMP/initdb.log"; return 1; }
  # fsync off: a throwaway cluster need not survive a crash, and it makes the
  # CREATE DATABASE per test file cheap.
  if ! as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$PG_TMP/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_TMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null; then
    cat "$PG_TMP/server.log"; return 1
  fi
  pg_started=1
  echo "$prefix: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($data)"
}

stop_pg_cluster() {
  if [ -n "$pg_started" ]; then as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 || true; pg_started=""; fi
  if [ -n "$PG_TMP" ]; then rm -rf "$PG_TMP"; PG_TMP=""; fi
}
