"""The synthesized FlinkDeployment runs this job as the job expects: its arguments parse with the
job's own CLI, and the environment it provides maps to a complete Kafka security configuration."""
from pathlib import Path

import pytest
import yaml

import user_activity_features as job

ROOT = Path(__file__).resolve().parents[3]


def deployments():
    found = []
    for env_dir in sorted((ROOT / "dist").iterdir()):
        path = env_dir / "flink-jobs.yaml"
        if path.is_file():
            found += [(env_dir.name, d) for d in yaml.safe_load_all(path.read_text())
                      if d and d.get("kind") == "FlinkDeployment"]  # flink-jobs.yaml also holds its PodMonitor
    return found


@pytest.mark.parametrize("env, deployment", deployments(), ids=lambda v: v if isinstance(v, str) else "")
def test_synthesized_arguments_parse_with_the_job_cli(env, deployment):
    job_spec = deployment["spec"]["job"]
    assert job_spec["entryClass"] == "org.apache.flink.client.python.PythonDriver"
    args = list(job_spec["args"])
    assert args[:2] == ["-py", "/opt/flink/usrlib/user_activity_features.py"]
    parsed = job.parse_args(args[2:])
    assert parsed.bootstrap_servers.endswith(":9093")
    assert (parsed.source_topic, parsed.sink_topic) == ("user-events-raw", "user-activity-features")
    assert parsed.rejects_topic == "user-events-rejected"  # the dead-letter topic (#13 item 8)
    window = job.window_from_args(parsed)
    assert parsed.window_size_seconds % parsed.window_slide_seconds == 0, window


@pytest.mark.parametrize("env, deployment", deployments(), ids=lambda v: v if isinstance(v, str) else "")
def test_synthesized_environment_configures_scram_over_tls(env, deployment):
    containers = deployment["spec"]["podTemplate"]["spec"]["containers"]
    main = next(c for c in containers if c["name"] == "flink-main-container")
    env_vars = {e["name"]: e for e in main.get("env", [])}
    for name in ("KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_USERNAME", "KAFKA_SSL_TRUSTSTORE_PATH"):
        assert "value" in env_vars[name], name
    assert "secretKeyRef" in env_vars["KAFKA_SASL_PASSWORD"]["valueFrom"]
    literal = {k: v["value"] for k, v in env_vars.items() if "value" in v}
    options = job.kafka_security_options({**literal, "KAFKA_SASL_PASSWORD": "from-the-secret"})
    assert options["properties.security.protocol"] == "SASL_SSL"
    assert options["properties.ssl.truststore.type"] == "PEM"
    assert "from-the-secret" in options["properties.sasl.jaas.config"]
