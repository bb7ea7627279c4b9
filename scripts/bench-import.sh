#!/usr/bin/env bash
# Benchmark of `hup agreements import` (issue 3, "Speed"): generates a feed of LINES lines of
# CUSTOMERS customers (default 1,000,000 / 200,000) with scripts/gen-feed.py, imports it with
# a release build into a fresh SQLite database, and with HUP_BENCH_POSTGRES_URL set (a server
# URL whose user may create databases, e.g. postgres://postgres@127.0.0.1:5432/postgres) into
# a fresh PostgreSQL database too. Prints the import's own summary, wall time and peak RSS
# (/usr/bin/time -v). Record the figures in docs/performance.md.
#
#   scripts/bench-import.sh
#   LINES=200000 CUSTOMERS=40000 HUP_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres scripts/bench-import.sh
set -euo pipefail

LINES=${LINES:-1000000}
CUSTOMERS=${CUSTOMERS:-200000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
cleanup() {
    rm -rf "$work"
    if [[ -n "${pg_db:-}" ]]; then
        psql -q "$HUP_BENCH_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null || true
    fi
}
trap cleanup EXIT

cargo build --release -p hup --manifest-path "$root/Cargo.toml"
hup="$root/target/release/hup"

echo "generating $LINES lines of $CUSTOMERS customers…"
python3 "$root/scripts/gen-feed.py" --lines "$LINES" --customers "$CUSTOMERS" >"$work/feed.csv"
ls -l "$work/feed.csv"

# Runs one import and prints its summary, wall time and peak memory.
run() {
    local label=$1 url=$2
    echo "== $label"
    env -u HUP_CONFIG HUP_LOG=warn HUP_DATABASE_URL="$url" \
        /usr/bin/time -v "$hup" agreements import "$work/feed.csv" >"$work/out" 2>"$work/time"
    grep -E '^(lines|customers|eligible customers|time):' "$work/out"
    grep -E 'Elapsed \(wall clock\)|Maximum resident set size' "$work/time" | sed 's/^\s*//'
    # The same file again: nothing changes.
    env -u HUP_CONFIG HUP_LOG=warn HUP_DATABASE_URL="$url" \
        "$hup" agreements import "$work/feed.csv" >"$work/out2" 2>"$work/err2"
    echo "again: $(grep -E '^lines added or changed:' "$work/out2"), $(grep -E '^time:' "$work/out2")"
}

run "SQLite" "sqlite://$work/hup.db"

if [[ -n "${HUP_BENCH_POSTGRES_URL:-}" ]]; then
    pg_db="hup_bench_$$"
    psql -q "$HUP_BENCH_POSTGRES_URL" -c "CREATE DATABASE $pg_db" >/dev/null
    pg_url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$HUP_BENCH_POSTGRES_URL" "$pg_db")
    run "PostgreSQL" "$pg_url"
fi
