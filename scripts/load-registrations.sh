#!/usr/bin/env bash
# Whole-server load figure for POST /api/v1/registrations (issue 5): a release `hup serve
# --demo` on a fresh database, its demo organization made eligible by a one-line feed, and
# wrk beside it on the same machine. Every request has a distinct address and queues a mail in
# the same transaction; the mail worker delivers to a file: directory meanwhile.
#
#   scripts/load-registrations.sh                    # SQLite
#   HUP_DATABASE_URL=postgres://postgres@127.0.0.1:5432/hup_load scripts/load-registrations.sh
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

target/release/hup migrate >&2
target/release/hup agreements import "$work/feed.csv" >&2
serve_demo
# One request first: it must be 202, or the figure would measure refusals.
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"work_email":"warmup@contoso.example"}' "http://$HUP_LISTEN/api/v1/registrations")
[ "$status" = 202 ] || fail_with_log "warm-up registration answered $status, not 202"
run_wrk "" -s scripts/load/registrations.lua "http://$HUP_LISTEN"
