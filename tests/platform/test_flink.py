"""flink-jobs: the user-activity-features FlinkDeployment (operator 1.15, Flink 2.2, PyFlink)."""
from __future__ import annotations

import pytest

from compute_helpers import SECRET_LIKE, env_of, flink_pod_spec, one, text
from constructs_lib import naming
from constructs_lib.config import load_environment
from constructs_lib.handles import kafka_handle, object_store_handle
from constructs_lib.images import images
from validation.manifests import validate_object
from validation.pod_security import restricted_violations

ENVS = ("dev", "prod")


def deployment(synthesized, env) -> dict:
    docs = synthesized[env]["flink-jobs"]
    assert [d["kind"] for d in docs] == ["FlinkDeployment", "PodMonitor"]  # the job and its scrape
    return one(docs, "FlinkDeployment", naming.FLINK_DEPLOYMENT)


@pytest.mark.parametrize("env", ENVS)
def test_matches_the_pinned_crd_schema(synthesized, env):
    doc = deployment(synthesized, env)
    assert doc["apiVersion"] == "flink.apache.org/v1beta1"
    assert validate_object(doc, "1.33") == []


def test_schema_gate_rejects_a_flink_1_key_in_the_wrong_place(synthesized):
    doc = deployment(synthesized, "dev")
    bad = {**doc, "spec": {**doc["spec"], "job": {**doc["spec"]["job"], "upgradeMode": "last_state"}}}
    assert any("upgradeMode" in e for e in validate_object(bad, "1.33"))


@pytest.mark.parametrize("env", ENVS)
def test_pod_template_is_restricted(synthesized, env):
    pod = flink_pod_spec(deployment(synthesized, env))
    assert restricted_violations(pod) == []
    container = pod["containers"][0]
    assert container["name"] == "flink-main-container"  # the operator merges by this name
    assert container["securityContext"]["readOnlyRootFilesystem"] is False  # the entrypoint writes conf/
    assert isinstance(pod["securityContext"]["runAsUser"], int)
    mounts = {m["mountPath"] for m in container["volumeMounts"]}
    assert {"/tmp", "/opt/flink/log"} <= mounts


@pytest.mark.parametrize("env", ENVS)
def test_job_runs_the_pyflink_file_with_the_platform_handles(synthesized, env):
    config = load_environment(env)
    kafka, spec = kafka_handle(config), deployment(synthesized, env)["spec"]
    job = spec["job"]
    assert spec["flinkVersion"] == "v2_2"
    assert spec["image"] == images().flink_job
    assert spec["serviceAccount"] == naming.FLINK_SA
    assert job["entryClass"] == "org.apache.flink.client.python.PythonDriver"
    assert job["jarURI"] == f"local:///opt/flink/opt/flink-python-{images().flink_version}.jar" \
        == "local:///opt/flink/opt/flink-python-2.2.1.jar"
    args = job["args"]
    assert args[:2] == ["-py", "/opt/flink/usrlib/user_activity_features.py"]
    options = dict(zip(args[2::2], args[3::2], strict=True))
    assert options == {
        "--bootstrap-servers": kafka.bootstrap_servers,
        "--source-topic": config.kafka.topics.raw_events.name,
        "--sink-topic": config.kafka.topics.features.name,
        "--rejects-topic": config.kafka.topics.rejected_events.name,  # dead letters (#13 item 8)
        "--group-id": config.kafka.flink_consumer_group,
        "--transactional-id-prefix": config.kafka.flink_transactional_id_prefix,
        "--window-size-seconds": str(config.flink.window_size_seconds),
        "--window-slide-seconds": str(config.flink.window_slide_seconds),
        "--max-out-of-orderness-seconds": str(config.flink.max_out_of_orderness_seconds),
        "--checkpoint-interval-seconds": str(config.flink.checkpoint_interval_seconds),
    }
    assert job["parallelism"] == config.flink.parallelism and job["state"] == "running"
    assert job["upgradeMode"] == config.flink.upgrade_mode


def test_prod_keeps_state_across_upgrades(synthesized):
    assert deployment(synthesized, "prod")["spec"]["job"]["upgradeMode"] == "last-state"


