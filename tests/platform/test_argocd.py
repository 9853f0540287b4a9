"""Argo CD app-of-apps: one Application per synced dist chart and per installed helmfile release,
a tight AppProject, valid CRs, and sync waves that never put a CR before its operator."""
from __future__ import annotations

import functools
import re

import pytest
import yaml

from conftest import ROOT

from constructs_lib import argocd, helmfile
from constructs_lib.config import load_environment as _load_environment
from validation.manifests import validate_object

ENVS = ("dev", "prod")


@functools.lru_cache(maxsize=None)
def load_environment(env: str):
    return _load_environment(env)
# API group of a custom resource -> the helmfile release whose operator serves it.
OPERATOR_OF_GROUP = {
    "cert-manager.io": "cert-manager",
    "kafka.strimzi.io": "strimzi-kafka-operator",
    "seaweed.seaweedfs.com": "seaweedfs-operator",
    "minio.min.io": "minio-operator",
    "sts.min.io": "minio-operator",
    "postgresql.cnpg.io": "cloudnative-pg",
    "barmancloud.cnpg.io": "plugin-barman-cloud",
    "flink.apache.org": "flink-kubernetes-operator",
    "sparkoperator.k8s.io": "spark-operator",
}
DATA_PLANE_GROUPS = ("kafka.strimzi.io", "seaweed.seaweedfs.com", "minio.min.io", "postgresql.cnpg.io")
WORKLOAD_GROUPS = ("flink.apache.org",)


ARGOCD_FILES = (argocd.PROJECT_CHART, argocd.ROOT_CHART, argocd.CHART_NAME)


def docs(synthesized, env):
    """The project, the root and the children."""
    return [d for chart in ARGOCD_FILES for d in synthesized[env][chart]]


def applications(synthesized, env) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in docs(synthesized, env) if d["kind"] == "Application"}


def wave(app: dict) -> int:
    return int(app["metadata"].get("annotations", {}).get(argocd.SYNC_WAVE, 0))


def helm_apps(synthesized, env) -> dict[str, dict]:
    return {n: a for n, a in applications(synthesized, env).items() if "sources" in a["spec"]}


@pytest.mark.parametrize("env", ENVS)
def test_argo_objects_are_schema_valid(synthesized, env):
    version = load_environment(env).cluster.kubernetes_version
    for doc in docs(synthesized, env):
        assert validate_object(doc, version) == [], doc["metadata"]["name"]
        if doc["kind"] != "ClusterSecretStore":  # cluster-scoped
            assert doc["metadata"]["namespace"] == load_environment(env).cluster.argocd_namespace


@pytest.mark.parametrize("env", ENVS)
def test_every_release_has_exactly_one_application_and_back(synthesized, env):
    releases = {r.name: r for r in helmfile.releases(env) if r.installed}
    apps = helm_apps(synthesized, env)
    by_release = {}
    for app in apps.values():
        chart_source = next(s for s in app["spec"]["sources"] if "chart" in s)
        release = chart_source["helm"]["releaseName"]
        assert release not in by_release, f"two Applications for release {release}"
        by_release[release] = (app, chart_source)
    assert sorted(by_release) == sorted(releases)
    for name, release in releases.items():
        app, source = by_release[name]
        assert app["metadata"]["name"] == f"{env}-{name}"
        assert (source["repoURL"], source["chart"], source["targetRevision"]) == (
            release.repo_url, release.chart_name, release.version)
        assert app["spec"]["destination"] == {"server": argocd.IN_CLUSTER, "namespace": release.namespace}
        assert source["helm"]["valueFiles"] == [f"$values/{v}" for v in release.values]
        values_source = next(s for s in app["spec"]["sources"] if s.get("ref") == "values")
        config = load_environment(env)
        assert (values_source["repoURL"], values_source["targetRevision"]) == (
            config.git.repo_url, config.git.target_revision)
        assert wave(app) == release.sync_wave
        for path in release.values:
            assert (ROOT / path).is_file(), f"{name}: values file {path} missing"


def test_minio_operator_follows_the_backend(synthesized):
    for env in ENVS:
        backend = load_environment(env).object_store.backend
        assert (f"{env}-minio-operator" in applications(synthesized, env)) == (backend == "minio")


def test_switching_to_minio_adds_the_operator_application(environments_copy, tmp_path):
    import yaml

    from conftest import run_synth

    prod = environments_copy / "prod.yaml"
    data = yaml.safe_load(prod.read_text())
    data["object_store"]["backend"] = "minio"
    prod.write_text(yaml.safe_dump(data, sort_keys=False))
    result = run_synth("--env", "prod", "--dist", str(tmp_path), "--environments", str(environments_copy))
    assert result.returncode == 0, result.stderr
    names = {d["metadata"]["name"] for d in yaml.safe_load_all((tmp_path / "prod" / "argocd-apps.yaml").read_text()) if d}
    assert "prod-minio-operator" in names
    env_values = yaml.safe_load((tmp_path / "prod" / "helm-values" / "helmfile.yaml").read_text())
    assert env_values["minioOperator"] == {"enabled": True}


