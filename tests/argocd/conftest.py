"""The Argo CD tier: for each environment, the platform's app-of-apps synced by a real Argo CD.

One session per environment (MLOPS_ARGOCD_ENVS, default `dev`; `make test-argocd-all` runs every
environment), all of it inside a private network namespace with only `lo`:

  control plane (tests/controlplane's fixture: etcd + kube-apiserver + kube-controller-manager)
  + kube-scheduler and kwok (one fake node: pods are scheduled and become Ready without containers)
  + a loopback Git server holding this repository's content and one Helm repository per chart repository
  + the stand-ins of standins.py
  + the bootstrap exactly as constructs_lib.bootstrap.STEPS lists it (the README's "Bootstrapping a
    cluster"): namespaces.yaml; the `bootstrap=true` releases (argo-cd, external-secrets) as `helmfile sync`
    installs them, Argo CD's controller and repo-server then starting out of cluster as the chart's service
    accounts (argocd_runtime.py); the store credential; argocd-project.yaml + argocd-root.yaml (the root
    creates the children in their waves)

then waits for the root and every child Application to be Synced and Healthy, recording a timeline.
Missing inputs (binaries, chart archives, redis-server) fail naming the command that provides them.
"""
from __future__ import annotations

import base64
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from argocd_runtime import find_redis_server, free_port, render_release, start_argocd, wait_port  # noqa: E402
from loopback_repos import LoopbackRepos  # noqa: E402
from standins import StandIns  # noqa: E402

TOOLS_COMMAND = "scripts/install-argocd-tools.sh"
ARGOCD_NAMESPACE = "argocd"
ALL_ENVIRONMENTS = sorted(p.stem for p in (ROOT / "environments").glob("*.yaml"))
SYNC_TIMEOUT = float(os.environ.get("MLOPS_ARGOCD_SYNC_TIMEOUT", "2700"))  # a loaded 2-core machine took ~25 min
POLL = 2.0
APP = ("argoproj.io/v1alpha1", "Application")
ARTIFACTS = ROOT / "build" / "argocd-tier"


def selected_environments() -> list[str]:
    raw = os.environ.get("MLOPS_ARGOCD_ENVS", "dev").strip()
    envs = ALL_ENVIRONMENTS if raw == "all" else raw.split()
    unknown = set(envs) - set(ALL_ENVIRONMENTS)
    if unknown:
        raise ValueError(f"MLOPS_ARGOCD_ENVS names unknown environments {sorted(unknown)} (have {ALL_ENVIRONMENTS})")
    return envs


def pytest_report_header(config):
    envs = selected_environments()
    rest = [e for e in ALL_ENVIRONMENTS if e not in envs]
    line = f"argocd tier: environments {' '.join(envs)}"
    if rest:
        line += f" (NOT synced here: {' '.join(rest)}; `make test-argocd-all` syncs every environment)"
    return line


