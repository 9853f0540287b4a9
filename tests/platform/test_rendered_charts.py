"""Every helmfile release rendered from its pinned chart archive with its values (tests/platform/rendered.py)
together with every dist/ chart: what Argo CD would apply, checked as a whole.

- the AppProject admits every object: namespaced ones only in its destinations, cluster-scoped ones only of
  the whitelisted kinds (Argo CD refuses the rest of a release, e.g. cert-manager's leader-election Roles in
  kube-system);
- one owner for every (group, kind, namespace, name) across all Applications (two owners overwrite each
  other forever and Argo CD reports a SharedResourceWarning);
- every container the platform runs has CPU and memory requests and a memory limit, from its values or CR,
  or from its namespace's LimitRange defaults (config container_defaults);
- the facts other fixes rest on, read from the rendered objects (MLflow's images, the Strimzi CRD path).

A release whose archive cannot be had at all (charts.lock `unavailable`) is listed by name with the lock's
reason in test_only_known_releases_are_unrendered; its values are checked instead.
"""
from __future__ import annotations

import functools
from collections import defaultdict

import pytest

from conftest import ROOT
from constructs_lib import argocd, helmfile
from constructs_lib.config import load_environment
from constructs_lib.chart_render import Helm, group_of, is_cluster_scoped, render_release, unavailable_reason

ENVS = ("dev", "prod")
# Releases no archive exists for (charts.lock says why); anything else must render.
UNRENDERABLE = {"airflow"}
CONTROLLERS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job")


@pytest.fixture(scope="session")
def releases_rendered(helm, fresh_dist) -> dict[str, dict[str, list[dict]]]:
    """env -> release -> rendered objects (installed releases only; UNRENDERABLE left out). `helm` is the
    conftest fixture (the pinned helm of scripts/install-tools.sh)."""
    renderer = Helm(helm)
    result: dict[str, dict[str, list[dict]]] = {}
    for env in ENVS:
        version = load_environment(env).cluster.kubernetes_version
        result[env] = {r.name: render_release(r, helm=renderer, dist=fresh_dist, kubernetes_version=version)
                       for r in helmfile.releases(env) if r.installed and r.name not in UNRENDERABLE}
    return result


@functools.lru_cache(maxsize=None)
def installed(env: str) -> dict[str, helmfile.Release]:
    return {r.name: r for r in helmfile.releases(env) if r.installed}


def owners(synthesized, releases_rendered, env) -> dict[str, list[dict]]:
    """Application name -> the objects it syncs, each with its namespace filled in as Argo CD applies it."""
    charts, result = synthesized[env], {}
    apps = {d["metadata"]["name"]: d for d in charts[argocd.CHART_NAME] if d["kind"] == "Application"}
    # The root syncs the project and the children (argocd-root.yaml is applied by the bootstrap only).
    result[f"{env}-root"] = charts[argocd.PROJECT_CHART] + charts[argocd.CHART_NAME]
    for name, app in apps.items():
        if "source" in app["spec"]:
            chart = app["spec"]["source"]["directory"]["include"].removesuffix(".yaml")
            destination = app["spec"]["destination"]["namespace"]
            docs = [dict(d, metadata={"namespace": destination, **d["metadata"]}) if not is_cluster_scoped(d) else d
                    for d in charts[chart]]
            result[name] = docs
        else:
            release = app["spec"]["sources"][0]["helm"]["releaseName"]
            if release in releases_rendered[env]:
                result[name] = releases_rendered[env][release]
    return result


def key(doc: dict) -> tuple[str, str, str, str]:
    return group_of(doc), doc["kind"], doc["metadata"].get("namespace", ""), doc["metadata"]["name"]


def test_only_known_releases_are_unrendered():
    """The one release without an archive is named, with the lock's reason; every other one renders."""
    for env in ENVS:
        for name in installed(env):
            reason = unavailable_reason(name)
            assert (reason is not None) == (name in UNRENDERABLE), (name, reason)


@pytest.mark.parametrize("env", ENVS)
def test_app_project_admits_every_object(synthesized, releases_rendered, env):
    # argocd-project also carries the ClusterSecretStore and Argo CD's repository credential (ExternalSecret)
    (project,) = [d for d in synthesized[env][argocd.PROJECT_CHART] if d["kind"] == "AppProject"]
    destinations = {d["namespace"] for d in project["spec"]["destinations"]}
    whitelist = {(w["group"], w["kind"]) for w in project["spec"]["clusterResourceWhitelist"]}
    refused, checked = [], 0
    for app, docs in owners(synthesized, releases_rendered, env).items():
        for doc in docs:
            checked += 1
            if is_cluster_scoped(doc):
                if (group_of(doc), doc["kind"]) not in whitelist:
                    refused.append(f"{app}: cluster-scoped {doc['kind']} {doc['metadata']['name']} not whitelisted")
            elif doc["metadata"]["namespace"] not in destinations:
                refused.append(f"{app}: {doc['kind']} {doc['metadata']['namespace']}/{doc['metadata']['name']}: "
                               "namespace is not a destination of the AppProject")
    assert checked > 300
    assert not refused, "\n".join(refused)


