"""The Prometheus Operator of kube-prometheus-stack in the tier, and what it writes.

The operator itself runs as its chart's Deployment describes it (operators.OPERATORS: the binary built
from github.com/prometheus-operator/prometheus-operator at the chart's appVersion by
scripts/build-controlplane.sh; the Deployment's args, its ServiceAccount, the `tls-secret` volume). Its
serving certificate comes from the chart's two kube-webhook-certgen hook Jobs, whose image does not build
from the Go module proxy (`go mod download github.com/jkroepke/kube-webhook-certgen@v1.8.7` -> 403 "not
available"); CertgenStandIn does what their containers do, as the Jobs' ServiceAccount (the chart's
hook RBAC applies):

- `create` (kube-prometheus-stack 88.5.3 templates/prometheus-operator/admission-webhooks/job-patch/
  job-createSecret.yaml:45-49): a CA and a serving certificate for `--host`, stored in the Secret
  `--secret-name` in `--namespace` with the keys `ca`, `cert`, `key` (jkroepke/kube-webhook-certgen
  cmd/create.go flags --ca-name/--cert-name/--key-name defaults; the operator Deployment reads
  /cert/cert and /cert/key, templates/prometheus-operator/deployment.yaml:149-150), unless it exists;
- `patch` (job-patchWebhook.yaml): the CA as caBundle of every webhook of the Validating and Mutating
  configurations named `--webhook-name` (kube-webhook-certgen pkg/k8s/k8s.go patchWebhookConfigurations,
  server-side apply as field manager kube-webhook-certgen).

What the operator writes for a Prometheus `<name>` (prometheus-operator v0.93.1):
- the configuration Secret `prometheus-<name>` (pkg/prometheus/common.go:177 ConfigSecretName ->
  PrefixedName, Prefix "prometheus") holding the gzipped configuration under `prometheus.yaml.gz`
  (common.go:48 ConfigFilename);
- one scrape job per monitor endpoint, named `podMonitor/<ns>/<name>/<i>` (pkg/prometheus/promcfg.go:1459)
  or `serviceMonitor/<ns>/<name>/<i>` (promcfg.go:1962);
- the rules ConfigMaps `prometheus-<name>-rulefiles-<i>` (pkg/prometheus/server/rules.go:104 prefix,
  pkg/operator/rules.go:364), labelled `prometheus-name: <name>`, one key per selected PrometheusRule:
  `<namespace>-<name>-<uid>.yaml` (pkg/operator/rules.go:253), the rule's spec as YAML.
"""
from __future__ import annotations

import base64
import gzip
import re

import yaml

from .cluster import Cluster

API = "monitoring.coreos.com/v1"
RELEASE = "kube-prometheus-stack"
CONFIG_KEY = "prometheus.yaml.gz"
CERTGEN_MANAGER = "kube-webhook-certgen"
WEBHOOK_KINDS = ("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration")


def config_secret_name(prometheus: str) -> str:
    return f"prometheus-{prometheus}"


def rulefiles_prefix(prometheus: str) -> str:
    return f"prometheus-{prometheus}-rulefiles-"


def rule_file_key(rule: dict) -> str:
    meta = rule["metadata"]
    return f"{meta['namespace']}-{meta['name']}-{meta['uid']}.yaml"


def job_names(monitor: dict) -> list[str]:
    """The scrape job names the operator gives a PodMonitor's / ServiceMonitor's endpoints."""
    meta = monitor["metadata"]
    if monitor["kind"] == "PodMonitor":
        endpoints, prefix = monitor["spec"].get("podMetricsEndpoints") or [], "podMonitor"
    else:
        endpoints, prefix = monitor["spec"].get("endpoints") or [], "serviceMonitor"
    return [f"{prefix}/{meta['namespace']}/{meta['name']}/{i}" for i in range(len(endpoints))]


def generated_config(admin, namespace: str, prometheus: str) -> dict | None:
    """The operator's generated configuration as written to its Secret; None while it is not there."""
    secret = admin.get_or_none("v1", "Secret", config_secret_name(prometheus), namespace)
    if secret is None or CONFIG_KEY not in (secret.get("data") or {}):
        return None
    return yaml.safe_load(gzip.decompress(base64.b64decode(secret["data"][CONFIG_KEY])))


def generated_config_text(admin, namespace: str, prometheus: str) -> str:
    secret = admin.get("v1", "Secret", config_secret_name(prometheus), namespace)
    return gzip.decompress(base64.b64decode(secret["data"][CONFIG_KEY])).decode()


def scrape_jobs(config: dict | None) -> set[str]:
    return {job["job_name"] for job in (config or {}).get("scrape_configs") or []}


def rule_files(admin, namespace: str, prometheus: str) -> dict[str, str]:
    """file name -> content over every `prometheus-<name>-rulefiles-*` ConfigMap."""
    out: dict[str, str] = {}
    for cm in admin.list("v1", "ConfigMap", namespace, labelSelector=f"prometheus-name={prometheus}"):
        if cm["metadata"]["name"].startswith(rulefiles_prefix(prometheus)):
            out.update(cm.get("data") or {})
    return out


