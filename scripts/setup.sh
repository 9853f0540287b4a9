#!/usr/bin/env bash
# Installs what synth and the platform tests need: the platform venv, and the bindings compiled
# once (the machines set PYTHONDONTWRITEBYTECODE=1, and importing 26 MB of uncompiled generated
# Python costs seconds per synth). Job suites create their own venvs on first use (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
py="$(scripts/venv.sh platform)/bin/python"
venv=$(dirname "$(dirname "$py")")
# `make synth` runs python -O, which reads *.opt-1.pyc: pip compiled only the plain ones.
if [ ! -f "$venv/.compiled-O" ]; then
  "$py" -O -m compileall -q -j 0 "$venv/lib" >/dev/null 2>&1 || true
  touch "$venv/.compiled-O"
fi
stamp="build/.compiled-$(git rev-parse HEAD:imports 2>/dev/null || echo dirty)"
if [ ! -f "$stamp" ]; then
  "$py" -m compileall -q -j 0 imports >/dev/null
  "$py" -O -m compileall -q -j 0 imports >/dev/null
  mkdir -p build && rm -f build/.compiled-* && touch "$stamp"
fi
# Our own modules change often and are small: compile them every time (no-op when current).
"$py" -O -m compileall -q constructs_lib validation >/dev/null
