"""Real Airflow 3 on SQLite in a throw-away AIRFLOW_HOME, a real MLflow server, and a fake Kubernetes API server.

What is faked, and only that: the Kubernetes API *methods* of ``kubernetes.client.CoreV1Api``,
``CustomObjectsApi`` and ``AppsV1Api`` that the provider (and the deploy task) call, patched on
the classes. Everything above them is real: Airflow's scheduler loop in ``dag.test()``, the task
runner, Jinja rendering, XCom, the cncf-kubernetes provider's operators / hook / PodManager /
CustomObjectLauncher, the kubernetes client's in-cluster config loading (from a fake service
account mount) and its websocket ``stream()`` wrapper. The API server address is 127.0.0.1:1, so
any call this fake does not cover fails fast instead of reaching anything.

The SparkApplications come from the synthesized ``dist/dev/spark-templates.yaml`` only (``make synth``).
The promotion gate pod's command runs the REAL ``jobs/spark/promotion_gate.py`` (Spark venv) against
a real ``mlflow server`` (``mlflow_server``); ``deploy_champion`` reads the decision from the same
server. The cluster Service name of MLflow in the synthesized specs is resolved to that loopback
server by ``cluster_dns`` (``socket.getaddrinfo`` only: the HTTP clients above it are real).
"""

from __future__ import annotations

import atexit
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import jinja2
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DAGS = REPO / "dags"
DIST_TEMPLATES = REPO / "dist" / "dev" / "spark-templates.yaml"
DAG_ID = "batch_feature_training"
if not DIST_TEMPLATES.is_file():
    raise RuntimeError(f"{DIST_TEMPLATES} is missing: run `make synth` (the DAG tests use the synthesized specs only)")

# Must happen before anything imports airflow (it reads its config at import time).
_HOME = tempfile.mkdtemp(prefix="airflow-home-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ.update(
    {
        "AIRFLOW_HOME": _HOME,
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{_HOME}/airflow.db",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        # the platform configures the default connection the same way (in-cluster service account)
        "AIRFLOW_CONN_KUBERNETES_DEFAULT": json.dumps({"conn_type": "kubernetes", "extra": {"in_cluster": True}}),
    }
)
for _var in ("MLOPS_ENVIRONMENT", "MLOPS_SPARK_TEMPLATES"):  # the DAG's default: dist/dev/spark-templates.yaml
    os.environ.pop(_var, None)


@pytest.fixture(scope="session")
def airflow_db():
    """A migrated SQLite metadata DB (what ``airflow db migrate`` does)."""
    from airflow.utils import db

    db.resetdb()
    return _HOME


@pytest.fixture(scope="session")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS))


@pytest.fixture(scope="session")
def dag(dagbag):
    assert dagbag.import_errors == {}
    return dagbag.dags[DAG_ID]


@pytest.fixture(scope="session")
def dag_module(dag):
    return sys.modules[dag.tasks[0].__class__.__module__]


# --------------------------------------------------------------------------------------------
# What the DAG must send
# --------------------------------------------------------------------------------------------

SPARK_API = {"group": "sparkoperator.k8s.io", "version": "v1beta2", "namespace": "processing-jobs",
             "plural": "sparkapplications"}
RESTRICTED = {
    "allowPrivilegeEscalation": False,
    "capabilities": {"drop": ["ALL"]},
    "privileged": False,
    "readOnlyRootFilesystem": False,
    "runAsNonRoot": True,
    "seccompProfile": {"type": "RuntimeDefault"},
}


def synthesized(path=DIST_TEMPLATES) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in yaml.safe_load_all(path.read_text()) if d}


def render(node, ctx):
    """Jinja-render every string like Airflow does for template_spec (unknown names fail)."""
    if isinstance(node, dict):
        return {k: render(v, ctx) for k, v in node.items()}
    if isinstance(node, list):
        return [render(v, ctx) for v in node]
    if isinstance(node, str):
        return jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(node).render(**ctx)
    return node