class CertgenStandIn:
    """What the chart's kube-webhook-certgen hook Jobs do (see the module docstring)."""

    def __init__(self, cluster: Cluster, rendered: list[dict]) -> None:
        self.cluster = cluster
        self.jobs = {self._verb(j): j for j in rendered if j.get("kind") == "Job" and self._verb(j)}
        self.log: list[str] = []

    @staticmethod
    def _verb(job: dict) -> str | None:
        containers = job["spec"]["template"]["spec"]["containers"]
        image = containers[0].get("image", "")
        args = containers[0].get("args") or []
        return args[0] if "kube-webhook-certgen" in image and args and args[0] in ("create", "patch") else None

    @staticmethod
    def _flags(job: dict) -> dict[str, str]:
        args = job["spec"]["template"]["spec"]["containers"][0].get("args") or []
        return dict(re.fullmatch(r"--([^=]+)=(.*)", a).groups() for a in args[1:] if a.startswith("--"))

    def _client(self, job: dict):
        return self.cluster.client_for(job["metadata"]["namespace"],
                                       job["spec"]["template"]["spec"]["serviceAccountName"])

    def run(self) -> None:
        if set(self.jobs) != {"create", "patch"}:
            raise RuntimeError(f"{RELEASE}: expected the certgen create and patch Jobs, found {sorted(self.jobs)}")
        create, patch = self.jobs["create"], self.jobs["patch"]
        flags = self._flags(create)
        client = self._client(create)
        ns, name = flags["namespace"], flags["secret-name"]
        secret = client.get_or_none("v1", "Secret", name, ns)
        if secret is None:
            hosts = [h for h in flags["host"].split(",") if h]
            pair = self.cluster.pki.serving(f"certgen-{ns}-{name}", hosts)
            b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
            ca = self.cluster.pki.ca.cert.read_bytes()
            secret = client.create({"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
                                    "metadata": {"name": name, "namespace": ns},
                                    "data": {"ca": b64(ca), "cert": b64(pair.cert.read_bytes()),
                                             "key": b64(pair.key.read_bytes())}})
            self.log.append(f"create: Secret {ns}/{name} for {hosts} as {create['spec']['template']['spec']['serviceAccountName']}")
        bundle = secret["data"]["ca"]
        flags = self._flags(patch)
        client = self._client(patch)
        for kind in WEBHOOK_KINDS:
            live = client.get_or_none("admissionregistration.k8s.io/v1", kind, flags["webhook-name"])
            if live is None:
                continue
            client.apply({"apiVersion": "admissionregistration.k8s.io/v1", "kind": kind,
                          "metadata": {"name": flags["webhook-name"]},
                          "webhooks": [{"name": h["name"], "clientConfig": {"caBundle": bundle}}
                                       for h in live.get("webhooks", [])]}, CERTGEN_MANAGER)
            self.log.append(f"patch: caBundle of {kind}/{flags['webhook-name']}")


SA_MOUNT = "/var/run/secrets/kubernetes.io/serviceaccount"


def pod_files(cluster: Cluster, statefulset: dict, container: str, root) -> dict[str, object]:
    """What a kubelet would mount into `container` of the StatefulSet's Pod, written below `root`:
    mount path -> host path, for ConfigMap, Secret and projected (Secret/ConfigMap sources) volumes
    (optional sources that do not exist are left out, as a kubelet does) and the ServiceAccount token
    (a TokenRequest token, ca.crt, namespace). emptyDir and claim volumes are left out: nothing here
    writes them."""
    from pathlib import Path

    admin = cluster.admin
    ns = statefulset["metadata"]["namespace"]
    spec = statefulset["spec"]["template"]["spec"]
    volumes = {v["name"]: v for v in spec.get("volumes") or []}
    root = Path(root)

    def files_of(kind: str, name: str, items: list[dict]) -> dict[str, bytes]:
        obj = admin.get_or_none("v1", kind, name, ns)
        if obj is None:
            return {}
        if kind == "Secret":
            data = {k: base64.b64decode(v) for k, v in (obj.get("data") or {}).items()}
        else:
            data = {k: v.encode() for k, v in (obj.get("data") or {}).items()}
        return {i["path"]: data[i["key"]] for i in items if i["key"] in data} if items else data

    out: dict[str, object] = {}
    pod_container = next(c for c in spec["containers"] if c["name"] == container)
    for mount in pod_container.get("volumeMounts") or []:
        vol = volumes.get(mount["name"], {})
        sources = []
        if "secret" in vol:
            sources = [("Secret", vol["secret"]["secretName"], vol["secret"].get("items") or [])]
        elif "configMap" in vol:
            sources = [("ConfigMap", vol["configMap"]["name"], vol["configMap"].get("items") or [])]
        elif "projected" in vol:
            for src in vol["projected"].get("sources") or []:
                if "secret" in src:
                    sources.append(("Secret", src["secret"]["name"], src["secret"].get("items") or []))
                elif "configMap" in src:
                    sources.append(("ConfigMap", src["configMap"]["name"], src["configMap"].get("items") or []))
        else:
            continue
        host = root / mount["name"]
        for kind, name, items in sources:
            for rel, content in files_of(kind, name, items).items():
                (host / rel).parent.mkdir(parents=True, exist_ok=True)
                (host / rel).write_bytes(content)
        host.mkdir(parents=True, exist_ok=True)
        out[mount["mountPath"].rstrip("/")] = host / mount.get("subPath", "")
    if spec.get("automountServiceAccountToken", True):
        sa = root / "serviceaccount"
        sa.mkdir(parents=True, exist_ok=True)
        (sa / "token").write_text(cluster.token_for(ns, spec.get("serviceAccountName") or "default"))
        (sa / "ca.crt").write_text(Path(cluster.ca_file).read_text())
        (sa / "namespace").write_text(ns)
        out[SA_MOUNT] = sa
    return out


def rewrite_paths(text: str, mounts: dict[str, object]) -> str:
    """Each mount path in the text -> its host path (longest first)."""
    for mount_path, host in sorted(mounts.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"(?<![\w/]){re.escape(mount_path)}(?=/|$|\s)", str(host), text, flags=re.M)
    return text
