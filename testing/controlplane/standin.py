"""Kubelet stand-ins: what a kubelet would do for the few things the tier needs, nothing more.

- ContainerStandIn runs one container of a rendered Deployment as a local process: the binary built
  from the image's source replaces the image entrypoint; the container's args and env as rendered
  (fieldRef / configMapKeyRef / secretKeyRef resolved from the API server); the pod's
  ServiceAccount as its identity, as a kubelet provides it (a TokenRequest token, ca.crt and namespace
  at /var/run/secrets/kubernetes.io/serviceaccount, KUBERNETES_SERVICE_HOST/PORT: the operator's own
  in-cluster configuration, so exactly the chart's RBAC applies);
  Secret/ConfigMap volumes written to a host folder and kept in sync; each containerPort remapped to
  a free loopback port (every "pod" shares this namespace's `lo`), in args too. The process runs in
  a private mount namespace whose /etc/hosts maps Service names to 127.0.0.1 (Cluster.hosts_file).
  Paths a binary hard-codes (not in its args) are bind-mounted there (`pinned_paths`), over a tmpfs
  on an existing ancestor such as /run so that nothing is created on the host.
- complete_jobs marks the Pods of Jobs Succeeded (nothing runs a container here), so operators that
  wait for a Job (CNPG's initdb) go on.
"""
from __future__ import annotations

import base64
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .client import ApiError
from .cluster import Cluster, Process

TMPFS_ANCESTORS = ("/run", "/tmp")
SA_DIR = "/run/secrets/kubernetes.io/serviceaccount"   # /var/run is a symlink to /run


@dataclass
class Volume:
    name: str
    host_dir: Path
    kind: str                 # secret | configMap | emptyDir | other
    source_name: str | None   # Secret / ConfigMap name
    items: list[dict] = field(default_factory=list)
    optional: bool = False


