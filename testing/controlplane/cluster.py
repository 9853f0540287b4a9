"""A real Kubernetes control plane for tests: etcd + kube-apiserver + kube-controller-manager (no
kubelet, no scheduler), on free loopback ports with a temporary data dir, inside the private
network namespace the caller entered (netns.PrivateNetwork), stopped by PID.

    with PrivateNetwork(), Cluster(workdir, binaries_dir()) as cluster:
        cluster.admin.apply(obj, "argocd-controller")
        sa = cluster.client_for("platform-operators", "cnpg")      # as a ServiceAccount
        cluster.kubeconfig_for("platform-operators", "cnpg")         # for an operator process

Authentication: static tokens (admin in system:masters; the controller-manager as
system:kube-controller-manager, which then uses one ServiceAccount per controller,
--use-service-account-credentials) and ServiceAccount tokens (TokenRequest). Authorization: RBAC.
Admission: the API server's defaults (PodSecurity, ServiceAccount, NamespaceLifecycle, ...,
validating/mutating webhooks, CEL ValidatingAdmissionPolicies).

Webhooks: operators run out of cluster on loopback, so webhook configurations are rewritten to
`url:` form (webhooks.url_form) with the Service DNS name kept; the API server runs in a private
mount namespace whose /etc/hosts (self.hosts_file, editable while it runs: map_hosts) maps those
names to 127.0.0.1, so the operators' own serving certificates verify.
"""
from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .client import ApiError, Client, wait_for
from .netns import interfaces
from .pki import Pki

ROOT = Path(__file__).resolve().parents[2]
BUILD_COMMAND = "scripts/build-controlplane.sh"
SERVICE_CIDR = "10.96.0.0/16"
ISSUER = "https://kubernetes.default.svc.cluster.local"
# Controllers that need a cloud provider or node IPAM (no nodes, no cluster CIDR here).
DISABLED_CONTROLLERS = ("node-ipam-controller", "node-route-controller", "cloud-node-lifecycle-controller",
                        "service-lb-controller")


class ControlPlaneError(RuntimeError):
    pass


