#!/usr/bin/env bash
# Runs every test suite in its own virtual environment and prints one closing line for all.
# Suites: NAME:VENV:PATH (VENV is a requirements/<VENV>.txt name). A suite whose folder has no tests yet is skipped.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
suites=(
  "platform:platform:tests/platform"
  "images:platform:tests/images"
  "diff:platform:tests/manifest_diff"
  "ci:platform:tests/ci"
  "spark-jobs:spark:tests/jobs/spark"
  "flink-job:flink:tests/jobs/flink"
  "dags:airflow:tests/dags"
)
only=${1:-}
export MLOPS_CHECKOV_BIN="${MLOPS_CHECKOV_BIN:-$(scripts/venv.sh checkov)/bin/checkov}"
results="$root/build/test-results"
rm -rf "$results"; mkdir -p "$results"
status=0
for entry in "${suites[@]}"; do
  IFS=: read -r name venv path <<<"$entry"
  [ -n "$only" ] && [ "$only" != "$name" ] && continue
  [ -d "$path" ] || continue
  [ -n "$(find "$path" -name 'test_*.py' -print -quit)" ] || continue
  echo "=== suite $name ($path, venv $venv) ==="
  py="$(scripts/venv.sh "$venv")/bin/python" || { echo "venv $venv failed"; status=1; continue; }
  "$py" -m pytest "$path" -p no:cacheprovider --junitxml="$results/$name.xml" -o junit_suite_name="$name"
  rc=$?
  if [ $rc -ne 0 ]; then echo "suite $name failed (exit $rc)"; status=1; fi
done
python3 - "$results" <<'PY'
import sys, pathlib, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.xml")):
    for s in ET.parse(f).getroot().iter("testsuite"):
        t, e, fl, sk = (int(s.get(k, 0)) for k in ("tests", "errors", "failures", "skipped"))
        failed += e + fl; skipped += sk; passed += t - e - fl - sk
print(f"total: {passed} passed, {failed} failed, {skipped} skipped")
if passed == 0:
    sys.exit(1)
PY
[ $? -eq 0 ] || status=1
exit $status
