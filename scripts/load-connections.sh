#!/usr/bin/env bash
# Many connections at once (issue 18): a release `hup serve --demo` on a fresh database, the
# demo employee signed in, and wrk holding CONNECTIONS (1000) connections for DURATION (30s)
# asking for the employee's offers. Prints wrk's figures (errors included), and the server's
# resident memory before the run, its peak during it (VmHWM) and after it.
#
#   scripts/load-connections.sh               # SQLite
#   HUP_DATABASE_URL=postgres://postgres@127.0.0.1:5432/hup_conns scripts/load-connections.sh
#
# Every connection comes from 127.0.0.1, so the per-client cap is raised above CONNECTIONS.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/load/serve.sh
load_setup 30s 1000 2 18082
export HUP_MAX_CONNECTIONS_PER_CLIENT=$((CONNECTIONS + 100))
serve_demo
token=$(curl -fs -H 'Content-Type: application/json' \
  -d '{"email":"jan.jansen@example.net","password":"demo-employee-password"}' \
  "http://$HUP_LISTEN/api/v1/sessions" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
curl -fs -o /dev/null -H "Authorization: Bearer $token" "http://$HUP_LISTEN/api/v1/me/offers" \
  || fail_with_log "the demo employee's offers do not answer"
rss() { awk -v k="$1:" '$1==k {print $2 / 1024 " MB"}' "/proc/$server/status"; }
before=$(rss VmRSS)
run_wrk "" -H "Authorization: Bearer $token" "http://$HUP_LISTEN/api/v1/me/offers" | tee "$work/wrk.txt"
echo
echo "summary (${HUP_DATABASE_URL%%:*}, $CONNECTIONS connections):"
echo "  $(wrk_summary "$work/wrk.txt" | awk '{print $1 " requests/s, p99 " $2}')"
errors=$(awk '/Socket errors/ {print} /Non-2xx/ {print}' "$work/wrk.txt")
echo "  errors: ${errors:-none}"
echo "  RSS before $before, peak $(rss VmHWM), after $(rss VmRSS)"
