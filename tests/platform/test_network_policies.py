"""The synthesized NetworkPolicies, evaluated: every intended flow of connectivity.yaml is allowed, and
flows nobody intended are denied. Pods carry the full label sets their operators/charts really set (written
out here by hand, not copied from the table), so a wrong selector in the table fails these tests."""
from __future__ import annotations

from ipaddress import IPv4Network

import cdk8s
import pytest

from constructs_lib.config import load_environment
from constructs_lib.network_policies import ALL, OUTSIDE, load_table, resolve
from validation.netpol import Cluster, External, Pod, matrix

INTERNET = External("8.8.8.8", "internet")


def representative_pods(config) -> dict[str, Pod]:
    ns, kafka, store = config.namespaces, config.kafka.cluster_name, config.object_store.name

    op, dp, orch, ml, jobs = ns.operators, ns.data_plane, ns.orchestration, ns.ml_lifecycle, ns.processing_jobs
    mon = config.cluster.monitoring_namespace
    kafka_common = {"strimzi.io/cluster": kafka, "strimzi.io/kind": "Kafka", "app.kubernetes.io/name": "kafka",
                    "app.kubernetes.io/instance": kafka, "strimzi.io/component-type": "kafka"}
    seaweed = {"app.kubernetes.io/name": "seaweedfs", "app.kubernetes.io/instance": store,
               "app.kubernetes.io/managed-by": "seaweedfs-operator"}
    spark_common = {"sparkoperator.k8s.io/launched-by-spark-operator": "true", "spark-app-selector": "spark-0a1b",
                    "spark-version": "4.0.1", "sparkoperator.k8s.io/submission-id": "5f0c"}
    airflow = {"tier": "airflow", "release": "airflow"}
    spark_app = lambda name: {"app.kubernetes.io/name": name, "app.kubernetes.io/component": "spark",  # noqa: E731
                              "app.kubernetes.io/part-of": "mlops-platform"}
    flink = {"app": "user-activity-features", "type": "flink-native-kubernetes"}
    cnpg = lambda cluster: {"cnpg.io/cluster": cluster, "cnpg.io/instanceName": f"{cluster}-1",  # noqa: E731
                            "cnpg.io/podRole": "instance", "cnpg.io/instanceRole": "primary", "role": "primary"}
    pods = [
        Pod(op, {"name": "strimzi-cluster-operator", "strimzi.io/kind": "cluster-operator"}, "strimzi-operator"),
        Pod(op, {"app.kubernetes.io/name": "cloudnative-pg", "app.kubernetes.io/instance": "cnpg"}, "cnpg-operator"),
        Pod(op, {"app.kubernetes.io/name": "plugin-barman-cloud", "app.kubernetes.io/instance": "barman-cloud"},
            "barman-cloud-plugin"),
        Pod(op, {"app.kubernetes.io/name": "flink-kubernetes-operator", "app.kubernetes.io/instance": "flink-operator"},
            "flink-operator"),
        Pod(op, {"app.kubernetes.io/name": "spark-operator", "app.kubernetes.io/instance": "spark-operator",
                 "app.kubernetes.io/component": "controller"}, "spark-operator-controller"),
        Pod(op, {"app.kubernetes.io/name": "spark-operator", "app.kubernetes.io/instance": "spark-operator",
                 "app.kubernetes.io/component": "webhook"}, "spark-operator-webhook"),
        Pod(op, {"app.kubernetes.io/name": "seaweedfs-operator", "app.kubernetes.io/instance": "seaweedfs-operator"},
            "seaweedfs-operator"),
        Pod(op, {"app.kubernetes.io/name": "operator", "app.kubernetes.io/instance": "minio-operator"},
            "minio-operator"),
        Pod(op, {"app.kubernetes.io/name": "external-secrets", "app.kubernetes.io/instance": "external-secrets"},
            "external-secrets"),
        Pod(op, {"app.kubernetes.io/name": "external-secrets-webhook",
                 "app.kubernetes.io/instance": "external-secrets"}, "external-secrets-webhook"),
        Pod(op, {"app.kubernetes.io/name": "external-secrets-cert-controller",
                 "app.kubernetes.io/instance": "external-secrets"}, "external-secrets-cert-controller"),
        Pod(dp, {**kafka_common, "strimzi.io/name": f"{kafka}-kafka", "strimzi.io/pool-name": "brokers",
                 "strimzi.io/broker-role": "true", "strimzi.io/controller-role": "false"}, "kafka-broker"),
        Pod(dp, {**kafka_common, "strimzi.io/name": f"{kafka}-kafka", "strimzi.io/pool-name": "controllers",
                 "strimzi.io/broker-role": "false", "strimzi.io/controller-role": "true"}, "kafka-controller"),
        Pod(dp, {"strimzi.io/cluster": kafka, "strimzi.io/kind": "Kafka", "strimzi.io/name": f"{kafka}-entity-operator",
                 "strimzi.io/component-type": "entity-operator"}, "kafka-entity-operator"),
        Pod(dp, {"strimzi.io/cluster": kafka, "strimzi.io/kind": "Kafka", "strimzi.io/name": f"{kafka}-kafka-exporter",
                 "strimzi.io/component-type": "kafka-exporter"}, "kafka-exporter"),
        # kube-prometheus-stack 88.5.3: Prometheus and Alertmanager pods as prometheus-operator v0.93.x labels them
        # (pkg/prometheus/server/operator.go makeSelectorLabels + shard; pkg/alertmanager/operator.go), the chart's
        # own pods as its templates do (the rendered release: tests/platform/test_monitoring_network_policies.py).
        Pod(mon, {"app.kubernetes.io/name": "prometheus", "app.kubernetes.io/instance": "kube-prometheus-stack-prometheus",
                  "app.kubernetes.io/managed-by": "prometheus-operator", "prometheus": "kube-prometheus-stack-prometheus",
                  "operator.prometheus.io/name": "kube-prometheus-stack-prometheus", "operator.prometheus.io/shard": "0",
                  "app.kubernetes.io/version": "3.14.0"}, "prometheus"),
        Pod(mon, {"app.kubernetes.io/name": "alertmanager", "app.kubernetes.io/instance": "kube-prometheus-stack-alertmanager",
                  "app.kubernetes.io/managed-by": "prometheus-operator", "alertmanager": "kube-prometheus-stack-alertmanager",
                  "app.kubernetes.io/version": "0.31.0"}, "alertmanager"),
        Pod(mon, {"app.kubernetes.io/name": "grafana", "app.kubernetes.io/instance": "kube-prometheus-stack",
                  "app.kubernetes.io/version": "13.2.0", "helm.sh/chart": "grafana-12.11.1"}, "grafana"),
        Pod(mon, {"app.kubernetes.io/name": "kube-state-metrics", "app.kubernetes.io/instance": "kube-prometheus-stack",
                  "app.kubernetes.io/component": "metrics", "app.kubernetes.io/part-of": "kube-state-metrics",
                  "release": "kube-prometheus-stack"}, "kube-state-metrics"),
        Pod(mon, {"app": "kube-prometheus-stack-operator", "release": "kube-prometheus-stack", "chart": "kube-prometheus-stack-88.5.3",
                  "app.kubernetes.io/name": "kube-prometheus-stack-prometheus-operator",
                  "app.kubernetes.io/component": "prometheus-operator", "app.kubernetes.io/instance": "kube-prometheus-stack"},
            "prometheus-operator"),
        Pod(mon, {"app": "kube-prometheus-stack-admission-patch", "release": "kube-prometheus-stack",
                  "app.kubernetes.io/name": "kube-prometheus-stack-prometheus-operator",
                  "app.kubernetes.io/component": "prometheus-operator-webhook", "app.kubernetes.io/instance": "kube-prometheus-stack"},
            "prometheus-operator-admission-jobs"),
        Pod(dp, cnpg("airflow-db"), "airflow-db"),
        Pod(dp, cnpg("mlflow-db"), "mlflow-db"),
        Pod(dp, {**seaweed, "app.kubernetes.io/component": "master"}, "seaweed-master"),
        Pod(dp, {**seaweed, "app.kubernetes.io/component": "volume"}, "seaweed-volume"),
        Pod(dp, {**seaweed, "app.kubernetes.io/component": "filer"}, "seaweed-filer"),
        Pod(dp, {**seaweed, "app.kubernetes.io/component": "s3"}, "seaweed-s3"),
        Pod(dp, {"v1.min.io/tenant": store, "v1.min.io/pool": "pool-0"}, "minio-tenant"),
        Pod(orch, {**airflow, "component": "scheduler"}, "airflow-scheduler"),
        Pod(orch, {**airflow, "component": "api-server"}, "airflow-api-server"),
        Pod(orch, {**airflow, "component": "dag-processor"}, "airflow-dag-processor"),
        Pod(orch, {**airflow, "component": "triggerer"}, "airflow-triggerer"),
        Pod(orch, {**airflow, "component": "worker", "kubernetes_executor": "True", "dag_id": "training",
                   "task_id": "train"}, "airflow-worker"),
        Pod(orch, {**airflow, "component": "run-airflow-migrations"}, "airflow-migrations"),
        Pod(orch, {**airflow, "component": "statsd"}, "airflow-statsd"),
        Pod(ml, {"app.kubernetes.io/name": "mlflow", "app.kubernetes.io/instance": "mlflow"}, "mlflow"),
        Pod(ml, {"app.kubernetes.io/name": "model-serving", "app.kubernetes.io/part-of": "mlops-platform",
                 "app.kubernetes.io/component": "model-serving"}, "model-serving"),
        # The DAG's SparkKubernetesOperator submits `<name>-<random suffix>` (random_name_suffix=True): the
        # app-name label carries the suffix; the spec's driver/executor labels (app.kubernetes.io/*) do not.
        Pod(jobs, {**spark_common, **spark_app("feature-engineering"), "spark-role": "driver",
                   "sparkoperator.k8s.io/app-name": "feature-engineering-x7k2p9qa"}, "spark-driver"),
        Pod(jobs, {**spark_common, **spark_app("model-training"), "spark-role": "driver",
                   "sparkoperator.k8s.io/app-name": "model-training-q3m8z1vd"}, "spark-training-driver"),
        Pod(jobs, {**spark_common, **spark_app("feature-engineering"), "spark-role": "executor", "spark-exec-id": "1",
                   "sparkoperator.k8s.io/app-name": "feature-engineering-x7k2p9qa"}, "spark-executor"),
        Pod(jobs, {**flink, "component": "jobmanager"}, "flink-jobmanager"),
        Pod(jobs, {**flink, "component": "taskmanager"}, "flink-taskmanager"),
        Pod(jobs, {"kubernetes_pod_operator": "True", "airflow_kpo_in_cluster": "True", "dag_id": "training",
                   "task_id": "promotion-gate", "run_id": "manual"}, "promotion-gate"),
    ]
    cluster = config.cluster
    argocd = lambda name, component: Pod(cluster.argocd_namespace, {  # noqa: E731 - argo-cd chart 10.1.1 labels
        "app.kubernetes.io/name": f"argocd-{name}", "app.kubernetes.io/instance": "argo-cd",
        "app.kubernetes.io/component": component, "app.kubernetes.io/part-of": "argocd"}, f"argocd-{name}")
    pods += [
        argocd("application-controller", "application-controller"), argocd("server", "server"),
        argocd("repo-server", "repo-server"), argocd("applicationset-controller", "applicationset-controller"),
        argocd("notifications-controller", "notifications-controller"),
        Pod(cluster.cert_manager_namespace, {"app": "cert-manager", "app.kubernetes.io/name": "cert-manager",
                                             "app.kubernetes.io/instance": "cert-manager",
                                             "app.kubernetes.io/component": "controller"}, "cert-manager"),
    ]
    outside = [
        Pod(cluster.dns_namespace, {"k8s-app": "kube-dns"}, "kube-dns"),
        Pod(cluster.ingress_namespace, {"app.kubernetes.io/name": "ingress-nginx"}, "ingress"),
        External(str(cluster.api_server_cidrs[0].network_address), "api-server"),
        # A node (node-exporter on the host network, the kubelet): an address of cluster.node_cidrs.
        External(str(cluster.node_cidrs[0].network_address + 2), "nodes"),
        External(str(config.git.host_cidrs[0].network_address), "git-host"),
        External(str(config.secrets.store.egress.cidrs[0].network_address), "secret-store"),
        INTERNET,
    ]
    return {p.name: p for p in pods + outside}


