#!/usr/bin/env bash
# Whole-server load figure for GET /api/v1/me/offers (issues 6 and 18): a release `hup serve
# --demo` on a fresh database, the demo employee (NL, bound to Contoso) signed in, and wrk beside
# it on the same machine asking for the employee's offers with the bearer token. Three runs
# with the same wrk settings, one after the other:
#   1. hup with the default configuration (HUP_LOG unset: info, a log line per request, to a file)
#   2. hup with HUP_LOG=warn (no request lines)
#   3. the ceiling: a bare axum handler answering the same bytes (examples/ceiling.rs)
# and the ratios of 1 and 2 to 3, and of 1 to 2 (what logging at info costs).
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
unset HUP_LOG

offers() {
  local log=$1
  if [ "$log" = default ]; then unset HUP_LOG; else export HUP_LOG=$log; fi
  serve_demo
  token=$(curl -fs -H 'Content-Type: application/json' \
    -d '{"email":"jan.jansen@example.net","password":"demo-employee-password"}' \
    "http://$HUP_LISTEN/api/v1/sessions" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  # The figure must measure offers, not refusals: one request first.
  curl -fs -H "Authorization: Bearer $token" "http://$HUP_LISTEN/api/v1/me/offers" >"$work/body.json"
  available=$(python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); print(b["available"], len(b["offers"]))' "$work/body.json")
  [ "${available%% *}" = True ] || fail_with_log "the demo employee sees no offers ($available)"
  run_wrk "HUP_LOG=$log, offers: ${available#* }, " \
    -H "Authorization: Bearer $token" "http://$HUP_LISTEN/api/v1/me/offers" | tee "$work/wrk-$log.txt"
  stop_server
}

offers default
offers warn
ceiling_addr=127.0.0.1:18091
start_ceiling http "$ceiling_addr" "$work/body.json"
for _ in $(seq 100); do curl -fs -o /dev/null "http://$ceiling_addr/" && break; sleep 0.1; done
echo "backend: none (the ceiling), cores: $(nproc), wrk -t$THREADS -c$CONNECTIONS -d$DURATION" >&2
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://$ceiling_addr/" | tee "$work/wrk-bare.txt"

read -r info info_p99 < <(wrk_summary "$work/wrk-default.txt")
read -r warn warn_p99 < <(wrk_summary "$work/wrk-warn.txt")
read -r bare bare_p99 < <(wrk_summary "$work/wrk-bare.txt")
echo
echo "summary (${HUP_DATABASE_URL%%:*}): requests/s and p99"
echo "  default (info):  $info/s  p99 $info_p99"
echo "  HUP_LOG=warn:    $warn/s  p99 $warn_p99"
echo "  bare handler:    $bare/s  p99 $bare_p99"
python3 - "$info" "$warn" "$bare" <<'PY'
import sys
info, warn, bare = map(float, sys.argv[1:])
print(f"  default / bare = {info / bare:.2f}, warn / bare = {warn / bare:.2f}, "
      f"logging at info costs {100 * (1 - info / warn):.1f} %")
PY
