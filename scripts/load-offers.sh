#!/usr/bin/env bash
# Whole-server load figure for GET /api/v1/me/offers (issue 6): a release `hup serve --demo` on
# a fresh database, the demo employee (NL, bound to Contoso) signed in, and wrk beside it on the
# same machine asking for the employee's offers with the bearer token.
#
#   scripts/load-offers.sh                    # SQLite
#   HUP_DATABASE_URL=postgres://postgres@127.0.0.1:5432/hup_offers scripts/load-offers.sh
#     (the database must exist and be empty: createdb hup_offers)
#
# DURATION (20s), CONNECTIONS (64) and THREADS (1) tune wrk; SKIP_BUILD=1 reuses the build.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/load/serve.sh
load_setup 20s 64 1 18081
export HUP_LOG=${HUP_LOG:-warn}
serve_demo
token=$(curl -fs -H 'Content-Type: application/json' \
  -d '{"email":"jan.jansen@example.net","password":"demo-employee-password"}' \
  "http://$HUP_LISTEN/api/v1/sessions" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# The figure must measure offers, not refusals: one request first.
available=$(curl -fs -H "Authorization: Bearer $token" "http://$HUP_LISTEN/api/v1/me/offers" \
  | python3 -c 'import json,sys; b=json.load(sys.stdin); print(b["available"], len(b["offers"]))')
[ "${available%% *}" = True ] || fail_with_log "the demo employee sees no offers ($available)"
run_wrk "offers: ${available#* }, " \
  -H "Authorization: Bearer $token" "http://$HUP_LISTEN/api/v1/me/offers"