def namespaces_of(config) -> dict[str, dict]:
    names = [n for _, n in config.namespaces.all()] + [
        config.cluster.dns_namespace, config.cluster.monitoring_namespace, config.cluster.ingress_namespace,
        config.cluster.cert_manager_namespace, config.monitoring.node_exporter.namespace,
        config.cluster.argocd_namespace]
    return {name: {} for name in names}


def policies_for(config) -> list[dict]:
    """Synthesize the security chart for a config (used for variants not in dist/, e.g. MinIO)."""
    from constructs_lib.security import SecurityChart

    app = cdk8s.App()
    return [d for d in SecurityChart(app, config=config).to_json() if d["kind"] == "NetworkPolicy"]


def check_intended(config, policies) -> list[tuple]:
    pods = representative_pods(config)
    cluster = Cluster(policies, namespaces_of(config))
    connectivity = resolve(config)
    platform_pods = [p for name, p in pods.items() if name in connectivity.groups]
    rows = []
    for flow in connectivity.flows:
        sources = platform_pods if flow.source == ALL else [pods[flow.source]]
        targets = [pods[flow.target]]
        if flow.target == "api-server":
            targets = [External(str(c.network_address), f"api-server {c}") for c in config.cluster.api_server_cidrs]
        if flow.target == "git-host":
            targets = [External(str(c.network_address), f"git-host {c}") for c in config.git.host_cidrs]
        if flow.target == "nodes":
            targets = [External(str(c.network_address + 2), f"node in {c}") for c in config.cluster.node_cidrs]
        for source in sources:
            for target in targets:
                ok = cluster.allowed(source, target, flow.port, flow.protocol)
                rows.append((str(source), str(target), flow.port, flow.protocol, True, ok,
                             "" if ok else cluster.explain(source, target, flow.port, flow.protocol)))
    return rows