@pytest.mark.parametrize("env", ENVS)
def test_cert_manager_leader_election_stays_in_its_namespace(releases_rendered, env):
    namespace = load_environment(env).cluster.cert_manager_namespace
    leader = [d for d in releases_rendered[env]["cert-manager"]
              if d["kind"] in ("Role", "RoleBinding") and "leaderelection" in d["metadata"]["name"]]
    assert len(leader) == 4
    assert {d["metadata"]["namespace"] for d in leader} == {namespace}
    args = [a for d in releases_rendered[env]["cert-manager"] if d["kind"] == "Deployment"
            for c in d["spec"]["template"]["spec"]["containers"] for a in c.get("args", [])]
    assert f"--leader-election-namespace={namespace}" in args


@pytest.mark.parametrize("env", ENVS)
def test_one_owner_per_object(synthesized, releases_rendered, env):
    owned = defaultdict(list)
    for app, docs in owners(synthesized, releases_rendered, env).items():
        for doc in docs:
            owned[key(doc)].append(app)
    shared = {k: apps for k, apps in owned.items() if len(apps) > 1}
    assert len(owned) > 300
    assert not shared, "\n".join(f"{k}: {apps}" for k, apps in sorted(shared.items()))


@pytest.mark.parametrize("env", ENVS)
def test_airflow_values_create_nothing_a_dist_chart_owns(synthesized, env):
    """Airflow cannot be rendered here (no archive): the ServiceAccounts its values create must not be
    ServiceAccounts of a dist chart."""
    import yaml

    values = yaml.safe_load((ROOT / "values" / "airflow.yaml").read_text())
    generated = yaml.safe_load((ROOT / "dist" / env / "helm-values" / "airflow.yaml").read_text())
    namespace = installed(env)["airflow"].namespace
    created = {generated.get(c, {}).get("serviceAccount", {}).get("name") for c in generated
               if isinstance(generated.get(c), dict) and generated[c].get("serviceAccount", {}).get("create")}
    created |= {values.get(c, {}).get("serviceAccount", {}).get("name") for c in values
                if isinstance(values.get(c), dict) and values[c].get("serviceAccount", {}).get("create")}
    dist_sas = {d["metadata"]["name"] for chart in synthesized[env].values() for d in chart
                if d["kind"] == "ServiceAccount" and d["metadata"].get("namespace") == namespace}
    assert not (created - {None}) & dist_sas


# --- resources --------------------------------------------------------------------------------------

def _containers(doc: dict) -> list[tuple[str, dict]]:
    """(where, resources) for every container an object runs, as its CR or pod template states them."""
    kind, spec = doc["kind"], doc.get("spec") or {}
    if kind in CONTROLLERS or kind in ("CronJob", "Pod"):
        pod = (spec if kind == "Pod" else spec["jobTemplate"]["spec"]["template"]["spec"] if kind == "CronJob"
               else spec["template"]["spec"])
        return [(f"{c['name']}", c.get("resources") or {}) for c in pod.get("initContainers", []) + pod["containers"]]
    if kind == "KafkaNodePool":
        return [("kafka", spec.get("resources") or {})]
    if kind == "Kafka":
        eo = spec.get("entityOperator") or {}
        return [(name, (eo.get(name) or {}).get("resources") or {}) for name in ("topicOperator", "userOperator")
                if name in eo]
    if kind == "Seaweed":
        return [(c, {"requests": {k: v for k, v in (spec[c].get("requests") or {}).items() if k != "storage"},
                     "limits": spec[c].get("limits") or {}})
                for c in ("master", "volume", "filer", "s3", "admin", "worker") if spec.get(c)]
    if kind == "Cluster" and group_of(doc) == "postgresql.cnpg.io":
        return [("postgres", spec.get("resources") or {})]
    if kind == "FlinkDeployment":
        # The operator sets requests = limits from `resource` (cpu, memory) on the main container.
        return [(role, {"requests": {"cpu": r.get("cpu"), "memory": r.get("memory")}, "limits": {"memory": r.get("memory")}}
                 if (r := (spec.get(role) or {}).get("resource")) and r.get("cpu") and r.get("memory") else {})
                for role in ("jobManager", "taskManager")]
    if kind == "SparkApplication":
        # The operator sets the pod's CPU request (coreRequest/cores) and memory request = limit (memory + overhead).
        return [(role, {"requests": {"cpu": p.get("coreRequest") or p.get("cores"), "memory": p.get("memory")},
                        "limits": {"memory": p.get("memoryLimit") or p.get("memory")}}
                 if (p := spec.get(role) or {}).get("memory") else {}) for role in ("driver", "executor")]
    if kind == "Tenant":
        return [(pool["name"], pool.get("resources") or {}) for pool in spec.get("pools", [])]
    return []


