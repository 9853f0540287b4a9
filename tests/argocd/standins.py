"""Stand-ins: the one place where this tier fakes what cannot run here. Each says what it fakes and why.

No container runs in this tier (kwok's fake node runs pods as objects only), so no operator's Deployment
does anything: the CRs the platform syncs would never get a status, and every webhook the charts
register would fail (failurePolicy: Fail) and block the sync. The stand-ins below do the least an
operator would do for Argo CD to see its resources as it would in a working cluster, and nothing more.
The report (test_report.py, tests/argocd/README.md) lists them; a resource whose health depends on a
stand-in is counted as "stalled at the stand-in" if the stand-in does not act.

Operators that build from the Go module proxy (CloudNativePG, the Barman Cloud plugin, the Spark
operator, the Prometheus Operator) reconcile the same resources for real in the control-plane tier (tests/controlplane); here
their pods are kwok fakes too (no PostgreSQL runs, so a CNPG Cluster could never become healthy).
"""
from __future__ import annotations

import base64
import json
import ssl
import subprocess
import threading
import time
import traceback
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

FIELD_MANAGER = "tier-standin"


@dataclass(frozen=True)
class StandIn:
    name: str
    fakes: str
    why: str
    kinds: tuple[str, ...]   # "group/Kind" whose status (or objects) it writes


READY = {"type": "Ready", "status": "True", "reason": "StandIn", "message": "set by the tier's stand-in"}

STAND_INS: tuple[StandIn, ...] = (
    StandIn("webhooks",
            "every admission webhook of the charts (cert-manager, CloudNativePG, Flink operator, SeaweedFS "
            "operator, Spark operator): an HTTPS endpoint on the Service's ClusterIP (added to `lo` of the "
            "tier's private network namespace) that admits every request unchanged, and the caBundle that "
            "cert-manager's cainjector or the operator itself would write",
            "the webhook servers are the operators' own containers, and no container runs here; the "
            "API server calls a webhook Service at its ClusterIP (kube-apiserver buildServiceResolver -> "
            "NewClusterIPServiceResolver, k8s.io/kubernetes v1.33.13 cmd/kube-apiserver/app/server.go)",
            ("admissionregistration.k8s.io/ValidatingWebhookConfiguration",
             "admissionregistration.k8s.io/MutatingWebhookConfiguration")),
    StandIn("cert-manager",
            "Issuer/ClusterIssuer Ready; each Certificate's Secret (a key pair signed by the tier's CA for "
            "the Certificate's dnsNames) and Ready condition",
            "cert-manager's controller cannot be built from the Go module proxy (its cmd/controller module "
            "and a dependency are refused), and no container runs here",
            ("cert-manager.io/Issuer", "cert-manager.io/ClusterIssuer", "cert-manager.io/Certificate")),
    StandIn("strimzi",
            "Ready condition on Kafka, KafkaNodePool, KafkaTopic and KafkaUser (what Strimzi's operators set "
            "once brokers run, topics and users exist); each Kafka's public cluster CA Secret "
            "`<cluster>-cluster-ca-cert` (key ca.crt: the tier's CA; labels from "
            "spec.kafka.template.clusterCaCert), which the platform copies to the clients' namespaces",
            "Strimzi is Java and not on Maven Central as a runnable operator; no broker container runs here",
            ("kafka.strimzi.io/Kafka", "kafka.strimzi.io/KafkaNodePool", "kafka.strimzi.io/KafkaTopic",
             "kafka.strimzi.io/KafkaUser")),
    StandIn("cloudnative-pg",
            "Cluster status phase `Cluster in healthy state` with its instances ready (what CNPG reports once "
            "the PostgreSQL instances answer)",
            "CNPG runs for real in the control-plane tier, but its instance Pods here are kwok fakes without "
            "PostgreSQL, so no CNPG could ever report the Cluster healthy",
            ("postgresql.cnpg.io/Cluster",)),
    StandIn("external-secrets",
            "the External Secrets Operator's reconciling (testing/controlplane/external_secrets_standin.py, "
            "shared with the control-plane tier): store Ready when its credential Secret exists; each "
            "ExternalSecret's target Secret (cross-namespace copies read for real as the store's "
            "ServiceAccount; values of the unreachable secret manager random) and Ready",
            "ESO v2.9.0 cannot be built here: the Go module proxy refuses every v2 version of "
            "github.com/external-secrets/external-secrets (403), and no container runs here",
            ("external-secrets.io/ClusterSecretStore", "external-secrets.io/SecretStore",
             "external-secrets.io/ExternalSecret")),
    StandIn("prometheus-operator",
            "Prometheus and Alertmanager status: Available and Reconciled True with every replica available "
            "(what the Prometheus Operator reports once the StatefulSet's pods are ready)",
            "the Prometheus Operator (built from the Go module proxy) reconciles for real in the control-plane "
            "tier (tests/controlplane/test_prometheus_operator.py: generated configuration, rule files, "
            "status); running it here too would add its webhook certificate and process wiring to a tier "
            "already at ~15 min per environment, for a status kwok's fake pods would decide: not done",
            ("monitoring.coreos.com/Prometheus", "monitoring.coreos.com/Alertmanager")),
    StandIn("flink-operator",
            "FlinkDeployment status: job manager DEPLOYED/READY, reconciliation DEPLOYED, job RUNNING",
            "the Flink Kubernetes Operator is Java and not on Maven Central as a runnable operator; no "
            "JobManager container runs here",
            ("flink.apache.org/FlinkDeployment",)),
)


