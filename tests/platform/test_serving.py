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
    # No NetworkPolicy of its own: the security chart's policies come from the one connectivity table.
    assert kinds == ["Deployment", "Service"]
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
                                    "--env-manager", "local", "-h", "0.0.0.0", "-p",
                                    str(config.network_security.serving_port)]
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
def test_service_and_table_policies_select_the_pods(synthesized, env):
    """The pods are selected by the Service and by the table's `model-serving` group, whose ingress
    (security chart) opens exactly the port the container listens on."""
    from constructs_lib.network_policies import resolve

    config = load_environment(env)
    deployment = one(docs(synthesized, env), "Deployment", naming.MODEL_SERVING_DEPLOYMENT)
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    service = one(docs(synthesized, env), "Service", naming.MODEL_SERVING_DEPLOYMENT)
    ingress = one(synthesized[env]["security"], "NetworkPolicy", "allow-model-serving-ingress")
    for selector in (service["spec"]["selector"], deployment["spec"]["selector"]["matchLabels"],
                     ingress["spec"]["podSelector"]["matchLabels"],
                     resolve(config).groups["model-serving"].labels):
        assert selector.items() <= pod_labels.items()
    port = config.network_security.serving_port
    assert service["spec"]["ports"][0]["port"] == port
    assert [p["containerPort"] for p in deployment["spec"]["template"]["spec"]["containers"][0]["ports"]] == [port]
    assert {p["port"] for rule in ingress["spec"]["ingress"] for p in rule["ports"]} == {port}


def test_serving_port_has_one_source():
    """Changing network_security.serving_port moves the listener, the Service and the policy together."""
    import cdk8s

    from constructs_lib.security import SecurityChart
    from constructs_lib.serving import ModelServingChart

    dev = load_environment("dev")
    config = dev.model_copy(update={"network_security": dev.network_security.model_copy(update={"serving_port": 9191})})
    app = cdk8s.App()
    serving = ModelServingChart(app, config=config, mlflow=mlflow_handle(config), images=images()).to_json()
    policies = SecurityChart(app, config=config).to_json()
    container = one(serving, "Deployment", naming.MODEL_SERVING_DEPLOYMENT)["spec"]["template"]["spec"]["containers"][0]
    assert container["command"][-2:] == ["-p", "9191"]
    assert container["ports"][0]["containerPort"] == 9191
    assert one(serving, "Service", naming.MODEL_SERVING_DEPLOYMENT)["spec"]["ports"][0]["port"] == 9191
    ingress = one(policies, "NetworkPolicy", "allow-model-serving-ingress")
    assert {p["port"] for rule in ingress["spec"]["ingress"] for p in rule["ports"]} == {9191}
    assert "8080" not in text(serving)