def expected_submission(spec: dict, sent: dict, *, task_id: str, run_date: str) -> dict:
    """The synthesized spec, rendered (the DAG's day macro answering ``run_date``), plus exactly what
    SparkKubernetesOperator 10.25 adds.

    Provider additions: ``metadata.name`` gets a random 8-char suffix (unique per try),
    ``spec.labels`` / driver / executor labels get the task-instance labels used to reattach,
    driver / executor env get ``SPARK_APPLICATION_NAME``.
    """
    exp = render(copy.deepcopy(spec), {"last_complete_day": lambda end: run_date, "data_interval_end": None})
    name = sent["metadata"]["name"]
    assert re.fullmatch(re.escape(spec["metadata"]["name"]) + r"-[a-z0-9]{8}", name), name
    exp["metadata"]["name"] = name
    ti_labels = sent["spec"]["labels"]
    assert set(ti_labels) == {"dag_id", "task_id", "run_id", "spark_kubernetes_operator", "try_number"}
    assert ti_labels["dag_id"] == "batch_feature_training"
    assert ti_labels["task_id"] == task_id
    exp["spec"]["labels"] = {**spec["spec"].get("labels", {}), **ti_labels}
    for role in ("driver", "executor"):
        part = exp["spec"].setdefault(role, {})
        part["labels"] = {**(part.get("labels") or {}), **ti_labels}
        part["env"] = (part.get("env") or []) + [{"name": "SPARK_APPLICATION_NAME", "value": name}]
    return exp



# --------------------------------------------------------------------------------------------
# Fake Kubernetes API
# --------------------------------------------------------------------------------------------


def _now():
    return datetime.now(UTC)


def _selector_matches(labels: dict, selector: str | None) -> bool:
    for term in filter(None, (selector or "").split(",")):
        if term.startswith("!"):
            if term[1:] in labels:
                return False
        elif "!=" in term:
            k, v = term.split("!=", 1)
            if labels.get(k) == v:
                return False
        else:
            k, v = term.split("=", 1)
            if labels.get(k) != v:
                return False
    return True


def _field_selector_matches(pod: dict, selector: str | None) -> bool:
    for term in filter(None, (selector or "").split(",")):
        m = re.fullmatch(r"status\.phase(!=|=)(\w+)", term)
        assert m, f"fake API: unsupported field selector {term!r}"
        phase = pod["status"]["phase"]
        if (m.group(1) == "=") != (phase == m.group(2)):
            return False
    return True


class _LogStream:
    """What ``read_namespaced_pod_log(..., _preload_content=False)`` returns (a urllib3 response)."""

    def __init__(self, text: str, timestamps: bool):
        stamp = _now().strftime("%Y-%m-%dT%H:%M:%S.%fZ ") if timestamps else ""
        self._data = "".join(f"{stamp}{line}\n" for line in text.splitlines()).encode()

    def stream(self, amt=None, decode_content=True):
        if self._data:
            yield self._data

    def __iter__(self):
        return iter(self._data.splitlines(keepends=True))

    def release_conn(self):
        pass

    def close(self):
        pass


