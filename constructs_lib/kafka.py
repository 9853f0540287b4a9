"""Kafka (Strimzi 1.2.0, `kafka.strimzi.io/v1`, KRaft): the cluster, its node pools, topics and users.

Every field below is checked against the Strimzi 1.2.0 chart's CRD schemas (schemas/crds/kafka.strimzi.io) by
the validation gate; tests/platform/test_kafka.py pins the behaviour (roles, auth, ACLs, durability).
"""
from __future__ import annotations

from constructs import Construct

from constructs_lib import naming, ports
from constructs_lib.chart import Delivery, PlatformChart
from constructs_lib.config import PlatformConfig
from constructs_lib.config.kafka import NodePoolConfig, TopicConfig
from constructs_lib.custom_resource import Placement, custom_resource
from constructs_lib.security_context import container_security_context, pod_security_context
from constructs_lib.handles import KAFKA_TLS_PORT, KafkaHandle, kafka_handle
from constructs_lib.observability.monitors import endpoint, pod_monitor

API = "kafka.strimzi.io/v1"
COMPONENT = "kafka"
# After the operators (helmfile releases sync in the waves before 0).
SYNC_WAVE = 0
LISTENER = "tls"
# Labels on Strimzi's cluster CA cert Secret naming where its copy (the clients' trust bundle) goes.
TRUST_BUNDLE_NAMESPACE_LABEL = "mlops.platform/trust-bundle-namespace"
TRUST_BUNDLE_NAME_LABEL = "mlops.platform/trust-bundle-name"
ENTITY_OPERATOR_RESOURCES = {"requests": {"cpu": "100m", "memory": "256Mi"}, "limits": {"memory": "512Mi"}}
KAFKA_EXPORTER_RESOURCES = {"requests": {"cpu": "50m", "memory": "64Mi"}, "limits": {"memory": "128Mi"}}
# Pod labels Strimzi 1.2.0 puts on every pod of a Kafka cluster: strimzi.io/cluster, strimzi.io/kind and
# strimzi.io/name = <cluster>-kafka (nodes), <cluster>-kafka-exporter, <cluster>-entity-operator
# (api/.../KafkaResources.java componentName helpers; model/AbstractModel labels).


def _acl(resource_type: str, name: str | None, operations: list[str], *, pattern: str = "literal") -> dict:
    resource = {"type": resource_type}
    if name is not None:
        resource |= {"name": name, "patternType": pattern}
    return {"type": "allow", "resource": resource, "operations": operations}


def user_acls(config: PlatformConfig, handle: KafkaHandle) -> dict[str, list[dict]]:
    """KafkaUser name -> exactly the ACLs that workload needs (nothing else, no wildcard). Only the Flink
    job uses Kafka: no Spark job reads or writes a topic (jobs/spark), so Spark has no KafkaUser.

    No `IdempotentWrite` on the cluster: since Kafka 3.0 (KIP-679) producers are idempotent by
    default and Write on a topic or transactional id implies idempotent writes; the cluster-level
    IdempotentWrite ACL is deprecated and Kafka 4 does not require it.
    """
    kafka, users = config.kafka, handle.user_secrets
    raw, features = kafka.topics.raw_events.name, kafka.topics.features.name
    return {
        users["flink"]: [
            _acl("topic", raw, ["Read", "Describe"]),
            _acl("topic", features, ["Write", "Describe"]),
            _acl("topic", kafka.topics.rejected_events.name, ["Write", "Describe"]),  # dead letters
            _acl("group", kafka.flink_consumer_group, ["Read"]),
            # The exactly-once KafkaSink names its transactions `<prefix>-<subtask>-<n>`.
            _acl("transactionalId", kafka.flink_transactional_id_prefix, ["Write", "Describe"], pattern="prefix"),
        ],
    }


