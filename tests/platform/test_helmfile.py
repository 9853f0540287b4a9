"""helmfile.yaml: every release pinned and ordered; the Python reading used by synth equals what the
pinned helmfile binary renders (`helmfile build`, offline) for every environment."""
from __future__ import annotations

import re
import shutil

import pytest
import yaml

from conftest import ROOT, run_synth

from constructs_lib import helm_values, helmfile
from constructs_lib.config import environment_names, load_environment
from testing.tools import pinned_tools_bin

ENVS = tuple(environment_names(ROOT / "environments"))
PINS = {  # release -> (chart, version): the pinned versions (archives locked in charts.lock)
    "cert-manager": ("jetstack/cert-manager", "v1.21.1"),
    "strimzi-kafka-operator": ("strimzi/strimzi-kafka-operator", "1.2.0"),
    "seaweedfs-operator": ("seaweedfs-operator/seaweedfs-operator", "0.1.39"),
    "minio-operator": ("minio-operator/operator", "7.1.1"),
    "cloudnative-pg": ("cnpg/cloudnative-pg", "0.29.0"),
    "plugin-barman-cloud": ("cnpg/plugin-barman-cloud", "0.7.0"),
    "flink-kubernetes-operator": ("flink-operator/flink-kubernetes-operator", "1.15.0"),
    "spark-operator": ("spark-operator/spark-operator", "2.5.2"),
    "airflow": ("apache-airflow/airflow", "1.22.0"),
    "mlflow": ("community-charts/mlflow", "1.11.5"),
    "argo-cd": ("argo/argo-cd", "10.1.1"),
    "external-secrets": ("external-secrets/external-secrets", "2.9.0"),
    "kube-prometheus-stack": ("prometheus-community/kube-prometheus-stack", "88.5.3"),
}


@pytest.fixture(scope="session")
def helmfile_bin() -> str:
    """The pinned helm + helmfile, built once from the Go module proxy by scripts/install-tools.sh (the setup
    step of scripts/test.sh); a test never builds them itself."""
    return str(pinned_tools_bin())


@pytest.fixture(scope="session")
def cli(helmfile_bin):
    return helmfile.HelmfileCli(helmfile_bin)


@pytest.mark.parametrize("env", ENVS)
def test_helmfile_list_offline_matches(cli, env):
    rows = {row["name"]: row for row in cli.list_json(env)}
    for release in helmfile.releases(env):
        row = rows.pop(release.name)
        assert (row["namespace"], row["chart"], row["version"], row["enabled"]) == (
            release.namespace, release.chart, release.version, release.installed)
    assert not rows


def test_environments_match(cli):
    state = yaml.safe_load_all((ROOT / "helmfile.yaml").read_text())
    names = next(d for d in state if "environments" in d)["environments"]
    assert sorted(names) == sorted(ENVS)


@pytest.mark.parametrize("env", ENVS)
def test_releases_pinned_and_complete(env):
    releases = {r.name: r for r in helmfile.releases(env)}
    assert set(releases) == set(PINS)
    for name, (chart, version) in PINS.items():
        release = releases[name]
        assert (release.chart, release.version) == (chart, version), name
        assert release.namespace and release.values, name
        assert release.tier in {"gitops", "bootstrap", "observability", "operators", "apps"}, name
        for path in release.values:
            assert path.startswith(("values/", f"dist/{env}/helm-values/")), path
            assert (ROOT / path).is_file(), f"{name}: {path} missing"
        assert not re.search(r"[\^~*x><=]", release.version), f"{name}: version range {release.version}"


@pytest.mark.parametrize("env", ENVS)
def test_cert_manager_first_and_needs_resolve(env):
    releases = {f"{r.namespace}/{r.name}": r for r in helmfile.releases(env)}
    cert_manager = next(k for k in releases if k.endswith("/cert-manager"))
    assert releases[cert_manager].needs == ()
    for key, release in releases.items():
        for need in release.needs:
            assert need in releases, f"{key} needs unknown {need}"
        if release.tier in ("operators",):
            assert cert_manager in release.needs, f"{key} does not need cert-manager"
    barman = next(r for k, r in releases.items() if k.endswith("/plugin-barman-cloud"))
    assert any(n.endswith("/cloudnative-pg") for n in barman.needs)


@pytest.mark.parametrize("env", ENVS)
def test_namespaces_come_from_the_environment(env):
    config = load_environment(env)
    allowed = {n for _, n in config.namespaces.all()} | {config.cluster.argocd_namespace,
                                                          config.cluster.cert_manager_namespace,
                                                          config.cluster.monitoring_namespace}
    releases = {r.name: r for r in helmfile.releases(env)}
    assert {r.namespace for r in releases.values()} <= allowed
    assert releases["airflow"].namespace == config.namespaces.orchestration
    assert releases["mlflow"].namespace == config.namespaces.ml_lifecycle


@pytest.mark.parametrize("env", ENVS)
def test_helmfile_build_offline_equals_python_reading(cli, env):
    """`helmfile build` renders the state without any chart repository (none is reachable here)."""
    from_binary = cli.releases(env)
    from_python = helmfile.releases(env)
    assert [r.name for r in from_binary] == [r.name for r in from_python]
    for a, b in zip(from_binary, from_python, strict=True):
        assert a == b, f"{a.name}: helmfile build {a} != constructs_lib/helmfile.py {b}"


def test_condition_installs_minio_operator_only_for_minio(cli, tmp_path, environments_copy):
    """Through the binary: a copy of the repo's state with prod switched to MinIO."""
    work = tmp_path / "repo"
    work.mkdir()
    shutil.copy(ROOT / "helmfile.yaml", work / "helmfile.yaml")
    shutil.copytree(ROOT / "values", work / "values")
    prod = environments_copy / "prod.yaml"
    data = yaml.safe_load(prod.read_text())
    data["object_store"]["backend"] = "minio"
    prod.write_text(yaml.safe_dump(data, sort_keys=False))
    assert run_synth("--dist", str(work / "dist"), "--environments", str(environments_copy)).returncode == 0
    copy = helmfile.HelmfileCli(cli.bin_dir, helmfile=work / "helmfile.yaml")
    installed = {env: {r.name for r in copy.releases(env) if r.installed} for env in ("dev", "prod")}
    assert "minio-operator" in installed["prod"] and "minio-operator" not in installed["dev"]
    # `helmfile list` reports the evaluated condition as `enabled`.
    for env, expected in (("prod", True), ("dev", False)):
        rows = {row["name"]: row for row in copy.list_json(env)}
        assert rows["minio-operator"]["enabled"] is expected, env


@pytest.mark.parametrize("env", ENVS)
def test_environment_values_file_is_current(env):
    committed = yaml.safe_load((ROOT / "dist" / env / "helm-values" / "helmfile.yaml").read_text())
    assert committed == helm_values.helmfile_environment(load_environment(env)), "run `make synth`"


def test_binary_fails_on_a_broken_state(cli, tmp_path):
    """The equality test above can fail: the binary rejects what helmfile 1.x forbids."""
    broken = tmp_path / "helmfile.yaml"
    broken.write_text((ROOT / "helmfile.yaml").read_text().replace("\n---\n", "\n"))
    result = helmfile.HelmfileCli(cli.bin_dir, helmfile=broken).run("build", env="dev")
    assert result.returncode != 0 and "same YAML part" in result.stderr