@pytest.mark.parametrize("env", ENVS)
def test_dist_charts_and_root(synthesized, env, fresh_dist):
    config = load_environment(env)
    apps = applications(synthesized, env)
    root = apps[f"{env}-root"]
    assert root["spec"]["source"]["path"] == f"dist/{env}"
    assert root["spec"]["source"]["directory"]["include"] == "{argocd-project.yaml,argocd-apps.yaml}"
    dir_apps = {a["spec"]["source"]["directory"]["include"]: a for n, a in apps.items()
                if "source" in a["spec"] and n != f"{env}-root"}
    charts = {p.name for p in (fresh_dist / env).glob("*.yaml")} - {f"{c}.yaml" for c in ARGOCD_FILES}
    # Charts that are never applied (Delivery.synced False) have no Application.
    unsynced = {"spark-templates.yaml"} & charts
    assert set(dir_apps) == charts - unsynced
    for app in dir_apps.values():
        source = app["spec"]["source"]
        assert (source["repoURL"], source["targetRevision"], source["path"]) == (
            config.git.repo_url, config.git.target_revision, f"dist/{env}")


def test_unsynced_chart_gets_no_application():
    import cdk8s

    from constructs_lib.chart import Delivery, PlatformChart

    config = load_environment("dev")
    app = cdk8s.App()
    synced = PlatformChart(app, "synced-thing", config=config, delivery=Delivery(sync_wave=1))
    templates = PlatformChart(app, "spark-templates", config=config, delivery=Delivery(sync_wave=1, synced=False))
    chart = argocd.ArgocdAppsChart(app, config=config, charts=[synced, templates])
    assert "dev-synced-thing" in chart.applications and "dev-spark-templates" not in chart.applications


@pytest.mark.parametrize("env", ENVS)
def test_sync_policy(synthesized, env):
    for name, app in applications(synthesized, env).items():
        policy = app["spec"]["syncPolicy"]
        assert policy["automated"] == {"enabled": True, "prune": True, "selfHeal": True}, name
        assert "ServerSideApply=true" in policy["syncOptions"], name
        assert policy["retry"]["limit"] > 0 and policy["retry"]["backoff"]["factor"] >= 2, name
        if app["spec"].get("ignoreDifferences"):
            assert "RespectIgnoreDifferences=true" in policy["syncOptions"], name
        namespace = app["spec"]["destination"]["namespace"]
        # The namespaces chart creates these (with their Pod Security labels): never Argo CD's CreateNamespace.
        platform = ({n for _, n in load_environment(env).namespaces.all()} | {"argocd"}
                    | set(argocd.monitoring_namespaces(load_environment(env))))
        assert (f"CreateNamespace={'false' if namespace in platform else 'true'}") in policy["syncOptions"], name


def test_ignore_differences_only_with_an_upstream_link():
    source = (ROOT / "constructs_lib" / "argocd.py").read_text()
    block = source[source.index("IGNORE_DIFFERENCES"):]
    for release in argocd.IGNORE_DIFFERENCES:
        entry_at = block.index(f'"{release}": [')
        comment = block[:entry_at].rsplit("],\n", 1)[-1]
        assert re.search(r"https://github\.com/[^/]+/[^/]+/(issues|pull)/\d+", comment), release


@pytest.mark.parametrize("env", ENVS)
def test_app_project_is_tight(synthesized, env):
    config = load_environment(env)
    project = next(d for d in docs(synthesized, env) if d["kind"] == "AppProject")
    apps = applications(synthesized, env).values()
    repos = {s["repoURL"] for a in apps for s in a["spec"].get("sources", [a["spec"].get("source")])}
    assert set(project["spec"]["sourceRepos"]) == repos
    assert config.git.repo_url in repos
    destinations = {d["namespace"] for d in project["spec"]["destinations"]}
    assert all(d["server"] == argocd.IN_CLUSTER for d in project["spec"]["destinations"])
    assert destinations == {n for _, n in config.namespaces.all()} | {
        config.cluster.cert_manager_namespace, config.cluster.argocd_namespace,
        config.cluster.monitoring_namespace, config.monitoring.node_exporter.namespace}
    assert {a["spec"]["destination"]["namespace"] for a in apps} <= destinations
    assert all(a["spec"]["project"] == project["metadata"]["name"] for a in apps)
    kinds = {(w["group"], w["kind"]) for w in project["spec"]["clusterResourceWhitelist"]}
    assert kinds == set(argocd.CLUSTER_RESOURCES)
    assert "*" not in {k for _, k in kinds} and "*" not in project["spec"]["sourceRepos"]
    assert wave(project) < min(wave(a) for a in apps)