class KafkaChart(PlatformChart):
    def __init__(self, scope: Construct, *, config: PlatformConfig):
        namespace = config.namespaces.data_plane
        super().__init__(scope, "kafka", config=config,
                         delivery=Delivery(sync_wave=SYNC_WAVE, namespace=namespace))
        # The one place Kafka's handle is computed; every other chart receives it.
        self.handle: KafkaHandle = kafka_handle(config)
        kafka, cluster = config.kafka, config.kafka.cluster_name
        common = Placement(namespace=namespace, component=COMPONENT, environment=config.environment)

        custom_resource(self, "kafka", api_version=API, kind="Kafka", name=cluster, spec=self._kafka_spec(), **common)
        for role, pool in (("controller", kafka.controllers), ("broker", kafka.brokers)):
            name = f"{role}s"
            custom_resource(self, f"pool-{name}", api_version=API, kind="KafkaNodePool", name=name,
                            labels={"strimzi.io/cluster": cluster},
                            spec=self._pool_spec(role, pool), **common)
        for _key, topic in kafka.topics.all():
            custom_resource(self, f"topic-{topic.name}", api_version=API, kind="KafkaTopic", name=topic.name,
                            labels={"strimzi.io/cluster": cluster}, spec=_topic_spec(topic), **common)
        # KafkaUsers live where their workloads run: the User Operator watches that namespace only
        # (spec.entityOperator.userOperator.watchedNamespace) and writes each user's Secret next to its
        # KafkaUser, so the Flink/Spark pods reference it in their own namespace.
        users_common: Placement = {**common, "namespace": self.handle.user_secrets_namespace}
        for user, acls in user_acls(config, self.handle).items():
            custom_resource(self, f"user-{user}", api_version=API, kind="KafkaUser", name=user,
                            labels={"strimzi.io/cluster": cluster},
                            spec={"authentication": {"type": kafka.authentication},
                                  "authorization": {"type": "simple", "acls": acls}}, **users_common)
        self._monitors(common)

    def _monitors(self, common: Placement) -> None:
        """Prometheus scrapes the nodes (Strimzi Metrics Reporter), Kafka Exporter (consumer lag) and the
        entity operator's topic and user operators, each on the port Strimzi declares."""
        cluster = self.config.kafka.cluster_name
        base = {"strimzi.io/cluster": cluster, "strimzi.io/kind": "Kafka"}
        keep = "strimzi_io_(cluster|name|pool_name|broker_role|controller_role)"
        for id_, component, endpoints in (
            ("kafka", f"{cluster}-kafka", [endpoint(ports.STRIMZI_METRICS, relabel_pod_labels=keep)]),
            ("kafka-exporter", f"{cluster}-kafka-exporter", [endpoint(ports.STRIMZI_METRICS)]),
            ("entity-operator", f"{cluster}-entity-operator", [endpoint(ports.STRIMZI_TOPIC_OPERATOR_METRICS),
                                                               endpoint(ports.STRIMZI_USER_OPERATOR_METRICS)]),
        ):
            pod_monitor(self, f"podmonitor-{id_}", name=f"{cluster}-{id_}" if id_ != "kafka" else cluster,
                        pods={**base, "strimzi.io/name": component}, endpoints=endpoints, **common)
        # The cluster operator (its chart creates no monitor): pod label strimzi.io/kind=cluster-operator, port
        # `http` 8080 /metrics (packaging/install/cluster-operator/060-Deployment-strimzi-cluster-operator.yaml:50).
        pod_monitor(self, "podmonitor-cluster-operator", name="strimzi-cluster-operator",
                    pods={"strimzi.io/kind": "cluster-operator"},
                    endpoints=[endpoint(ports.STRIMZI_OPERATOR_METRICS)], namespace=self.config.namespaces.operators,
                    component=common["component"], environment=common["environment"])

    def _listener_peers(self) -> list[dict]:
        """Only the pods that use Kafka: Strimzi otherwise opens the listener to every pod."""
        jobs = {"matchLabels": {"kubernetes.io/metadata.name": self.config.namespaces.processing_jobs}}
        return [
            # Flink JobManager (partition discovery) and TaskManagers of the streaming job.
            {"namespaceSelector": jobs, "podSelector": {"matchLabels": {"app": naming.FLINK_DEPLOYMENT}}},
        ]

    def _trust_bundle_labels(self) -> dict[str, str]:
        return {TRUST_BUNDLE_NAMESPACE_LABEL: self.handle.ca_bundle_namespace,
                TRUST_BUNDLE_NAME_LABEL: self.handle.ca_bundle_secret}

    def _kafka_spec(self) -> dict:
        kafka = self.config.kafka
        kafka_spec: dict = {
            "version": kafka.version,
            "metadataVersion": kafka.metadata_version,
            "listeners": [{
                "name": LISTENER, "port": KAFKA_TLS_PORT, "type": "internal", "tls": True,
                "authentication": {"type": kafka.authentication},
                "networkPolicyPeers": self._listener_peers(),
            }],
            "authorization": {"type": "simple"},
            # Strimzi Metrics Reporter (a Kafka metrics reporter serving /metrics on 9404) rather than the JMX
            # Prometheus exporter: no ConfigMap of regex rules to maintain; Strimzi's default allow list
            # (model/KafkaCluster.java DEFAULT_METRICS_ALLOW_LIST) keeps exactly the metric families its 1.2.0
            # dashboards use (constructs_lib/observability/catalog.py lists them).
            "metricsConfig": {"type": "strimziMetricsReporter"},
            "config": {
                "default.replication.factor": kafka.default_replication_factor,
                "min.insync.replicas": kafka.min_insync_replicas,
                "offsets.topic.replication.factor": kafka.offsets_replication,
                "transaction.state.log.replication.factor": kafka.transaction_replication,
                "transaction.state.log.min.isr": kafka.transaction_min_isr,
                "auto.create.topics.enable": False,
            },
            "template": {
                "pod": {"securityContext": pod_security_context()},
                "kafkaContainer": {"securityContext": container_security_context()},
                "initContainer": {"securityContext": container_security_context()},
                # Marks Strimzi's `<cluster>-cluster-ca-cert` (public CA, Kafka namespace only) as the source
                # of the trust bundle ESO copies to the clients' namespace (config
                # kafka.cluster_ca_trust_bundle). Strimzi has no cross-namespace copy of its own:
                # https://github.com/strimzi/strimzi-kafka-operator/issues/3304
                "clusterCaCert": {"metadata": {"labels": self._trust_bundle_labels()}},
            },
        }
        if kafka.spread_across_zones and kafka.zone_topology_key:
            # broker.rack from the node's zone label: replicas of a partition land in different zones.
            kafka_spec["rack"] = {"type": "topology-label", "topologyKey": kafka.zone_topology_key}
        return {
            "kafka": kafka_spec,
            # Kafka Exporter: consumer group lag per topic/partition (kafka_consumergroup_lag), for the Flink
            # job's consumer group; only the platform's topics and groups.
            "kafkaExporter": {
                # Names are DNS-style ([a-z0-9.-]): only `.` needs escaping in the exporter's Go regexps.
                "topicRegex": "^(" + "|".join(sorted(_literal(t.name) for _, t in kafka.topics.all())) + ")$",
                "groupRegex": f"^{_literal(kafka.flink_consumer_group)}$",
                "resources": KAFKA_EXPORTER_RESOURCES,
                "template": {"pod": {"securityContext": pod_security_context()},
                             "container": {"securityContext": container_security_context()}},
            },
            "entityOperator": {
                # The Topic Operator keeps watching the Kafka namespace (KafkaTopics stay there).
                "topicOperator": {"resources": ENTITY_OPERATOR_RESOURCES},
                # The Cluster Operator creates the entity operator's Role and RoleBinding in the watched
                # namespace (EntityOperatorReconciler.userOperatorRole/userOperatorRoleBindings), so it must
                # watch that namespace too: values/strimzi-kafka-operator.yaml watchNamespaces.
                "userOperator": {"resources": ENTITY_OPERATOR_RESOURCES,
                                 "watchedNamespace": self.handle.user_secrets_namespace},
                "template": {
                    "pod": {"securityContext": pod_security_context()},
                    "topicOperatorContainer": {"securityContext": container_security_context()},
                    "userOperatorContainer": {"securityContext": container_security_context()},
                },
            },
        }

    def _pool_spec(self, role: str, pool: NodePoolConfig) -> dict:
        kafka = self.config.kafka
        volume = {"id": 0, "type": "persistent-claim", "size": pool.storage_size, "deleteClaim": False,
                  "kraftMetadata": "shared"}
        if pool.storage_class:
            volume["class"] = pool.storage_class
        pod: dict = {"securityContext": pod_security_context()}
        if kafka.spread_across_zones and kafka.zone_topology_key:
            pod["topologySpreadConstraints"] = [{
                "maxSkew": 1, "topologyKey": kafka.zone_topology_key, "whenUnsatisfiable": "DoNotSchedule",
                "labelSelector": {"matchLabels": {"strimzi.io/cluster": kafka.cluster_name,
                                                  "strimzi.io/pool-name": f"{role}s"}},
            }]
        return {
            "replicas": pool.replicas,
            "roles": [role],
            "storage": {"type": "jbod", "volumes": [volume]},
            "resources": {"requests": {"cpu": pool.cpu_request, "memory": pool.memory},
                          "limits": {"memory": pool.memory}},
            "template": {"pod": pod, "kafkaContainer": {"securityContext": container_security_context()}},
        }


def _literal(name: str) -> str:
    return name.replace(".", "\\.")


def _topic_spec(topic: TopicConfig) -> dict:
    config: dict = {"retention.ms": topic.retention_ms, "cleanup.policy": topic.cleanup_policy}
    if topic.min_insync_replicas is not None:
        config["min.insync.replicas"] = topic.min_insync_replicas
    return {"topicName": topic.name, "partitions": topic.partitions, "replicas": topic.replicas, "config": config}
