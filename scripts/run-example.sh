#!/usr/bin/env bash
# `make run`: start the reference server on SQLite with a demo account, run the quickstart, stop.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
DATA=$(mktemp -d)
PORT=$($BIN/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
KEY=$($BIN/segments-server seed-demo --data-dir "$DATA" --username demo | tail -n 1)
$BIN/segments-server serve --data-dir "$DATA" --host 127.0.0.1 --port "$PORT" --log-level warning &
SERVER=$!
cleanup() {
  local status=$?
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  rm -rf "$DATA"
  exit "$status"
}
trap cleanup EXIT
for _ in $(seq 100); do
  if $BIN/python -c "import httpx,sys; sys.exit(httpx.get('http://127.0.0.1:$PORT/openapi.json').status_code != 200)" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
echo "Server on http://127.0.0.1:$PORT (data in $DATA), demo API key: $KEY"
SEGMENTS_API_KEY=$KEY SEGMENTS_API_URL=http://127.0.0.1:$PORT $BIN/python examples/quickstart.py
