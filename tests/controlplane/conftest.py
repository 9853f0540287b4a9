"""Session fixtures of the control-plane tier.

Outside the network namespace first (they may need the network on a cold cache): the control-plane
binaries (scripts/build-controlplane.sh), helm (scripts/install-tools.sh), the chart archives (the
chart fetch), spark-submit (scripts/venv.sh spark-submit). Then this process enters a fresh network
namespace with only `lo`, and per environment a real control plane (testing/controlplane) is
started and the environment synced into it as Argo CD would sync it, with the operators that build
from the Go module proxy running as their charts' ServiceAccounts. One environment's cluster runs at
a time (a session fixture parametrized by environment: pytest finishes one parameter's tests before
it sets up the next).
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from testing.controlplane import Cluster, PrivateNetwork, binaries_dir, interfaces  # noqa: E402
from testing.controlplane import charts, sync  # noqa: E402
from testing.controlplane.external_secrets_standin import ExternalSecretsStandIn  # noqa: E402
from testing.controlplane.operators import CertificateStandIn, Operators  # noqa: E402
from testing.controlplane.platform_sync import PlatformSync, SyncReport  # noqa: E402
from testing.controlplane.standin import complete_jobs  # noqa: E402

ENVIRONMENTS = [e for e in os.environ.get("MLOPS_CONTROLPLANE_ENVS", "dev,prod").split(",") if e]
ARTIFACTS = ROOT / "build" / "controlplane"


def _tool_path(command: list[str], provides: str) -> Path:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.fail(f"{provides}: `{' '.join(command)}` failed:\n{result.stderr[-2000:]}")
    return Path(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def bindir() -> Path:
    return binaries_dir()


@pytest.fixture(scope="session")
def helm_bin() -> Path:
    return _tool_path(["scripts/install-tools.sh"], "helm") / "helm"


@pytest.fixture(scope="session")
def spark_home() -> Path:
    venv = _tool_path(["scripts/venv.sh", "spark-submit"], "spark-submit (Spark of the operator image)")
    found = sorted(venv.glob("lib/python*/site-packages/pyspark/bin/spark-submit"))
    if not found:
        pytest.fail(f"no pyspark/bin/spark-submit in {venv}: run `scripts/venv.sh spark-submit`")
    return found[0].parent.parent


@pytest.fixture(scope="session")
def airflow_python() -> Path:
    return _tool_path(["scripts/venv.sh", "airflow"], "the Airflow venv (DAG submission)") / "bin" / "python"


@pytest.fixture(scope="session")
def chart_archives() -> dict:
    releases = sorted({a.release for env in ENVIRONMENTS for a in sync.applications(ROOT / "dist" / env) if a.is_helm})
    return charts.archives(releases)


@pytest.fixture(scope="session")
def private_network(bindir, helm_bin, spark_home, chart_archives, airflow_python):
    """This process (and every process it starts from now on) in a fresh network namespace; the
    inputs that may need the network are resolved first (fixture arguments)."""
    net = PrivateNetwork().enter()
    try:
        # Before anything starts: the namespace has no interface but loopback.
        assert interfaces() == ["lo"], f"the private network namespace has {interfaces()}"
        yield net
    finally:
        net.leave()


@dataclass
class Synced:
    env: str
    cluster: Cluster
    report: SyncReport
    operators: Operators
    certificates: CertificateStandIn
    external_secrets: ExternalSecretsStandIn
    seconds: float
    completed_jobs: list[str] = field(default_factory=list)
    dag_submission: dict = field(default_factory=dict)


@pytest.fixture(scope="session", params=ENVIRONMENTS)
def synced(request, private_network, bindir, helm_bin, spark_home, chart_archives, tmp_path_factory):
    env = request.param
    assert interfaces() == ["lo"], f"not in a loopback-only network namespace: {interfaces()}"
    start = time.monotonic()
    cluster = Cluster(tmp_path_factory.mktemp(f"cluster-{env}"), bindir)
    operators = Operators(cluster, bindir, spark_home=spark_home)
    certificates = CertificateStandIn(cluster)
    external_secrets = None

    def archive(release: str) -> Path:
        found = chart_archives.get(release)
        if not isinstance(found, Path):
            raise RuntimeError(found or f"no chart archive for {release}")
        return found

    def between_apps(app) -> None:
        external_secrets.reconcile()
        certificates.reconcile()
        certificates.inject_ca()

    def after_step(step) -> None:
        external_secrets.reconcile()

    with cluster:
        external_secrets = ExternalSecretsStandIn(cluster.admin)
        try:
            platform = PlatformSync(cluster, env, helm=helm_bin, chart_archive=archive,
                                    transforms=[operators.transform], prepare=[operators.prepare],
                                    after_each=[between_apps], after_step=[after_step],
                                    after_app=operators.after_app_hooks(),
                                    served_webhooks=lambda obj: all("url" in w.get("clientConfig", {})
                                                                    for w in obj.get("webhooks", [])))
            report = platform.run()
            (ARTIFACTS / env).mkdir(parents=True, exist_ok=True)
            (ARTIFACTS / env / "sync-seconds.txt").write_text(
                f"sync total {time.monotonic() - start:.1f} s (cluster start included)\n"
                + "".join(f"{seconds:7.1f} s  {name}\n" for name, seconds in
                          sorted(report.seconds.items(), key=lambda kv: -kv[1])))
            external_secrets.reconcile()
            synced = Synced(env, cluster, report, operators, certificates, external_secrets,
                            time.monotonic() - start)
            yield synced
        finally:
            operators.stop()
            (ARTIFACTS / env).mkdir(parents=True, exist_ok=True)
            (ARTIFACTS / env / "external-secrets.txt").write_text(
                "\n".join(external_secrets.log + [f"NOT READY {k}: {v}" for k, v in external_secrets.not_ready.items()])
                + "\n")
            for proc in cluster.processes:   # logs for a failing run
                target = ARTIFACTS / env / "logs" / proc.log.name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(proc.log.read_bytes()[-2_000_000:])


DAG_TASKS = ("feature_engineering", "model_training")
DAG_RUN_DATE = "2026-11-01"


def submit_dag_applications(synced: Synced, airflow_python: Path) -> dict:
    """The DAG's Spark tasks run their own submission code as the Airflow worker's ServiceAccount
    (testing/controlplane/dag_submit.py); returns its report per task."""
    import json
    from testing.controlplane.standin import run_as_pod

    cluster, admin = synced.cluster, synced.cluster.admin
    # The worker's ServiceAccount comes from the Airflow chart; where that chart cannot be rendered
    # (charts.lock: no archive), the tier creates the ServiceAccount the chart would.
    if admin.get_or_none("v1", "ServiceAccount", "airflow-worker", "orchestration") is None:
        admin.apply({"apiVersion": "v1", "kind": "ServiceAccount",
                     "metadata": {"name": "airflow-worker", "namespace": "orchestration"}}, "airflow-chart-standin")
    workdir = cluster.dir / "pods" / "orchestration-dag-submit"
    workdir.mkdir(parents=True, exist_ok=True)
    proc = run_as_pod(cluster, "dag-submit", "orchestration", "airflow-worker",
                      [str(airflow_python), str(ROOT / "testing" / "controlplane" / "dag_submit.py"), DAG_RUN_DATE,
                       *DAG_TASKS], {"MLOPS_ENVIRONMENT": synced.env, "PYTHONDONTWRITEBYTECODE": "1"}, workdir)
    proc.popen.wait(timeout=400)
    lines = [line for line in proc.log.read_text().splitlines() if line.startswith("{")]
    if not lines:
        return {"error": f"dag_submit.py printed no result (exit {proc.popen.returncode}):\n{proc.tail(60)}"}
    return json.loads(lines[-1])


@pytest.fixture(scope="session")
def settled(synced, airflow_python) -> Synced:
    """The DAG submits its SparkApplications; then wait until the controllers and operators stop
    creating Pods (Job Pods are completed by the stand-in as they appear), at most 120 s."""
    synced.dag_submission = submit_dag_applications(synced, airflow_python)
    admin = synced.cluster.admin
    namespaces = [n["metadata"]["name"] for n in admin.list("v1", "Namespace")]
    last, stable_since, deadline = None, time.monotonic(), time.monotonic() + 120
    while time.monotonic() < deadline:
        synced.completed_jobs += complete_jobs(synced.cluster, namespaces)
        synced.certificates.reconcile()
        synced.external_secrets.reconcile()
        pods = sorted((p["metadata"]["namespace"], p["metadata"]["name"], p.get("status", {}).get("phase"))
                      for p in admin.list("v1", "Pod"))
        if pods != last:
            last, stable_since = pods, time.monotonic()
        elif time.monotonic() - stable_since > 10:
            break
        time.sleep(1)
    return synced


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/controlplane/" in str(item.fspath):
            item.add_marker(pytest.mark.controlplane)
