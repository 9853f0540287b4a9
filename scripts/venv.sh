#!/usr/bin/env bash
# Prints the path of the virtual environment for requirements/NAME.txt, creating it on first use.
# Environments live outside the repository (keyed by the requirements file's hash) so that a
# fresh clone on the same machine reuses them, and a changed pin builds a new one.
# Airflow, Spark/MLflow and PyFlink pin conflicting versions, so each has its own (DESIGN.md §4).
set -euo pipefail
name=${1:?usage: scripts/venv.sh NAME}
root=$(cd "$(dirname "$0")/.." && pwd)
req="$root/requirements/$name.txt"
[ -f "$req" ] || { echo "no requirements file: $req" >&2; exit 2; }
cache=${MLOPS_CACHE:-$HOME/.cache/mlops-platform}
hash=$(sha256sum "$req" | cut -c1-12)
venv="$cache/venvs/$name-$hash"
if [ ! -f "$venv/.complete" ]; then
  echo "creating venv $name at $venv" >&2
  rm -rf "$venv"
  mkdir -p "$cache/venvs"
  python3.11 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet -r "$req" >&2
  touch "$venv/.complete"
fi
echo "$venv"
