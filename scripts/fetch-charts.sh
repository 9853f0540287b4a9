#!/usr/bin/env bash
# `make charts` and the test setup step: every locked chart archive into $MLOPS_CACHE/charts/,
# verified against charts.lock (scripts/fetch_charts.py; one line per chart on stderr). Prints the
# cache folder as the last line of stdout.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py="$("$root/scripts/venv.sh" platform)/bin/python"
"$py" "$root/scripts/fetch_charts.py" "$@" >&2
"$py" -c "from constructs_lib.chart_archives import cache_dir; print(cache_dir())"
