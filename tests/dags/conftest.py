"""Real Airflow 3 on SQLite in a throw-away AIRFLOW_HOME, and a fake Kubernetes API server.

What is faked, and only that: the Kubernetes API *methods* of ``kubernetes.client.CoreV1Api``,
``CustomObjectsApi`` and ``AppsV1Api`` that the provider (and the deploy task) call, patched on
the classes. Everything above them is real: Airflow's scheduler loop in ``dag.test()``, the task
runner, Jinja rendering, XCom, the cncf-kubernetes provider's operators / hook / PodManager /
CustomObjectLauncher, the kubernetes client's in-cluster config loading (from a fake service
account mount) and its websocket ``stream()`` wrapper. The API server address is 127.0.0.1:1, so
any call this fake does not cover fails fast instead of reaching anything.
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
FIXTURE_TEMPLATES = Path(__file__).parent / "fixtures" / "spark-templates.yaml"
DAG_ID = "batch_feature_training"

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
        "MLOPS_SPARK_TEMPLATES": str(FIXTURE_TEMPLATES),
    }
)
os.environ.pop("MLOPS_ENVIRONMENT", None)


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
    "runAsNonRoot": True,
    "seccompProfile": {"type": "RuntimeDefault"},
}


def synthesized(path=FIXTURE_TEMPLATES) -> dict[str, dict]:
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


def expected_submission(spec: dict, sent: dict, *, task_id: str, ds: str) -> dict:
    """The synthesized spec, rendered, plus exactly what SparkKubernetesOperator 10.25 adds.

    Provider additions: ``metadata.name`` gets a random 8-char suffix (unique per try),
    ``spec.labels`` / driver / executor labels get the task-instance labels used to reattach,
    driver / executor env get ``SPARK_APPLICATION_NAME``.
    """
    exp = render(copy.deepcopy(spec), {"ds": ds, "ds_nodash": ds.replace("-", "")})
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


class _ExecSession:
    """What ``stream(connect_get_namespaced_pod_exec, ..., _preload_content=False)`` returns (a WSClient)."""

    def __init__(self, output: str | None):
        self._output = output  # None: an interactive shell (the sidecar kill), closes at once

    def run_forever(self, timeout=None):
        pass

    def is_open(self):
        return False

    def peek_stderr(self, timeout=0):
        return False

    def peek_stdout(self, timeout=0):
        return False

    def read_all(self):
        return self._output or ""

    def write_stdin(self, data):
        pass

    def update(self, timeout=0):
        pass

    def close(self, **kwargs):
        pass


class FakeKubernetes:
    """An in-memory API server: SparkApplications, pods, logs, exec, deployments.

    ``spark_state``: ``status.applicationState.state`` the Spark operator reports once submitted.
    ``driver_exit_code``: exit code of every Spark driver container (0 -> pod Succeeded).
    ``gate_stdout`` / ``gate_exit_code``: what the stand-in ``python /opt/spark/jobs/promotion_gate.py``
    prints and returns. The gate pod's container command is really executed (``/bin/sh``), with
    ``python`` on PATH being that stand-in and the pod's ``/airflow/xcom`` a temporary folder.
    """

    def __init__(self, tmp_path: Path):
        self.tmp = tmp_path
        self.spark_state = "RUNNING"
        self.driver_exit_code = 0
        self.gate_stdout = 'checking challenger\n{"promoted": true, "version": "7"}\n'
        self.gate_exit_code = 0
        self.calls: list[tuple[str, dict]] = []
        self.spark_apps: dict[tuple[str, str], dict] = {}
        self.pods: dict[tuple[str, str], dict] = {}
        self.logs: dict[tuple[str, str, str], str] = {}
        self.xcom_dirs: dict[tuple[str, str], Path] = {}
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
        """Accept the pod and run its main container's command right here (the gate)."""
        body = copy.deepcopy(body if isinstance(body, dict) else api.api_client.sanitize_for_serialization(body))
        self.calls.append(("create_namespaced_pod", {"namespace": namespace, "body": copy.deepcopy(body)}))
        name = body["metadata"]["name"]
        if (namespace, name) in self.pods:
            raise self._api_error(409, "AlreadyExists")
        base = body["spec"]["containers"][0]
        xcom_dir = self.tmp / f"xcom-{name}"
        xcom_dir.mkdir()
        bin_dir = self.tmp / f"bin-{name}"
        bin_dir.mkdir()
        stub = bin_dir / "python"
        stub.write_text(
            "#!/bin/sh\n"
            f"printf '%s\\n' \"$@\" > {self.tmp}/gate-argv-{name}\n"
            f"cat {self.tmp}/gate-stdout-{name}\n"
            f"exit {self.gate_exit_code}\n"
        )
        stub.chmod(0o755)
        (self.tmp / f"gate-stdout-{name}").write_text(self.gate_stdout)
        env = {e["name"]: e.get("value", "") for e in base.get("env") or []}
        proc = subprocess.run(
            [*base.get("command", []), *base.get("args", [])],
            env={**env, "PATH": f"{bin_dir}:/usr/bin:/bin", "AIRFLOW_XCOM_DIR": str(xcom_dir)},
            capture_output=True,
            text=True,
            timeout=30,
        )
        argv = (self.tmp / f"gate-argv-{name}").read_text().splitlines()
        self.gate_runs.append({"pod": name, "argv": argv, "env": env, "exit_code": proc.returncode,
                               "stdout": proc.stdout, "stderr": proc.stderr})
        self.xcom_dirs[(namespace, name)] = xcom_dir
        self.logs[(namespace, name, base["name"])] = proc.stdout + proc.stderr
        statuses = [self._terminated(base["name"], proc.returncode)]
        for c in body["spec"]["containers"][1:]:  # the XCom sidecar keeps running until killed
            statuses.append({"name": c["name"], "ready": True, "restartCount": 0, "image": "x", "imageID": "",
                             "state": {"running": {"startedAt": _now().isoformat()}}})
        body.setdefault("status", {}).update({"phase": "Running", "containerStatuses": statuses})
        self.pods[(namespace, name)] = body
        return self._to_model(body, "V1Pod")

    def connect_get_namespaced_pod_exec(self, api, name, namespace, command=None, container=None, **kw):
        self.calls.append(("connect_get_namespaced_pod_exec",
                           {"name": name, "namespace": namespace, "container": container, "command": command}))
        if command and command[:2] == ["/bin/sh", "-c"] and "return.json" in command[2]:
            f = self.xcom_dirs[(namespace, name)] / "return.json"
            return _ExecSession(f.read_text() if f.exists() and f.stat().st_size else "__airflow_xcom_result_empty__")
        return _ExecSession(None)

    # --- AppsV1Api -------------------------------------------------------------------------------
    def patch_namespaced_deployment(self, api, name, namespace, body, **kw):
        self.calls.append(("patch_namespaced_deployment", {"name": name, "namespace": namespace, "body": copy.deepcopy(body)}))
        return {"metadata": {"name": name, "namespace": namespace}}


@pytest.fixture
def fake_k8s(tmp_path, monkeypatch):
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

    fake = FakeKubernetes(tmp_path)
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
