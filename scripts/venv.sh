#!/usr/bin/env bash
# Prints the path of the virtual environment for requirements/NAME.txt, creating it on first use.
# Environments live outside the repository (keyed by the requirements file's hash) so that a
# fresh clone on the same machine reuses them, and a changed pin builds a new one.
# Airflow, Spark/MLflow and PyFlink pin conflicting versions, so each has its own.
#
# The platform venv also holds this checkout, installed editable (`pip install -e .`, pyproject.toml):
# `import constructs_lib` and the `mlops-synth` command work from anywhere. The shared venv cannot hold
# an editable install (it would point at whichever checkout installed last), so each checkout gets a
# small layer of its own: a venv that sees the shared packages (a .pth file) and holds only the
# editable install and links to the shared venv's commands. Keyed by the checkout's path; rebuilt
# when pyproject.toml changes.
set -euo pipefail
name=${1:?usage: scripts/venv.sh NAME}
root=$(cd "$(dirname "$0")/.." && pwd)
req="$root/requirements/$name.txt"
[ -f "$req" ] || { echo "no requirements file: $req" >&2; exit 2; }
cache=${MLOPS_CACHE:-$HOME/.cache/mlops-platform}
hash=$(sha256sum "$req" | cut -c1-12)
venv="$cache/venvs/$name-$hash"
mkdir -p "$cache/venvs"
if [ ! -f "$venv/.complete" ]; then
  (
    flock 9
    [ -f "$venv/.complete" ] && exit 0   # another caller built it while we waited
    echo "creating venv $name at $venv" >&2
    rm -rf "$venv"
    python3.11 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet -r "$req" >&2
    touch "$venv/.complete"
  ) 9>"$cache/venvs/.$name-$hash.lock"
fi
[ "$name" = platform ] || { echo "$venv"; exit 0; }

checkout="$venv-checkout-$(printf '%s' "$root" | sha256sum | cut -c1-12)"
stamp=$(sha256sum "$root/pyproject.toml" | cut -c1-12)
if [ "$(cat "$checkout/.complete" 2>/dev/null)" != "$stamp" ]; then (
  flock 9
  [ "$(cat "$checkout/.complete" 2>/dev/null)" = "$stamp" ] && exit 0
  echo "installing $root editable into $checkout (on $venv)" >&2
  rm -rf "$checkout"
  python3.11 -m venv --without-pip "$checkout"
  site=$("$checkout/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
  shared=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
  # addsitedir (not a plain path line) so the shared venv's own .pth files are processed too.
  echo "import site; site.addsitedir('$shared')" >"$site/_mlops_shared_venv.pth"
  for tool in "$venv"/bin/*; do
    case ${tool##*/} in python*|activate*|Activate*|pip*) ;; *) ln -s "$tool" "$checkout/bin/" ;; esac
  done
  # Build with the pinned setuptools of the shared venv (no download, no isolated build env).
  "$checkout/bin/python" -m pip install --quiet --no-deps --no-build-isolation -e "$root" >&2
  echo "$stamp" >"$checkout/.complete"
) 9>"$checkout.lock"; fi
echo "$checkout"
