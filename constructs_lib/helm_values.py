"""Environment-specific Helm values, generated from environments/<env>.yaml during synth.

Written to dist/<env>/helm-values/<name>.yaml next to the manifests, so they are swapped in with the
rest of dist/ (stale files go), committed, and checked for staleness by the same test as dist/.
helmfile.yaml lists them after the static values/<release>.yaml; the Argo CD Applications reference
the same files through `$values`. Only references are written: Secret names, never values.
"""
from __future__ import annotations

from typing import Callable

from constructs_lib import airflow as airflow_metrics, mlflow as mlflow_metrics, naming
from constructs_lib.config import PlatformConfig
from constructs_lib.handles import PlatformHandles
from constructs_lib.images import images
from constructs_lib.output import render_values

FOLDER = "helm-values"
AIRFLOW_DAGS_MOUNT = "/opt/airflow/dags"  # chart default dags.mountPath; git-sync links the checkout at repo/


def helmfile_environment(config: PlatformConfig) -> dict:
    """helmfile `environments.<env>.values`: what releases template on."""
    ns = config.namespaces
    return {
        "namespaces": {
            "argocd": config.cluster.argocd_namespace,
            "certManager": config.cluster.cert_manager_namespace,
            "monitoring": config.cluster.monitoring_namespace,
            "operators": ns.operators,
            "dataPlane": ns.data_plane,
            "orchestration": ns.orchestration,
            "mlLifecycle": ns.ml_lifecycle,
            "processingJobs": ns.processing_jobs,
        },
        "minioOperator": {"enabled": config.object_store.backend == "minio"},
    }


def airflow_values(config: PlatformConfig, handles: PlatformHandles) -> dict:
    airflow, env = config.airflow, config.environment
    repo_root = f"{AIRFLOW_DAGS_MOUNT}/repo"
    task_env = [
        {"name": "MLOPS_ENVIRONMENT", "value": env},
        {"name": "MLOPS_SPARK_TEMPLATES", "value": f"{repo_root}/dist/{env}/spark-templates.yaml"},
        {"name": "MLOPS_PROCESSING_NAMESPACE", "value": config.namespaces.processing_jobs},
        {"name": "MLOPS_SERVING_NAMESPACE", "value": config.namespaces.ml_lifecycle},
        {"name": "MLFLOW_TRACKING_URI", "value": handles.mlflow.tracking_uri},
    ]
    git_sync: dict = {
        "repo": config.git.repo_url,
        "branch": config.git.target_revision,
        "rev": "HEAD",
        "period": f"{airflow.git_sync_period_seconds}s",
    }
    git = config.secrets.git
    if git.auth == "https":  # GITSYNC_/GIT_SYNC_ USERNAME and PASSWORD (secrets inventory)
        git_sync["credentialsSecret"] = git.airflow_secret
    elif git.auth == "ssh":  # key gitSshKey; known_hosts is public and goes to the chart's ConfigMap
        git_sync["sshKeySecret"] = git.airflow_secret
        git_sync["knownHosts"] = git.known_hosts
    return {
        "data": {"metadataSecretName": airflow.metadata_connection_secret},
        "fernetKeySecretName": airflow.fernet_key.name,
        "apiSecretKeySecretName": airflow.api_secret_key.name,
        "jwtSecretName": airflow.jwt_secret.name,
        "env": task_env,
        "workers": {"serviceAccount": {"create": True, "name": naming.AIRFLOW_WORKER_SA}},
        "dags": {"gitSync": git_sync},
        **airflow_metrics.statsd_values(),
    }


def cert_manager_values(config: PlatformConfig, handles: PlatformHandles) -> dict:
    """Leader election in cert-manager's own namespace: the chart's default `kube-system` (values.yaml
    global.leaderElection.namespace) puts two Roles and RoleBindings outside the AppProject's destinations,
    and Argo CD refuses that part of the release."""
    return {"global": {"leaderElection": {"namespace": config.cluster.cert_manager_namespace}}}


# MLflow's own default allow-list admits private IP literals (mlflow/server/security_utils.py
# get_private_ip_patterns: 10.*, 172.16-31.*, 192.168.*; fnmatch patterns); the platform keeps them, on the server port only, because
# Prometheus scrapes each pod by its IP and sends `Host: <pod IP>:<port>` (a PodMonitor cannot set the header):
# without them /metrics answers 403 (tests/observability/test_mlflow_metrics.py). An IP literal is no DNS-rebinding
# vector: a page served from another name cannot make a browser send it.
PRIVATE_IP_HOST_PATTERNS = ("10.*", "172.1[6-9].*", "172.2[0-9].*", "172.3[01].*", "192.168.*")