@pytest.mark.parametrize("env", ENVS)
def test_flink_2_checkpointing_ha_and_s3(synthesized, env):
    config = load_environment(env)
    store, conf = object_store_handle(config), deployment(synthesized, env)["spec"]["flinkConfiguration"]
    assert all(isinstance(v, str) for v in conf.values())
    bucket = f"s3://{config.object_store.buckets.flink_checkpoints}/"
    assert conf["high-availability.type"] == "kubernetes"
    assert conf["high-availability.storageDir"].startswith(bucket) and conf["high-availability.storageDir"].endswith("/ha")
    assert conf["execution.checkpointing.storage"] == "filesystem"
    assert conf["execution.checkpointing.dir"].startswith(bucket)
    assert conf["execution.checkpointing.savepoint-dir"].startswith(bucket)
    assert conf["execution.checkpointing.mode"] == "EXACTLY_ONCE"
    assert conf["execution.checkpointing.interval"] == f"{config.flink.checkpoint_interval_seconds}s"
    for removed in ("state.checkpoints.dir", "state.savepoints.dir", "high-availability", "state.backend"):
        assert removed not in conf, f"Flink 1 key {removed}"
    assert conf["s3.endpoint"] == store.endpoint_url
    assert conf["s3.path.style.access"] == "true"
    assert conf["taskmanager.numberOfTaskSlots"] == str(config.flink.task_slots)
    assert not any("access-key" in k or "secret-key" in k for k in conf)


@pytest.mark.parametrize("env", ENVS)
def test_resources_come_from_config(synthesized, env):
    config, spec = load_environment(env), deployment(synthesized, env)["spec"]
    assert spec["jobManager"]["resource"]["memory"] == {"1Gi": "1024m", "2Gi": "2048m"}[config.flink.job_manager.memory_limit]
    assert spec["taskManager"]["resource"]["cpu"] == float(config.flink.task_manager.cpu_request)


def test_autoscaler_only_when_enabled(synthesized):
    prod = deployment(synthesized, "prod")["spec"]["flinkConfiguration"]
    config = load_environment("prod").flink.autoscaler
    assert prod["job.autoscaler.enabled"] == "true"
    assert prod["job.autoscaler.utilization.target"] == str(config.target_utilization)
    assert prod["job.autoscaler.vertex.max-parallelism"] == str(config.max_parallelism)
    assert not any(k.startswith("job.autoscaler.") for k in deployment(synthesized, "dev")["spec"]["flinkConfiguration"])


@pytest.mark.parametrize("env", ENVS)
def test_secrets_only_by_reference(synthesized, env):
    config = load_environment(env)
    kafka = kafka_handle(config)
    doc = deployment(synthesized, env)
    pod = flink_pod_spec(doc)
    env_vars = env_of(pod["containers"][0])
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        assert env_vars[key] == {"name": key, "valueFrom": {"secretKeyRef": {
            "name": config.object_store.credentials.flink, "key": key}}}
    assert env_vars["KAFKA_SECURITY_PROTOCOL"]["value"] == "SASL_SSL"
    assert env_vars["KAFKA_SASL_MECHANISM"]["value"] == "SCRAM-SHA-512"
    assert env_vars["KAFKA_SASL_USERNAME"]["value"] == kafka.user_secrets["flink"]
    assert env_vars["KAFKA_SASL_PASSWORD"]["valueFrom"]["secretKeyRef"] == {
        "name": kafka.user_secrets["flink"], "key": "password"}
    assert env_vars["KAFKA_SSL_TRUSTSTORE_PATH"]["value"] == "/etc/kafka/ca/ca.crt"
    ca = next(v for v in pod["volumes"] if "secret" in v and v["secret"]["secretName"] == kafka.ca_bundle_secret)
    mount = next(m for m in pod["containers"][0]["volumeMounts"] if m["name"] == ca["name"])
    assert mount["mountPath"] == "/etc/kafka/ca"
    assert ca["secret"]["items"] == [{"key": kafka.ca_bundle_key, "path": "ca.crt"}]
    for var in env_vars.values():
        assert "value" not in var or not any(w in var["name"] for w in ("PASSWORD", "SECRET", "KEY_ID"))
    assert not SECRET_LIKE.search(text([doc]))