class FakeKubernetes:
    """An in-memory API server: SparkApplications, pods, logs, deployments. No exec: the
    airflow-worker Role grants no ``pods/exec``, so any exec call fails the test.

    ``spark_state``: ``status.applicationState.state`` the Spark operator reports once submitted.
    ``driver_exit_code``: exit code of every Spark driver container (0 -> pod Succeeded).
    The gate pod's container command is really executed: ``python`` on PATH runs the repository's
    ``jobs/spark/promotion_gate.py`` (for ``/opt/spark/jobs/promotion_gate.py``) with the Spark venv,
    against the test MLflow server (``services``: cluster ``host:port`` -> loopback ``host:port``).
    """

    def __init__(self, tmp_path: Path, services: dict[str, str]):
        self.tmp = tmp_path
        self.services = services
        self.spark_state = "RUNNING"
        self.driver_exit_code = 0
        self.calls: list[tuple[str, dict]] = []
        self.spark_apps: dict[tuple[str, str], dict] = {}
        self.pods: dict[tuple[str, str], dict] = {}
        self.logs: dict[tuple[str, str, str], str] = {}
        self.gate_runs: list[dict] = []

    def calls_to(self, method: str) -> list[dict]:
        return [kw for m, kw in self.calls if m == method]

    # --- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _to_model(obj: dict, klass: str):
        from kubernetes.client import ApiClient

        return ApiClient()._ApiClient__deserialize(copy.deepcopy(obj), klass)

    def _api_error(self, status: int, reason: str):
        from kubernetes.client.rest import ApiException

        return ApiException(status=status, reason=reason)

    @staticmethod
    def _terminated(name: str, exit_code: int) -> dict:
        return {
            "name": name,
            "ready": False,
            "restartCount": 0,
            "image": "x",
            "imageID": "",
            "state": {
                "terminated": {
                    "exitCode": exit_code,
                    "reason": "Completed" if exit_code == 0 else "Error",
                    "startedAt": _now().isoformat(),
                    "finishedAt": _now().isoformat(),
                }
            },
        }

    # --- CustomObjectsApi ----------------------------------------------------------------------
    def create_namespaced_custom_object(self, api, group, version, namespace, plural, body, **kw):
        self.calls.append(
            ("create_namespaced_custom_object",
             {"group": group, "version": version, "namespace": namespace, "plural": plural, "body": copy.deepcopy(body)})
        )
        name = body["metadata"]["name"]
        if (namespace, name) in self.spark_apps:
            raise self._api_error(409, "AlreadyExists")
        obj = copy.deepcopy(body)
        obj["metadata"].setdefault("uid", f"uid-{name}")
        self.spark_apps[(namespace, name)] = obj
        # what the Spark operator then does: start the driver pod (here: already finished)
        driver = obj["spec"].get("driver", {})
        ok = self.driver_exit_code == 0
        labels = {**(driver.get("labels") or {}), "spark-role": "driver", "sparkoperator.k8s.io/app-name": name}
        pod_name = f"{name}-driver"
        self.pods[(namespace, pod_name)] = {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {"name": pod_name, "namespace": namespace, "labels": labels,
                         "creationTimestamp": _now().isoformat()},
            "spec": {"containers": [{"name": "spark-kubernetes-driver", "image": obj["spec"].get("image")}]},
            "status": {
                "phase": "Succeeded" if ok else "Failed",
                "containerStatuses": [self._terminated("spark-kubernetes-driver", self.driver_exit_code)],
            },
        }
        self.logs[(namespace, pod_name, "spark-kubernetes-driver")] = f"spark driver of {name}: done\n"
        return copy.deepcopy(obj)

    def get_namespaced_custom_object_status(self, api, group, version, namespace, plural, name, **kw):
        self.calls.append(("get_namespaced_custom_object_status", {"namespace": namespace, "name": name}))
        if (namespace, name) not in self.spark_apps:
            raise self._api_error(404, "NotFound")
        obj = copy.deepcopy(self.spark_apps[(namespace, name)])
        obj["status"] = {"applicationState": {"state": self.spark_state}}
        if self.spark_state == "FAILED":
            obj["status"]["applicationState"]["errorMessage"] = "driver container failed with ExitCode: 1"
        return obj

    def delete_namespaced_custom_object(self, api, group, version, namespace, plural, name, **kw):
        self.calls.append(
            ("delete_namespaced_custom_object",
             {"group": group, "version": version, "namespace": namespace, "plural": plural, "name": name})
        )
        if self.spark_apps.pop((namespace, name), None) is None:
            raise self._api_error(404, "NotFound")
        self.pods.pop((namespace, f"{name}-driver"), None)
        return {}

    # --- CoreV1Api -----------------------------------------------------------------------------
    def list_namespaced_pod(self, api, namespace, label_selector=None, field_selector=None, **kw):
        from kubernetes.client import V1PodList

        self.calls.append(("list_namespaced_pod", {"namespace": namespace, "label_selector": label_selector}))
        items = [
            self._to_model(p, "V1Pod")
            for (ns, _), p in self.pods.items()
            if ns == namespace
            and _selector_matches(p["metadata"].get("labels") or {}, label_selector)
            and _field_selector_matches(p, field_selector)
        ]
        return V1PodList(items=items)

    def read_namespaced_pod(self, api, name, namespace, **kw):
        if (namespace, name) not in self.pods:
            raise self._api_error(404, "NotFound")
        return self._to_model(self.pods[(namespace, name)], "V1Pod")

    def read_namespaced_pod_log(self, api, name, namespace, container=None, timestamps=False, **kw):
        self.calls.append(("read_namespaced_pod_log", {"name": name, "namespace": namespace, "container": container}))
        return _LogStream(self.logs.get((namespace, name, container), ""), timestamps)

    def patch_namespaced_pod(self, api, name, namespace, body, **kw):
        self.calls.append(("patch_namespaced_pod", {"name": name, "namespace": namespace}))
        pod = self.pods.get((namespace, name))
        if pod is None:
            raise self._api_error(404, "NotFound")
        body = body if isinstance(body, dict) else api.api_client.sanitize_for_serialization(body)
        pod["metadata"].setdefault("labels", {}).update((body.get("metadata") or {}).get("labels") or {})
        return self._to_model(pod, "V1Pod")

    def delete_namespaced_pod(self, api, name, namespace, **kw):
        self.calls.append(("delete_namespaced_pod", {"name": name, "namespace": namespace}))
        if self.pods.pop((namespace, name), None) is None:
            raise self._api_error(404, "NotFound")
        return {}

    def list_namespaced_event(self, api, namespace, **kw):
        from kubernetes.client import CoreV1EventList

        return CoreV1EventList(items=[])

    def create_namespaced_pod(self, api, namespace, body, **kw):
        """Accept the pod and run its container's command right here (the gate), to completion."""
        body = copy.deepcopy(body if isinstance(body, dict) else api.api_client.sanitize_for_serialization(body))
        self.calls.append(("create_namespaced_pod", {"namespace": namespace, "body": copy.deepcopy(body)}))
        name = body["metadata"]["name"]
        if (namespace, name) in self.pods:
            raise self._api_error(409, "AlreadyExists")
        (base,) = body["spec"]["containers"]  # no XCom sidecar
        bin_dir = self.tmp / f"bin-{name}"
        bin_dir.mkdir()
        stub = bin_dir / "python"
        stub.write_text(f"#!/bin/sh\nexec {SPARK_PYTHON} {HERE / 'in_pod.py'} \"$@\"\n")
        stub.chmod(0o755)
        env = {e["name"]: e.get("value", "") for e in base.get("env") or []}
        proc = subprocess.run(
            [*base.get("command", []), *base.get("args", [])],
            env={**env, "PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(self.tmp),
                 "MLOPS_TEST_REPO": str(REPO), "MLOPS_TEST_SERVICES": json.dumps(self.services)},
            capture_output=True,
            text=True,
            timeout=180,
        )
        self.gate_runs.append({"pod": name, "argv": [*base.get("command", []), *base.get("args", [])],
                               "env": env, "exit_code": proc.returncode,
                               "stdout": proc.stdout, "stderr": proc.stderr})
        self.logs[(namespace, name, base["name"])] = proc.stdout + proc.stderr
        body.setdefault("status", {}).update({
            "phase": "Succeeded" if proc.returncode == 0 else "Failed",
            "containerStatuses": [self._terminated(base["name"], proc.returncode)]})
        self.pods[(namespace, name)] = body
        return self._to_model(body, "V1Pod")

    def connect_get_namespaced_pod_exec(self, api, name, namespace, command=None, container=None, **kw):
        self.calls.append(("connect_get_namespaced_pod_exec", {"name": name, "namespace": namespace}))
        raise self._api_error(403, "Forbidden: airflow-worker may not create pods/exec")

    # --- AppsV1Api -------------------------------------------------------------------------------
    def patch_namespaced_deployment(self, api, name, namespace, body, **kw):
        self.calls.append(("patch_namespaced_deployment", {"name": name, "namespace": namespace, "body": copy.deepcopy(body)}))
        return {"metadata": {"name": name, "namespace": namespace}}


