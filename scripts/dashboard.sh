#!/usr/bin/env bash
# Set up and start the dashboard on the sample article: http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q -e .
exec .venv/bin/itinerary app "$@"