@pytest.mark.parametrize("env", ENVS)
def test_no_custom_resource_in_a_wave_before_its_operator(synthesized, env):
    apps = applications(synthesized, env)
    release_wave = {a["spec"]["sources"][0]["helm"]["releaseName"]: wave(a) for a in helm_apps(synthesized, env).values()}
    chart_wave = {a["spec"]["source"]["directory"]["include"][:-5]: wave(a)
                  for n, a in apps.items() if "source" in a["spec"] and n != f"{env}-root"}
    checked = 0
    for chart, chart_docs in synthesized[env].items():
        if chart not in chart_wave:
            continue
        for doc in chart_docs:
            group = doc["apiVersion"].rpartition("/")[0]
            operator = OPERATOR_OF_GROUP.get(group)
            if operator is None:
                continue
            assert operator in release_wave, f"{chart}: {doc['kind']} needs {operator}, which is not installed"
            assert chart_wave[chart] > release_wave[operator], (
                f"{chart} (wave {chart_wave[chart]}) has {doc['kind']} but {operator} syncs in wave "
                f"{release_wave[operator]}")
            checked += 1
    # Order of the tiers: namespaces < cert-manager < operators < apps; data plane < apps < workloads.
    assert chart_wave["namespaces"] < release_wave["cert-manager"]
    operators = [w for r, w in release_wave.items() if r in OPERATOR_OF_GROUP.values() and r != "cert-manager"]
    assert release_wave["cert-manager"] < min(operators)
    apps_wave = min(release_wave["airflow"], release_wave["mlflow"])
    assert max(operators) < apps_wave
    for chart, chart_docs in synthesized[env].items():
        groups = {d["apiVersion"].rpartition("/")[0] for d in chart_docs}
        if chart in chart_wave and groups & set(DATA_PLANE_GROUPS):
            assert chart_wave[chart] < apps_wave, f"{chart} holds data-plane CRs Airflow/MLflow need"
        if chart in chart_wave and groups & set(WORKLOAD_GROUPS):
            assert chart_wave[chart] > apps_wave, f"{chart} holds workloads that come after Airflow/MLflow"
    print(f"{env}: {checked} custom resources checked against their operator's wave")


@pytest.mark.parametrize("env", ENVS)
def test_release_waves_follow_needs(env):
    by_id = {f"{r.namespace}/{r.name}": r for r in helmfile.releases(env)}
    for release in by_id.values():
        for need in release.needs:
            assert need in by_id, f"{release.name} needs unknown release {need}"
            assert by_id[need].sync_wave < release.sync_wave, f"{release.name} syncs no later than {need}"


def test_cascade_finalizer_only_on_stateless_apps(synthesized):
    for env in ENVS:
        for name, app in applications(synthesized, env).items():
            has = argocd.CASCADE_FINALIZER in app["metadata"].get("finalizers", [])
            assert has == (name in {f"{env}-airflow", f"{env}-mlflow"}), name


def files_synced_by(app: dict, env_dir) -> set[str]:
    """The dist files a directory Application syncs (Argo CD v3.4.4 matches `include` with gobwas/glob on
    the path relative to the source path: reposerver/repository/repository.go:2104)."""
    import fnmatch

    include = app["spec"]["source"]["directory"]["include"]
    patterns = include[1:-1].split(",") if include.startswith("{") and include.endswith("}") else [include]
    return {p.name for p in env_dir.glob("*.yaml") if any(fnmatch.fnmatchcase(p.name, pat) for pat in patterns)}


@pytest.mark.parametrize("env", ENVS)
def test_no_application_syncs_itself(synthesized, env, fresh_dist):
    """The root must not gate on itself: an Application in its own sources sits in one of its own waves
    and waits on its own health, which is never Healthy while its own operation runs."""
    by_file = {f"{chart}.yaml": {(d["kind"], d["metadata"]["name"]) for d in chart_docs}
               for chart, chart_docs in synthesized[env].items()}
    for name, app in applications(synthesized, env).items():
        if "source" not in app["spec"]:
            continue
        synced = set().union(*(by_file[f] for f in files_synced_by(app, fresh_dist / env)))
        assert ("Application", name) not in synced, f"{name} syncs its own manifest"
    root = applications(synthesized, env)[f"{env}-root"]
    synced = files_synced_by(root, fresh_dist / env)
    assert synced == {f"{argocd.PROJECT_CHART}.yaml", f"{argocd.CHART_NAME}.yaml"}
    # Every child and the project are synced by the root, so every one of them is delivered in a wave.
    children = {(d["kind"], d["metadata"]["name"]) for f in synced for d in synthesized[env][f[:-5]]}
    assert children == {(d["kind"], d["metadata"]["name"]) for d in docs(synthesized, env)} - {("Application", f"{env}-root")}


def test_strimzi_crd_needs_no_ignore_with_server_side_diff():
    """Item: Strimzi 1.2.0's kafkas CRD carries `properties: {}` the API server drops. With server-side diff
    (values/argo-cd.yaml) Argo CD compares against the API server's dry run, which drops it too, so the
    Strimzi release carries no ignoreDifferences (the Argo CD tier syncs it Synced without one)."""
    values = yaml.safe_load((ROOT / "values" / "argo-cd.yaml").read_text())
    assert values["configs"]["params"]["controller.diff.server.side"] == "true"
    assert "strimzi-kafka-operator" not in argocd.IGNORE_DIFFERENCES


@pytest.mark.parametrize("env", ENVS)
def test_strimzi_application_has_no_ignore(synthesized, env):
    app = applications(synthesized, env)[f"{env}-strimzi-kafka-operator"]
    assert "ignoreDifferences" not in app["spec"]
