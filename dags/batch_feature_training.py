"""Batch ML pipeline: Spark feature engineering -> Spark MLlib training -> promotion gate -> serving rollout.

Airflow 3 DAG ``batch_feature_training``::

    feature_engineering >> model_training >> promotion_gate >> deploy_champion

* ``feature_engineering`` / ``model_training`` submit the SparkApplications ``feature-engineering`` /
  ``model-training`` exactly as cdk8s synthesized them into ``dist/<env>/spark-templates.yaml``
  (located as described at ``templates_path``), rendered by Jinja (``{{ ds }}`` in ``spec.arguments``). The
  file is read when the task renders its templates, never while the DAG file is parsed.
* ``promotion_gate`` runs ``promotion_gate.py`` in the Spark job image. Image, namespace, MLflow URI
  and model name are read from the synthesized ``model-training`` spec at render time.
* ``deploy_champion`` restarts Deployment ``model-serving`` (namespace ``ml-lifecycle``), the way
  ``kubectl rollout restart`` does, only when the gate promoted.

Gate -> deploy contract: ``promotion_gate.py`` exits 0 whenever it reached a decision (promote or
reject; non-zero means it could not decide, and the task fails) and prints the decision as a JSON
object on its LAST stdout line, at least ``{"promoted": true|false}`` (more keys, e.g. ``version``,
``reason``, are passed through). The pod's shell wrapper (``GATE_WRAPPER``) copies that line to
``/airflow/xcom/return.json``; the KubernetesPodOperator's XCom sidecar returns it as the task's
XCom; ``deploy_champion`` receives it as its argument and skips itself (state ``skipped``) unless
``promoted`` is ``true``.
"""

from __future__ import annotations

import copy
import functools
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator
from airflow.providers.cncf.kubernetes.operators.spark_kubernetes import SparkKubernetesOperator
from airflow.sdk import DAG, task
from airflow.sdk.exceptions import AirflowSkipException

DAG_ID = "batch_feature_training"
JOBS_NAMESPACE = "processing-jobs"
FEATURE_APP = "feature-engineering"
TRAINING_APP = "model-training"
SERVING_NAMESPACE = "ml-lifecycle"
SERVING_DEPLOYMENT = "model-serving"
RESTARTED_AT_ANNOTATION = "kubectl.kubernetes.io/restartedAt"
GATE_MIN_IMPROVEMENT_VARIABLE = "promotion_gate_min_improvement"
GATE_METRIC = "test_auc"

# Runs the gate command ("$@"), shows its output in the task log, fails with its exit code, and
# publishes its last stdout line (the JSON decision) as the XCom. Plain POSIX sh (no pipefail), so
# the output goes through a file in the XCom emptyDir, which is writable under a read-only root fs.
GATE_WRAPPER = r"""
xcom_dir="${AIRFLOW_XCOM_DIR:-/airflow/xcom}"
out="$xcom_dir/gate-stdout.log"
"$@" > "$out"
rc=$?
cat "$out"
if [ "$rc" -ne 0 ]; then
  echo "promotion gate exited with $rc" >&2
  exit "$rc"
fi
tail -n 1 "$out" > "$xcom_dir/return.json"
"""

# --- The synthesized SparkApplication specs (read at task run time, cached) ---------------------
ENV_ENVIRONMENT = "MLOPS_ENVIRONMENT"
ENV_TEMPLATES = "MLOPS_SPARK_TEMPLATES"
DEFAULT_ENVIRONMENT = "dev"
API_VERSION = "sparkoperator.k8s.io/v1beta2"
KIND = "SparkApplication"
REPO_ROOT = Path(__file__).resolve().parents[1]  # <repo>/dags/batch_feature_training.py
# SparkKubernetesOperator.template_ext: Jinja treats any templated string ending like this as a
# template *file* name and fails with TemplateNotFound, so such strings are rejected up front.
_TEMPLATE_FILE_SUFFIXES = ("yaml", "yml", "json")


class SyntheticSpecError(ValueError):
    """The synthesized file is missing, malformed, or lacks a field the DAG needs."""


def templates_path() -> Path:
    override = os.environ.get(ENV_TEMPLATES)
    if override:
        return Path(override)
    env = os.environ.get(ENV_ENVIRONMENT) or DEFAULT_ENVIRONMENT
    return REPO_ROOT / "dist" / env / "spark-templates.yaml"


