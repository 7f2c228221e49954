#!/usr/bin/env bash
# The integration tests on PostgreSQL (npm run test:pg): starts a throwaway
# PostgreSQL cluster on 127.0.0.1 and a free port, runs the integration test
# files with TEST_DATABASE_URL pointing at its admin database (each test file
# creates and drops its own database, see tests/helpers/test-db.ts), and stops
# the cluster and removes it on exit.
#
#   bash scripts/test-pg.sh                 the integration tests
#   bash scripts/test-pg.sh <command...>    any command against the cluster, with
#                                           TEST_DATABASE_URL and DATABASE_URL set
#                                           (e.g. `npx prisma migrate diff ...`)
#
# Needs Debian's postgresql (apt-get install -y postgresql); PG_BIN overrides
# where its binaries are. initdb refuses to run as root: as root the cluster
# runs as an unprivileged account (PG_OS_USER, default postgres, created if
# missing).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "test-pg: PostgreSQL binaries not found (looked in /usr/lib/postgresql/*/bin); install them: apt-get install -y postgresql" >&2
  exit 1
fi

INTEGRATION_TESTS=(
  tests/seed.test.ts
  tests/reader-data.test.ts
  tests/auth.test.ts
  tests/quiz-lifecycle.test.ts
  tests/review.test.ts
  tests/progress.test.ts
  tests/seed-bank.test.ts
)

as_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  PG_OS_USER=${PG_OS_USER:-postgres}
  if ! id "$PG_OS_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER"
  fi
  # From the cluster's folder: the account may not be allowed into the checkout.
  as_pg() { (cd "$tmp" && runuser -u "$PG_OS_USER" -- "$@"); }
fi

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
tmp=$(mktemp -d "${TMPDIR:-/tmp}/recall-pg-XXXXXX")
data="$tmp/data"
if [ "$(id -u)" = 0 ]; then chown "$PG_OS_USER" "$tmp"; fi

started=""
stop_cluster() {
  if [ -n "$started" ]; then as_pg "$PG_BIN/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$tmp"
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

as_pg "$PG_BIN/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log"; exit 1; }
# fsync off: a throwaway cluster need not survive a crash, and it makes the
# CREATE DATABASE per test file cheap.
if ! as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null; then
  cat "$tmp/server.log"; exit 1
fi
started=1
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres recall
echo "test-pg: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($data)"

export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres"
export DATABASE_URL="postgresql://postgres@127.0.0.1:$port/recall"
if [ $# -gt 0 ]; then
  "$@"
  exit
fi

# The committed migrations must build exactly the schema prisma/postgres/
# schema.prisma describes: compare a database migrated from them with one made
# from the schema itself (prisma migrate diff --from-empty), by their catalogs
# (columns by name, so a later ADD COLUMN compares equal).
psql_q() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
signature() {
  psql_q -d "$1" -At -c "
    SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || coalesce('(' || datetime_precision || ')', '')
           || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '')
      FROM information_schema.columns WHERE table_schema = 'public'
    UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    UNION ALL SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumlabel)
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
    ORDER BY 1"
}
psql_q -d postgres -c 'CREATE DATABASE from_migrations' -c 'CREATE DATABASE from_schema'
for sql in prisma/postgres/migrations/*_*/migration.sql; do psql_q -d from_migrations -f "$sql" >/dev/null 2>&1 || { echo "test-pg: $sql fails:"; psql_q -d from_migrations -f "$sql"; exit 1; }; done
npx prisma migrate diff --config prisma/postgres/prisma.config.ts --from-empty --to-schema-datamodel prisma/postgres/schema.prisma --script >"$tmp/schema.sql" 2>"$tmp/diff.log" || { cat "$tmp/diff.log"; exit 1; }
psql_q -d from_schema -f "$tmp/schema.sql" >/dev/null 2>&1
if ! diff <(signature from_migrations) <(signature from_schema) >"$tmp/drift.txt"; then
  echo "test-pg: prisma/postgres/migrations do not build prisma/postgres/schema.prisma (< migrations, > schema):" >&2
  cat "$tmp/drift.txt" >&2
  echo "test-pg: add a migration (README, PostgreSQL)" >&2
  exit 1
fi
echo "test-pg: prisma/postgres/migrations match prisma/postgres/schema.prisma"

npx vitest run "${INTEGRATION_TESTS[@]}"
