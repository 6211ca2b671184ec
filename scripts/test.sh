#!/usr/bin/env bash
# Set up a virtual environment with the test and dev extras, lint and type-check, then run the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test,dev]"
export ORT_DISABLE_TELEMETRY=1
bash scripts/check.sh
# One worker per core (pytest-xdist); the slowest tests are listed at the end.
.venv/bin/python -m pytest -q -n auto --durations=15 "$@"
