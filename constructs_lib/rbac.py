"""ServiceAccounts and least-privilege RBAC for the platform workloads.

No wildcards, no ClusterRoles, no bindings to the built-in edit/admin/cluster-admin roles: every rule
below is the smallest set the workload's own code calls (sources in the comments), in one namespace.
"""
from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct
from cdk8s_plus_28 import k8s

from constructs_lib import naming
from constructs_lib.config import PlatformConfig

READ = ["get", "list", "watch"]


@dataclass(frozen=True)
class Rule:
    api_group: str
    resources: tuple[str, ...]
    verbs: tuple[str, ...]
    resource_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Grant:
    """A Role in `namespace` bound to ServiceAccount `subject_namespace:subject`."""

    name: str
    namespace: str
    subject: str
    subject_namespace: str
    rules: tuple[Rule, ...]


def grants(config: PlatformConfig) -> list[Grant]:
    ns = config.namespaces
    jobs = ns.processing_jobs
    return [
        # Spark driver manages its executors (pods), their headless service, the executor ConfigMap and
        # on-demand PVCs; the Kubeflow chart's own spark Role grants the same resources
        # (kubeflow/spark-operator charts/spark-operator-chart/templates/spark/rbac.yaml), minus `update`
        # which the driver never calls. deletecollection: cleanup by label selector at shutdown.
        Grant(naming.SPARK_DRIVER_SA, jobs, naming.SPARK_DRIVER_SA, jobs, (
            Rule("", ("pods",), ("create", "get", "list", "watch", "patch", "delete", "deletecollection")),
            Rule("", ("services", "configmaps", "persistentvolumeclaims"),
                 ("create", "get", "list", "watch", "delete", "deletecollection")),
        )),
        # Flink native Kubernetes: the JobManager creates/deletes TaskManager pods, Kubernetes HA keeps leader
        # election and job metadata in ConfigMaps, TaskManager pods are owned by the JobManager Deployment
        # (blockOwnerDeletion needs update on deployments/finalizers) which the JobManager deletes when the
        # application ends. Source: the operator's job role, apache/flink-kubernetes-operator
        # helm/flink-kubernetes-operator/templates/rbac/_helpers.tpl `flink-operator.jobRbacRules`, with
        # create/update/patch on deployments dropped (the operator, not the job, creates the Deployment).
        Grant(naming.FLINK_SA, jobs, naming.FLINK_SA, jobs, (
            Rule("", ("pods", "configmaps"), ("get", "list", "watch", "create", "update", "patch", "delete")),
            Rule("apps", ("deployments",), ("get", "list", "watch", "delete")),
            Rule("apps", ("deployments/finalizers",), ("update",)),
        )),
        # Airflow workers (orchestration) launch jobs in processing-jobs. apache/airflow providers/cncf/
        # kubernetes 10.25: custom_object_launcher.py create/get-status/delete_namespaced_custom_object on
        # sparkapplications (no patch); spark_kubernetes.py find_spark_job lists driver pods and
        # patch_already_checked patches the pod; pod_manager reads pods, pods/log and lists events
        # KubernetesPodOperator: the promotion gate pod is created and deleted. No pods/exec: the gate
        # records its decision in MLflow and the deploy step reads it there (do_xcom_push=False, so no
        # XCom sidecar to exec into); exec would open every pod's environment here (Kafka, S3 secrets).
        Grant(f"{naming.AIRFLOW_WORKER_SA}-jobs", jobs, naming.AIRFLOW_WORKER_SA, ns.orchestration, (
            Rule("sparkoperator.k8s.io", ("sparkapplications",), ("create", "get", "list", "watch", "delete")),
            Rule("sparkoperator.k8s.io", ("sparkapplications/status",), ("get",)),
            Rule("", ("pods",), ("create", "get", "list", "watch", "patch", "delete")),
            Rule("", ("pods/log",), ("get",)),
            Rule("", ("events",), ("list", "watch")),
        )),
        # The DAG's rollout-restart step: patch the pod template annotation of the serving Deployment only.
        Grant(f"{naming.AIRFLOW_WORKER_SA}-rollout", ns.ml_lifecycle, naming.AIRFLOW_WORKER_SA, ns.orchestration, (
            Rule("apps", ("deployments",), ("get", "patch"), (naming.MODEL_SERVING_DEPLOYMENT,)),
        )),
    ]


# (name, namespace role, automount token): the SAs this chart owns. The Airflow chart creates airflow-worker.
SERVICE_ACCOUNTS = (
    (naming.SPARK_DRIVER_SA, "processing_jobs", True),   # talks to the API server
    (naming.FLINK_SA, "processing_jobs", True),          # talks to the API server
    (naming.MODEL_SERVING_SA, "ml_lifecycle", False),    # no API access
    (naming.MLFLOW_SA, "ml_lifecycle", False),           # no API access
)


class Rbac(Construct):
    def __init__(self, scope: Construct, id: str, *, config: PlatformConfig):
        super().__init__(scope, id)
        env = config.environment
        for name, role, automount in SERVICE_ACCOUNTS:
            k8s.KubeServiceAccount(
                self, f"sa-{name}",
                metadata=k8s.ObjectMeta(name=name, namespace=getattr(config.namespaces, role),
                                        labels=naming.labels("rbac", name=name, environment=env)),
                automount_service_account_token=automount,
            )
        for grant in grants(config):
            labels = naming.labels("rbac", name=grant.name, environment=env)
            k8s.KubeRole(
                self, f"role-{grant.namespace}-{grant.name}",
                metadata=k8s.ObjectMeta(name=grant.name, namespace=grant.namespace, labels=labels),
                rules=[k8s.PolicyRule(api_groups=[r.api_group], resources=list(r.resources), verbs=list(r.verbs),
                                      resource_names=list(r.resource_names) or None) for r in grant.rules],
            )
            k8s.KubeRoleBinding(
                self, f"binding-{grant.namespace}-{grant.name}",
                metadata=k8s.ObjectMeta(name=grant.name, namespace=grant.namespace, labels=labels),
                role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=grant.name),
                subjects=[k8s.Subject(kind="ServiceAccount", name=grant.subject, namespace=grant.subject_namespace)],
            )
