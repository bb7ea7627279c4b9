# Sourced by the load scripts: a release `hup serve --demo` on a fresh database in a temporary
# folder, stopped and removed when the script exits.
#
#   load_setup DURATION CONNECTIONS THREADS PORT
#                             # the wrk defaults (each kept when already set), then
#                             # build_hup and prepare_work $PORT
#   build_hup                 # cargo build --release, unless SKIP_BUILD is set
#   prepare_work PORT         # $work, HUP_DATABASE_URL (SQLite there unless set), HUP_LISTEN,
#                             # HUP_MAIL (file: there unless set)
#   serve_demo                # starts the server ($server, log in $work/serve.log), waits
#                             # until /readyz answers
#   stop_server               # stops it (SIGTERM) and waits for it to exit
#   start_ceiling ARGS...     # target/release/examples/ceiling ARGS in the background
#                             # ($ceiling), stopped when the script exits
#   wrk_summary FILE          # "requests/s p99" from a saved wrk output
#   fail_with_log MESSAGE     # says MESSAGE and shows the server's log, then exits 1
#   run_wrk NOTE ARGS...      # wrk with $THREADS, $CONNECTIONS, $DURATION and --latency,
#                             # after a line naming the back end, the cores and NOTE

load_setup() {
  DURATION=${DURATION:-$1}
  CONNECTIONS=${CONNECTIONS:-$2}
  THREADS=${THREADS:-$3}
  PORT=${PORT:-$4}
  build_hup
  prepare_work "$PORT"
}

build_hup() {
  [ -n "${SKIP_BUILD:-}" ] || cargo build --release -p hup --bin hup --example ceiling >&2
}

prepare_work() {
  work=$(mktemp -d)
  trap 'kill "${server:-0}" "${ceiling:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
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
  fail_with_log "hup did not become ready"
}

stop_server() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""
}

start_ceiling() {
  target/release/examples/ceiling "$@" &
  ceiling=$!
}

wrk_summary() {
  awk '/Requests\/sec:/ {rps=$2} $1=="99%" {p99=$2} END {printf "%.0f %s\n", rps, p99}' "$1"
}

fail_with_log() {
  echo "$1" >&2
  cat "$work/serve.log" >&2
  exit 1
}

run_wrk() {
  echo "backend: ${HUP_DATABASE_URL%%:*}, cores: $(nproc), $1wrk -t$THREADS -c$CONNECTIONS -d$DURATION" >&2
  shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@"
}
