#!/usr/bin/env bash
# Runs every benchmark in its own venv; each prints its figures. Nothing is asserted.
set -uo pipefail
cd "$(dirname "$0")/.."
# Each benchmark prints its figures; one that misses its goal is flagged (bench/goals.py) and listed again at the end.
BENCH_MISSES_FILE=$(mktemp); export BENCH_MISSES_FILE
trap 'rm -f "$BENCH_MISSES_FILE"' EXIT
run() { local venv=$1 script=$2; [ -f "$script" ] || return 0; echo "=== $script ==="; "$(scripts/venv.sh "$venv")/bin/python" "$script"; }
# The Flink benchmark runs a real Kafka broker and the connector: fetched here, as in scripts/test.sh's setup.
scripts/fetch-kafka.sh >/dev/null && scripts/fetch-flink-jars.sh >/dev/null || exit 1
run platform bench/bench_synth.py
run platform bench/bench_synth_profile.py
run platform bench/bench_diff.py
run spark bench/bench_spark_features.py
run flink bench/bench_flink_pipeline.py
run airflow bench/bench_dag_parse.py
run platform bench/bench_controlplane.py
run platform bench/bench_argocd_sync.py
"$(scripts/venv.sh platform)/bin/python" bench/goals.py
