# Sourced by the load scripts: a release `hup serve --demo` on a fresh database in a temporary
# folder, stopped and removed when the script exits.
#
#   build_hup                 # cargo build --release, unless SKIP_BUILD is set
#   prepare_work PORT         # $work, HUP_DATABASE_URL (SQLite there unless set), HUP_LISTEN,
#                             # HUP_MAIL (file: there unless set)
#   serve_demo                # starts the server ($server, log in $work/serve.log), waits
#                             # until /readyz answers

build_hup() {
  [ -n "${SKIP_BUILD:-}" ] || cargo build --release -p hup >&2
}

prepare_work() {
  work=$(mktemp -d)
  trap 'kill "${server:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
  export HUP_DATABASE_URL=${HUP_DATABASE_URL:-sqlite://$work/hup.db}
  export HUP_LISTEN=127.0.0.1:$1
  export HUP_MAIL=${HUP_MAIL:-file:$work/mail}
}

serve_demo() {
  target/release/hup serve --demo >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 200); do
    curl -fs "http://$HUP_LISTEN/readyz" >/dev/null && return 0
    sleep 0.1
  done
  echo "hup did not become ready" >&2
  cat "$work/serve.log" >&2
  exit 1
}