# (source, target, port, protocol, why it must be denied)
GIT_PORT, OTHER_GIT_PORT = -1, -2  # placeholders, resolved per environment by _port()

UNINTENDED = [
    ("spark-driver", "airflow-db", 5432, "TCP", "Spark has no business with Airflow's database"),
    ("spark-executor", "mlflow-db", 5432, "TCP", "jobs go through the MLflow server, never its database"),
    ("spark-training-driver", "mlflow-db", 5432, "TCP", "processing-jobs -> PostgreSQL"),
    ("airflow-worker", "kafka-broker", 9093, "TCP", "Airflow does not touch Kafka"),
    ("airflow-scheduler", "kafka-broker", 9093, "TCP", "Airflow does not touch Kafka"),
    ("spark-driver", "internet", 443, "TCP", "processing-jobs -> internet"),
    ("spark-executor", "internet", 443, "TCP", "processing-jobs -> internet"),
    ("flink-taskmanager", "internet", 443, "TCP", "processing-jobs -> internet"),
    ("promotion-gate", "internet", 443, "TCP", "processing-jobs -> internet"),
    ("model-serving", "kafka-broker", 9093, "TCP", "serving reads nothing from Kafka"),
    ("flink-jobmanager", "airflow-db", 5432, "TCP", "Flink -> Airflow database"),
    ("mlflow", "kafka-broker", 9093, "TCP", "MLflow -> Kafka"),
    ("mlflow", "airflow-db", 5432, "TCP", "MLflow uses only its own database"),
    ("model-serving", "mlflow-db", 5432, "TCP", "serving -> database"),
    ("model-serving", "seaweed-s3", 8333, "TCP", "serving loads artifacts through the MLflow proxy"),
    ("model-serving", "api-server", 443, "TCP", "serving needs no Kubernetes API"),
    ("mlflow", "api-server", 443, "TCP", "MLflow needs no Kubernetes API"),
    ("promotion-gate", "api-server", 443, "TCP", "the gate pod needs no Kubernetes API"),
    ("spark-executor", "api-server", 443, "TCP", "only the driver manages pods"),
    ("ingress", "kafka-broker", 9093, "TCP", "Kafka is not exposed"),
    ("ingress", "mlflow-db", 5432, "TCP", "databases are not exposed"),
    ("internet", "model-serving", 8080, "TCP", "serving only behind the ingress controller"),
    ("airflow-worker", "mlflow-db", 5432, "TCP", "Airflow -> MLflow database"),
    ("spark-driver", "kafka-controller", 9090, "TCP", "clients never reach KRaft controllers"),
    ("flink-taskmanager", "kafka-broker", 9091, "TCP", "clients never reach the replication listener"),
    ("spark-driver", "seaweed-filer", 8888, "TCP", "clients use the S3 gateway only"),
    ("airflow-worker", "spark-driver", 4040, "TCP", "no one reaches the Spark UI"),
    ("prometheus", "airflow-db", 5432, "TCP", "Prometheus scrapes metrics ports only"),
    ("prometheus", "kafka-broker", 9093, "TCP", "Prometheus scrapes metrics ports only"),
    ("grafana", "kafka-broker", 9404, "TCP", "only the Prometheus pods scrape, not Grafana or others"),
    ("grafana", "airflow-db", 9187, "TCP", "only the Prometheus pods scrape"),
    ("kube-state-metrics", "flink-jobmanager", 9249, "TCP", "only the Prometheus pods scrape"),
    ("spark-driver", "kafka-broker", 9404, "TCP", "the metrics port is Prometheus' only (Strimzi's open rule is off)"),
    ("flink-taskmanager", "kafka-exporter", 9404, "TCP", "the metrics port is Prometheus' only"),
    ("kafka-exporter", "kafka-controller", 9090, "TCP", "Kafka Exporter reads brokers only"),
    ("grafana", "spark-driver", 4040, "TCP", "only Prometheus reaches the Spark UI port"),
    ("grafana", "flink-operator", 9249, "TCP", "only the Prometheus pods scrape the operators"),
    ("spark-driver", "external-secrets", 8080, "TCP", "ESO's metrics are Prometheus' only"),
    ("kube-state-metrics", "seaweed-volume", 9327, "TCP", "only the Prometheus pods scrape SeaweedFS"),
    ("spark-executor", "seaweed-s3", 9327, "TCP", "clients reach the S3 port, not the metrics port"),
    ("prometheus", "seaweed-volume", 8444, "TCP", "Prometheus scrapes the metrics port only"),
    ("prometheus", "spark-executor", 4040, "TCP", "executor metrics come from the driver"),
    ("spark-training-driver", "model-serving", 8080, "TCP", "jobs do not call serving"),
    ("api-server", "kafka-broker", 9093, "TCP", "the API server reaches webhooks only"),
    ("kafka-broker", "internet", 443, "TCP", "data-plane -> internet"),
    ("airflow-api-server", "internet", 443, "TCP", "orchestration -> internet"),
    ("spark-executor", "mlflow", 5000, "TCP", "only the training driver logs to MLflow"),
    ("flink-jobmanager", "mlflow", 5000, "TCP", "Flink does not use MLflow"),
    ("airflow-worker", "spark-driver", 7078, "TCP", "only executors reach the driver RPC port"),
    # No Spark job uses Kafka (least privilege): neither driver nor executors reach a broker.
    ("spark-driver", "kafka-broker", 9093, "TCP", "Spark jobs do not use Kafka"),
    ("spark-executor", "kafka-broker", 9093, "TCP", "Spark jobs do not use Kafka"),
    # Only git-sync (dag-processor, triggerer, task pods) reaches the Git host, and only on its port.
    # GIT_PORT = the environment's git.port (443 for https in dev, 22 for ssh in prod), OTHER_GIT_PORT the other.
    ("airflow-scheduler", "git-host", GIT_PORT, "TCP", "the Airflow 3 scheduler mounts no DAGs"),
    ("airflow-api-server", "git-host", GIT_PORT, "TCP", "the API server mounts no DAGs"),
    ("spark-driver", "git-host", GIT_PORT, "TCP", "jobs do not fetch from Git"),
    ("airflow-dag-processor", "git-host", OTHER_GIT_PORT, "TCP", "only git.port is open to the Git host"),
    ("airflow-dag-processor", "internet", 443, "TCP", "git-sync reaches the Git host's CIDRs only"),
    ("kafka-broker", "kafka-controller", 8443, "TCP", "only the cluster operator reaches the KafkaAgent"),
    # The monitoring namespace is default-deny too (kube-prometheus-stack): the stack talks only as the table says.
    ("kafka-broker", "prometheus", 9090, "TCP", "a data-plane pod cannot query Prometheus"),
    ("airflow-worker", "prometheus", 9090, "TCP", "task pods cannot query Prometheus"),
    ("spark-driver", "grafana", 3000, "TCP", "jobs do not reach Grafana"),
    ("mlflow", "alertmanager", 9093, "TCP", "only Prometheus sends alerts, only Grafana reads them"),
    ("ingress", "grafana", 3000, "TCP", "Grafana's ingress is not enabled: not exposed"),
    ("ingress", "prometheus", 9090, "TCP", "Prometheus' ingress is not enabled: not exposed"),
    ("ingress", "alertmanager", 9093, "TCP", "Alertmanager's ingress is not enabled: not exposed"),
    ("grafana", "kafka-broker", 9093, "TCP", "Grafana cannot reach Kafka"),
    ("grafana", "airflow-db", 5432, "TCP", "Grafana has no PostgreSQL datasource"),
    ("grafana", "kube-state-metrics", 8080, "TCP", "Grafana reads metrics through Prometheus only"),
    ("grafana", "internet", 443, "TCP", "no update checks or plugin downloads from Grafana"),
    ("prometheus", "mlflow-db", 5432, "TCP", "Prometheus cannot reach PostgreSQL, only its exporter port"),
    ("prometheus", "internet", 443, "TCP", "Prometheus has no remote write or outside target"),
    ("prometheus", "internet", 9100, "TCP", "node ports are open to the node CIDRs only"),
    ("prometheus", "nodes", 22, "TCP", "Prometheus reaches nodes on node-exporter and kubelet ports only"),
    ("prometheus", "kube-state-metrics", 8081, "TCP", "kube-state-metrics' telemetry port is not scraped"),
    ("prometheus", "grafana", 9094, "TCP", "Grafana's gossip port is closed (one replica)"),
    ("alertmanager", "internet", 443, "TCP", "no receiver outside the cluster is configured"),
    ("alertmanager", "prometheus", 9090, "TCP", "Alertmanager never calls Prometheus"),
    ("prometheus-operator", "prometheus", 9090, "TCP", "the operator opens no connection to the pods it manages"),
    ("prometheus-operator", "alertmanager", 9093, "TCP", "the operator opens no connection to the pods it manages"),
    ("prometheus-operator", "internet", 443, "TCP", "monitoring -> internet"),
    ("prometheus-operator-admission-jobs", "prometheus-operator", 10250, "TCP", "the certgen Jobs use the API server only"),
    ("kube-state-metrics", "prometheus", 9090, "TCP", "kube-state-metrics only answers scrapes"),
    ("api-server", "grafana", 3000, "TCP", "the API server reaches the operator's webhook only"),
    ("spark-driver", "nodes", 10250, "TCP", "only Prometheus reaches the kubelet"),
    ("grafana", "nodes", 9100, "TCP", "only Prometheus scrapes node-exporter"),
    ("grafana", "cert-manager", 9402, "TCP", "only Prometheus scrapes cert-manager"),
    # The Airflow statsd exporter: Airflow's components send to it, Prometheus scrapes it, nothing else.
    ("spark-driver", "airflow-statsd", 9125, "UDP", "only Airflow's components send StatsD"),
    ("promotion-gate", "airflow-statsd", 9125, "UDP", "the gate pod is no Airflow component"),
    ("airflow-migrations", "airflow-statsd", 9125, "UDP", "the migration job sends no metrics"),
    ("airflow-scheduler", "airflow-statsd", 9125, "TCP", "StatsD ingest is UDP only"),
    ("airflow-worker", "airflow-statsd", 9102, "TCP", "only Prometheus scrapes the exporter"),
    ("grafana", "airflow-statsd", 9102, "TCP", "only the Prometheus pods scrape"),
    ("prometheus", "airflow-statsd", 9125, "UDP", "Prometheus only scrapes"),
    ("airflow-statsd", "airflow-db", 5432, "TCP", "the exporter talks to no one"),
    ("airflow-statsd", "api-server", 443, "TCP", "the exporter needs no Kubernetes API"),
    ("kube-state-metrics", "mlflow", 5000, "TCP", "only the Prometheus pods scrape MLflow's /metrics"),
]


