#!/usr/bin/env bash
# Runs every test suite in its own virtual environment and prints one closing line for all.
#
#   scripts/test.sh            # every suite
#   scripts/test.sh platform   # one suite (its setup steps only)
#
# 1. Setup, before any test starts: every venv, tool, jar set and chart archive the selected suites
#    need, one line per step with its time (a first run on a new machine spends minutes here, visibly;
#    later runs find everything cached). A test never installs anything itself: a test lacking its
#    input fails naming the command that provides it.
# 2. The suites, each with pytest in its own venv (JUnit XML in build/test-results/).
# 3. The totals. A skipped test fails the run unless tests/allowed-skips.txt names it with a reason.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# NAME:VENV:PATH:SETUP-STEPS (VENV is a requirements/<VENV>.txt name; steps are defined below).
suites=(
  "platform:platform:tests/platform:checkov,tools,node,charts"
  "images:platform:tests/images:checkov,s3a_jars"
  "diff:platform:tests/manifest_diff:tools,charts"
  "ci:platform:tests/ci:tools"
  "observability:platform:tests/observability:tools,charts,airflow_venv,spark_venv"
  "spark-jobs:spark:tests/jobs/spark:s3a_jars"
  "flink-job:flink:tests/jobs/flink:kafka,flink_connector"
  "dags:airflow:tests/dags:"
  "controlplane:platform:tests/controlplane:tools,charts,controlplane,spark_submit,airflow_venv"
  # Argo CD syncs the app-of-apps: MLOPS_ARGOCD_ENVS (default dev; `make test-argocd-all` /
  # MLOPS_ARGOCD_ENVS=all: every environment, which does not fit CI's budget: tests/argocd/README.md).
  "argocd:platform:tests/argocd:controlplane,argocd_tools,charts"
)

# Setup steps: NAME -> command (run from the repository root). Each prints what it provides as its last
# line on stdout (kept in build/setup/NAME.out); its progress goes to build/setup/NAME.log.
declare -A step_cmd=(
  [checkov]="scripts/venv.sh checkov"
  [tools]="scripts/install-tools.sh"
  [node]="scripts/node-tools.sh"
  [charts]="scripts/fetch-charts.sh"
  [s3a_jars]="scripts/fetch-spark-jars.sh"
  [kafka]="scripts/fetch-kafka.sh"
  [flink_connector]="scripts/fetch-flink-jars.sh"
  [controlplane]="scripts/build-controlplane.sh"
  [spark_submit]="scripts/venv.sh spark-submit"
  [airflow_venv]="scripts/venv.sh airflow"
  [spark_venv]="scripts/venv.sh spark"
  [argocd_tools]="scripts/install-argocd-tools.sh"
)
declare -A step_what=(
  [checkov]="checkov venv (requirements/checkov.txt)"
  [tools]="helm + helmfile + actionlint + promtool + statsd_exporter (Go module proxy; the first build takes minutes)"
  [node]="cdk8s-cli (npm ci, package-lock.json)"
  [charts]="chart archives (charts.lock; mirror MLOPS_CHART_MIRROR or helm pull)"
  [s3a_jars]="S3A jars for Spark (Maven Central)"
  [kafka]="Kafka broker jars (Maven Central)"
  [flink_connector]="Flink Kafka connector jar (Maven Central)"
  [controlplane]="etcd, kube-apiserver, controller-manager, operators (Go module proxy; ~15 min cold)"
  [spark_submit]="spark-submit of the Spark operator image (requirements/spark-submit.txt)"
  [airflow_venv]="Airflow venv (requirements/airflow.txt: the DAG's submission, the StatsD metrics test)"
  [spark_venv]="Spark/MLflow venv (requirements/spark.txt: the MLflow metrics test's mlflow server)"
  [argocd_tools]="argocd v3.4.4, helm v3.19.4, kwok v0.8.0 (Go module proxy), redis-server (Debian)"
)

only=${1:-}
selected=()
for entry in "${suites[@]}"; do
  IFS=: read -r name venv path steps <<<"$entry"
  if [ "${name#+}" != "$name" ]; then   # opt-in suite
    name=${name#+}; entry=${entry#+}
    if [ -z "$only" ]; then echo "suite $name: opt-in, not in the default run (scripts/test.sh $name)" >&2; continue; fi
  fi
  [ -n "$only" ] && [ "$only" != "$name" ] && continue
  [ -n "$(find "$path" -name 'test_*.py' -print -quit 2>/dev/null)" ] || { echo "suite $name: no tests in $path" >&2; exit 2; }
  selected+=("$entry")
done
[ ${#selected[@]} -gt 0 ] || { echo "unknown suite: $only (known: ${suites[*]%%:*})" >&2; exit 2; }

logs="$root/build/setup"
mkdir -p "$logs"
# setup_step LABEL NAME CMD...: one line with the time; on failure the log's tail, and exit.
setup_step() {
  local label=$1 log="$logs/$2.log" out="$logs/$2.out" start=$SECONDS
  shift 2
  printf 'setup: %-70s ' "$label"
  if "$@" >"$out" 2>"$log"; then
    printf '%4ds\n' $((SECONDS - start))
  else
    printf 'FAILED after %ds\n' $((SECONDS - start))
    tail -n 40 "$log" "$out" | sed 's/^/    /'
    echo "setup failed: $* (log: ${log#"$root"/})"
    exit 1
  fi
}

echo "=== setup ==="
setup_start=$SECONDS
declare -A done_
for entry in "${selected[@]}"; do
  IFS=: read -r name venv path steps <<<"$entry"
  if [ -z "${done_[venv-$venv]:-}" ]; then
    setup_step "venv $venv (requirements/$venv.txt)" "venv-$venv" scripts/venv.sh "$venv"
    done_[venv-$venv]=1
  fi
  IFS=, read -ra wanted <<<"$steps"
  for step in "${wanted[@]}"; do
    [ -n "${done_[$step]:-}" ] && continue
    # shellcheck disable=SC2086 # the command is a word list
    setup_step "${step_what[$step]}" "$step" ${step_cmd[$step]}
    done_[$step]=1
  done
done
echo "setup: done in $((SECONDS - setup_start))s"
provided() { tail -n1 "$logs/$1.out"; }
[ -n "${done_[checkov]:-}" ] && export MLOPS_CHECKOV_BIN="$(provided checkov)/bin/checkov"

results="$root/build/test-results"
rm -rf "$results"; mkdir -p "$results"
status=0
for entry in "${selected[@]}"; do
  IFS=: read -r name venv path steps <<<"$entry"
  echo "=== suite $name ($path, venv $venv) ==="
  py="$(provided "venv-$venv")/bin/python"
  # xunit1: each testcase carries its file, so skips are reported as pytest node ids.
  "$py" -m pytest "$path" -p no:cacheprovider --junitxml="$results/$name.xml" \
    -o junit_suite_name="$name" -o junit_family=xunit1
  rc=$?
  if [ $rc -ne 0 ]; then echo "suite $name failed (exit $rc)"; status=1; fi
done
python3 "$root/scripts/test_totals.py" "$results" "$root/tests/allowed-skips.txt" || status=1
exit $status
