#!/usr/bin/env bash
# Set up twentyten and run the main job on the bundled data: load the real 2024-2026 register
# into the default SQLite store (or --db / $TWENTYTEN_DATABASE_URL) and print its summary,
# indicators and the baseline scenario's outlook.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/twentyten run "$@"
