#!/usr/bin/env bash
# `make lint`: ruff (every Python file; rules in pyproject.toml) and mypy (the library and its entry
# points), both pinned in requirements/platform.txt. tests/platform/test_lint.py runs the same two.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(scripts/venv.sh platform)
"$venv/bin/python" -m ruff check .
"$venv/bin/python" -m mypy
