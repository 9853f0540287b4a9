#!/usr/bin/env bash
# The rendered-manifests diff (manifest_diff/): BASE vs the working tree, everything Argo CD would
# apply. Exit status 0 no change, 1 changes, 2 error (`make diff` treats 1 as success).
#   scripts/diff.sh [--base REF] [--head REF] [--env NAME] [--format markdown] [--markdown FILE]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh" >&2
py="$("$root/scripts/venv.sh" platform)/bin/python"
cd "$root"
exec "$py" -m manifest_diff "$@"