class ContainerStandIn:
    def __init__(self, cluster: Cluster, deployment: dict, container: str, binary: Path, *,
                 drop_args: tuple[str, ...] = (), extra_args: tuple[str, ...] = (),
                 pinned_paths: tuple[str, ...] = (), wait_for_volumes: bool = True,
                 extra_env: dict[str, str] | None = None, ready_port: str | int | None = None) -> None:
        self.cluster = cluster
        self.deployment = deployment
        self.name = deployment["metadata"]["name"]
        self.namespace = deployment["metadata"]["namespace"]
        self.pod = deployment["spec"]["template"]
        spec = self.pod["spec"]
        self.container = next(c for c in spec["containers"] if c["name"] == container)
        self.binary = binary
        self.drop_args = drop_args
        self.extra_args = extra_args
        self.pinned_paths = pinned_paths
        self.wait_for_volumes = wait_for_volumes
        self.extra_env = dict(extra_env or {})
        self.ready_port = ready_port
        self.dir = cluster.dir / "pods" / f"{self.namespace}-{self.name}"
        self.dir.mkdir(parents=True, exist_ok=True)
        # Ports: containerPort -> loopback port (allocated now, so webhook URLs can be written first).
        self.ports: dict[int, int] = {}
        self.port_names: dict[str, int] = {}
        for c in spec["containers"]:
            for p in c.get("ports", []):
                self.ports[p["containerPort"]] = cluster.claim_port(p["containerPort"])
                if p.get("name"):
                    self.port_names[p["name"]] = p["containerPort"]
        self.volumes: dict[str, Volume] = {}
        for v in spec.get("volumes", []):
            host = self.dir / "volumes" / v["name"]
            host.mkdir(parents=True, exist_ok=True)
            if "secret" in v:
                self.volumes[v["name"]] = Volume(v["name"], host, "secret", v["secret"]["secretName"],
                                                 v["secret"].get("items", []), v["secret"].get("optional", False))
            elif "configMap" in v:
                self.volumes[v["name"]] = Volume(v["name"], host, "configMap", v["configMap"]["name"],
                                                 v["configMap"].get("items", []), v["configMap"].get("optional", False))
            else:
                self.volumes[v["name"]] = Volume(v["name"], host, "emptyDir" if "emptyDir" in v else "other", None)
        self.process: Process | None = None
        self._stop = threading.Event()
        self._sync_thread: threading.Thread | None = None

    # -- what the pod would see --------------------------------------------------------------
    @property
    def service_account(self) -> str:
        return self.pod["spec"].get("serviceAccountName") or "default"

    def port_for(self, target) -> int:
        """The loopback port serving a Service targetPort (number or container port name)."""
        number = self.port_names[target] if isinstance(target, str) else int(target)
        return self.ports[number]

    def _mounts(self) -> dict[str, Path]:
        out = {}
        for m in self.container.get("volumeMounts", []):
            vol = self.volumes.get(m["name"])
            if vol is not None:
                out[m["mountPath"].rstrip("/")] = vol.host_dir / m.get("subPath", "")
        return out

    def _rewrite(self, text: str) -> str:
        for mount_path, host in sorted(self._mounts().items(), key=lambda kv: -len(kv[0])):
            if mount_path not in self.pinned_paths:
                text = re.sub(rf"(?<![\w/]){re.escape(mount_path)}(?=/|$)", str(host), text)
        for container_port, port in self.ports.items():
            text = re.sub(rf"(?<=[=:]){container_port}$", str(port), text)
        return text

    def args(self) -> list[str]:
        raw = list(self.container.get("args", []))
        kept = [a for a in raw if not any(a == d or a.startswith(d + "=") for d in self.drop_args)]
        return [self._rewrite(a) for a in kept] + list(self.extra_args)

    def env(self) -> dict[str, str]:
        admin = self.cluster.admin
        out: dict[str, str] = {}
        pod_name = f"{self.name}-standin"
        for e in self.container.get("env", []):
            if "value" in e:
                out[e["name"]] = self._rewrite(str(e["value"]))
                continue
            src = e.get("valueFrom", {})
            if "fieldRef" in src:
                path = src["fieldRef"]["fieldPath"]
                out[e["name"]] = {"metadata.namespace": self.namespace, "metadata.name": pod_name,
                                  "status.podIP": "127.0.0.1", "spec.serviceAccountName": self.service_account,
                                  "spec.nodeName": "standin"}.get(path, "")
            elif "configMapKeyRef" in src or "secretKeyRef" in src:
                key_ref = src.get("configMapKeyRef") or src.get("secretKeyRef")
                kind = "ConfigMap" if "configMapKeyRef" in src else "Secret"
                obj = admin.get_or_none("v1", kind, key_ref["name"], self.namespace)
                data = (obj or {}).get("data", {})
                if key_ref["key"] in data:
                    value = data[key_ref["key"]]
                    out[e["name"]] = base64.b64decode(value).decode() if kind == "Secret" else value
                elif not key_ref.get("optional"):
                    raise RuntimeError(f"{self.namespace}/{self.name}: env {e['name']} needs {kind} "
                                       f"{key_ref['name']} key {key_ref['key']}, which does not exist")
        out.update(self.extra_env)
        return out

    # -- volumes -----------------------------------------------------------------------------
    def sync_volumes(self) -> bool:
        """Write each Secret/ConfigMap volume's current data; True when every required one exists."""
        ready = True
        for vol in self.volumes.values():
            if vol.kind not in ("secret", "configMap"):
                continue
            obj = self.cluster.admin.get_or_none("v1", "Secret" if vol.kind == "secret" else "ConfigMap",
                                                 vol.source_name, self.namespace)
            if obj is None:
                ready &= vol.optional
                continue
            data = obj.get("data") or {}
            files = {k: base64.b64decode(v) if vol.kind == "secret" else v.encode() for k, v in data.items()}
            if vol.items:
                files = {i["path"]: files[i["key"]] for i in vol.items if i["key"] in files}
            for rel, content in files.items():
                target = vol.host_dir / rel
                if not target.exists() or target.read_bytes() != content:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    tmp = target.with_name(f".{target.name}.tmp")
                    tmp.write_bytes(content)
                    tmp.replace(target)
        return ready

    def _sync_loop(self) -> None:
        while not self._stop.wait(1.0):
            try:
                self.sync_volumes()
            except (ApiError, OSError):
                pass

    # -- process -----------------------------------------------------------------------------
    def start(self, timeout: float = 60) -> Process:
        if self.wait_for_volumes:
            deadline = time.monotonic() + timeout
            while not self.sync_volumes():
                if time.monotonic() > deadline:
                    missing = [v.source_name for v in self.volumes.values() if v.kind in ("secret", "configMap")]
                    raise RuntimeError(f"{self.namespace}/{self.name}: volumes never became available: {missing}")
                time.sleep(0.5)
        else:
            self.sync_volumes()
        pinned = {p: h for p, h in self._mounts().items() if p in self.pinned_paths}
        self.process = run_as_pod(self.cluster, f"{self.namespace}-{self.name}", self.namespace,
                                  self.service_account, [str(self.binary), *self.args()], self.env(), self.dir,
                                  pinned)
        self._sync_thread = threading.Thread(target=self._sync_loop, daemon=True)
        self._sync_thread.start()
        return self.process

    def stop(self) -> None:
        self._stop.set()
        if self.process:
            self.process.stop()