def argocd_tools() -> Path:
    result = subprocess.run([str(ROOT / TOOLS_COMMAND)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.fail(f"Argo CD tier tools are not built: run `{TOOLS_COMMAND}` (Go module proxy; needs the "
                    f"gitops-engine source, see the script's header). {result.stderr.strip()[-800:]}")
    return Path(result.stdout.strip().splitlines()[-1])


# -- the platform's repositories --------------------------------------------------------------------
def helmfile_repositories() -> dict[str, str]:
    """helmfile.yaml repository name -> URL."""
    text = (ROOT / "helmfile.yaml").read_text()
    for doc in yaml.safe_load_all(text):
        if doc and "repositories" in doc:
            return {r["name"]: r["url"] for r in doc["repositories"]}
    raise KeyError("helmfile.yaml has no repositories")


def airflow_standin_chart(workdir: Path, helm: Path, name: str, version: str) -> Path:
    """The Airflow chart stand-in: no archive of apache-airflow/airflow 1.22.0 can be had (charts.lock says
    why). A chart of the same name and version that renders one ConfigMap holding the values it was given,
    so the Application renders (multi-source `$values` included) and the waves after it proceed; it proves
    nothing about the Airflow release itself (tests/controlplane and tests/platform check its values)."""
    chart = workdir / "airflow-standin" / name
    (chart / "templates").mkdir(parents=True)
    (chart / "Chart.yaml").write_text(yaml.safe_dump({
        "apiVersion": "v2", "name": name, "version": version,
        "description": "tier stand-in: the real chart archive cannot be obtained"}))
    (chart / "values.yaml").write_text("{}\n")
    (chart / "templates" / "values.yaml").write_text(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-standin-values\n"
        "data:\n  values.yaml: |\n{{ toYaml .Values | indent 4 }}\n")
    out = workdir / "airflow-standin" / "dist"
    subprocess.run([str(helm), "package", str(chart), "--destination", str(out)], check=True, capture_output=True)
    return out / f"{name}-{version}.tgz"


def collect_archives(workdir: Path, helm: Path) -> tuple[dict[str, list[Path]], list[str]]:
    """Chart repository name -> the archives it serves (every helmfile.yaml release's pinned archive, from
    the chart fetch), and the releases served by a stand-in chart. Run before entering the network
    namespace: a cold cache may need `helm pull`."""
    from constructs_lib.chart_archives import ChartError, chart_archive, helmfile_pins, locked_charts

    names = helmfile_repositories()
    by_url = {url: name for name, url in names.items()}
    locks = locked_charts()
    archives: dict[str, list[Path]] = {name: [] for name in names}
    standins = []
    for release, (chart, version, url) in helmfile_pins().items():
        if release in locks and locks[release].sha256 is None:  # charts.lock: no archive can be had
            archives[by_url[url]].append(airflow_standin_chart(workdir, helm, chart, version))
            standins.append(release)
            continue
        try:
            archives[by_url[url]].append(chart_archive(release))
        except ChartError as err:
            pytest.fail(f"chart archive of {release}: {err}")
    return archives, standins


def serve_repositories(workdir: Path, helm: Path, archives: dict[str, list[Path]]) -> tuple[LoopbackRepos, dict[str, str]]:
    """Start the loopback Git + Helm server; returns it and the URL map (public URL -> loopback URL)."""
    repos = LoopbackRepos(workdir / "repos")
    names = helmfile_repositories()
    url_map = {url: repos.add_chart_repository(name, archives[name], helm) for name, url in names.items()}
    for env_file in sorted((ROOT / "environments").glob("*.yaml")):
        url_map[yaml.safe_load(env_file.read_text())["git"]["repo_url"]] = repos.git_url
    return repos, url_map


# -- the session ------------------------------------------------------------------------------------
@dataclass
class Timeline:
    """What the poller saw: per Application, first time Synced+Healthy, creation time, sync wave."""
    t0: float
    created: dict[str, float] = field(default_factory=dict)
    ready: dict[str, float] = field(default_factory=dict)
    wave: dict[str, int] = field(default_factory=dict)
    samples: int = 0


@dataclass
class PlatformSync:
    env: str
    cluster: object
    repos: LoopbackRepos
    argo: object
    standins: StandIns
    timeline: Timeline
    chart_standins: list[str]
    root: str
    bootstrap_seconds: float = 0.0
    synced_seconds: float | None = None
    failure: str | None = None

    @property
    def client(self):
        return self.cluster.admin

    def apps(self) -> dict[str, dict]:
        return {a["metadata"]["name"]: a for a in self.client.list(*APP, ARGOCD_NAMESPACE)}

    def refresh(self, name: str) -> None:
        """What a Git webhook or `argocd app get --refresh` does: ask the controller to re-read Git now."""
        app = self.client.get(*APP, name, ARGOCD_NAMESPACE)
        self.client.merge_patch(app, {"metadata": {"annotations": {"argocd.argoproj.io/refresh": "normal"}}})


def app_state(app: dict) -> tuple[str, str, str]:
    status = app.get("status") or {}
    return ((status.get("sync") or {}).get("status", ""), (status.get("health") or {}).get("status", ""),
            (status.get("operationState") or {}).get("phase", ""))


def unfinished(apps: dict[str, dict], expected: set[str]) -> list[str]:
    """Applications not (yet) Synced + Healthy with a succeeded last operation, and expected ones missing."""
    problems = [f"{name}: not created" for name in sorted(expected - set(apps))]
    for name, app in sorted(apps.items()):
        sync, health, phase = app_state(app)
        if sync != "Synced" or health != "Healthy" or phase not in ("Succeeded", ""):
            conds = "; ".join(f"{c['type']}: {c.get('message', '')[:200]}" for c in app["status"].get("conditions", [])) \
                if app.get("status") else ""
            message = ((app.get("status") or {}).get("operationState") or {}).get("message", "")[:300]
            problems.append(f"{name}: sync={sync or '-'} health={health or '-'} operation={phase or '-'} "
                            f"{message} {conds}".rstrip())
    return problems


def wait_platform(ps: PlatformSync, expected: set[str], timeout: float) -> list[str]:
    deadline = time.monotonic() + timeout
    problems: list[str] = []
    while time.monotonic() < deadline:
        ps.argo.check_alive()
        apps = ps.apps()
        now = time.monotonic() - ps.timeline.t0
        ps.timeline.samples += 1
        for name, app in apps.items():
            ps.timeline.created.setdefault(name, now)
            ps.timeline.wave.setdefault(name, int((app["metadata"].get("annotations") or {})
                                                  .get("argocd.argoproj.io/sync-wave", "0")))
            sync, health, phase = app_state(app)
            if sync == "Synced" and health == "Healthy" and phase in ("Succeeded", ""):
                ps.timeline.ready.setdefault(name, now)
        problems = unfinished(apps, expected)
        if not problems:
            return []
        time.sleep(POLL)
    return problems


def expected_applications(env: str) -> set[str]:
    return {d["metadata"]["name"] for f in sorted((ROOT / "dist" / env).glob("argocd-*.yaml"))
            for d in yaml.safe_load_all(f.read_text()) if d and d.get("kind") == "Application"}


def start_node_simulation(cluster, tools: Path, scheduler: Path, workdir: Path) -> None:
    """kube-scheduler (real) and kwok with one fake node (kwok's upstream `fast` stages, shipped in the
    kwok module and copied beside the binary by the install script)."""
    kubeconfig = str(cluster.admin_kubeconfig)
    sched_cfg = workdir / "scheduler.yaml"
    sched_cfg.write_text(yaml.safe_dump({
        "apiVersion": "kubescheduler.config.k8s.io/v1", "kind": "KubeSchedulerConfiguration",
        "clientConnection": {"kubeconfig": kubeconfig}, "leaderElection": {"leaderElect": False}}))
    cluster.spawn("kube-scheduler", [str(scheduler), "--config", str(sched_cfg),
                                     "--authentication-kubeconfig", kubeconfig, "--authorization-kubeconfig", kubeconfig,
                                     "--bind-address", "127.0.0.1", "--secure-port", str(free_port())])
    stages_dir = (tools / "kwok").resolve().parent.parent / "stages"
    stages = sorted(stages_dir.glob("*.yaml"))
    if not stages:
        pytest.fail(f"no kwok stages in {stages_dir}: run `{TOOLS_COMMAND}`")
    config = workdir / "kwok.yaml"
    # Every parallelism option explicitly: with a config file kwok does not default them and exits
    # ("playStageParallelism must be greater than 0", kwok v0.8.0 pkg/kwok/controllers/pod_controller.go).
    options = {"apiVersion": "config.kwok.x-k8s.io/v1alpha1", "kind": "KwokConfiguration", "options": {
        "manageNodesWithAnnotationSelector": "kwok.x-k8s.io/node=fake", "cidr": "10.0.0.1/16",
        "nodeIP": "127.0.0.1", "nodeLeaseDurationSeconds": 40,
        "podPlayStageParallelism": 4, "nodePlayStageParallelism": 2, "nodeLeaseParallelism": 2,
        "podsOnNodeSyncParallelism": 2}}
    config.write_text("---\n".join([yaml.safe_dump(options)] + [s.read_text() for s in stages]))
    kwok_port = free_port()
    kwok = cluster.spawn("kwok", [str(tools / "kwok"), "--kubeconfig", kubeconfig, "--config", str(config),
                                  "--server-address", f"127.0.0.1:{kwok_port}"])
    wait_port(kwok_port, kwok, timeout=60)
    node = {"apiVersion": "v1", "kind": "Node",
            "metadata": {"name": "kwok-node-0", "annotations": {"kwok.x-k8s.io/node": "fake"},
                         "labels": {"kubernetes.io/hostname": "kwok-node-0", "kubernetes.io/os": "linux",
                                    "kubernetes.io/arch": "amd64", "type": "kwok"}},
            "status": {"capacity": {"cpu": "64", "memory": "256Gi", "pods": "500"},
                       "allocatable": {"cpu": "64", "memory": "256Gi", "pods": "500"}}}
    cluster.admin.create(node)


def install_release(cluster, helm: Path, checkout: Path, release) -> list[dict]:
    """`helmfile sync` of one release: rendered from its pinned archive with the release's values files (as
    helmfile.yaml lists them, from the published checkout) for the cluster's Kubernetes version, applied
    server-side (field manager `helm`, as Helm 4 applies), CRDs first and established before the rest."""
    from constructs_lib.chart_archives import chart_archive

    version = cluster.admin.get_path("/version")["gitVersion"]
    rendered = render_release(helm, chart_archive(release.name), release.name, release.namespace,
                              [checkout / v for v in release.values], version)
    crds = [d for d in rendered if d["kind"] == "CustomResourceDefinition"]
    rest = [d for d in rendered if d["kind"] != "CustomResourceDefinition"]
    for d in rest:
        if d["kind"] not in {"ClusterRole", "ClusterRoleBinding", "ValidatingWebhookConfiguration",
                             "MutatingWebhookConfiguration"}:
            d["metadata"].setdefault("namespace", release.namespace)
    failed = [r for r in cluster.apply(crds, release.name, field_manager="helm") if not r.ok]
    cluster.wait_crds_established([c["metadata"]["name"] for c in crds])
    cluster.admin.refresh_discovery()
    failed += [r for r in cluster.apply(rest, release.name, field_manager="helm") if not r.ok]
    if failed:
        raise RuntimeError(f"bootstrap: release {release.name} rejected:\n" + "\n".join(f"{r.ref}: {r.error}" for r in failed))
    return rendered


def store_credential(env: str) -> dict | None:
    """The secret store's credential Secret a person creates (bootstrap step `secrets`): the keys
    secrets.store.credential names, with placeholder values (no secret manager is reachable here)."""
    from constructs_lib.config import load_environment

    credential = load_environment(env).secrets.store.credential
    if credential is None:
        return None
    data = {key: base64.b64encode(f"tier-placeholder-{key}".encode()).decode() for key in credential.keys}
    return {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
            "metadata": {"name": credential.name, "namespace": credential.namespace}, "data": data}


def run_bootstrap(cluster, helm: Path, checkout: Path, env: str, on_release) -> None:
    """constructs_lib.bootstrap.STEPS, in order, as the README's "Bootstrapping a cluster" shows them:
    dist files applied server-side (`kubectl apply --server-side`), `-l bootstrap=true` releases installed
    (`on_release(name, rendered)` right after each: what starts running once a release is installed),
    the store credential created. Each step's objects must be admitted; the step is named otherwise."""
    from constructs_lib import bootstrap, helmfile

    releases = {r.name: r for r in helmfile.releases(env) if r.installed}
    for number, step in enumerate(bootstrap.STEPS, 1):
        what = f"bootstrap step {number} ({step.command})"
        for dist_file in step.dist_files:
            docs = [d for d in yaml.safe_load_all((checkout / "dist" / env / dist_file).read_text()) if d]
            failed = [r for r in cluster.apply(docs, dist_file, field_manager="kubectl") if not r.ok]
            if failed:
                raise RuntimeError(f"{what}: {dist_file} rejected:\n" + "\n".join(f"{r.ref}: {r.error}" for r in failed))
            if any(d["kind"] == "CustomResourceDefinition" for d in docs):
                cluster.admin.refresh_discovery()
        for name in step.releases:
            on_release(name, install_release(cluster, helm, checkout, releases[name]))
        if step.secrets and (secret := store_credential(env)) is not None:
            failed = [r for r in cluster.apply([secret], "store credential", field_manager="kubectl") if not r.ok]
            if failed:
                raise RuntimeError(f"{what}: {failed[0].ref}: {failed[0].error}")


@pytest.fixture(scope="session", params=selected_environments())
def platform(request, tmp_path_factory):
    from testing.controlplane import Cluster, PrivateNetwork, binaries_dir

    env = request.param
    tools = argocd_tools()
    cp_bin = binaries_dir()
    redis = find_redis_server()
    workdir = tmp_path_factory.mktemp(f"argocd-{env}")
    archives, chart_standins = collect_archives(workdir, tools / "helm")
    net = PrivateNetwork().enter()
    cluster = Cluster(workdir / "cluster", cp_bin)
    standins = repos = None
    try:
        t0 = time.monotonic()
        cluster.start()
        start_node_simulation(cluster, tools, cp_bin / "kube-scheduler", workdir)
        repos, url_map = serve_repositories(workdir, tools / "helm", archives)
        repos.publish_repository(ROOT, url_map)
        standins = StandIns(cluster).start()
        tool_path = f"{tools}:{os.environ.get('PATH', '/usr/bin:/bin')}"
        started: dict[str, object] = {}

        def on_release(name: str, rendered: list[dict]) -> None:
            standins.wait_webhooks(rendered)
            # Argo CD's pods start once its release is installed (before the project and root exist).
            if name == "argo-cd":
                started["argo"] = start_argocd(cluster, rendered=rendered, argocd_bin=tools / "argocd",
                                               tool_path=tool_path, namespace=ARGOCD_NAMESPACE,
                                               workdir=workdir / "argocd", redis_server=redis)

        run_bootstrap(cluster, tools / "helm", repos.checkout, env, on_release)
        timeline = Timeline(t0=time.monotonic())
        argo = started["argo"]
        ps = PlatformSync(env=env, cluster=cluster, repos=repos, argo=argo, standins=standins, timeline=timeline,
                          chart_standins=chart_standins, root=f"{env}-root",
                          bootstrap_seconds=timeline.t0 - t0)
        problems = wait_platform(ps, expected_applications(env), SYNC_TIMEOUT)
        if problems:
            ps.failure = "\n".join(problems)
        else:
            ps.synced_seconds = ps.timeline.ready.get(ps.root, time.monotonic() - timeline.t0)
        print(f"\n[argocd tier] {env}: bootstrap {ps.bootstrap_seconds:.0f}s, "
              f"all Applications Synced+Healthy {'after %.0fs' % ps.synced_seconds if ps.synced_seconds else 'NOT reached'}",
              flush=True)
        yield ps
    finally:
        if standins:
            standins.stop()
        cluster.stop()
        if repos:
            repos.stop()
        net.leave()
        logs = ARTIFACTS / env / "logs"   # for a failing run (CI keeps build/)
        logs.mkdir(parents=True, exist_ok=True)
        for proc in cluster.processes:
            (logs / proc.log.name).write_bytes(proc.log.read_bytes()[-2_000_000:])
