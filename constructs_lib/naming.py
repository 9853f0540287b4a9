"""Names and labels: the only place that decides how platform objects are named and labelled."""
from __future__ import annotations

PART_OF = "mlops-platform"
MANAGED_BY = "cdk8s"


def labels(component: str, *, name: str | None = None, environment: str | None = None) -> dict[str, str]:
    """Standard `app.kubernetes.io/*` labels for an object of a platform component."""
    result = {
        "app.kubernetes.io/name": name or component,
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/part-of": PART_OF,
        "app.kubernetes.io/managed-by": MANAGED_BY,
    }
    if environment:
        result["mlops.platform/environment"] = environment
    return result


def selector(component: str, *, name: str | None = None) -> dict[str, str]:
    """The subset of `labels()` that is stable enough to select pods by."""
    return {"app.kubernetes.io/name": name or component, "app.kubernetes.io/part-of": PART_OF}


# Service accounts every chart agrees on (RBAC is granted to exactly these).
SPARK_DRIVER_SA = "spark-driver"
FLINK_SA = "flink"
AIRFLOW_WORKER_SA = "airflow-worker"
MLFLOW_SA = "mlflow"
MODEL_SERVING_SA = "model-serving"

# Workload objects the DAG and RBAC refer to.
SPARK_FEATURE_APP = "feature-engineering"
SPARK_TRAINING_APP = "model-training"
FLINK_DEPLOYMENT = "user-activity-features"
MODEL_SERVING_DEPLOYMENT = "model-serving"