def complete_jobs(cluster: Cluster, namespaces: list[str]) -> list[str]:
    """Mark every Pending Pod owned by a Job Succeeded (its containers would have run and exited 0)."""
    done = []
    for ns in namespaces:
        for pod in cluster.admin.list("v1", "Pod", ns):
            owners = pod["metadata"].get("ownerReferences", [])
            if not any(o.get("kind") == "Job" for o in owners):
                continue
            if pod.get("status", {}).get("phase") in ("Succeeded", "Failed"):
                continue
            now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            statuses = [{"name": c["name"], "ready": False, "restartCount": 0, "image": c["image"], "imageID": "",
                         "state": {"terminated": {"exitCode": 0, "reason": "Completed", "startedAt": now,
                                                  "finishedAt": now}}}
                        for c in pod["spec"]["containers"]]
            cluster.admin.patch_status(pod, {"phase": "Succeeded", "containerStatuses": statuses,
                                             "conditions": [{"type": "Ready", "status": "False",
                                                             "reason": "PodCompleted", "lastTransitionTime": now}]})
            done.append(f"{ns}/{pod['metadata']['name']}")
    return done


def run_as_pod(cluster: Cluster, name: str, namespace: str, service_account: str, argv: list[str],
               env: dict[str, str], workdir: Path, pinned: dict[str, Path] | None = None) -> Process:
    """Start argv the way a kubelet would start a container of a Pod with this ServiceAccount: a
    private mount namespace with the cluster's /etc/hosts, the ServiceAccount's token, ca.crt and
    namespace at /var/run/secrets/kubernetes.io/serviceaccount, KUBERNETES_SERVICE_HOST/PORT set
    (client-go's and the Kubernetes Python client's in-cluster configuration), plus `pinned`
    host folders bind-mounted at fixed paths (over a tmpfs on /run or /tmp: nothing is created on
    the host)."""
    sa_dir = workdir / "serviceaccount"
    sa_dir.mkdir(parents=True, exist_ok=True)
    (sa_dir / "token").write_text(cluster.token_for(namespace, service_account))
    (sa_dir / "ca.crt").write_text(Path(cluster.ca_file).read_text())
    (sa_dir / "namespace").write_text(namespace)
    mounts = dict(pinned or {})
    mounts[SA_DIR] = sa_dir
    script = ['mount --bind "$HOSTS" /etc/hosts']
    tmpfs_done = set()
    for path, host in sorted(mounts.items()):
        path = path.replace("/var/run/", "/run/", 1)
        ancestor = next((a for a in TMPFS_ANCESTORS if path.startswith(a + "/")), None)
        if ancestor is None:
            raise RuntimeError(f"{name}: cannot pin {path} (only below {TMPFS_ANCESTORS})")
        if ancestor not in tmpfs_done:
            script.append(f"mount -t tmpfs tmpfs {ancestor}")
            tmpfs_done.add(ancestor)
        script.append(f"mkdir -p {path} && mount --bind {host} {path}")
    script.append('exec "$@"')
    host, port = cluster.server.removeprefix("https://").rsplit(":", 1)
    full_env = {**env, "KUBERNETES_SERVICE_HOST": host, "KUBERNETES_SERVICE_PORT": port,
                "HOSTS": str(cluster.hosts_file), "HOME": str(workdir)}
    wrapped = ["unshare", "--mount", "--propagation", "private", "--", "sh", "-c", " && ".join(script), "sh", *argv]
    return cluster.spawn(name, wrapped, env=full_env, cwd=workdir)