# The platform's end-to-end paths, written independently of connectivity.yaml: a row dropped from the table
# (or a selector that stops matching) fails here even though the table-driven test would not notice.
MUST_ALLOW = [
    ("flink-jobmanager", "kafka-broker", 9093), ("flink-taskmanager", "kafka-broker", 9093),
    ("spark-driver", "seaweed-s3", 8333),
    ("spark-executor", "seaweed-s3", 8333), ("flink-taskmanager", "seaweed-s3", 8333),
    ("mlflow", "seaweed-s3", 8333), ("mlflow-db", "seaweed-s3", 8333), ("spark-training-driver", "mlflow", 5000),
    ("promotion-gate", "mlflow", 5000), ("model-serving", "mlflow", 5000), ("mlflow", "mlflow-db", 5432),
    ("airflow-worker", "mlflow", 5000),  # deploy_champion reads the gate's decision from MLflow
    ("airflow-scheduler", "airflow-db", 5432), ("airflow-api-server", "airflow-db", 5432),
    ("airflow-worker", "airflow-api-server", 8080), ("airflow-worker", "api-server", 443),
    ("spark-driver", "api-server", 443), ("flink-jobmanager", "api-server", 443),
    ("api-server", "cnpg-operator", 9443), ("api-server", "spark-operator-webhook", 9443),
    ("api-server", "flink-operator", 9443), ("flink-operator", "flink-jobmanager", 8081),
    ("cnpg-operator", "airflow-db", 8000), ("strimzi-operator", "kafka-broker", 9091),
    ("spark-executor", "spark-driver", 7078), ("flink-taskmanager", "flink-jobmanager", 6123),
    ("prometheus", "kafka-broker", 9404), ("ingress", "model-serving", 8080),
    # Every scrape of a PodMonitor (ports written here as numbers: Strimzi MetricsModel 9404, EntityTopicOperator
    # 8080, EntityUserOperator 8081, CNPG exporter 9187, Flink reporter 9249).
    ("prometheus", "kafka-controller", 9404), ("prometheus", "kafka-exporter", 9404),
    ("prometheus", "kafka-entity-operator", 8080), ("prometheus", "kafka-entity-operator", 8081),
    ("prometheus", "airflow-db", 9187), ("prometheus", "mlflow-db", 9187),
    ("prometheus", "flink-jobmanager", 9249), ("prometheus", "flink-taskmanager", 9249),
    ("kafka-exporter", "kafka-broker", 9091),
    ("prometheus", "spark-driver", 4040), ("prometheus", "spark-training-driver", 4040),
    # Airflow's statsd exporter (chart ports.statsdScrape 9102) and MLflow's /metrics on its API port.
    ("prometheus", "airflow-statsd", 9102), ("prometheus", "mlflow", 5000),
    # git-sync in the dag-processor and triggerer (sidecars) and in every task pod (init container).
    ("airflow-dag-processor", "git-host", GIT_PORT), ("airflow-triggerer", "git-host", GIT_PORT),
    ("airflow-worker", "git-host", GIT_PORT),
    # kube-prometheus-stack (ports written here as numbers: Prometheus 9090 + config-reloader 8080, Alertmanager
    # 9093, Grafana 3000, kube-state-metrics 8080, the operator's TLS listener 10250, node-exporter 9100 and the
    # kubelet 10250 on the nodes, cert-manager 9402).
    ("grafana", "prometheus", 9090), ("grafana", "alertmanager", 9093), ("prometheus", "alertmanager", 9093),
    ("prometheus", "alertmanager", 8080), ("prometheus", "prometheus", 9090), ("prometheus", "prometheus", 8080),
    ("prometheus", "grafana", 3000), ("prometheus", "kube-state-metrics", 8080),
    ("prometheus", "prometheus-operator", 10250), ("prometheus", "nodes", 9100), ("prometheus", "nodes", 10250),
    ("api-server", "prometheus-operator", 10250), ("prometheus", "api-server", 443), ("grafana", "api-server", 443),
    ("kube-state-metrics", "api-server", 443), ("prometheus-operator", "api-server", 443),
    ("prometheus-operator-admission-jobs", "api-server", 443), ("prometheus", "cert-manager", 9402),
    ("prometheus", "kube-dns", 53),
]