@pytest.mark.parametrize("env", ENVS)
def test_referenced_secrets_are_in_the_pods_own_namespace(synthesized, env):
    """Strimzi writes `<cluster>-cluster-ca-cert` in the Kafka namespace only; the pod uses the trust bundle
    and the KafkaUser Secret of its own namespace (processing-jobs)."""
    config = load_environment(env)
    kafka, doc = kafka_handle(config), deployment(synthesized, env)
    namespace = doc["metadata"]["namespace"]
    assert namespace == config.namespaces.processing_jobs
    assert kafka.user_secrets_namespace == kafka.ca_bundle_namespace == namespace != kafka.namespace
    pod = flink_pod_spec(doc)
    secrets = {v["secret"]["secretName"] for v in pod["volumes"] if "secret" in v}
    secrets |= {e["valueFrom"]["secretKeyRef"]["name"] for e in pod["containers"][0]["env"]
                if "secretKeyRef" in e.get("valueFrom", {})}
    assert kafka.ca_secret not in secrets
    assert secrets == {kafka.ca_bundle_secret, kafka.user_secrets["flink"], config.object_store.credentials.flink}
    kafka_users = {d["metadata"]["name"]: d["metadata"]["namespace"] for d in synthesized[env]["kafka"]
                   if d["kind"] == "KafkaUser"}
    assert kafka_users[kafka.user_secrets["flink"]] == namespace


def test_chart_refuses_secrets_of_another_namespace():
    import dataclasses

    import cdk8s

    from constructs_lib.flink import FlinkJobsChart

    config = load_environment("dev")
    kafka = dataclasses.replace(kafka_handle(config), user_secrets_namespace=config.namespaces.data_plane)
    with pytest.raises(ValueError, match="KafkaUser Secrets are in 'data-plane'"):
        FlinkJobsChart(cdk8s.App(), config=config, kafka=kafka, object_store=object_store_handle(config),
                       images=images())


# Flink options that set a port a JobManager or TaskManager listens on.
PORT_OPTIONS = ("rest.port", "jobmanager.rpc.port", "high-availability.jobmanager.port", "blob.server.port",
                "taskmanager.rpc.port", "taskmanager.data.port", "metrics.reporter.prom.port")


@pytest.mark.parametrize("env", ENVS)
def test_every_port_the_policies_open_is_the_port_flink_listens_on(synthesized, env):
    """Each flow into a Flink pod (connectivity table) targets a port the FlinkDeployment pins, and every
    listener the FlinkDeployment pins has a flow: TaskManagers exchange data on taskmanager.data.port (a
    random port unless set, which no policy could open) and Prometheus scrapes the reporter's port."""
    from constructs_lib.network_policies import resolve

    conf = deployment(synthesized, env)["spec"]["flinkConfiguration"]
    missing = [option for option in PORT_OPTIONS if option not in conf]
    assert not missing, f"flinkConfiguration leaves these ports to Flink's defaults: {missing}"
    pinned = {int(conf[option]) for option in PORT_OPTIONS}
    flows = [f for f in resolve(load_environment(env)).flows if f.target in ("flink-jobmanager", "flink-taskmanager")]
    opened = {f.port for f in flows}
    assert opened <= pinned, f"policies open {sorted(opened - pinned)} where Flink listens on nothing pinned"
    assert pinned <= opened, f"Flink listens on {sorted(pinned - opened)} which no flow opens"
    by_pair = {(f.source, f.target, f.port) for f in flows}
    assert ("flink-taskmanager", "flink-taskmanager", int(conf["taskmanager.data.port"])) in by_pair
    assert ("prometheus", "flink-taskmanager", int(conf["metrics.reporter.prom.port"])) in by_pair
    assert ("flink-operator", "flink-jobmanager", int(conf["rest.port"])) in by_pair
    assert conf["metrics.reporter.prom.factory.class"] == "org.apache.flink.metrics.prometheus.PrometheusReporterFactory"
