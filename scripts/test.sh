#!/usr/bin/env bash
# Set up, start what the tests need (PostgreSQL), lint, and run the whole test suite.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
PG_URL=$(bash scripts/ensure_postgres.sh) || { echo "could not start PostgreSQL" >&2; exit 1; }
export TWENTYTEN_TEST_POSTGRES_URL="$PG_URL"
export TWENTYTEN_REQUIRE_POSTGRES=1
.venv/bin/ruff check src tests bench || exit 1
.venv/bin/python -m pytest "$@"
status=$?
if [ "$status" = 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$status"