def _port(port: int, config) -> int:
    """The placeholders above for this environment's git.port."""
    if port == GIT_PORT:
        return config.git.port
    if port == OTHER_GIT_PORT:
        return 22 if config.git.port != 22 else 443
    return port

# Every operator -> operand contact, each read in the operator's source at its pinned version (the ports
# are written here as numbers, not taken from the table or constructs_lib/ports.py):
OPERATOR_CONTACTS = [
    # Strimzi 1.2.0 cluster operator: KRaft control plane, replication listener (admin client) and the
    # KafkaAgent of every node (cluster-operator/.../operator/resource/KafkaAgentClient.java:38 = 8443;
    # model/KafkaCluster.java:1765-1773 opens 9090, 9091 and 8443 to the operator in Strimzi's own policy).
    ("strimzi-operator", "kafka-broker", 9090), ("strimzi-operator", "kafka-broker", 9091),
    ("strimzi-operator", "kafka-broker", 8443), ("strimzi-operator", "kafka-controller", 9090),
    ("strimzi-operator", "kafka-controller", 9091), ("strimzi-operator", "kafka-controller", 8443),
    # Strimzi entity operator (topic and user operators) -> brokers' replication listener
    # (model/EntityTopicOperator.java:116 bootstrap `<cluster>-kafka-bootstrap:9091`).
    ("kafka-entity-operator", "kafka-broker", 9091),
    # CNPG 1.30.0 -> instance manager status server (pkg/management/url/url.go:79 StatusPort = 8000).
    ("cnpg-operator", "airflow-db", 8000), ("cnpg-operator", "mlflow-db", 8000),
    # CNPG -> Barman Cloud plugin gRPC (plugin Service port 9090).
    ("cnpg-operator", "barman-cloud-plugin", 9090),
    # Flink operator 1.15.0 -> JobManager REST (rest.port 8081).
    ("flink-operator", "flink-jobmanager", 8081),
    # SeaweedFS operator 0.1.39 -> master (9333 HTTP / 19333 gRPC), filer (8888/18888), S3 gateway (8333).
    ("seaweedfs-operator", "seaweed-master", 9333), ("seaweedfs-operator", "seaweed-master", 19333),
    ("seaweedfs-operator", "seaweed-filer", 8888), ("seaweedfs-operator", "seaweed-filer", 18888),
    ("seaweedfs-operator", "seaweed-s3", 8333),
    # API server -> admission webhooks (controller-runtime / chart webhook port 9443).
    ("api-server", "cnpg-operator", 9443), ("api-server", "spark-operator-webhook", 9443),
    ("api-server", "flink-operator", 9443), ("api-server", "seaweedfs-operator", 9443),
    # Flink JobManager <-> TaskManagers (ports the FlinkDeployment pins: 6121 data, 6122 TM RPC,
    # 6123 JM RPC, 6124 blob) and the Prometheus reporter (9249).
    ("flink-taskmanager", "flink-taskmanager", 6121), ("flink-taskmanager", "flink-taskmanager", 6122),
    ("flink-jobmanager", "flink-taskmanager", 6122), ("flink-taskmanager", "flink-jobmanager", 6123),
    ("flink-taskmanager", "flink-jobmanager", 6124), ("prometheus", "flink-jobmanager", 9249),
    ("prometheus", "flink-taskmanager", 9249),
]


