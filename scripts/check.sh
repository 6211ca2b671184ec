#!/usr/bin/env bash
# Lint (ruff: pyflakes, pycodestyle, bugbear, pyupgrade, import order) and type-check (mypy) the code.
# Needs the dev extra: pip install -e ".[test,dev]" (scripts/test.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
"$PY" -m ruff check bot tests benchmarks
"$PY" -m mypy bot