def _status_for(kind: str, obj: dict) -> dict | None:
    """The status a stand-in writes for an object of `kind` (group/Kind), or None when it writes none."""
    gen = obj["metadata"].get("generation", 1)
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    ready = {**READY, "lastTransitionTime": now}
    if kind.startswith("kafka.strimzi.io/"):
        return {"conditions": [ready], "observedGeneration": gen}
    if kind in ("cert-manager.io/Issuer", "cert-manager.io/ClusterIssuer"):
        return {"conditions": [{**ready, "observedGeneration": gen}]}
    if kind == "postgresql.cnpg.io/Cluster":
        instances = obj["spec"].get("instances", 1)
        name = obj["metadata"]["name"]
        return {"phase": "Cluster in healthy state", "phaseReason": "set by the tier's stand-in",
                "instances": instances, "readyInstances": instances, "currentPrimary": f"{name}-1",
                "targetPrimary": f"{name}-1", "conditions": [{**ready, "type": "Ready"}]}
    if kind in ("monitoring.coreos.com/Prometheus", "monitoring.coreos.com/Alertmanager"):
        # prometheus-operator pkg/apis/monitoring/v1 (PrometheusStatus / AlertmanagerStatus, conditions
        # Available and Reconciled); Argo CD's Prometheus health reads Available
        # (argo-cd v3.4.4 resource_customizations/monitoring.coreos.com/Prometheus/health.lua).
        replicas = obj["spec"].get("replicas") or 1
        conditions = [{"type": c, "status": "True", "reason": "StandIn", "message": "set by the tier's stand-in",
                       "lastTransitionTime": now, "observedGeneration": gen} for c in ("Available", "Reconciled")]
        return {"conditions": conditions, "replicas": replicas, "availableReplicas": replicas,
                "updatedReplicas": replicas, "unavailableReplicas": 0, "paused": False}
    if kind == "flink.apache.org/FlinkDeployment":
        return {"jobManagerDeploymentStatus": "READY", "lifecycleState": "STABLE",
                "jobStatus": {"state": "RUNNING", "jobName": obj["metadata"]["name"]},
                "reconciliationStatus": {"state": "DEPLOYED", "success": True}}
    return None


def _done(kind: str, obj: dict) -> bool:
    status = obj.get("status") or {}
    if kind == "postgresql.cnpg.io/Cluster":
        return status.get("phase") == "Cluster in healthy state"
    if kind == "flink.apache.org/FlinkDeployment":
        return (status.get("reconciliationStatus") or {}).get("state") == "DEPLOYED"
    if kind.startswith("monitoring.coreos.com/"):
        return any(c.get("type") == "Available" and c.get("status") == "True" for c in status.get("conditions") or [])
    return any(c.get("type") == "Ready" and c.get("status") == "True" for c in status.get("conditions") or [])