def _check_strings(node: Any, where: str, path: Path) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            _check_strings(v, f"{where}.{k}", path)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _check_strings(v, f"{where}[{i}]", path)
    elif isinstance(node, str) and node.endswith(_TEMPLATE_FILE_SUFFIXES):
        raise SyntheticSpecError(
            f"{path}: {where} = {node!r} ends with one of {_TEMPLATE_FILE_SUFFIXES}; "
            "SparkKubernetesOperator would load it as a Jinja template file. "
            "Pass it through sparkConf/env or end it differently."
        )


@functools.lru_cache(maxsize=8)
def _load(path_str: str, _mtime_ns: int, _size: int) -> dict[str, dict]:
    import yaml  # imported here: parsing the DAG file needs no YAML

    path = Path(path_str)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        docs = [d for d in yaml.load_all(fh, Loader=loader) if d is not None]
    apps: dict[str, dict] = {}
    for i, doc in enumerate(docs):
        if not isinstance(doc, dict) or doc.get("kind") != KIND:
            continue
        name = (doc.get("metadata") or {}).get("name")
        if doc.get("apiVersion") != API_VERSION:
            raise SyntheticSpecError(
                f"{path}: document {i} ({name}) has apiVersion {doc.get('apiVersion')!r}, expected {API_VERSION!r}"
            )
        if not name or name in apps:
            raise SyntheticSpecError(f"{path}: document {i} has a missing or duplicate metadata.name {name!r}")
        if not isinstance(doc.get("spec"), dict):
            raise SyntheticSpecError(f"{path}: {name} has no spec")
        _check_strings(doc["spec"], f"{name}.spec", path)
        apps[name] = doc
    return apps


def spark_applications(path: str | os.PathLike | None = None) -> dict[str, dict]:
    """All SparkApplications in the synthesized file, by ``metadata.name`` (shared cache: don't mutate)."""
    p = Path(path) if path is not None else templates_path()
    try:
        st = p.stat()
    except FileNotFoundError:
        raise SyntheticSpecError(
            f"synthesized SparkApplication specs not found at {p}: synthesize dist/<env>/ with cdk8s, "
            f"or set {ENV_ENVIRONMENT} (default {DEFAULT_ENVIRONMENT!r}) or {ENV_TEMPLATES}"
        ) from None
    return _load(str(p), st.st_mtime_ns, st.st_size)


def spark_application(name: str, path: str | os.PathLike | None = None) -> dict:
    """A deep copy of the synthesized SparkApplication ``name`` (safe to hand to an operator)."""
    apps = spark_applications(path)
    if name not in apps:
        raise SyntheticSpecError(
            f"no SparkApplication named {name!r} in {path or templates_path()} (found: {sorted(apps)})"
        )
    return copy.deepcopy(apps[name])


class SynthesizedMacros:
    """Jinja macros (``{{ synthesized.image('model-training') }}``) reading the synthesized specs at render time."""

    def image(self, app: str) -> str:
        image = spark_application(app)["spec"].get("image")
        if not image:
            raise SyntheticSpecError(f"SparkApplication {app!r} has no spec.image")
        return image

    def namespace(self, app: str) -> str:
        return spark_application(app)["metadata"]["namespace"]

    def driver_env(self, app: str, var: str) -> str:
        for item in spark_application(app)["spec"].get("driver", {}).get("env") or []:
            if item.get("name") == var and "value" in item:
                return str(item["value"])
        raise SyntheticSpecError(f"SparkApplication {app!r} has no literal spec.driver.env {var!r}")

    def argument(self, app: str, flag: str) -> str:
        """The value following ``flag`` in ``spec.arguments`` (``[..., "--model-name", "x", ...]``)."""
        args = [str(a) for a in spark_application(app)["spec"].get("arguments") or []]
        for i, arg in enumerate(args):
            if arg == flag and i + 1 < len(args):
                return args[i + 1]
            if arg.startswith(flag + "="):
                return arg.split("=", 1)[1]
        raise SyntheticSpecError(f"SparkApplication {app!r} has no {flag} in spec.arguments")


# --- The DAG ------------------------------------------------------------------------------------

RESTRICTED_CONTAINER = {
    "allowPrivilegeEscalation": False,
    "capabilities": {"drop": ["ALL"]},
    "runAsNonRoot": True,
    "seccompProfile": {"type": "RuntimeDefault"},
}
RESTRICTED_POD = {
    "runAsNonRoot": True,
    "runAsUser": 185,  # the Spark image's `spark` user; also runs the (alpine) XCom sidecar as non-root
    "runAsGroup": 185,
    "seccompProfile": {"type": "RuntimeDefault"},
}


