#!/usr/bin/env bash
# Prints the URL of a local PostgreSQL server for the tests, installing and starting it if needed
# (Debian's package; needs root, as on the development machines and CI).
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_lsclusters -h | grep -q online; then
  service postgresql start >/dev/null
fi
for _ in $(seq 50); do pg_isready -q -h 127.0.0.1 && break; sleep 0.2; done
su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='segments'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE segments LOGIN PASSWORD 'segments' CREATEDB\""
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='segments_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O segments segments_test"
echo "postgresql+psycopg://segments:segments@127.0.0.1/segments_test"