def binaries_dir() -> Path:
    """The bin directory of the pinned control-plane binaries; raises naming the build command."""
    result = subprocess.run([str(ROOT / BUILD_COMMAND), "--print-bindir"], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        raise ControlPlaneError(f"control-plane binaries are not built: run `{BUILD_COMMAND}` "
                                f"(Go module proxy, ~15 min cold). {result.stderr.strip()}")
    return Path(result.stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Process:
    name: str
    popen: subprocess.Popen
    log: Path

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self, timeout: float = 10) -> None:
        if self.popen.poll() is not None:
            return
        os.kill(self.popen.pid, signal.SIGTERM)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            os.kill(self.popen.pid, signal.SIGKILL)
            self.popen.wait(timeout)


@dataclass
class ApplyResult:
    ref: str            # Kind/namespace/name
    source: str         # which Application / file it came from
    error: str | None = None
    obj: dict | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None


def ref(obj: dict) -> str:
    meta = obj.get("metadata", {})
    ns = meta.get("namespace")
    return f"{obj.get('kind')}/{ns + '/' if ns else ''}{meta.get('name')}"


class Cluster:
    ARGOCD_FIELD_MANAGER = "argocd-controller"

    def __init__(self, workdir: Path, bindir: Path, controller_manager: bool = True) -> None:
        self.with_controller_manager = controller_manager
        self.dir = Path(workdir)
        self.bin = Path(bindir)
        self.processes: list[Process] = []
        self.hosts_file = self.dir / "hosts"
        self._hosts: dict[str, str] = {}
        self._claimed: set[int] = set()
        self.admin: Client | None = None
        self.server = ""
        self.timings: dict[str, float] = {}

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> "Cluster":
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        seen = interfaces()
        if seen != ["lo"]:
            raise ControlPlaneError(f"refusing to start a control plane outside a private network namespace "
                                    f"(interfaces: {seen}); enter netns.PrivateNetwork first")
        t0 = time.monotonic()
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "logs").mkdir(exist_ok=True)
        self.pki = Pki(self.dir / "pki")
        self.ca_file = str(self.pki.ca.cert)
        etcd_port, peer_port, api_port = free_port(), free_port(), free_port()
        self.server = f"https://127.0.0.1:{api_port}"
        serving = self.pki.serving("apiserver", ["localhost", "kubernetes", "kubernetes.default",
                                                 "kubernetes.default.svc", "kubernetes.default.svc.cluster.local"],
                                   ["127.0.0.1", "10.96.0.1"])
        self.admin_token = secrets.token_hex(16)
        cm_token = secrets.token_hex(16)
        tokens = self.dir / "pki" / "tokens.csv"
        tokens.write_text(f'{self.admin_token},admin,admin,"system:masters"\n'
                          f"{cm_token},system:kube-controller-manager,kcm,\n")
        # As a kubelet's hosts file: the Pod's own hostname resolves (here: this machine's, which
        # the stand-in processes share); spark-submit looks it up at start.
        self.map_hosts({"localhost": "127.0.0.1", socket.gethostname(): "127.0.0.1"})

        self.spawn("etcd", [str(self.bin / "etcd"), "--name", "test", "--data-dir", str(self.dir / "etcd"),
                            "--listen-client-urls", f"http://127.0.0.1:{etcd_port}",
                            "--advertise-client-urls", f"http://127.0.0.1:{etcd_port}",
                            "--listen-peer-urls", f"http://127.0.0.1:{peer_port}",
                            "--initial-advertise-peer-urls", f"http://127.0.0.1:{peer_port}",
                            "--initial-cluster", f"test=http://127.0.0.1:{peer_port}",
                            "--unsafe-no-fsync", "--log-level", "warn"])
        self._wait_tcp("etcd", etcd_port)
        self.timings["etcd_ready_s"] = time.monotonic() - t0

        apiserver = [
            str(self.bin / "kube-apiserver"),
            "--etcd-servers", f"http://127.0.0.1:{etcd_port}",
            "--bind-address", "127.0.0.1", "--advertise-address", "127.0.0.1", "--secure-port", str(api_port),
            "--tls-cert-file", str(serving.cert), "--tls-private-key-file", str(serving.key),
            "--client-ca-file", self.ca_file,
            "--token-auth-file", str(tokens),
            "--authorization-mode", "RBAC",
            "--service-account-issuer", ISSUER,
            "--service-account-key-file", str(self.pki.sa_pub),
            "--service-account-signing-key-file", str(self.pki.sa_key),
            "--service-cluster-ip-range", SERVICE_CIDR,
            "--allow-privileged=true",  # as kubeadm clusters run: Pod Security admission is what decides
            "--profiling=false",
            "--v=1",
        ]
        # A private mount namespace whose /etc/hosts is our file: webhook Service names -> loopback.
        self.spawn("kube-apiserver", ["unshare", "--mount", "--propagation", "private", "--",
                                      "sh", "-c", 'mount --bind "$0" /etc/hosts && exec "$@"',
                                      str(self.hosts_file), *apiserver])
        self.admin = Client(self.server, self.admin_token, self.ca_file)
        wait_for("kube-apiserver /readyz", lambda: self._check_alive() or self.admin.request("GET", "/readyz") == "ok",
                 timeout=120)
        self._check_alive()
        self.timings["apiserver_ready_s"] = time.monotonic() - t0

        self.admin_kubeconfig = self._write_kubeconfig("admin", self.admin_token)
        cm_kubeconfig = self._write_kubeconfig("kube-controller-manager", cm_token)
        if not self.with_controller_manager:
            return
        self.spawn("kube-controller-manager", [
            str(self.bin / "kube-controller-manager"),
            "--kubeconfig", str(cm_kubeconfig),
            "--authentication-kubeconfig", str(cm_kubeconfig),
            "--authorization-kubeconfig", str(cm_kubeconfig),
            "--bind-address", "127.0.0.1", "--secure-port", str(free_port()),
            "--use-service-account-credentials",
            "--service-account-private-key-file", str(self.pki.sa_key),
            "--root-ca-file", self.ca_file,
            "--service-cluster-ip-range", SERVICE_CIDR,
            "--controllers", ",".join(["*"] + [f"-{c}" for c in DISABLED_CONTROLLERS]),
            "--leader-elect=false",
            "--v=1",
        ])
        # The ServiceAccount controller creates `default` in every namespace: the CM is working.
        wait_for("the controller-manager to create ServiceAccount default/default",
                 lambda: self.admin.get_or_none("v1", "ServiceAccount", "default", "default"), timeout=120)
        self._check_alive()
        self.timings["controller_manager_ready_s"] = time.monotonic() - t0

    def stop(self) -> None:
        for proc in reversed(self.processes):
            try:
                proc.stop()
            except ProcessLookupError:
                pass

    # -- processes ---------------------------------------------------------------------------
    def spawn(self, name: str, argv: list[str], env: dict | None = None, cwd: Path | None = None) -> Process:
        log = self.dir / "logs" / f"{name}.log"
        handle = log.open("ab")
        base = {k: v for k, v in os.environ.items() if k != "KUBECONFIG"}
        popen = subprocess.Popen(argv, stdout=handle, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                 env={**base, **(env or {})}, cwd=cwd, start_new_session=True)
        handle.close()
        proc = Process(name, popen, log)
        self.processes.append(proc)
        return proc

    def _check_alive(self) -> None:
        for proc in self.processes:
            if not proc.alive():
                raise ControlPlaneError(f"{proc.name} exited with {proc.popen.returncode}:\n{proc.tail()}")

    def _wait_tcp(self, what: str, port: int, timeout: float = 30) -> None:
        def connect() -> bool:
            self._check_alive()
            with socket.socket() as s:
                s.settimeout(1)
                return s.connect_ex(("127.0.0.1", port)) == 0
        wait_for(f"{what} on 127.0.0.1:{port}", connect, timeout=timeout, interval=0.1)

    def claim_port(self, preferred: int) -> int:
        """`preferred` if no stand-in claimed it yet (every "pod" shares this `lo`), else a free port."""
        if preferred not in self._claimed:
            with socket.socket() as s:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if s.connect_ex(("127.0.0.1", preferred)) != 0:
                    self._claimed.add(preferred)
                    return preferred
        port = free_port()
        self._claimed.add(port)
        return port

    def map_hosts(self, names: dict[str, str]) -> None:
        """Add names to the API server's /etc/hosts (rewritten in place: the bind mount keeps the inode)."""
        self._hosts.update(names)
        text = "".join(f"{ip}\t{name}\n" for name, ip in sorted(self._hosts.items()))
        if self.hosts_file.exists():
            with self.hosts_file.open("r+") as handle:
                handle.truncate(0)
                handle.write(text)
        else:
            self.hosts_file.write_text(text)

    # -- identities --------------------------------------------------------------------------
    def token_for(self, namespace: str, service_account: str, seconds: int = 7200) -> str:
        """A ServiceAccount token from the TokenRequest API (what a projected volume holds)."""
        review = {"apiVersion": "authentication.k8s.io/v1", "kind": "TokenRequest",
                  "spec": {"expirationSeconds": seconds}}
        path = f"/api/v1/namespaces/{namespace}/serviceaccounts/{service_account}/token"
        return self.admin.request("POST", path, review)["status"]["token"]

    def client_for(self, namespace: str, service_account: str) -> Client:
        return Client(self.server, self.token_for(namespace, service_account), self.ca_file)

    def kubeconfig_for(self, namespace: str, service_account: str) -> Path:
        return self._write_kubeconfig(f"sa-{namespace}-{service_account}", self.token_for(namespace, service_account),
                                      namespace)

    def _write_kubeconfig(self, name: str, token: str, namespace: str = "default") -> Path:
        path = self.dir / "kubeconfigs" / f"{name}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(yaml.safe_dump({
            "apiVersion": "v1", "kind": "Config", "current-context": "test",
            "clusters": [{"name": "test", "cluster": {"server": self.server, "certificate-authority": self.ca_file}}],
            "users": [{"name": name, "user": {"token": token}}],
            "contexts": [{"name": "test", "context": {"cluster": "test", "user": name, "namespace": namespace}}],
        }))
        return path

    # -- objects -----------------------------------------------------------------------------
    def apply(self, objs: list[dict], source: str, field_manager: str = ARGOCD_FIELD_MANAGER) -> list[ApplyResult]:
        """Server-side apply each object (Strict field validation, forced conflicts: as Argo CD does)."""
        results = []
        for obj in objs:
            if obj.get("kind") == "CustomResourceDefinition":
                self.admin.mark_stale()
            try:
                applied = self.admin.apply(obj, field_manager)
                results.append(ApplyResult(ref(obj), source, None, applied))
            except (ApiError, KeyError) as err:
                results.append(ApplyResult(ref(obj), source, str(err), obj))
        return results

    def wait_crds_established(self, names: list[str] | None = None, timeout: float = 120) -> None:
        """Wait until these CustomResourceDefinitions (default: all) are Established, then refresh discovery."""
        crd = ("apiextensions.k8s.io/v1", "CustomResourceDefinition")
        if names is None:
            names = [c["metadata"]["name"] for c in self.admin.list(*crd)]
        waiting = set(names)

        def established() -> bool:
            for name in sorted(waiting):
                obj = self.admin.get_or_none(*crd, name)
                conds = {c["type"]: c["status"] for c in ((obj or {}).get("status") or {}).get("conditions") or []}
                if conds.get("Established") == "True":
                    waiting.discard(name)
            return not waiting
        wait_for(f"CustomResourceDefinitions Established ({len(waiting)})", established, timeout=timeout, interval=0.2)
        self.admin.refresh_discovery()
        self.admin.mark_stale()   # aggregated discovery may lag the Established condition briefly

    def events(self, namespace: str | None = None) -> list[dict]:
        return self.admin.list("v1", "Event", namespace)