@pytest.fixture(scope="module", params=["dev", "prod"])
def environment(request, synthesized):
    config = load_environment(request.param)
    policies = [d for d in synthesized[request.param]["security"] if d["kind"] == "NetworkPolicy"]
    return config, policies


def test_every_group_has_a_representative_pod():
    config = load_environment("dev")
    pods = representative_pods(config)
    missing = sorted(set(load_table()["groups"]) - set(pods))
    assert not missing, f"add representative pods (with the operator's real labels) for: {missing}"
    assert set(OUTSIDE) <= set(pods)


def test_every_intended_flow_is_allowed(environment):
    config, policies = environment
    rows = check_intended(config, policies)
    assert len(rows) > 100
    assert all(r[5] for r in rows), "\n" + matrix([r for r in rows if not r[5]])


def test_intended_flows_are_allowed_with_the_minio_backend():
    prod = load_environment("prod")
    config = prod.model_copy(update={"object_store": prod.object_store.model_copy(update={"backend": "minio"})})
    rows = check_intended(config, policies_for(config))
    assert any("minio-tenant" in (r[0], r[1]) for r in rows)
    assert not any("seaweed" in r[0] + r[1] for r in rows)
    assert all(r[5] for r in rows), "\n" + matrix([r for r in rows if not r[5]])


