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

# shellcheck source=scripts/lib/pg-cluster.sh
. scripts/lib/pg-cluster.sh

INTEGRATION_TESTS=(
  tests/article-access.test.ts
  tests/question-editor.test.ts
  tests/question-reports.test.ts
  tests/import-pipeline.test.ts
  tests/import-route.test.ts
  tests/article-manage.test.ts
  tests/manage-actions.test.ts
  tests/exchange/import.test.ts
  tests/exchange/cli.test.ts
  tests/seed.test.ts
  tests/reader-data.test.ts
  tests/auth.test.ts
  tests/accounts.test.ts
  tests/quiz-lifecycle.test.ts
  tests/review.test.ts
  tests/exam-lock.test.ts
  tests/guest-purge.test.ts
  tests/progress.test.ts
  tests/seed-bank.test.ts
  tests/pg-migrate.test.ts
  tests/actions-gate.test.ts
  tests/user-role.test.ts
  tests/ownership.test.ts
  tests/fact-keys.test.ts
  tests/review-siblings.test.ts
)

trap stop_pg_cluster EXIT
trap 'exit 130' INT TERM
start_pg_cluster test-pg
psql_q -d postgres -c 'CREATE DATABASE recall'

export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
export DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/recall"
if [ $# -gt 0 ]; then
  "$@"
  exit
fi

# The committed migrations must build exactly the schema prisma/postgres/
# schema.prisma describes: compare a database migrated from them with one made
# from the schema itself (prisma migrate diff --from-empty), by their catalogs
# (columns by name, so a later ADD COLUMN compares equal). The migrated one is
# made by npm run db:migrate, the runner npm start uses; its own bookkeeping
# table (recall_migrations) is left out of the comparison.
signature() {
  psql_q -d "$1" -At -c "
    SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || coalesce('(' || datetime_precision || ')', '')
           || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '')
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'recall_migrations'
    UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'recall_migrations'
    UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'recall_migrations'
    UNION ALL SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumlabel)
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
    ORDER BY 1"
}
psql_q -d postgres -c 'CREATE DATABASE from_migrations' -c 'CREATE DATABASE from_schema'
DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/from_migrations" npm run --silent db:migrate >"$PG_TMP/migrate.log" 2>&1 || { cat "$PG_TMP/migrate.log"; exit 1; }
npx prisma migrate diff --config prisma/postgres/prisma.config.ts --from-empty --to-schema-datamodel prisma/postgres/schema.prisma --script >"$PG_TMP/schema.sql" 2>"$PG_TMP/diff.log" || { cat "$PG_TMP/diff.log"; exit 1; }
psql_q -d from_schema -f "$PG_TMP/schema.sql" >/dev/null 2>&1
if ! diff <(signature from_migrations) <(signature from_schema) >"$PG_TMP/drift.txt"; then
  echo "test-pg: prisma/postgres/migrations do not build prisma/postgres/schema.prisma (< migrations, > schema):" >&2
  cat "$PG_TMP/drift.txt" >&2
  echo "test-pg: add a migration (README, PostgreSQL)" >&2
  exit 1
fi
echo "test-pg: prisma/postgres/migrations match prisma/postgres/schema.prisma"

npx vitest run "${INTEGRATION_TESTS[@]}"
