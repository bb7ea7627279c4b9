#!/usr/bin/env bash
# Benchmark of `hup agreements import` (issues 3 and 18): generates a feed of LINES lines of
# CUSTOMERS customers (default 1,000,000 / 200,000) with scripts/gen-feed.py, imports it with
# a release build into a fresh SQLite database, and with HUP_BENCH_POSTGRES_URL set (a server
# URL whose user may create databases, e.g. postgres://postgres@127.0.0.1:5432/postgres) into
# a fresh PostgreSQL database too. Per back end it prints the first import (its summary, wall
# time, peak RSS), then the same file imported again and its ratio to the first. On PostgreSQL
# it first times a bare `COPY` of the same file into a plain table (psql's \copy) and gives the
# import's lines/s as a ratio to it. The machine is shared: the load average is printed beside
# each figure, and the ratios are measured in the same run. Record the figures in
# docs/performance.md.
#
#   scripts/bench-import.sh
#   LINES=200000 CUSTOMERS=40000 HUP_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres scripts/bench-import.sh
#   SKIP_BUILD=1 …   reuse target/release/hup (HUP_BIN=… for another binary)
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

if [[ -z "${SKIP_BUILD:-}" ]]; then
    cargo build --release -p hup --bin hup --manifest-path "$root/Cargo.toml"
fi
hup=${HUP_BIN:-$root/target/release/hup}

echo "generating $LINES lines of $CUSTOMERS customers…"
python3 "$root/scripts/gen-feed.py" --lines "$LINES" --customers "$CUSTOMERS" >"$work/feed.csv"
ls -l "$work/feed.csv"

load() { cut -d' ' -f1 /proc/loadavg; }

# Seconds the last import took, from its own summary ("time: 9.44 s (105932 lines/s)").
seconds_of() { sed -nE 's/^time: ([0-9.]+) s.*/\1/p' "$1"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }
rate() { python3 -c "import sys; print(f'{int(sys.argv[1]) / float(sys.argv[2]):,.0f}')" "$1" "$2"; }

# Imports the feed twice into $2 and prints both with their ratio; the first's lines/s is left
# in $first_rate.
run() {
    local label=$1 url=$2
    echo "== $label"
    local before
    before=$(load)
    env -u HUP_CONFIG HUP_LOG=warn HUP_DATABASE_URL="$url" \
        /usr/bin/time -v "$hup" agreements import "$work/feed.csv" >"$work/out" 2>"$work/time"
    local first
    first=$(seconds_of "$work/out")
    first_rate=$(python3 -c "import sys; print(int(sys.argv[1]) / float(sys.argv[2]))" "$LINES" "$first")
    grep -E '^(lines|customers|eligible customers):' "$work/out"
    echo "first import: $first s, $(rate "$LINES" "$first") lines/s (load average $before → $(load))"
    grep -E 'Maximum resident set size' "$work/time" | sed 's/^\s*//'
    # The same file again: nothing changes, and no customer is evaluated again.
    before=$(load)
    env -u HUP_CONFIG HUP_LOG=warn HUP_DATABASE_URL="$url" \
        "$hup" agreements import "$work/feed.csv" >"$work/out2" 2>"$work/err2"
    local again
    again=$(seconds_of "$work/out2")
    echo "same file again: $again s = $(ratio "$again" "$first") × the first (load average $before → $(load));" \
        "$(grep -E '^lines added or changed:' "$work/out2"), $(grep -E '^customers unchanged' "$work/out2")"
}

run "SQLite" "sqlite://$work/hup.db"

if [[ -n "${HUP_BENCH_POSTGRES_URL:-}" ]]; then
    pg_db="hup_bench_$$"
    psql -q "$HUP_BENCH_POSTGRES_URL" -c "CREATE DATABASE $pg_db" >/dev/null
    pg_url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$HUP_BENCH_POSTGRES_URL" "$pg_db")

    # The ceiling: the same file into a plain table of text columns, nothing checked.
    psql -q "$pg_url" -c "CREATE TABLE bare_feed (agreement_number TEXT, customer_number TEXT,
        customer_name TEXT, segment TEXT, country TEXT, contact_email TEXT, product TEXT,
        quantity TEXT, software_assurance TEXT, start_date TEXT, end_date TEXT)"
    echo "== PostgreSQL, bare COPY of the file"
    before=$(load)
    start=$(date +%s.%N)
    psql -q "$pg_url" -c "\\copy bare_feed FROM '$work/feed.csv' WITH (FORMAT csv, HEADER true)"
    bare=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")
    bare_rate=$(python3 -c "import sys; print(int(sys.argv[1]) / float(sys.argv[2]))" "$LINES" "$bare")
    echo "bare COPY: $(printf '%.2f' "$bare") s, $(rate "$LINES" "$bare") lines/s (load average $before → $(load))"
    psql -q "$pg_url" -c "DROP TABLE bare_feed"
    # The write every import of a new file must make at least: the same COPY into a logged
    # table with agreement_lines' primary key.
    psql -q "$pg_url" -c "CREATE TABLE bare_keyed (agreement_number TEXT, customer_number TEXT,
        customer_name TEXT, segment TEXT, country TEXT, contact_email TEXT, product TEXT,
        quantity TEXT, software_assurance TEXT, start_date TEXT, end_date TEXT,
        PRIMARY KEY (customer_number, agreement_number, product, start_date))"
    before=$(load)
    start=$(date +%s.%N)
    psql -q "$pg_url" -c "\\copy bare_keyed FROM '$work/feed.csv' WITH (FORMAT csv, HEADER true)"
    keyed=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")
    keyed_rate=$(python3 -c "import sys; print(int(sys.argv[1]) / float(sys.argv[2]))" "$LINES" "$keyed")
    echo "bare COPY with the key: $(printf '%.2f' "$keyed") s, $(rate "$LINES" "$keyed") lines/s (load average $before → $(load))"
    psql -q "$pg_url" -c "DROP TABLE bare_keyed"

    run "PostgreSQL" "$pg_url"
    echo "PostgreSQL import / bare COPY: $(ratio "$first_rate" "$bare_rate"), / bare COPY with the key: $(ratio "$first_rate" "$keyed_rate")"
fi