def test_unintended_flows_are_denied(environment):
    config, policies = environment
    pods = representative_pods(config)
    cluster = Cluster(policies, namespaces_of(config))
    assert len(UNINTENDED) >= 20
    rows = []
    for source, target, placeholder, protocol, why in UNINTENDED:
        port = _port(placeholder, config)
        allowed = cluster.allowed(pods[source], pods[target], port, protocol)
        rows.append((source, target, port, protocol, False, allowed, why))
    assert not any(r[5] for r in rows), "\n" + matrix(rows)


def test_end_to_end_paths_are_open(environment):
    config, policies = environment
    pods = representative_pods(config)
    cluster = Cluster(policies, namespaces_of(config))
    rows = [(s, t, _port(p, config), "TCP", True, cluster.allowed(pods[s], pods[t], _port(p, config)), "")
            for s, t, p in MUST_ALLOW]
    assert all(r[5] for r in rows), "\n" + matrix([r for r in rows if not r[5]])


# Airflow 3's components that send StatsD (apache/airflow chart 1.22.0: airflow.cfg [metrics] statsd_host on every
# component's config; the scheduler, DAG processor, triggerer and API server run Airflow jobs, task pods run the
# task runner), to the exporter's ingest port (the chart's ports.statsdIngest, 9125), over UDP.
STATSD_SENDERS = ["airflow-scheduler", "airflow-dag-processor", "airflow-triggerer", "airflow-api-server",
                  "airflow-worker"]


def test_airflow_components_reach_the_statsd_exporter_over_udp(environment):
    config, policies = environment
    pods = representative_pods(config)
    cluster = Cluster(policies, namespaces_of(config))
    rows = [(s, "airflow-statsd", 9125, "UDP", True, cluster.allowed(pods[s], pods["airflow-statsd"], 9125, "UDP"),
             cluster.explain(pods[s], pods["airflow-statsd"], 9125, "UDP")) for s in STATSD_SENDERS]
    assert all(r[5] for r in rows), "\n" + matrix([r for r in rows if not r[5]])


def test_every_operator_reaches_its_operands(environment):
    config, policies = environment
    pods = representative_pods(config)
    cluster = Cluster(policies, namespaces_of(config))
    rows = [(s, t, port, "TCP", True, cluster.allowed(pods[s], pods[t], port), cluster.explain(pods[s], pods[t], port))
            for s, t, port in OPERATOR_CONTACTS]
    assert all(r[5] for r in rows), "\n" + matrix([r for r in rows if not r[5]])


def test_git_sync_egress_follows_the_environment(environment):
    """The Git host's CIDRs and port come from git.* in the environment file, never a fixed address."""
    config, _ = environment
    git = config.git.model_copy(update={"host_cidrs": [IPv4Network("198.51.100.0/29")], "port": 8443,
                                        "repo_url": "https://git.internal.example:8443/mlops/platform.git"})
    moved = config.model_copy(update={"git": git})
    cluster = Cluster(policies_for(moved), namespaces_of(moved))
    pods = representative_pods(moved)
    assert cluster.allowed(pods["airflow-worker"], External("198.51.100.3", "new git host"), 8443)
    assert not cluster.allowed(pods["airflow-worker"], External("198.51.100.3", "new git host"), 443)
    assert not cluster.allowed(pods["airflow-worker"], External("203.0.113.10", "old git host"), 8443)


def test_default_deny_in_every_platform_and_monitoring_namespace(environment):
    config, policies = environment
    denies = {p["metadata"]["namespace"] for p in policies
              if p["spec"]["podSelector"] == {} and set(p["spec"]["policyTypes"]) == {"Ingress", "Egress"}
              and not p["spec"].get("ingress") and not p["spec"].get("egress")}
    assert denies == {n for _, n in config.namespaces.all()} | {
        config.cluster.monitoring_namespace, config.monitoring.node_exporter.namespace}


