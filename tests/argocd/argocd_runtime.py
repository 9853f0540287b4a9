"""Argo CD's application-controller and repo-server, out of cluster, as the argo-cd release runs them.

The bootstrap is what `helmfile -e <env> -l name=argo-cd sync` installs: every object the pinned argo-cd
chart renders with values/argo-cd.yaml (CRDs, ConfigMaps with the project's health customizations,
RBAC, the Deployments, which kwok's fake node runs as pods without containers). The two components
that do the syncing then run here as processes of the one `argocd` binary (ARGOCD_BINARY_NAME):

- the environment of each comes from the rendered workload (the controller StatefulSet's and the
  repo-server Deployment's env; `configMapKeyRef`s resolved against the rendered ConfigMaps), with
  only the network addresses changed to loopback (repo-server, Redis) and TLS between them off;
- the controller authenticates as its chart service account (a TokenRequest token), and
  ARGOCD_FAKE_IN_CLUSTER=true maps the destination https://kubernetes.default.svc to that kubeconfig
  (argo-cd pkg/apis/application/v1alpha1/types.go, Cluster.RawRestConfig), so no destination in Git
  is rewritten. The repo-server talks to no API server (its chart role grants nothing it uses here).
- Redis is Debian's `redis-server` on loopback without persistence; the chart's Redis requires a
  password from the `argocd-redis` Secret, written by a hook Job that does not run here
  (`REDIS_PASSWORD` is optional in the chart's env), so this Redis has none.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from constructs_lib import yaml_docs




def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def render_release(helm: Path, archive: Path, release: str, namespace: str, values: list[Path],
                   kube_version: str) -> list[dict]:
    """`helm template` as helmfile would install it, for the control plane's Kubernetes version (helm's
    built-in default is far older than the charts' kubeVersion constraints)."""
    cmd = [str(helm), "template", release, str(archive), "--namespace", namespace, "--include-crds",
           "--kube-version", kube_version]
    for v in values:
        cmd += ["--values", str(v)]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: {result.stderr.strip()}")
    return [d for d in yaml_docs.load_all(result.stdout) if d]


def _find(docs: list[dict], kind: str, name: str) -> dict:
    for d in docs:
        if d["kind"] == kind and d["metadata"]["name"] == name:
            return d
    raise KeyError(f"the argo-cd release renders no {kind} {name}")


def workload(docs: list[dict], kind: str, component: str) -> dict:
    """The rendered workload of an Argo CD component (label app.kubernetes.io/component)."""
    for d in docs:
        if d["kind"] == kind and (d["metadata"].get("labels") or {}).get("app.kubernetes.io/component") == component:
            return d
    raise KeyError(f"the argo-cd release renders no {kind} of component {component}")


def service_account(docs: list[dict], kind: str, component: str) -> str:
    return workload(docs, kind, component)["spec"]["template"]["spec"]["serviceAccountName"]


def container_env(docs: list[dict], kind: str, component: str, container: str, root: Path) -> dict[str, str]:
    """The env of a rendered workload's container, configMapKeyRefs resolved from the rendered ConfigMaps
    (optional keys that are absent are left out, as the kubelet would); secretKeyRefs are left out.
    Values that are paths under one of the container's volume mounts (e.g. HELM_CACHE_HOME=/helm-working-dir,
    an emptyDir) are moved under `root`, where that directory is created: the container's filesystem."""
    spec = workload(docs, kind, component)["spec"]["template"]["spec"]
    ctr = next(c for c in spec["containers"] if c["name"] == container)
    env: dict[str, str] = {}
    for item in ctr.get("env", []):
        if "value" in item:
            env[item["name"]] = str(item["value"])
        elif "configMapKeyRef" in item.get("valueFrom", {}):
            ref = item["valueFrom"]["configMapKeyRef"]
            data = _find(docs, "ConfigMap", ref["name"]).get("data") or {}
            if ref["key"] in data:
                env[item["name"]] = str(data[ref["key"]])
            elif not ref.get("optional"):
                raise KeyError(f"{component}: {ref['name']} has no key {ref['key']}")
    mounts = sorted((m["mountPath"] for m in ctr.get("volumeMounts", [])), key=len, reverse=True)
    for key, value in env.items():
        mount = next((m for m in mounts if value == m or value.startswith(m.rstrip("/") + "/")), None)
        if mount:
            env[key] = str(root) + value
            (root / value.lstrip("/")).mkdir(parents=True, exist_ok=True)
    return env