class _AdmissionHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        review = json.loads(self.rfile.read(length) or b"{}")
        self.server.calls.append(self.path)  # type: ignore[attr-defined]
        response = {"apiVersion": review.get("apiVersion", "admission.k8s.io/v1"), "kind": "AdmissionReview",
                    "response": {"uid": (review.get("request") or {}).get("uid", ""), "allowed": True}}
        body = json.dumps(response).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class StandIns:
    """Runs every stand-in in one background thread polling the API server (interval `period`).
    `enabled` can exclude stand-ins by name (the deliberate-breakage test does)."""

    def __init__(self, cluster, *, period: float = 1.0, enabled: set[str] | None = None):
        self.cluster = cluster
        self.client = cluster.admin
        self.period = period
        self.enabled = {s.name for s in STAND_INS} if enabled is None else enabled
        self.acted: dict[str, list[str]] = {s.name: [] for s in STAND_INS}
        self.errors: list[str] = []
        self._servers: dict[tuple[str, int], ThreadingHTTPServer] = {}
        self._eso: Any = None   # the ESO stand-in (testing/controlplane), created on first use
        self._ca_bundle = base64.b64encode(open(cluster.ca_file, "rb").read()).decode()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="standins", daemon=True)

    def start(self) -> "StandIns":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)
        for server in self._servers.values():
            server.shutdown()
            server.server_close()

    # -- loop ---------------------------------------------------------------------------------------
    def _run(self) -> None:
        steps: list[tuple[str, Callable[[], None]]] = [
            ("webhooks", self._webhooks), ("cert-manager", self._certificates),
            ("strimzi", lambda: self._statuses("strimzi")), ("strimzi", self._strimzi_cluster_ca),
            ("cloudnative-pg", lambda: self._statuses("cloudnative-pg")),
            ("flink-operator", lambda: self._statuses("flink-operator")),
            ("prometheus-operator", lambda: self._statuses("prometheus-operator")),
            ("cert-manager", lambda: self._statuses("cert-manager")),
            ("external-secrets", self._external_secrets),
        ]
        last_discovery = 0.0
        while not self._stop.is_set():
            if time.monotonic() - last_discovery > 10:  # CRDs arrive with the operators' Applications
                try:
                    self.client.refresh_discovery()
                    last_discovery = time.monotonic()
                except Exception:  # noqa: BLE001
                    self.errors.append(traceback.format_exc(limit=3))
            for name, step in steps:
                if name not in self.enabled:
                    continue
                try:
                    step()
                except Exception:  # noqa: BLE001 - keep going; the tests read `errors`
                    self.errors.append(traceback.format_exc(limit=3))
                    del self.errors[:-20]
            self._stop.wait(self.period)

    def _patch_status(self, obj: dict, status: dict) -> None:
        self.client.request("PATCH", self.client._obj_path(obj, "status"), {"status": status},
                            content_type="application/merge-patch+json", query={"fieldManager": FIELD_MANAGER})

    def _list(self, group_kind: str) -> list[dict]:
        group, kind = group_kind.split("/")
        for res in self.client.resources():
            if res.group == group and res.kind == kind:
                try:
                    return self.client.list(res.group_version, kind)
                except Exception:  # noqa: BLE001 - the CRD was just replaced/deleted: next round
                    return []
        return []  # CRD not installed (yet)

    # -- statuses -----------------------------------------------------------------------------------
    def _statuses(self, standin: str) -> None:
        spec = next(s for s in STAND_INS if s.name == standin)
        for kind in spec.kinds:
            if kind == "cert-manager.io/Certificate":
                continue  # _certificates
            for obj in self._list(kind):
                if _done(kind, obj) or obj["metadata"].get("deletionTimestamp"):
                    continue
                status = _status_for(kind, obj)
                if status is not None:
                    self._patch_status(obj, status)
                    self.acted[standin].append(f"{kind} {obj['metadata'].get('namespace', '')}/{obj['metadata']['name']}")

    # -- Strimzi ------------------------------------------------------------------------------------
    def _strimzi_cluster_ca(self) -> None:
        """The cluster operator creates `<cluster>-cluster-ca-cert` (ca.crt, plus ca.p12/ca.password, which
        the platform does not read) in the Kafka's namespace, with the labels of
        spec.kafka.template.clusterCaCert: https://strimzi.io/docs/operators/latest/deploying#certificates-and-secrets-str"""
        for kafka in self._list("kafka.strimzi.io/Kafka"):
            meta = kafka["metadata"]
            name = f"{meta['name']}-cluster-ca-cert"
            if self.client.get_or_none("v1", "Secret", name, meta["namespace"]) is not None:
                continue
            template = (((kafka["spec"].get("kafka") or {}).get("template") or {}).get("clusterCaCert") or {})
            labels = {**((template.get("metadata") or {}).get("labels") or {}),
                      "strimzi.io/cluster": meta["name"], "strimzi.io/kind": "Kafka"}
            secret = {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
                      "metadata": {"name": name, "namespace": meta["namespace"], "labels": labels},
                      "data": {"ca.crt": self._ca_bundle}}
            self.client.apply(secret, FIELD_MANAGER)
            self.acted["strimzi"].append(f"Secret {meta['namespace']}/{name}")

    # -- External Secrets Operator ------------------------------------------------------------------
    def _external_secrets(self) -> None:
        from testing.controlplane.external_secrets_standin import ExternalSecretsStandIn

        if self._eso is None:
            self._eso = ExternalSecretsStandIn(self.client)
        self.acted["external-secrets"] += self._eso.reconcile()

    @property
    def external_secrets_not_ready(self) -> dict[str, str]:
        return dict(self._eso.not_ready) if self._eso else {}

    # -- cert-manager -------------------------------------------------------------------------------
    def _certificates(self) -> None:
        for cert in self._list("cert-manager.io/Certificate"):
            if _done("cert-manager.io/Certificate", cert):
                continue
            meta, spec = cert["metadata"], cert["spec"]
            dns = list(spec.get("dnsNames") or []) or [spec.get("commonName") or meta["name"]]
            pair = self.cluster.pki.serving(f"standin-{meta['namespace']}-{meta['name']}", dns)
            secret = {"apiVersion": "v1", "kind": "Secret", "type": "kubernetes.io/tls",
                      "metadata": {"name": spec["secretName"], "namespace": meta["namespace"],
                                   "annotations": {"cert-manager.io/certificate-name": meta["name"]}},
                      "data": {"tls.crt": base64.b64encode(pair.cert.read_bytes()).decode(),
                               "tls.key": base64.b64encode(pair.key.read_bytes()).decode(),
                               "ca.crt": self._ca_bundle}}
            self.client.apply(secret, FIELD_MANAGER)
            now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            self._patch_status(cert, {"conditions": [{**READY, "lastTransitionTime": now,
                                                            "observedGeneration": meta.get("generation", 1)}],
                                            "notAfter": "2099-01-01T00:00:00Z"})
            self.acted["cert-manager"].append(f"Certificate {meta['namespace']}/{meta['name']}")

    # -- webhooks -----------------------------------------------------------------------------------
    def _webhooks(self) -> None:
        for kind in ("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"):
            for config in self.client.list("admissionregistration.k8s.io/v1", kind):
                changed = False
                for hook in config.get("webhooks") or []:
                    svc = (hook.get("clientConfig") or {}).get("service")
                    if not svc:
                        continue
                    if not self._serve(svc["namespace"], svc["name"], int(svc.get("port", 443))):
                        continue
                    if hook["clientConfig"].get("caBundle") != self._ca_bundle:
                        hook["clientConfig"]["caBundle"] = self._ca_bundle
                        changed = True
                if changed:
                    # An update of the whole object (what cainjector does); the chart renders no caBundle.
                    self.client.request("PUT", self.client._obj_path(config), config,
                                        query={"fieldManager": FIELD_MANAGER})
                    self.acted["webhooks"].append(f"{kind} {config['metadata']['name']}")

    def _serve(self, namespace: str, name: str, port: int) -> bool:
        """Serve the admission stand-in at the Service's ClusterIP:port; False while the Service is absent."""
        service = self.client.get_or_none("v1", "Service", name, namespace)
        ip = (service or {}).get("spec", {}).get("clusterIP")
        if not ip or ip == "None":
            return False
        if (ip, port) in self._servers:
            return True
        subprocess.run(["ip", "addr", "replace", f"{ip}/32", "dev", "lo"], check=True)
        pair = self.cluster.pki.serving(f"webhook-{namespace}-{name}",
                                        [f"{name}.{namespace}.svc", f"{name}.{namespace}.svc.cluster.local"], [ip])
        server = ThreadingHTTPServer((ip, port), _AdmissionHandler)
        server.daemon_threads = True
        server.calls = []  # type: ignore[attr-defined]
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(str(pair.cert), str(pair.key))
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, name=f"webhook-{namespace}-{name}", daemon=True).start()
        self._servers[(ip, port)] = server
        return True

    def wait_webhooks(self, rendered: list[dict], timeout: float = 120) -> None:
        """Wait until every webhook a just-installed release registers is served with our caBundle: what
        `helmfile sync` (helm --wait) waits for before the next bootstrap step creates objects the webhook
        judges (failurePolicy Fail would refuse them otherwise)."""
        kinds = ("ValidatingWebhookConfiguration", "MutatingWebhookConfiguration")
        names = [(d["kind"], d["metadata"]["name"]) for d in rendered if d["kind"] in kinds]
        deadline = time.monotonic() + timeout
        pending = names
        while time.monotonic() < deadline:
            pending = []
            for kind, name in names:
                live = self.client.get_or_none("admissionregistration.k8s.io/v1", kind, name)
                hooks = [h for h in (live or {}).get("webhooks") or [] if (h.get("clientConfig") or {}).get("service")]
                if live is None or any(h["clientConfig"].get("caBundle") != self._ca_bundle for h in hooks):
                    pending.append(f"{kind} {name}")
            if not pending:
                return
            time.sleep(0.5)
        raise RuntimeError(f"webhook stand-in did not serve {pending} within {timeout:.0f}s: {self.errors[-2:]}")

    @property
    def webhook_calls(self) -> int:
        return sum(len(s.calls) for s in self._servers.values())  # type: ignore[attr-defined]