class SynthesizedSparkApplicationOperator(SparkKubernetesOperator):
    """``SparkKubernetesOperator`` whose ``template_spec`` is the synthesized SparkApplication ``application``.

    The spec is (re)read when templates are rendered, i.e. at task run time, then rendered by
    Jinja like any ``template_spec`` (a templated field of the provider's operator).
    """

    def __init__(self, *, application: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.application = application

    def render_template_fields(self, context, jinja_env=None) -> None:
        spec = spark_application(self.application)
        spec_namespace = spec.get("metadata", {}).get("namespace")
        if spec_namespace != self.namespace:
            raise ValueError(
                f"synthesized SparkApplication {self.application!r} is in namespace {spec_namespace!r}, "
                f"the DAG submits to {self.namespace!r}"
            )
        self.template_spec = spec
        super().render_template_fields(context, jinja_env)


def _spark_task(task_id: str, application: str, timeout: timedelta) -> SynthesizedSparkApplicationOperator:
    return SynthesizedSparkApplicationOperator(
        task_id=task_id,
        application=application,
        namespace=JOBS_NAMESPACE,
        get_logs=True,
        delete_on_termination=True,
        startup_timeout_seconds=600,
        execution_timeout=timeout,
    )


with DAG(
    dag_id=DAG_ID,
    description="Spark feature engineering and training, MLflow promotion gate, serving rollout",
    schedule="@daily",
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    dagrun_timeout=timedelta(hours=6),
    default_args={
        "owner": "mlops",
        "retries": 2,
        "retry_delay": timedelta(minutes=5),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(minutes=30),
    },
    user_defined_macros={"synthesized": SynthesizedMacros()},
    tags=["mlops", "batch", "spark", "mlflow"],
    doc_md=__doc__,
) as dag:
    feature_engineering = _spark_task("feature_engineering", FEATURE_APP, timedelta(hours=1))
    model_training = _spark_task("model_training", TRAINING_APP, timedelta(hours=2))

    promotion_gate = KubernetesPodOperator(
        task_id="promotion_gate",
        name="promotion-gate",
        namespace=JOBS_NAMESPACE,
        image=f"{{{{ synthesized.image('{TRAINING_APP}') }}}}",
        cmds=["/bin/sh", "-c", GATE_WRAPPER, "promotion-gate"],
        arguments=[
            "python",
            "/opt/spark/jobs/promotion_gate.py",
            "--model-name",
            f"{{{{ synthesized.argument('{TRAINING_APP}', '--model-name') }}}}",
            "--metric",
            GATE_METRIC,
            "--min-improvement",
            f"{{{{ var.value.get('{GATE_MIN_IMPROVEMENT_VARIABLE}', '0.0') }}}}",
            "--higher-is-better",
        ],
        env_vars={
            "MLFLOW_TRACKING_URI": f"{{{{ synthesized.driver_env('{TRAINING_APP}', 'MLFLOW_TRACKING_URI') }}}}",
        },
        labels={"app.kubernetes.io/name": "promotion-gate", "app.kubernetes.io/part-of": "mlops-platform"},
        container_resources={
            "requests": {"cpu": "100m", "memory": "256Mi"},
            "limits": {"cpu": "1", "memory": "1Gi"},
        },
        security_context=RESTRICTED_POD,
        container_security_context=RESTRICTED_CONTAINER,
        xcom_sidecar_container_security_context=RESTRICTED_CONTAINER,
        automount_service_account_token=False,  # the gate talks to MLflow over HTTP only
        do_xcom_push=True,
        get_logs=True,
        on_finish_action="delete_pod",
        startup_timeout_seconds=300,
        execution_timeout=timedelta(minutes=20),
    )

    @task(task_id="deploy_champion", execution_timeout=timedelta(minutes=5))
    def deploy_champion(decision: dict | None) -> dict:
        """Roll out the new champion: ``kubectl rollout restart deployment/model-serving`` via the API."""
        if not isinstance(decision, dict) or decision.get("promoted") is not True:
            raise AirflowSkipException(f"promotion gate did not promote the challenger: {decision!r}")

        from kubernetes import client, config

        config.load_incluster_config()
        restarted_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        body = {"spec": {"template": {"metadata": {"annotations": {RESTARTED_AT_ANNOTATION: restarted_at}}}}}
        client.AppsV1Api().patch_namespaced_deployment(
            name=SERVING_DEPLOYMENT, namespace=SERVING_NAMESPACE, body=body
        )
        return {"deployment": f"{SERVING_NAMESPACE}/{SERVING_DEPLOYMENT}", "restartedAt": restarted_at}

    feature_engineering >> model_training >> promotion_gate
    deploy_champion(promotion_gate.output)
