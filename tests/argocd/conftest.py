"""The Argo CD tier: for each environment, the platform's app-of-apps synced by a real Argo CD.

One session per environment (MLOPS_ARGOCD_ENVS, default `dev`; `make test-argocd-all` runs every
environment), all of it inside a private network namespace with only `lo`:

  control plane (tests/controlplane's fixture: etcd + kube-apiserver + kube-controller-manager)
  + kube-scheduler and kwok (one fake node: pods are scheduled and become Ready without containers)
  + a loopback Git server holding this repository's content and one Helm repository per chart repository
  + the argo-cd release as `helmfile sync` installs it, then Argo CD's controller and repo-server out of
    cluster as the chart's service accounts (argocd_runtime.py)
  + the stand-ins of standins.py
  + the AppProject and the root Application of dist/<env>/argocd-apps.yaml, applied server-side

then waits for the root and every child Application to be Synced and Healthy, recording a timeline.
Missing inputs (binaries, chart archives, redis-server) fail naming the command that provides them.
"""
from __future__ import annotations

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
SYNC_TIMEOUT = float(os.environ.get("MLOPS_ARGOCD_SYNC_TIMEOUT", "1500"))
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


def bootstrap_documents(dist_env: Path, env: str) -> list[dict]:
    """What the bootstrap applies: the AppProject and the root Application only; the root then creates the
    children in their waves. (Applying every child directly lets each auto-sync at once, waves bypassed:
    seen here, all children syncing in parallel, CRs before their CRDs.) With the root and the project in
    files of their own (argocd-root.yaml, argocd-project.yaml) those files; else picked from argocd-apps.yaml."""
    if (dist_env / "argocd-root.yaml").exists():
        files = [dist_env / "argocd-project.yaml", dist_env / "argocd-root.yaml"]
        return [d for f in files for d in yaml.safe_load_all(f.read_text()) if d]
    return [d for d in yaml.safe_load_all((dist_env / "argocd-apps.yaml").read_text()) if d
            and (d["kind"] == "AppProject" or d["metadata"]["name"] == f"{env}-root")]


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


def bootstrap_argocd(cluster, helm: Path, checkout: Path, env: str) -> list[dict]:
    """README "Bootstrapping a cluster": `kubectl apply --server-side -f dist/<env>/namespaces.yaml`, then
    `helmfile -e <env> -l name=argo-cd sync`: the argo-cd release rendered from its pinned archive with
    values/argo-cd.yaml, applied server-side (field manager `helm`, as Helm 4 applies), CRDs first.
    (The pre-created Secrets of step 2 are read by no one here: no container runs.)"""
    from constructs_lib.chart_archives import chart_archive

    namespaces = [d for d in yaml.safe_load_all((checkout / "dist" / env / "namespaces.yaml").read_text()) if d]
    failed = [r for r in cluster.apply(namespaces, "namespaces.yaml", field_manager="kubectl") if not r.ok]
    if failed:
        raise RuntimeError("bootstrap: namespaces.yaml rejected:\n" + "\n".join(f"{r.ref}: {r.error}" for r in failed))

    version = cluster.admin.get_path("/version")["gitVersion"]
    rendered = render_release(helm, chart_archive("argo-cd"), "argo-cd", ARGOCD_NAMESPACE,
                              [ROOT / "values" / "argo-cd.yaml"], version)
    if not cluster.admin.get_or_none("v1", "Namespace", ARGOCD_NAMESPACE):  # helmfile's createNamespace
        cluster.apply([{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ARGOCD_NAMESPACE}}],
                      "argo-cd", field_manager="helm")
    crds = [d for d in rendered if d["kind"] == "CustomResourceDefinition"]
    rest = [d for d in rendered if d["kind"] != "CustomResourceDefinition"]
    for d in rest:
        if d["kind"] not in {"ClusterRole", "ClusterRoleBinding"}:
            d["metadata"].setdefault("namespace", ARGOCD_NAMESPACE)
    failed = [r for r in cluster.apply(crds, "argo-cd", field_manager="helm") if not r.ok]
    cluster.wait_crds_established([c["metadata"]["name"] for c in crds])
    failed += [r for r in cluster.apply(rest, "argo-cd", field_manager="helm") if not r.ok]
    if failed:
        raise RuntimeError("bootstrap of the argo-cd release failed:\n" + "\n".join(f"{r.ref}: {r.error}" for r in failed))
    return rendered


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
        rendered = bootstrap_argocd(cluster, tools / "helm", repos.checkout, env)
        standins = StandIns(cluster).start()
        tool_path = f"{tools}:{os.environ.get('PATH', '/usr/bin:/bin')}"
        argo = start_argocd(cluster, rendered=rendered, argocd_bin=tools / "argocd", tool_path=tool_path,
                            namespace=ARGOCD_NAMESPACE, workdir=workdir / "argocd", redis_server=redis)
        timeline = Timeline(t0=time.monotonic())
        docs = bootstrap_documents(repos.checkout / "dist" / env, env)
        failed = [r for r in cluster.apply(docs, "argocd bootstrap", field_manager="kubectl") if not r.ok]
        assert not failed, failed
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