# --------------------------------------------------------------------------------------------
# A real MLflow server (the Spark jobs' venv has MLflow), and the cluster's Service name for it
# --------------------------------------------------------------------------------------------

HERE = Path(__file__).resolve().parent


def _spark_python() -> str:
    out = subprocess.run([str(REPO / "scripts" / "venv.sh"), "spark"], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"`scripts/venv.sh spark` failed (the DAG tests run the gate and MLflow with it):\n"
                           f"{out.stderr[-2000:]}")
    return str(Path(out.stdout.strip()) / "bin" / "python")


SPARK_PYTHON = _spark_python()


def cluster_mlflow() -> tuple[str, int]:
    """host, port of MLFLOW_TRACKING_URI in the synthesized model-training spec."""
    from urllib.parse import urlsplit

    env = synthesized()["model-training"]["spec"]["driver"]["env"]
    (uri,) = [e["value"] for e in env if e["name"] == "MLFLOW_TRACKING_URI"]
    u = urlsplit(uri)
    return u.hostname, u.port


def platform_mlflow_allowed_hosts() -> list[str]:
    """serverAllowedHosts of the synthesized MLflow chart values (`make synth`)."""
    values = yaml.safe_load((DIST_TEMPLATES.parent / "helm-values" / "mlflow.yaml").read_text())
    return list(values.get("serverAllowedHosts") or [])


