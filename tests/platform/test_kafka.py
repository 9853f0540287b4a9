"""Kafka chart: KRaft node pools, the one TLS listener, simple authorization, durability from
config, topics from config and the exact ACL table per KafkaUser."""
from __future__ import annotations

import pytest

from constructs_lib.config import load_environment
from constructs_lib.handles import kafka_handle

ENVS = ("dev", "prod")


def kinds(docs: list[dict], kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


@pytest.fixture(scope="module")
def configs():
    return {env: load_environment(env) for env in ENVS}


def kafka_cr(synthesized, env) -> dict:
    (cr,) = kinds(synthesized[env]["kafka"], "Kafka").values()
    return cr


@pytest.mark.parametrize("env,controllers,brokers", [("dev", 1, 1), ("prod", 3, 3)])
def test_node_pools_roles_and_replicas(synthesized, configs, env, controllers, brokers):
    pools = kinds(synthesized[env]["kafka"], "KafkaNodePool")
    assert set(pools) == {"controllers", "brokers"}
    assert pools["controllers"]["spec"]["roles"] == ["controller"]
    assert pools["brokers"]["spec"]["roles"] == ["broker"]
    assert pools["controllers"]["spec"]["replicas"] == controllers == configs[env].kafka.controllers.replicas
    assert pools["brokers"]["spec"]["replicas"] == brokers == configs[env].kafka.brokers.replicas
    for pool in pools.values():
        assert pool["metadata"]["labels"]["strimzi.io/cluster"] == configs[env].kafka.cluster_name
        (volume,) = pool["spec"]["storage"]["volumes"]
        assert pool["spec"]["storage"]["type"] == "jbod"
        assert volume["type"] == "persistent-claim" and volume["deleteClaim"] is False


def test_prod_spreads_pools_across_zones_and_dev_does_not(synthesized):
    for env, spread in (("dev", False), ("prod", True)):
        for pool in kinds(synthesized[env]["kafka"], "KafkaNodePool").values():
            constraints = pool["spec"]["template"]["pod"].get("topologySpreadConstraints", [])
            assert bool(constraints) is spread, env
            if spread:
                assert constraints[0]["topologyKey"] == "topology.kubernetes.io/zone"
                assert constraints[0]["whenUnsatisfiable"] == "DoNotSchedule"
        assert ("rack" in kafka_cr(synthesized, env)["spec"]["kafka"]) is spread


@pytest.mark.parametrize("env", ENVS)
def test_single_tls_listener_with_auth_and_peers(synthesized, configs, env):
    spec = kafka_cr(synthesized, env)["spec"]["kafka"]
    (listener,) = spec["listeners"]
    assert listener["port"] == kafka_handle(configs[env]).tls_port == 9093
    assert listener["tls"] is True and listener["type"] == "internal"
    assert listener["authentication"] == {"type": configs[env].kafka.authentication}
    jobs = {"matchLabels": {"kubernetes.io/metadata.name": "processing-jobs"}}
    assert listener["networkPolicyPeers"] == [
        {"namespaceSelector": jobs, "podSelector": {"matchLabels": {"app": "user-activity-features"}}},
    ]  # Flink only: no Spark job uses Kafka (least privilege)
    assert spec["authorization"] == {"type": "simple"}


@pytest.mark.parametrize("env", ENVS)
def test_durability_settings_equal_config(synthesized, configs, env):
    kafka = configs[env].kafka
    config = kafka_cr(synthesized, env)["spec"]["kafka"]["config"]
    assert config["default.replication.factor"] == kafka.default_replication_factor
    assert config["min.insync.replicas"] == kafka.min_insync_replicas
    assert config["offsets.topic.replication.factor"] == kafka.offsets_topic_replication_factor
    assert config["transaction.state.log.replication.factor"] == kafka.transaction_state_log_replication_factor
    assert config["transaction.state.log.min.isr"] == kafka.transaction_state_log_min_isr
    assert config["auto.create.topics.enable"] is False


@pytest.mark.parametrize("env", ENVS)
def test_restricted_security_contexts(synthesized, env):
    spec = kafka_cr(synthesized, env)["spec"]
    containers = [spec["kafka"]["template"]["kafkaContainer"], spec["entityOperator"]["template"]["topicOperatorContainer"],
                  spec["entityOperator"]["template"]["userOperatorContainer"]]
    containers += [p["spec"]["template"]["kafkaContainer"] for p in kinds(synthesized[env]["kafka"], "KafkaNodePool").values()]
    for container in containers:
        context = container["securityContext"]
        assert context["allowPrivilegeEscalation"] is False and context["capabilities"] == {"drop": ["ALL"]}
        assert context["runAsNonRoot"] is True and context["seccompProfile"] == {"type": "RuntimeDefault"}
    assert set(spec["entityOperator"]) >= {"topicOperator", "userOperator"}


def test_topics_from_config(synthesized, configs):
    for env in ENVS:
        topics = kinds(synthesized[env]["kafka"], "KafkaTopic")
        expected = {t.name: t for _, t in configs[env].kafka.topics.all()}
        assert set(topics) == set(expected)
        for name, topic in topics.items():
            want = expected[name]
            assert topic["metadata"]["labels"]["strimzi.io/cluster"] == configs[env].kafka.cluster_name
            assert (topic["spec"]["partitions"], topic["spec"]["replicas"]) == (want.partitions, want.replicas)
            assert topic["spec"]["config"]["retention.ms"] == want.retention_ms
            assert topic["spec"]["config"]["cleanup.policy"] == want.cleanup_policy


def acl_table(user: dict) -> set[tuple]:
    rows = set()
    for acl in user["spec"]["authorization"]["acls"]:
        resource = acl["resource"]
        for op in acl["operations"]:
            rows.add((acl.get("type", "allow"), resource["type"], resource.get("name"),
                      resource.get("patternType", "literal"), op))
    return rows


@pytest.mark.parametrize("env", ENVS)
def test_exact_acl_table_per_user_and_no_other_principal(synthesized, configs, env):
    kafka = configs[env].kafka
    raw, features = kafka.topics.raw_events.name, kafka.topics.features.name
    users = kinds(synthesized[env]["kafka"], "KafkaUser")
    handle = kafka_handle(configs[env])
    # Only Flink uses Kafka: no KafkaUser, ACL or listener peer for Spark (least privilege).
    assert set(users) == set(handle.user_secrets.values()) == {"flink-user-activity"}
    assert acl_table(users["flink-user-activity"]) == {
        ("allow", "topic", raw, "literal", "Read"), ("allow", "topic", raw, "literal", "Describe"),
        ("allow", "topic", features, "literal", "Write"), ("allow", "topic", features, "literal", "Describe"),
        ("allow", "topic", kafka.topics.rejected_events.name, "literal", "Write"),
        ("allow", "topic", kafka.topics.rejected_events.name, "literal", "Describe"),
        ("allow", "group", kafka.flink_consumer_group, "literal", "Read"),
        ("allow", "transactionalId", kafka.flink_transactional_id_prefix, "prefix", "Write"),
        ("allow", "transactionalId", kafka.flink_transactional_id_prefix, "prefix", "Describe"),
    }
    for user in users.values():
        # Next to the workloads: the User Operator writes the user's Secret in the KafkaUser's namespace.
        assert user["metadata"]["namespace"] == handle.user_secrets_namespace == configs[env].namespaces.processing_jobs
        assert user["spec"]["authentication"] == {"type": kafka.authentication}
        assert user["metadata"]["labels"]["strimzi.io/cluster"] == kafka.cluster_name
        assert "superUsers" not in kafka_cr(synthesized, env)["spec"]["kafka"]["authorization"]


def test_handle_matches_cluster(configs):
    from constructs_lib.kafka import KafkaChart
    import cdk8s

    chart = KafkaChart(cdk8s.App(), config=configs["prod"])
    assert chart.handle == kafka_handle(configs["prod"])
    assert chart.handle.bootstrap_servers == "events-kafka-bootstrap.data-plane.svc:9093"


@pytest.mark.parametrize("env", ENVS)
def test_user_operator_watches_processing_jobs_and_topics_stay_in_data_plane(synthesized, configs, env):
    namespaces = configs[env].namespaces
    cr = kafka_cr(synthesized, env)
    operators = cr["spec"]["entityOperator"]
    assert operators["userOperator"]["watchedNamespace"] == namespaces.processing_jobs
    assert "secretPrefix" not in operators["userOperator"]  # Secret name == KafkaUser name (handle.user_secrets)
    # The Topic Operator keeps its default: the Kafka namespace, where the KafkaTopics are.
    assert "watchedNamespace" not in operators["topicOperator"]
    assert cr["metadata"]["namespace"] == namespaces.data_plane
    for kind in ("KafkaTopic", "KafkaNodePool"):
        assert {d["metadata"]["namespace"] for d in kinds(synthesized[env]["kafka"], kind).values()} == {
            namespaces.data_plane}
    assert {d["metadata"]["namespace"] for d in kinds(synthesized[env]["kafka"], "KafkaUser").values()} == {
        namespaces.processing_jobs}


def test_strimzi_operator_watches_every_namespace_with_strimzi_resources(synthesized):
    """The CO creates the entity operator's Role/RoleBinding in the watched namespace, so it needs the chart's
    per-namespace RoleBindings there (chart watchNamespaces)."""
    import yaml

    from conftest import ROOT

    watched = set(yaml.safe_load((ROOT / "values" / "strimzi-kafka-operator.yaml").read_text())["watchNamespaces"])
    for env in ENVS:
        strimzi = [d for d in synthesized[env]["kafka"] if d["apiVersion"].startswith("kafka.strimzi.io/")]
        operators = kafka_cr(synthesized, env)["spec"]["entityOperator"]
        needed = {d["metadata"]["namespace"] for d in strimzi} | {
            operators[o]["watchedNamespace"] for o in ("topicOperator", "userOperator") if "watchedNamespace" in operators[o]}
        assert needed <= watched, needed - watched


@pytest.mark.parametrize("env", ENVS)
def test_cluster_ca_cert_secret_is_labelled_as_the_trust_bundle_source(synthesized, configs, env):
    handle = kafka_handle(configs[env])
    assert handle.ca_bundle_namespace == configs[env].namespaces.processing_jobs
    assert (handle.ca_bundle_secret, handle.ca_bundle_key) == (
        configs[env].kafka.cluster_ca_trust_bundle.name, configs[env].kafka.cluster_ca_trust_bundle.key)
    assert handle.ca_secret == f"{configs[env].kafka.cluster_name}-cluster-ca-cert"
    labels = kafka_cr(synthesized, env)["spec"]["kafka"]["template"]["clusterCaCert"]["metadata"]["labels"]
    assert labels == {"mlops.platform/trust-bundle-namespace": handle.ca_bundle_namespace,
                      "mlops.platform/trust-bundle-name": handle.ca_bundle_secret}
