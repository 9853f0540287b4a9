#!/usr/bin/env bash
# Installs what synth and the platform tests need: the platform venv, compiled once (the machines set
# PYTHONDONTWRITEBYTECODE=1, and an uncompiled import costs time on every synth). Job suites create their own venvs on first use (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
py="$(scripts/venv.sh platform)/bin/python"
# `make synth` runs python -O, which reads *.opt-1.pyc: pip compiled only the plain ones. The shared
# venv's packages (this checkout's venv layer sees them through a .pth, see scripts/venv.sh).
shared=$("$py" -c 'import os, yaml; print(os.path.dirname(os.path.dirname(yaml.__file__)))')
if [ ! -f "$shared/.compiled-O" ]; then
  "$py" -O -m compileall -q -j 0 "$shared" >/dev/null 2>&1 || true
  touch "$shared/.compiled-O"
fi
# Our own modules change often and are small: compile them every time (no-op when current).
"$py" -O -m compileall -q constructs_lib validation >/dev/null