def mlflow_allowed_hosts(handles: PlatformHandles) -> list[str]:
    """Every Host header an in-cluster client of the mlflow Service sends (host:port, exact match), and pod IPs
    on the server port (fnmatch patterns) for Prometheus' scrapes."""
    handle = handles.mlflow
    service, ns = handle.host.split(".")[0], handle.namespace
    names = [service, f"{service}.{ns}", f"{service}.{ns}.svc", f"{service}.{ns}.svc.cluster.local"]
    return [f"{name}:{handle.port}" for name in names] + [f"{ip}:{handle.port}" for ip in PRIVATE_IP_HOST_PATTERNS]


def mlflow_values(config: PlatformConfig, handles: PlatformHandles) -> dict:
    db, store = handles.postgres["mlflow"], handles.object_store
    image = images().upstream.mlflow
    return {
        # One MLflow version for the server and its schema migration: the chart's migration init container
        # otherwise runs the chart's appVersion (templates/deployment.yaml:
        # `initImages.mlflowDbMigration.tag | default .Chart.AppVersion`, 3.15.1 in chart 1.11.5) and would
        # migrate the schema to an older revision than the 3.17.2 server expects.
        "image": {"repository": image.repository, "tag": image.tag},
        "initImages": {"mlflowDbMigration": {"repository": image.repository, "tag": image.tag}},
        "replicaCount": config.mlflow.replicas,
        # MLflow >= 3.5 answers 403 to a Host header it does not know (DNS-rebinding protection; defaults:
        # loopback and private IPs only, mlflow/server/security_utils.py get_default_allowed_hosts), and
        # in-cluster clients send the Service name. The chart passes this list as
        # MLFLOW_SERVER_ALLOWED_HOSTS (templates/configmap.yaml, chart 1.11.5); /health stays exempt for probes.
        "serverAllowedHosts": mlflow_allowed_hosts(handles),
        # The security chart owns the ServiceAccount (one owner per object across all Applications: two
        # would overwrite each other forever); the chart only references it.
        "serviceAccount": {"create": False, "name": naming.MLFLOW_SA},
        "resources": config.mlflow.resources.as_k8s(),
        "backendStore": {
            "postgres": {"enabled": True, "host": db.rw_host, "port": db.port, "database": db.database},
            # ESO's copy of the mlflow-db owner credentials in ml-lifecycle (secrets inventory).
            "existingDatabaseSecret": {"name": config.mlflow.database_secret, "usernameKey": "username",
                                       "passwordKey": "password"},
        },
        "artifactRoot": {
            "s3": {
                "enabled": True,
                "bucket": store.buckets.mlflow_artifacts,
                "existingSecret": {"name": store.credentials_secrets["mlflow"],
                                   "keyOfAccessKeyId": store.access_key_field,
                                   "keyOfSecretAccessKey": store.secret_key_field},
            },
        },
        "extraEnvVars": {
            "MLFLOW_S3_ENDPOINT_URL": store.endpoint_url,
            "AWS_DEFAULT_REGION": store.region,
        },
        **mlflow_metrics.server_values(),
    }


def argocd_values(config: PlatformConfig, handles: PlatformHandles) -> dict:
    """Argo CD reads the private platform repository with the credential ESO materializes (secrets
    inventory); over SSH it checks the host key against these known_hosts (public, from config)."""
    git = config.secrets.git
    if git.auth == "ssh":
        return {"configs": {"ssh": {"extraHosts": git.known_hosts}}}
    return {}


def kube_prometheus_stack_values(config: PlatformConfig, handles: PlatformHandles) -> dict:
    from constructs_lib.observability.stack import stack_values

    return stack_values(config)


GENERATORS: dict[str, Callable[[PlatformConfig, PlatformHandles], dict]] = {
    "helmfile": lambda config, _handles: helmfile_environment(config), "airflow": airflow_values,
    "mlflow": mlflow_values, "cert-manager": cert_manager_values, "argo-cd": argocd_values,
    "kube-prometheus-stack": kube_prometheus_stack_values}


def values_for(config: PlatformConfig, handles: PlatformHandles) -> dict[str, dict]:
    return {name: build(config, handles) for name, build in GENERATORS.items()}


def render_files(config: PlatformConfig, handles: PlatformHandles) -> dict[str, str]:
    """file name (relative to dist/<env>) -> text. `handles`: those of build_platform() for this config."""
    return {f"{FOLDER}/{name}.yaml": render_values(values, env=config.environment, name=name)
            for name, values in values_for(config, handles).items()}
