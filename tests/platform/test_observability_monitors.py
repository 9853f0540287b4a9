"""The PodMonitors each component's construct generates: selected by Prometheus (labels, namespace), aimed at
pods that exist (a group of the connectivity table), on a port the table opens to the Prometheus pods and the
pod declares; and the exporter configuration that makes the port serve metrics."""
from __future__ import annotations

import pytest
import yaml

from conftest import ROOT
from constructs_lib import ports
from constructs_lib.config import load_environment
from constructs_lib.network_policies import resolve
from constructs_lib.observability import selectors

ENVS = ("dev", "prod")


def monitors(synthesized, env) -> list[dict]:
    return [d for chart in synthesized[env].values() for d in chart if d["kind"] in ("PodMonitor", "ServiceMonitor")]


def groups_selected(config, connectivity, monitor: dict) -> list[str]:
    """Connectivity groups whose representative pod (the operator's real labels, test_network_policies.py)
    the monitor selects."""
    from test_network_policies import representative_pods

    wanted = monitor["spec"]["selector"]["matchLabels"].items()
    (namespace,) = monitor["spec"]["namespaceSelector"]["matchNames"]
    return [name for name, pod in representative_pods(config).items()
            if name in connectivity.groups and pod.namespace == namespace and wanted <= pod.labels.items()]


@pytest.mark.parametrize("env", ENVS)
def test_every_monitor_is_selected_by_prometheus(synthesized, env):
    config = load_environment(env)
    found = monitors(synthesized, env)
    assert len(found) >= 6
    for m in found:
        assert selectors.MONITOR_LABELS.items() <= m["metadata"]["labels"].items(), m["metadata"]["name"]
        assert m["metadata"]["namespace"] in selectors.watched_namespaces(config)
        assert m["spec"]["namespaceSelector"] == {"matchNames": [m["metadata"]["namespace"]]}


@pytest.mark.parametrize("env", ENVS)
def test_every_scrape_is_an_allowed_flow_from_prometheus(synthesized, env):
    config = load_environment(env)
    connectivity = resolve(config)
    opened = {(f.source, f.target, f.port) for f in connectivity.flows}
    for m in monitors(synthesized, env):
        groups = groups_selected(config, connectivity, m)
        assert groups, f"{m['metadata']['name']}: its selector matches no pod group of connectivity.yaml"
        for endpoint in m["spec"]["podMetricsEndpoints"]:
            for group in groups:
                assert ("prometheus", group, endpoint["portNumber"]) in opened, (m["metadata"]["name"], group)


@pytest.mark.parametrize("env", ENVS)
def test_kafka_exposes_metrics_and_consumer_lag(synthesized, env):
    config = load_environment(env)
    (kafka,) = [d for d in synthesized[env]["kafka"] if d["kind"] == "Kafka"]
    assert kafka["spec"]["kafka"]["metricsConfig"] == {"type": "strimziMetricsReporter"}
    exporter = kafka["spec"]["kafkaExporter"]
    assert exporter["groupRegex"] == f"^{config.kafka.flink_consumer_group}$"
    for _, topic in config.kafka.topics.all():
        assert topic.name in exporter["topicRegex"]
    names = {m["metadata"]["name"]: m for m in monitors(synthesized, env) if m["metadata"]["namespace"] ==
             config.namespaces.data_plane}
    cluster = config.kafka.cluster_name
    assert {cluster, f"{cluster}-kafka-exporter", f"{cluster}-entity-operator"} <= set(names)
    assert [e["portNumber"] for e in names[cluster]["spec"]["podMetricsEndpoints"]] == [ports.STRIMZI_METRICS]


def test_strimzi_generates_no_network_policy_of_its_own():
    """Strimzi's policies open the metrics port to every pod; ours are the only ones."""
    values = yaml.safe_load((ROOT / "values" / "strimzi-kafka-operator.yaml").read_text())
    env = {e["name"]: e["value"] for e in values["extraEnvs"]}
    assert env["STRIMZI_NETWORK_POLICY_GENERATION"] == "false"


@pytest.mark.parametrize("env", ENVS)
def test_cnpg_clusters_get_our_pod_monitor_not_the_deprecated_flag(synthesized, env):
    clusters = [d for d in synthesized[env]["postgres"] if d["kind"] == "Cluster"]
    pod_monitors = {m["metadata"]["name"]: m for m in monitors(synthesized, env) if m["kind"] == "PodMonitor"}
    for cluster in clusters:
        assert "enablePodMonitor" not in (cluster["spec"].get("monitoring") or {})
        name = cluster["metadata"]["name"]
        assert pod_monitors[name]["spec"]["selector"]["matchLabels"] == {"cnpg.io/cluster": name}
        assert pod_monitors[name]["spec"]["podMetricsEndpoints"][0]["portNumber"] == ports.CNPG_METRICS


