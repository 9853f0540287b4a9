"""Parse time of dags/batch_feature_training.py vs a bare ``airflow.sdk`` DAG with one task.

Not a test. Run in the Airflow venv:  "$(scripts/venv.sh airflow)/bin/python" bench/bench_dag_parse.py [N]

Each sample is a fresh interpreter (no module cache) that parses one file with Airflow's own
``DagBag`` and reports two durations:

* cold: ``DagBag(file)`` including every import the file triggers (airflow.sdk, the provider,
  the kubernetes client) -- what a process that imported nothing pays;
* warm: the same after the file's ``airflow.*`` imports were done beforehand -- what Airflow's
  DAG processor pays per parse, since it pre-imports those modules before forking the parser
  (``[dag_processor] parsing_pre_import_modules``, default True).

Prints the median over N samples (default 15) and the ratio DAG / bare for each. Goal: <= 1.3.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from goals import report

REPO = Path(__file__).resolve().parents[1]
DAG_FILE = REPO / "dags" / "batch_feature_training.py"
BARE = textwrap.dedent(
    """
    from datetime import datetime
    from airflow.sdk import DAG, task

    with DAG(dag_id="bare", schedule="@daily", start_date=datetime(2026, 1, 1), catchup=False):
        @task
        def hello():
            return 1

        hello()
    """
)
PROBE = textwrap.dedent(
    """
    import ast, json, sys, time, importlib
    path, warm = sys.argv[1], sys.argv[2] == "warm"
    if warm:  # what the DAG processor pre-imports: the file's `airflow.*` imports
        for node in ast.walk(ast.parse(open(path).read())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("airflow"):
                importlib.import_module(node.module)
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.startswith("airflow"):
                        importlib.import_module(a.name)
    from airflow.dag_processing.dagbag import DagBag
    t0 = time.perf_counter()
    bag = DagBag(dag_folder=path)
    dt = time.perf_counter() - t0
    assert not bag.import_errors and len(bag.dags) == 1, bag.import_errors
    print(json.dumps(dt))
    """
)


def sample(path: Path, mode: str, env: dict) -> float:
    out = subprocess.run([sys.executable, "-c", PROBE, str(path), mode], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare" / "bare_dag.py"
        bare.parent.mkdir()
        bare.write_text(BARE)
        env = {**os.environ, "AIRFLOW_HOME": tmp, "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
               "AIRFLOW__LOGGING__LOGGING_LEVEL": "ERROR", "PYTHONDONTWRITEBYTECODE": "1"}
        results = {}
        for mode in ("cold", "warm"):
            times = {"bare": [], "dag": []}
            for _ in range(n):  # interleaved, so drift hits both alike
                times["bare"].append(sample(bare, mode, env))
                times["dag"].append(sample(DAG_FILE, mode, env))
            med = {k: statistics.median(v) for k, v in times.items()}
            results[mode] = med
            print(f"{mode}: bare {med['bare'] * 1000:8.1f} ms   dag {med['dag'] * 1000:8.1f} ms   "
                  f"(median of {n} fresh processes)")
            report(f"{mode}: ratio dag/bare", med["dag"] / med["bare"], goal=1.3)
        print(json.dumps({"n": n, **{m: {k: round(v, 4) for k, v in r.items()} for m, r in results.items()}}))


if __name__ == "__main__":
    main()
