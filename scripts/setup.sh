#!/usr/bin/env bash
# Installs what synth and the platform tests need: the platform venv, and the bindings compiled
# once (the machines set PYTHONDONTWRITEBYTECODE=1, and importing 26 MB of uncompiled generated
# Python costs seconds per synth). Job suites create their own venvs on first use (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
py="$(scripts/venv.sh platform)/bin/python"
stamp="build/.compiled-$(git rev-parse HEAD:imports 2>/dev/null || echo dirty)"
if [ ! -f "$stamp" ]; then
  "$py" -m compileall -q imports constructs_lib >/dev/null
  "$py" -O -m compileall -q imports constructs_lib >/dev/null
  mkdir -p build && rm -f build/.compiled-* && touch "$stamp"
fi
