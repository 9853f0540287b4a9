"""Model serving: MLflow's scoring server for the registered model's `champion` alias.

Airflow's deploy task rolls it (patches the pod template annotation kubectl.kubernetes.io/restartedAt)
after a promotion; on start the server resolves `models:/<name>@champion` to the new version.
"""
from __future__ import annotations

from constructs import Construct
from cdk8s_plus_28 import k8s

from constructs_lib import naming
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.handles import MlflowHandle
from constructs_lib.images import ImagesFile
from constructs_lib.k8s_values import int_or_string, quantity
from constructs_lib.security_context import SPARK_UID, k8s_container_security_context, k8s_pod_security_context

COMPONENT = "model-serving"
CHAMPION_ALIAS = "champion"


def serve_command(model_name: str, port: int) -> list[str]:
    # --env-manager local: the spark-jobs image already has mlflow, pyspark and Java (a Spark model
    # needs them to score); no conda/virtualenv download at start-up.
    return ["mlflow", "models", "serve", "-m", f"models:/{model_name}@{CHAMPION_ALIAS}",
            "--env-manager", "local", "-h", "0.0.0.0", "-p", str(port)]


class ModelServingChart(PlatformChart):
    """`model-serving`: Deployment + ClusterIP Service in the ml-lifecycle namespace.

    Its port is `network_security.serving_port`, the one the connectivity table opens; its NetworkPolicies
    come from that table (security chart) like every other pod's: this chart has none of its own."""

    def __init__(self, scope: Construct, *, config: PlatformConfig, mlflow: MlflowHandle, images: ImagesFile,
                 sync_wave: int = 40):
        super().__init__(scope, "model-serving", config=config, delivery=Delivery(sync_wave=sync_wave))
        namespace, serving = config.namespaces.ml_lifecycle, config.serving
        name = naming.MODEL_SERVING_DEPLOYMENT
        labels = naming.labels(COMPONENT, name=name, environment=config.environment)
        selector = naming.selector(COMPONENT, name=name)
        resources = serving.resources.as_k8s()
        port = config.network_security.serving_port
        container = k8s.Container(
            name="scoring-server",
            image=images.spark_jobs,
            image_pull_policy="Always",  # a moved tag is noticed at the next roll-out
            command=serve_command(config.spark.model_name, port),
            ports=[k8s.ContainerPort(name="http", container_port=port, protocol="TCP")],
            env=[
                k8s.EnvVar(name="MLFLOW_TRACKING_URI", value=mlflow.tracking_uri),
                k8s.EnvVar(name="HOME", value="/tmp"),
                k8s.EnvVar(name="PYTHONDONTWRITEBYTECODE", value="1"),
            ],
            resources=k8s.ResourceRequirements(
                requests={key: quantity(value) for key, value in resources["requests"].items()},
                limits={key: quantity(value) for key, value in resources["limits"].items()},
            ),
            # The scoring server answers /ping (and /health) with 200 once the model is loaded.
            readiness_probe=k8s.Probe(
                http_get=k8s.HttpGetAction(path="/ping", port=int_or_string("http")),
                initial_delay_seconds=10, period_seconds=10, timeout_seconds=5, failure_threshold=3),
            liveness_probe=k8s.Probe(
                http_get=k8s.HttpGetAction(path="/ping", port=int_or_string("http")),
                initial_delay_seconds=120, period_seconds=20, timeout_seconds=5, failure_threshold=3),
            # Loading a Spark model starts a JVM: allow a slow first start without liveness kills.
            startup_probe=k8s.Probe(
                http_get=k8s.HttpGetAction(path="/ping", port=int_or_string("http")),
                period_seconds=10, timeout_seconds=5, failure_threshold=60),
            security_context=k8s_container_security_context(SPARK_UID),
            # Writable scratch on a read-only root: /tmp (model download, HOME) and the image's working
            # directory, where the local SparkSession that scores a Spark model creates spark-warehouse/.
            volume_mounts=[k8s.VolumeMount(name="tmp", mount_path="/tmp"),
                           k8s.VolumeMount(name="work-dir", mount_path="/opt/spark/work-dir")],
        )
        k8s.KubeDeployment(
            self, "deployment",
            metadata=k8s.ObjectMeta(name=name, namespace=namespace, labels=labels),
            spec=k8s.DeploymentSpec(
                replicas=serving.replicas,
                selector=k8s.LabelSelector(match_labels=selector),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=labels),
                    spec=k8s.PodSpec(
                        service_account_name=naming.MODEL_SERVING_SA,
                        automount_service_account_token=False,
                        security_context=k8s_pod_security_context(SPARK_UID),
                        containers=[container],
                        volumes=[k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource()),
                                 k8s.Volume(name="work-dir", empty_dir=k8s.EmptyDirVolumeSource())],
                    ),
                ),
            ),
        )
        k8s.KubeService(
            self, "service",
            metadata=k8s.ObjectMeta(name=name, namespace=namespace, labels=labels),
            spec=k8s.ServiceSpec(
                type="ClusterIP", selector=selector,
                ports=[k8s.ServicePort(name="http", port=port, target_port=int_or_string("http"),
                                       protocol="TCP")],
            ),
        )
        self.host, self.port = f"{name}.{namespace}.svc", port

