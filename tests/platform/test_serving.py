"""model-serving: MLflow's scoring server for models:/<name>@champion."""
from __future__ import annotations

import pytest

from compute_helpers import SECRET_LIKE, env_of, one, text
from constructs_lib import naming
from constructs_lib.config import load_environment
from constructs_lib.handles import mlflow_handle
from constructs_lib.images import images
from validation.manifests import validate_object
from validation.pod_security import restricted_violations

ENVS = ("dev", "prod")


def docs(synthesized, env):
    return synthesized[env]["model-serving"]


@pytest.mark.parametrize("env", ENVS)
def test_core_schemas(synthesized, env):
    kinds = sorted(d["kind"] for d in docs(synthesized, env))
    assert kinds == ["Deployment", "NetworkPolicy", "Service"]
    for doc in docs(synthesized, env):
        assert doc["metadata"]["namespace"] == load_environment(env).namespaces.ml_lifecycle
        assert validate_object(doc, "1.33") == []


@pytest.mark.parametrize("env", ENVS)
def test_serves_the_champion_with_the_spark_jobs_image(synthesized, env):
    config = load_environment(env)
    deployment = one(docs(synthesized, env), "Deployment", naming.MODEL_SERVING_DEPLOYMENT)
    pod = deployment["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert container["image"] == images().spark_jobs
    assert container["command"] == ["mlflow", "models", "serve", "-m", f"models:/{config.spark.model_name}@champion",
                                    "--env-manager", "local", "-h", "0.0.0.0", "-p", "8080"]
    assert env_of(container)["MLFLOW_TRACKING_URI"]["value"] == mlflow_handle(config).tracking_uri
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        assert container[probe]["httpGet"]["path"] == "/ping"
    assert container["resources"]["requests"]["memory"] == config.serving.resources.memory_request
    assert container["resources"]["limits"]["memory"] == config.serving.resources.memory_limit
    assert deployment["spec"]["replicas"] == config.serving.replicas
    assert pod["serviceAccountName"] == naming.MODEL_SERVING_SA
    assert pod["automountServiceAccountToken"] is False
    assert not SECRET_LIKE.search(text(docs(synthesized, env)))


@pytest.mark.parametrize("env", ENVS)
def test_pod_is_restricted(synthesized, env):
    deployment = one(docs(synthesized, env), "Deployment", naming.MODEL_SERVING_DEPLOYMENT)
    pod = deployment["spec"]["template"]["spec"]
    assert restricted_violations(pod) == []
    assert pod["containers"][0]["securityContext"]["readOnlyRootFilesystem"] is True


@pytest.mark.parametrize("env", ENVS)
def test_service_and_policy_select_the_pods(synthesized, env):
    deployment = one(docs(synthesized, env), "Deployment", naming.MODEL_SERVING_DEPLOYMENT)
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    service = one(docs(synthesized, env), "Service", naming.MODEL_SERVING_DEPLOYMENT)
    policy = one(docs(synthesized, env), "NetworkPolicy", naming.MODEL_SERVING_DEPLOYMENT)
    for selector in (service["spec"]["selector"], deployment["spec"]["selector"]["matchLabels"],
                     policy["spec"]["podSelector"]["matchLabels"]):
        assert selector.items() <= pod_labels.items()
    assert service["spec"]["ports"][0]["port"] == 8080
    egress_ports = {p["port"] for rule in policy["spec"]["egress"] for p in rule["ports"]}
    assert egress_ports == {53, mlflow_handle(load_environment(env)).port}