@pytest.mark.parametrize("env", ENVS)
def test_flink_pods_declare_the_reporter_port(synthesized, env):
    (deployment,) = [d for d in synthesized[env]["flink-jobs"] if d["kind"] == "FlinkDeployment"]
    conf = deployment["spec"]["flinkConfiguration"]
    (main,) = deployment["spec"]["podTemplate"]["spec"]["containers"]
    declared = {p["containerPort"] for p in main.get("ports", [])}
    assert int(conf["metrics.reporter.prom.port"]) == ports.FLINK_METRICS
    assert ports.FLINK_METRICS in declared  # PodMonitor portNumber keeps only declared container ports


CHART_MONITORS = {  # release -> the monitor kind its values create (values/<release>.yaml); cert-manager's is ours
    "cloudnative-pg": "PodMonitor"}


@pytest.fixture(scope="module")
def operator_renders(helm, fresh_dist) -> dict[str, list[dict]]:
    from constructs_lib import helmfile
    from constructs_lib.chart_render import Helm, render_release

    version = load_environment("dev").cluster.kubernetes_version
    releases = {r.name: r for r in helmfile.releases("dev")}
    renderer = Helm(helm)
    return {name: render_release(releases[name], helm=renderer, dist=fresh_dist, kubernetes_version=version)
            for name in CHART_MONITORS}


@pytest.mark.parametrize("release", sorted(CHART_MONITORS))
def test_operator_charts_create_monitors_prometheus_selects(operator_renders, release):
    config = load_environment("dev")
    found = [d for d in operator_renders[release] if d["kind"] == CHART_MONITORS[release]]
    assert found, f"{release}: its values create no {CHART_MONITORS[release]}"
    for monitor in found:
        assert selectors.MONITOR_LABELS.items() <= monitor["metadata"]["labels"].items(), release
        assert monitor["metadata"]["namespace"] in selectors.watched_namespaces(config)


def test_strimzi_cluster_operator_is_scraped(synthesized):
    config = load_environment("dev")
    (monitor,) = [m for m in monitors(synthesized, "dev") if m["metadata"]["namespace"] == config.namespaces.operators
                  and m["metadata"]["name"] == "strimzi-cluster-operator"]
    assert monitor["spec"]["selector"]["matchLabels"] == {"strimzi.io/kind": "cluster-operator"}
    assert monitor["spec"]["podMetricsEndpoints"][0]["portNumber"] == ports.STRIMZI_OPERATOR_METRICS


@pytest.fixture(scope="module")
def mlflow_render(helm, fresh_dist) -> list[dict]:
    """The MLflow release as Argo CD renders it once kube-prometheus-stack's CRDs are served: with
    monitoring.coreos.com/v1 among the API versions (the chart's ServiceMonitor template tests it,
    templates/servicemonitor.yaml:2)."""
    from constructs_lib import helmfile
    from constructs_lib.chart_render import Helm, render_release

    config = load_environment("dev")
    (release,) = [r for r in helmfile.releases("dev") if r.name == "mlflow"]
    return render_release(release, helm=Helm(helm), dist=fresh_dist, kubernetes_version=config.cluster.kubernetes_version,
                          api_versions=("monitoring.coreos.com/v1",))


def test_mlflow_serves_metrics_from_a_writable_directory(mlflow_render, synthesized):
    from constructs_lib import mlflow

    assert not [d for d in mlflow_render if d["kind"] == "ServiceMonitor"]  # ours is a PodMonitor (app-monitors)
    (deployment,) = [d for d in mlflow_render if d["kind"] == "Deployment"]
    pod = deployment["spec"]["template"]
    (server,) = [c for c in pod["spec"]["containers"] if c["name"] == "mlflow"]
    assert f"--expose-prometheus={mlflow.METRICS_DIR}" in server["args"]
    # The root filesystem is read-only: MLflow creates the directory at start, so it must be a mount.
    assert server["securityContext"]["readOnlyRootFilesystem"] is True
    (mount,) = [m for m in server["volumeMounts"] if m["mountPath"] == mlflow.METRICS_DIR]
    (volume,) = [v for v in pod["spec"]["volumes"] if v["name"] == mount["name"]]
    assert volume == {"name": mount["name"], "emptyDir": {}}
    assert ports.MLFLOW_HTTP in {p["containerPort"] for p in server["ports"]}  # PodMonitor portNumber needs it
    (monitor,) = [m for m in monitors(synthesized, "dev") if m["metadata"]["name"] == "mlflow"]
    assert monitor["spec"]["selector"]["matchLabels"].items() <= pod["metadata"]["labels"].items()
    assert monitor["spec"]["podMetricsEndpoints"] == [{"portNumber": ports.MLFLOW_HTTP, "path": mlflow.METRICS_PATH}]


@pytest.mark.parametrize("env", ENVS)
def test_the_airflow_statsd_exporter_is_scraped(synthesized, env):
    from constructs_lib import airflow

    config = load_environment(env)
    (monitor,) = [m for m in monitors(synthesized, env) if m["metadata"]["name"] == "airflow-statsd"]
    assert monitor["metadata"]["namespace"] == config.namespaces.orchestration
    assert monitor["spec"]["selector"]["matchLabels"] == airflow.STATSD_POD_LABELS
    assert monitor["spec"]["podMetricsEndpoints"] == [{"portNumber": ports.AIRFLOW_STATSD_SCRAPE, "path": "/metrics"}]