def limit_range_defaults(synthesized, env) -> dict[str, set[str]]:
    """namespace -> what its LimitRange fills in ('requests.cpu', 'requests.memory', 'limits.memory')."""
    result: dict[str, set[str]] = defaultdict(set)
    for chart in synthesized[env].values():
        for doc in chart:
            if doc["kind"] != "LimitRange":
                continue
            for item in doc["spec"]["limits"]:
                if item["type"] == "Container":
                    result[doc["metadata"]["namespace"]] |= {f"requests.{r}" for r in item.get("defaultRequest", {})}
                    result[doc["metadata"]["namespace"]] |= {f"limits.{r}" for r in item.get("default", {})}
    return result


REQUIRED = ("requests.cpu", "requests.memory", "limits.memory")


@pytest.mark.parametrize("env", ENVS)
def test_every_container_has_requests_and_a_memory_limit(synthesized, releases_rendered, env):
    defaults = limit_range_defaults(synthesized, env)
    sources = {f"dist/{env}/{chart}.yaml": docs for chart, docs in synthesized[env].items()}
    sources |= {f"release {name}": docs for name, docs in releases_rendered[env].items()}
    missing, walked = [], 0
    for source, docs in sources.items():
        for doc in docs:
            namespace = doc["metadata"].get("namespace", "")
            for where, resources in _containers(doc):
                walked += 1
                stated = {f"{part}.{r}" for part in ("requests", "limits")
                          for r, value in (resources.get(part) or {}).items() if value}
                lacking = [r for r in REQUIRED if r not in stated and r not in defaults.get(namespace, set())]
                if lacking:
                    missing.append(f"{source}: {doc['kind']} {namespace}/{doc['metadata']['name']} {where}: {lacking}")
    assert walked > 40
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("env", ENVS)
def test_operator_created_pods_get_defaults_where_the_platform_runs_them(synthesized, env):
    """Operators add containers the CRs cannot size (CNPG's bootstrap and initdb Jobs, Strimzi's init
    container, SeaweedFS helpers): every platform namespace but processing-jobs (its own LimitRange with
    the quota) has LimitRange defaults from config.container_defaults."""
    config = load_environment(env)
    defaults = limit_range_defaults(synthesized, env)
    for _, namespace in config.namespaces.all():
        assert set(REQUIRED) <= defaults[namespace], namespace


@pytest.mark.parametrize("env", ENVS)
def test_postgres_clusters_are_sized_from_config(synthesized, env):
    pg = load_environment(env).postgres
    clusters = [d for d in synthesized[env]["postgres"] if d["kind"] == "Cluster"]
    assert len(clusters) == 2
    for cluster in clusters:
        assert cluster["spec"]["resources"] == pg.resources.as_k8s()


# --- facts the other fixes rest on --------------------------------------------------------------------

@pytest.mark.parametrize("env", ENVS)
def test_mlflow_runs_one_version_as_the_platforms_service_account(releases_rendered, env):
    from constructs_lib.images import images

    image = images().upstream.mlflow
    (deployment,) = [d for d in releases_rendered[env]["mlflow"] if d["kind"] == "Deployment"]
    pod = deployment["spec"]["template"]["spec"]
    mlflow_images = {c["name"]: c["image"] for c in pod.get("initContainers", []) + pod["containers"]
                     if c["image"].startswith(f"{image.repository}:")}
    assert "mlflow-db-migration" in mlflow_images
    assert set(mlflow_images.values()) == {image.ref}, mlflow_images
    assert pod["serviceAccountName"] == "mlflow"
    assert not [d for d in releases_rendered[env]["mlflow"] if d["kind"] == "ServiceAccount"]


@pytest.mark.parametrize("env", ENVS)
def test_strimzi_dropped_path_is_the_empty_map_in_the_pinned_crd(releases_rendered, env):
    """The pinned kafkas CRD carries exactly one `properties: {}` the API server drops (why the Strimzi
    release needs server-side diff, constructs_lib/argocd.py); if a new Strimzi fixes its CRD this fails."""
    (crd,) = [d for d in releases_rendered[env]["strimzi-kafka-operator"]
              if d["kind"] == "CustomResourceDefinition" and d["metadata"]["name"] == argocd.STRIMZI_KAFKA_CRD]
    node = crd
    for part in argocd.STRIMZI_EMPTY_PROPERTIES.strip("/").split("/"):
        node = node[int(part)] if isinstance(node, list) else node[part]
    assert node == {}
    assert len(crd["spec"]["versions"]) == 1  # the pointer's /versions/0 is the only version

    def empty_properties(value, path=""):
        if isinstance(value, dict):
            for k, v in value.items():
                if k == "properties" and v == {}:
                    yield f"{path}/{k}"
                yield from empty_properties(v, f"{path}/{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                yield from empty_properties(v, f"{path}/{i}")

    crds = [d for d in releases_rendered[env]["strimzi-kafka-operator"] if d["kind"] == "CustomResourceDefinition"]
    found = {(d["metadata"]["name"], p) for d in crds for p in empty_properties(d)}
    assert found == {(argocd.STRIMZI_KAFKA_CRD, argocd.STRIMZI_EMPTY_PROPERTIES)}
