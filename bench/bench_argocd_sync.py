"""Time from bootstrap to the root Application's Synced/Healthy, per environment (Argo CD tier).

Not a test. Run in the platform venv (needs root: the tier makes a private network namespace):
    "$(scripts/venv.sh platform)/bin/python" bench/bench_argocd_sync.py [ENV ...]   (default: every environment)

For each environment it runs the tier's first tests (tests/argocd: the initial sync and the report) in a
fresh control plane and prints what the tier's report recorded:
  bootstrap   control plane + kube-scheduler/kwok + loopback repositories + the bootstrap steps
              (constructs_lib.bootstrap.STEPS: namespaces, argo-cd + external-secrets releases with Argo CD's
              processes, store credential), until the AppProject + root apply (the last step)
  root ready  from that apply to every Application Synced+Healthy (the root last)
  per wave    when the slowest Application of each sync wave became Synced+Healthy
Peak memory of the processes is not measured here.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(envs: list[str]) -> None:
    for env in envs:
        with tempfile.TemporaryDirectory() as out:
            t0 = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-m", "pytest", "tests/argocd/test_sync.py", "-q", "-p", "no:cacheprovider",
                 "-k", "synced_and_healthy or report"],
                cwd=REPO, env={**os.environ, "MLOPS_ARGOCD_ENVS": env, "MLOPS_ARGOCD_REPORT_DIR": out},
                capture_output=True, text=True, check=False)
            wall = time.monotonic() - t0
            report_file = Path(out) / f"{env}.json"
            if not report_file.exists():
                print(f"{env}: tier failed before its report ({wall:.0f}s):\n{result.stdout[-3000:]}")
                continue
            report = json.loads(report_file.read_text())
        ready = report["applications_ready_seconds"]
        root = report["root_synced_healthy_seconds"]
        print(f"{env}: bootstrap {report['bootstrap_seconds']:.0f}s; root Synced/Healthy "
              f"{'%.0fs' % root if root is not None else 'NOT reached'} after the apply; "
              f"tier wall time {wall:.0f}s; {len(ready)} Applications; pytest exit {result.returncode}")
        for name, seconds in ready.items():
            print(f"    {seconds:7.1f}s  {name}")


if __name__ == "__main__":
    main(sys.argv[1:] or sorted(p.stem for p in (REPO / "environments").glob("*.yaml")))
