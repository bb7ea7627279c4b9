#!/usr/bin/env bash
# Whole-server load figure for POST /api/v1/registrations (issue 5): a release `hup serve
# --demo` on a fresh database, its demo organization made eligible by a one-line feed, and
# wrk beside it on the same machine. Every request has a distinct address and queues a mail in
# the same transaction; the mail worker delivers to a file: directory meanwhile.
#
#   scripts/load-registrations.sh                    # SQLite
#   HUP_DATABASE_URL=postgres://postgres@127.0.0.1:5432/hup_load scripts/load-registrations.sh
#
# The ceiling (issue 18) is measured first in the same run: single-row commits one after the
# other on the same back end, opened the way hup opens it (examples/ceiling.rs); the summary
# gives registrations/s as a ratio to it.
#
# DURATION (30s), CONNECTIONS (64) and THREADS (2) tune wrk. The per-client and per-domain
# registration throttles are raised for the run (HUP_REGISTER_PER_IP, HUP_REGISTER_PER_DOMAIN):
# every request comes from 127.0.0.1 and goes to one domain.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/load/serve.sh
load_setup 30s 64 2 18080
export HUP_REGISTER_PER_IP=100000000
export HUP_REGISTER_PER_DOMAIN=100000000
export HUP_LOG=${HUP_LOG:-info}

today=$(date -u +%F)
start=$(date -u -d "$today - 30 days" +%F)
end=$(date -u -d "$today + 365 days" +%F)
cat > "$work/feed.csv" <<CSV
agreement_number,customer_number,customer_name,segment,country,contact_email,product,quantity,software_assurance,start_date,end_date
LOAD-1,C-1001,Contoso,commercial,NL,it@contoso.example,m365-e3,50,true,$start,$end
CSV

seconds=${DURATION%s}
if [ "${HUP_DATABASE_URL%%:*}" = sqlite ]; then
  commits=$(HUP_DATABASE_URL="sqlite://$work/ceiling.db" target/release/examples/ceiling commits "$seconds")
  raw=$(HUP_DATABASE_URL="sqlite://$work/ceiling-raw.db" target/release/examples/ceiling sqlite-commits "$seconds")
  echo "ceiling: $commits single-row commits/s through hup's pool, $raw on SQLite itself" >&2
else
  commits=$(target/release/examples/ceiling commits "$seconds")
  echo "ceiling: $commits single-row commits/s (${HUP_DATABASE_URL%%:*})" >&2
fi

target/release/hup migrate >&2
target/release/hup agreements import "$work/feed.csv" >&2
serve_demo
# One request first: it must be 202, or the figure would measure refusals.
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"work_email":"warmup@contoso.example"}' "http://$HUP_LISTEN/api/v1/registrations")
[ "$status" = 202 ] || fail_with_log "warm-up registration answered $status, not 202"
run_wrk "" -s scripts/load/registrations.lua "http://$HUP_LISTEN" | tee "$work/wrk.txt"
read -r rps p99 < <(wrk_summary "$work/wrk.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
echo
echo "summary (${HUP_DATABASE_URL%%:*}, HUP_LOG=$HUP_LOG): $rps registrations/s, p99 $p99, non-2xx: ${non2xx:-0}"
python3 -c 'import sys; r, c = map(float, sys.argv[1:]); print(f"  ceiling {c:.0f} single-row commits/s through the pool; registrations / ceiling = {r / c:.2f}")' "$rps" "$commits"