def wait_port(port: int, proc, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not proc.alive():
            raise RuntimeError(f"{proc.name} exited ({proc.popen.returncode}):\n{proc.tail()}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{proc.name} did not listen on 127.0.0.1:{port} within {timeout}s:\n{proc.tail()}")


@dataclass
class ArgoCD:
    namespace: str
    processes: list = field(default_factory=list)

    def check_alive(self) -> None:
        dead = [p for p in self.processes if not p.alive()]
        if dead:
            raise RuntimeError("; ".join(f"{p.name} exited ({p.popen.returncode}):\n{p.tail()}" for p in dead))


def start_argocd(cluster, *, rendered: list[dict], argocd_bin: Path, tool_path: str, namespace: str,
                 workdir: Path, redis_server: str) -> ArgoCD:
    """Redis, the repo-server and the application-controller as processes of `cluster` (stopped with it,
    before the control plane), started in that order, each waiting for the previous one's port."""
    workdir.mkdir(parents=True, exist_ok=True)
    argo = ArgoCD(namespace)
    redis_port, repo_port, repo_metrics, ctl_metrics = (free_port() for _ in range(4))
    redis = cluster.spawn("redis", [redis_server, "--bind", "127.0.0.1", "--port", str(redis_port), "--save", "",
                                    "--appendonly", "no", "--dir", str(workdir)])
    argo.processes.append(redis)
    wait_port(redis_port, redis)

    base = {"PATH": tool_path, "ARGOCD_GPG_ENABLED": "false"}
    home = workdir / "repo-server-home"
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    repo_root = workdir / "repo-server-fs"
    repo_env = container_env(rendered, "Deployment", "repo-server", "repo-server", repo_root)
    # Paths the binary hard-codes (argo-cd common/common.go defaults), moved out of /app and /home.
    for key, sub in (("ARGOCD_SSH_DATA_PATH", "app/config/ssh"), ("ARGOCD_TLS_DATA_PATH", "app/config/tls"),
                     ("ARGOCD_GNUPGHOME", "app/config/gpg/keys"),
                     ("ARGOCD_PLUGINSOCKFILEPATH", "home/argocd/cmp-server/plugins")):
        (repo_root / sub).mkdir(parents=True, exist_ok=True)
        repo_env[key] = str(repo_root / sub)
    repo_env.update(base, HOME=str(home), TMPDIR=str(home / "tmp"), ARGOCD_BINARY_NAME="argocd-repo-server",
                    REDIS_SERVER=f"127.0.0.1:{redis_port}", ARGOCD_REPO_SERVER_LISTEN_ADDRESS="127.0.0.1",
                    ARGOCD_REPO_SERVER_METRICS_LISTEN_ADDRESS="127.0.0.1", ARGOCD_REPO_SERVER_DISABLE_TLS="true")
    repo = cluster.spawn("argocd-repo-server", [str(argocd_bin), "--port", str(repo_port),
                                                "--metrics-port", str(repo_metrics)], env=repo_env, cwd=workdir)
    argo.processes.append(repo)
    wait_port(repo_port, repo, timeout=180)

    kubeconfig = cluster.kubeconfig_for(namespace, service_account(rendered, "StatefulSet", "application-controller"))
    ctl_env = container_env(rendered, "StatefulSet", "application-controller", "application-controller",
                            workdir / "controller-fs")
    ctl_env.update(base, HOME=str(workdir), ARGOCD_BINARY_NAME="argocd-application-controller",
                   KUBECONFIG=str(kubeconfig), ARGOCD_FAKE_IN_CLUSTER="true",
                   ARGOCD_APPLICATION_CONTROLLER_REPO_SERVER=f"127.0.0.1:{repo_port}",
                   ARGOCD_APPLICATION_CONTROLLER_REPO_SERVER_PLAINTEXT="true",
                   REDIS_SERVER=f"127.0.0.1:{redis_port}")
    ctl = cluster.spawn("argocd-application-controller",
                        [str(argocd_bin), "--metrics-port", str(ctl_metrics), "--kubeconfig", str(kubeconfig),
                         "--namespace", namespace], env=ctl_env, cwd=workdir)
    argo.processes.append(ctl)
    wait_port(ctl_metrics, ctl, timeout=180)
    return argo


def find_redis_server() -> str:
    found = shutil.which("redis-server") or ("/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None)
    if not found:
        raise FileNotFoundError("redis-server not found: run `scripts/install-argocd-tools.sh --system` "
                                "(apt-get install -y redis-server)")
    return found