class MlflowRegistry:
    """Seeds the registry through tests/dags/mlflow_seed.py (run with the Spark venv's MLflow client)."""

    def __init__(self, uri: str):
        self.uri = uri

    def seed(self, *versions: dict) -> list[str]:
        """Resets the model of the synthesized spec and registers ``versions`` in order: each
        ``{"test_auc": x, "champion_test_auc": y | None, "alias": "champion" | "challenger"}``."""
        out = subprocess.run([SPARK_PYTHON, str(HERE / "mlflow_seed.py"), self.uri, model_name(),
                              json.dumps(list(versions))], capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr[-3000:]
        return json.loads(out.stdout.strip().splitlines()[-1])

    def version_of(self, alias: str) -> dict:
        import urllib.parse
        import urllib.request

        q = urllib.parse.urlencode({"name": model_name(), "alias": alias})
        with urllib.request.urlopen(f"{self.uri}/api/2.0/mlflow/registered-models/alias?{q}", timeout=10) as r:
            mv = json.load(r)["model_version"]
        return {"version": mv["version"], "tags": {t["key"]: t["value"] for t in mv.get("tags", [])}}


def model_name() -> str:
    args = synthesized()["model-training"]["spec"]["arguments"]
    return args[args.index("--model-name") + 1]


@pytest.fixture(scope="session")
def mlflow_server(tmp_path_factory):
    import socket
    import time
    import urllib.request

    work = tmp_path_factory.mktemp("mlflow")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = work / "mlflow.log"
    cmd = [str(Path(SPARK_PYTHON).parent / "mlflow"), "server", "--host", "127.0.0.1", "--port", str(port),
           "--workers", "1", "--backend-store-uri", f"sqlite:///{work / 'mlflow.db'}",
           "--serve-artifacts", "--artifacts-destination", f"file://{work / 'artifacts'}",
           # MLflow refuses Host headers it does not know (DNS-rebinding protection): the server gets
           # exactly the platform's list (dist/dev/helm-values/mlflow.yaml serverAllowedHosts), plus this
           # test's loopback address; the DAG's clients send the Service name of the tracking URI.
           "--allowed-hosts", ",".join([*platform_mlflow_allowed_hosts(), f"127.0.0.1:{port}", f"localhost:{port}"])]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "MLFLOW"))}
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=work, env=env, start_new_session=True)
    uri = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while True:
        try:
            with urllib.request.urlopen(f"{uri}/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"mlflow server did not start:\n{log.read_text()[-3000:]}")
        time.sleep(0.5)
    yield MlflowRegistry(uri)
    import signal

    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture
def cluster_dns(mlflow_server, monkeypatch):
    """The MLflow Service name of the synthesized specs resolves to the loopback test server."""
    import socket
    from urllib.parse import urlsplit

    host, cport = cluster_mlflow()
    local = urlsplit(mlflow_server.uri)
    real = socket.getaddrinfo

    def getaddrinfo(h, p, *a, **kw):
        if h == host and int(p or 0) == cport:
            return real(local.hostname, local.port, *a, **kw)
        return real(h, p, *a, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return {f"{host}:{cport}": f"{local.hostname}:{local.port}"}


@pytest.fixture
def fake_k8s(tmp_path, monkeypatch, cluster_dns):
    """Fake API methods + a fake in-cluster service-account mount (so config loading runs for real)."""
    import kubernetes.config.incluster_config as incluster
    from kubernetes import client

    sa = tmp_path / "serviceaccount"
    sa.mkdir()
    (sa / "token").write_text("fake-token")
    (sa / "ca.crt").write_text("-----BEGIN CERTIFICATE-----\nfake\n-----END CERTIFICATE-----\n")
    monkeypatch.setattr(incluster, "SERVICE_TOKEN_FILENAME", str(sa / "token"))
    monkeypatch.setattr(incluster, "SERVICE_CERT_FILENAME", str(sa / "ca.crt"))
    monkeypatch.setenv("KUBERNETES_SERVICE_HOST", "127.0.0.1")
    monkeypatch.setenv("KUBERNETES_SERVICE_PORT", "1")

    fake = FakeKubernetes(tmp_path, cluster_dns)
    patched = {
        client.CustomObjectsApi: ["create_namespaced_custom_object", "get_namespaced_custom_object_status",
                                  "delete_namespaced_custom_object"],
        client.CoreV1Api: ["list_namespaced_pod", "read_namespaced_pod", "read_namespaced_pod_log",
                           "patch_namespaced_pod", "delete_namespaced_pod", "list_namespaced_event",
                           "create_namespaced_pod", "connect_get_namespaced_pod_exec"],
        client.AppsV1Api: ["patch_namespaced_deployment"],
    }
    for cls, methods in patched.items():
        for m in methods:
            impl = getattr(fake, m)
            monkeypatch.setattr(cls, m, lambda api, *a, _impl=impl, **kw: _impl(api, *a, **kw))
    return fake
