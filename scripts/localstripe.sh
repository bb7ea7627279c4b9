#!/usr/bin/env bash
# Starts localstripe (a Stripe-compatible test server, PyPI, pinned) on a free loopback port
# for the payments suites, from .ci/.venv, with its state in a file of its own (localstripe
# otherwise keeps it in /tmp/localstripe.pickle, shared by every run on the machine), and
# prints `HUP_TEST_STRIPE_URL=http://127.0.0.1:PORT` once it answers. Stop it with the pid
# in $LOCALSTRIPE_PID_FILE (default .ci/localstripe.pid).
#
#   eval "$(bash scripts/localstripe.sh)"
set -euo pipefail
cd "$(dirname "$0")/.."
LOCALSTRIPE_VERSION=1.15.10
venv=.ci/.venv
if ! "$venv/bin/python" -c "import localstripe, importlib.metadata as m; assert m.version('localstripe') == '$LOCALSTRIPE_VERSION'" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "localstripe==$LOCALSTRIPE_VERSION" >&2
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
state=$(mktemp -d)/localstripe.pickle
pid_file=${LOCALSTRIPE_PID_FILE:-.ci/localstripe.pid}
"$venv/bin/python" - "$port" "$state" >"${state%.pickle}.log" 2>&1 <<'PY' &
import sys
import localstripe.resources as resources
port, state = sys.argv[1], sys.argv[2]
import pickle
def dump(self):
    with open(state, "wb") as f:
        pickle.dump(self, f, protocol=pickle.HIGHEST_PROTOCOL)
resources.Store.dump_to_disk = dump
resources.Store.try_load_from_disk = lambda self: None
sys.argv = ["localstripe", "--port", port, "--from-scratch"]
from localstripe.server import start
start()
PY
echo $! >"$pid_file"
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$port/js.stripe.com/v3/" >/dev/null 2>&1; then
    echo "export HUP_TEST_STRIPE_URL=http://127.0.0.1:$port"
    exit 0
  fi
  sleep 0.1
done
echo "localstripe did not start; see ${state%.pickle}.log" >&2
exit 1
