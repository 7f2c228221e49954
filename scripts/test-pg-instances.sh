#!/usr/bin/env bash
# Two Recall instances on one PostgreSQL database (npm run test:pg:instances):
#
# 1. a throwaway cluster (scripts/lib/pg-cluster.sh);
# 2. `npm start` alone on a scratch database, which builds when the build is
#    stale, so the two instances below find it current and neither builds;
# 3. two `npm start` at once on a fresh database, on two free ports, with one
#    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: both migrate and seed through the
#    advisory lock, so the migrations are applied (and the seed run) once;
# 4. the journey e2e/two-instances.pg.ts in Debian's Chromium: answer on A,
#    resume on B, one answer sent to both at once is recorded once.
#
# Needs Debian's postgresql and chromium (see README). Stops the servers and
# the cluster on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# shellcheck source=scripts/lib/pg-cluster.sh
. scripts/lib/pg-cluster.sh

began=$(date +%s)
say() { echo "test-pg-instances: $* ($(( $(date +%s) - began ))s)"; }

logs=$(mktemp -d "${TMPDIR:-/tmp}/recall-instances-XXXXXX")
server_pids=()
stop_servers() {
  for pid in "${server_pids[@]}"; do kill -- -"$pid" 2>/dev/null || true; done
  for pid in "${server_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  server_pids=()
}
cleanup() { stop_servers; stop_pg_cluster; rm -rf "$logs"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

start_pg_cluster test-pg-instances
psql_q -d postgres -c 'CREATE DATABASE warmup' -c 'CREATE DATABASE recall'

key=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64"))')
# start_instance <name> <port> <database>: npm start in its own process group, output in $logs/<name>.log
start_instance() {
  setsid env DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/$3" PORT="$2" NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$key" \
    npm start >"$logs/$1.log" 2>&1 &
  server_pids+=("$!")
  echo "$!" >"$logs/$1.pid"
}
# wait_for <name> <port>: until the instance answers; fails if it exits first
wait_for() {
  local pid=$(cat "$logs/$1.pid")
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$2/" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then cat "$logs/$1.log"; echo "test-pg-instances: $1 exited before answering" >&2; exit 1; fi
    sleep 1
  done
  cat "$logs/$1.log"; echo "test-pg-instances: $1 did not answer on :$2 in 600s" >&2; exit 1
}
# in_logs <count> <pattern> <logs...>: the pattern must occur on exactly <count> lines across the logs
in_logs() {
  local want=$1 pattern=$2; shift 2
  local got=$(cat "$@" | grep -cF -- "$pattern" || true)
  if [ "$got" != "$want" ]; then
    for f in "$@"; do echo "--- $f"; grep -E '^(recall|db:seed):' "$f" || true; done
    echo "test-pg-instances: expected \"$pattern\" $want time(s) across the logs, found $got" >&2; exit 1
  fi
}

say "warm-up: npm start alone on a scratch database (builds if the build is stale)"
warm_port=$(free_port)
start_instance warmup "$warm_port" warmup
wait_for warmup "$warm_port"
grep -E '^recall:' "$logs/warmup.log"
stop_servers

port_a=$(free_port)
port_b=$(free_port)
while [ "$port_b" = "$port_a" ]; do port_b=$(free_port); done
say "two npm start at once on a fresh database: A on :$port_a, B on :$port_b"
start_instance a "$port_a" recall
start_instance b "$port_b" recall
wait_for a "$port_a"
wait_for b "$port_b"
say "both answer"
for name in a b; do echo "--- instance $name"; grep -E '^(recall|db:seed):' "$logs/$name.log"; done

# Each migration applied by exactly one instance, recorded once; the seed ran once; neither built.
migrations=$(ls -d prisma/postgres/migrations/*_*/ | wc -l)
for dir in prisma/postgres/migrations/*_*/; do in_logs 1 "applying migration $(basename "$dir")" "$logs/a.log" "$logs/b.log"; done
recorded=$(psql_q -d recall -At -c 'SELECT count(*) FROM recall_migrations')
[ "$recorded" = "$migrations" ] || { echo "test-pg-instances: recall_migrations holds $recorded rows, expected $migrations" >&2; exit 1; }
in_logs 1 "not reseeding" "$logs/a.log" "$logs/b.log"
in_logs 2 "build is current" "$logs/a.log" "$logs/b.log"
echo "test-pg-instances: $migrations migrations applied once and recorded once, seeded once, no rebuild$(grep -qF 'waiting for it' "$logs/a.log" "$logs/b.log" && echo '; one instance waited for the lock')"

say "the learner's journey across A and B"
RECALL_A_URL="http://127.0.0.1:$port_a" RECALL_B_URL="http://127.0.0.1:$port_b" DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/recall" \
  npx vitest run --config vitest.instances.config.mts
say "done"
