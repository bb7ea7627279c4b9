#!/usr/bin/env bash
# Schema fuzzing of the JSON API (issue 11: 9), as `.ci/run` runs it: schemathesis, pinned, from
# a virtual environment in .ci/.venv, against a fresh `hup serve --demo` on SQLite, as the
# operator, the demo employee and the demo admin. Schema-valid requests that the rules refuse
# (409, 422) are right, hence positive_data_acceptance is off. HUP_FUZZ_EXAMPLES and
# HUP_FUZZ_SEED change how many examples per operation and which; a finding prints how to
# replay it and fails the run. Needs python3 with venv, and curl.
#
#   bash scripts/schema-fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMATHESIS_VERSION=4.32.5
venv=.ci/.venv
if [ "$("$venv/bin/schemathesis" --version 2>/dev/null)" != "schemathesis, version $SCHEMATHESIS_VERSION" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION"
fi
schemathesis="$PWD/$venv/bin/schemathesis"
cargo build -q -p hup --bin hup
fuzz_dir=$(mktemp -d)
fuzz_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fuzz_base="http://127.0.0.1:$fuzz_port"
fuzz_operator=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
# A DNS server that answers every question "no such domain" at once, so domain verification
# answers in milliseconds instead of waiting for a resolver that never replies.
fuzz_dns_port=$(python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 - "$fuzz_dns_port" <<'PY' &
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", int(sys.argv[1])))
while True:
    q, peer = s.recvfrom(512)
    if len(q) < 12:
        continue
    end = 12
    while end < len(q) and q[end] != 0:
        end += q[end] + 1
    # Same id, a response with recursion available and NXDOMAIN; the question echoed.
    s.sendto(q[:2] + b"\x81\x83" + q[4:6] + b"\0\0\0\0\0\0" + q[12:end + 5], peer)
PY
fuzz_dns_pid=$!
HUP_DATABASE_URL="sqlite://$fuzz_dir/hup.db" HUP_LISTEN="127.0.0.1:$fuzz_port" HUP_BASE_URL="$fuzz_base" \
  HUP_MAIL="file:$fuzz_dir/mail" HUP_DNS="127.0.0.1:$fuzz_dns_port" HUP_OPERATOR_TOKEN="$fuzz_operator" \
  target/debug/hup serve --demo >"$fuzz_dir/server.log" 2>&1 &
fuzz_pid=$!
stop_fuzz_server() {
  kill "$fuzz_pid" "$fuzz_dns_pid" 2>/dev/null || true
  wait "$fuzz_pid" "$fuzz_dns_pid" 2>/dev/null || true
}
trap stop_fuzz_server EXIT
for _ in $(seq 1 120); do curl -fsS "$fuzz_base/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
if ! curl -fsS "$fuzz_base/readyz" >/dev/null; then
  echo "hup serve --demo did not start:" >&2; cat "$fuzz_dir/server.log" >&2; exit 1
fi
session_token() { # PATH BODY: sign in, print the bearer token
  curl -fsS -H 'content-type: application/json' -d "$2" "$fuzz_base$1" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}
fuzz_employee=$(session_token /api/v1/sessions '{"email":"jan.jansen@example.net","password":"demo-employee-password"}')
fuzz_admin=$(session_token /api/v1/admin/sessions '{"work_email":"admin@contoso.example","password":"demo-admin-password"}')
fuzz_failed=""
for who in operator employee admin; do
  # A session is not signed out by its own run, which would leave the rest of it without one.
  case $who in
    operator) token=$fuzz_operator; keep=() ;;
    employee) token=$fuzz_employee; keep=(--exclude-name "DELETE /api/v1/sessions/current") ;;
    admin) token=$fuzz_admin; keep=(--exclude-name "DELETE /api/v1/admin/sessions/current") ;;
  esac
  echo "--- as the $who"
  (cd "$fuzz_dir" && "$schemathesis" run "$fuzz_base/api/v1/openapi.json" \
    --checks all --exclude-checks positive_data_acceptance "${keep[@]}" \
    -H "Authorization: Bearer $token" \
    --max-examples "${HUP_FUZZ_EXAMPLES:-40}" --seed "${HUP_FUZZ_SEED:-11}" \
    --no-color) || fuzz_failed="$fuzz_failed $who"
done
stop_fuzz_server
trap - EXIT
if [ -n "$fuzz_failed" ]; then
  echo "schema fuzzing found problems as:$fuzz_failed (server log: $fuzz_dir/server.log)" >&2
  exit 1
fi
rm -rf "$fuzz_dir"