def test_no_policy_where_the_platform_does_not_own_the_namespace(environment):
    """cert-manager's and Argo CD's namespaces hold scrape targets (peers) but no policy of this table."""
    config, policies = environment
    namespaces = {p["metadata"]["namespace"] for p in policies}
    assert config.cluster.cert_manager_namespace not in namespaces
    assert config.cluster.argocd_namespace not in namespaces


def test_alertmanager_gossip_only_with_replicas(environment):
    """The operator starts the cluster listener (9094 TCP+UDP) only with more than one replica (prometheus-operator
    v0.93.0 pkg/alertmanager/statefulset.go:254-257): dev (1 replica) keeps it closed, prod (2) opens it."""
    config, policies = environment
    pods = representative_pods(config)
    cluster = Cluster(policies, namespaces_of(config))
    clustered = config.monitoring.alertmanager.replicas > 1
    assert clustered == (config.environment == "prod")
    for protocol in ("TCP", "UDP"):
        assert cluster.allowed(pods["alertmanager"], pods["alertmanager"], 9094, protocol) is clustered
    assert not cluster.allowed(pods["prometheus"], pods["alertmanager"], 9094)


def test_node_scrapes_follow_the_environment(environment):
    """The node subnets come from cluster.node_cidrs; without node-exporter only the kubelet port stays open."""
    config, _ = environment
    cluster_config = config.cluster.model_copy(update={"node_cidrs": [IPv4Network("192.168.40.0/24")]})
    moved = config.model_copy(update={"cluster": cluster_config})
    pods = representative_pods(moved)
    cluster = Cluster(policies_for(moved), namespaces_of(moved))
    assert cluster.allowed(pods["prometheus"], External("192.168.40.7", "new node"), 9100)
    assert cluster.allowed(pods["prometheus"], External("192.168.40.7", "new node"), 10250)
    assert not cluster.allowed(pods["prometheus"], External(str(config.cluster.node_cidrs[0].network_address + 2)), 9100)
    monitoring = moved.monitoring.model_copy(update={"node_exporter": moved.monitoring.node_exporter.model_copy(
        update={"enabled": False})})
    without = moved.model_copy(update={"monitoring": monitoring})
    policies = policies_for(without)
    cluster = Cluster(policies, namespaces_of(without))
    assert not cluster.allowed(pods["prometheus"], External("192.168.40.7", "new node"), 9100)
    assert cluster.allowed(pods["prometheus"], External("192.168.40.7", "new node"), 10250)
    assert without.monitoring.node_exporter.namespace not in {p["metadata"]["namespace"] for p in policies}


def test_a_pod_nobody_planned_for_is_isolated(environment):
    config, policies = environment
    cluster = Cluster(policies, namespaces_of(config))
    stranger = Pod(config.namespaces.data_plane, {"app": "debug-shell"}, "stranger")
    pods = representative_pods(config)
    assert not cluster.allowed(stranger, INTERNET, 443)
    assert not cluster.allowed(stranger, pods["airflow-db"], 5432)
    assert not cluster.allowed(pods["spark-driver"], stranger, 22)
    assert cluster.allowed(stranger, pods["kube-dns"], 53, "UDP")  # DNS is the one thing every pod gets
    # The same in the monitoring namespace: a pod the stack does not deploy is isolated (no scraping, no API).
    watcher = Pod(config.cluster.monitoring_namespace, {"app.kubernetes.io/name": "debug"}, "monitoring stranger")
    assert not cluster.allowed(watcher, pods["kafka-broker"], 9404)
    assert not cluster.allowed(watcher, pods["api-server"], 443)
    assert not cluster.allowed(watcher, pods["prometheus"], 9090)
    assert not cluster.allowed(watcher, pods["nodes"], 10250)
    assert not cluster.allowed(pods["prometheus"], watcher, 9090)
    assert cluster.allowed(watcher, pods["kube-dns"], 53, "UDP")
    # node-exporter's namespace: node-exporter itself is on the host network (no policy selects it); anything
    # else there gets nothing, not even DNS.
    squatter = Pod(config.monitoring.node_exporter.namespace, {"app": "debug"}, "node-exporter namespace stranger")
    assert not cluster.allowed(squatter, pods["kube-dns"], 53, "UDP")
    assert not cluster.allowed(squatter, pods["api-server"], 443)
    assert not cluster.allowed(pods["prometheus"], squatter, 9100)


def test_no_flow_reaches_the_internet_and_no_port_is_named():
    for env in ("dev", "prod"):
        connectivity = resolve(load_environment(env))
        assert not [f for f in connectivity.flows if "internet" in (f.source, f.target)]
        assert all(isinstance(f.port, int) and 0 < f.port < 65536 for f in connectivity.flows)
        assert all(f.why for f in connectivity.flows)


def test_evaluator_catches_a_broken_selector():
    """Guard that the suite can fail: drop the Kafka broker-role label from the table and a flow breaks."""
    import copy

    config = load_environment("dev")
    table = copy.deepcopy(load_table())
    table["groups"]["kafka-broker"]["pods"]["strimzi.io/broker-role"] = "yes"
    broken = resolve(config, table)
    from constructs_lib import network_policies

    original = network_policies.resolve
    network_policies.resolve = lambda c, t=None: broken
    try:
        policies = policies_for(config)
    finally:
        network_policies.resolve = original
    rows = check_intended(config, policies)
    assert any(not r[5] and r[1] == "kafka-broker" for r in rows)
