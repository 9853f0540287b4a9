"""The platform's operators that build from the Go module proxy, run out of cluster as their charts'
Deployments describe them (standin.ContainerStandIn), plus the stand-ins for what cannot run here.

- CloudNativePG (`cloudnative-pg` release): the manager reads its webhook certificate from the
  hard-coded /run/secrets/cnpg.io/webhook (cloudnative-pg v1.30.0
  internal/cmd/manager/controller/controller.go:69, defaultWebhookCertDir) and waits until the
  mounted files match the Secret it wrote (pkg/certs/k8s.go, ensureMountedSecretsAreInSync): the
  stand-in keeps that volume in sync like a kubelet.
- The Barman Cloud plugin (`plugin-barman-cloud`): CNPG dials it at `<service>.<ns>.svc:<port>`
  with the Secrets named on its Service (cloudnative-pg v1.30.0 internal/controller/
  plugin_controller.go:248); its TLS Secrets come from cert-manager Certificates, issued here by
  CertificateStandIn.
- The Spark operator (`spark-operator`): controller and webhook Deployments. The webhook writes its
  generated certificate to --webhook-cert-dir (an emptyDir in the pod; spark-operator v2.5.2
  cmd/operator/webhook/start.go:138,269). The controller runs `$SPARK_HOME/bin/spark-submit`
  (internal/controller/sparkapplication/submission.go:72-77): SPARK_HOME must be a Spark
  distribution of the version in the operator image (Dockerfile: FROM apache/spark:4.0.4).
- The Prometheus Operator (`kube-prometheus-stack`, chart 88.5.3 -> operator v0.93.1): its Deployment's
  args (templates/prometheus-operator/deployment.yaml:59-156) unchanged, `--web.listen-address=:10250`
  remapped to a free loopback port like every containerPort; it serves the chart's PrometheusRule /
  AlertmanagerConfig admission webhooks with the certificate of the chart's certgen hook Jobs
  (prometheus_operator.CertgenStandIn, run before it starts, as those Jobs run before it is ready).

Webhook configurations of these releases are rewritten to `url:` form: the same Service DNS name
(mapped to 127.0.0.1 in the shared hosts file) and the stand-in's port for the Service's targetPort.
"""
from __future__ import annotations

import copy
import socket
from dataclasses import dataclass, field
from pathlib import Path

from .client import wait_for
from .cluster import Cluster, free_port
from .pki import SELF
from .prometheus_operator import CertgenStandIn
from .standin import ContainerStandIn
from . import sync

WEBHOOK_KINDS = ("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration")


@dataclass(frozen=True)
class ContainerSpec:
    deployment_suffix: str        # the Deployment is <release fullname> + this (matched by suffix)
    container: str
    binary: str                   # file in the control-plane bin dir
    drop_args: tuple[str, ...] = ()
    extra_args: tuple[str, ...] = ()
    pinned_paths: tuple[str, ...] = ()
    env: tuple[tuple[str, str], ...] = ()
    ready_port: str | int | None = None   # containerPort (name/number) that listens once it is up
    image_files: tuple[tuple[str, str], ...] = ()   # (path relative to the working dir, bin dir file)
    certgen: bool = False         # the chart's kube-webhook-certgen Jobs issue its serving Secret first


@dataclass(frozen=True)
class OperatorSpec:
    release: str
    containers: tuple[ContainerSpec, ...]


OPERATORS = (
    OperatorSpec("cloudnative-pg", (
        # The image ships the instance manager as operator/manager_<arch> under its working dir; the
        # operator injects it into instance Pods and refuses to create them without it
        # (pkg/utils/discovery.go:230 DetectAvailableArchitectures, glob "operator/manager_*").
        ContainerSpec("cloudnative-pg", "manager", "cnpg-manager",
                      pinned_paths=("/run/secrets/cnpg.io/webhook",), ready_port="webhook-server",
                      image_files=(("operator/manager_amd64", "cnpg-manager"),)),)),
    OperatorSpec("plugin-barman-cloud", (
        ContainerSpec("barman-cloud", "barman-cloud", "barman-cloud-plugin", ready_port=9090),)),
    # Both default their health probe to :8081 (cmd/operator/controller/start.go:210 and the webhook's
    # twin), which each pod has to itself; here every "pod" shares `lo`: {port} is a free port.
    OperatorSpec("spark-operator", (
        ContainerSpec("spark-operator-webhook", "spark-operator-webhook", "spark-operator",
                      extra_args=("--health-probe-bind-address=127.0.0.1:{port}",), ready_port="webhook"),
        ContainerSpec("spark-operator-controller", "spark-operator-controller", "spark-operator",
                      extra_args=("--health-probe-bind-address=127.0.0.1:{port}",)),
    )),
    OperatorSpec("kube-prometheus-stack", (
        ContainerSpec("-operator", "kube-prometheus-stack", "prometheus-operator", ready_port="https",
                      certgen=True),)),
)


@dataclass
class Operators:
    cluster: Cluster
    bindir: Path
    spark_home: Path | None = None
    specs: tuple[OperatorSpec, ...] = OPERATORS
    standins: dict[str, list[ContainerStandIn]] = field(default_factory=dict)   # release -> stand-ins
    _services: dict[tuple[str, str], dict] = field(default_factory=dict)       # (ns, name) -> Service
    _rendered: dict[str, list[dict]] = field(default_factory=dict)             # release -> its objects
    certgen: dict[str, CertgenStandIn] = field(default_factory=dict)           # release -> what it did

    def spec(self, release: str | None) -> OperatorSpec | None:
        return next((s for s in self.specs if s.release == release), None)

    # -- hooks for PlatformSync --------------------------------------------------------------
    def prepare(self, app: sync.Application, objs: list[dict]) -> None:
        """Before the release is applied: one stand-in per operator container (ports allocated)."""
        spec = self.spec(app.release)
        if spec is None:
            return
        for obj in objs:
            if obj.get("kind") == "Service":
                self._services[(obj["metadata"].get("namespace") or app.namespace, obj["metadata"]["name"])] = obj
        self._rendered[app.release] = objs
        found = []
        for c in spec.containers:
            deployment = next((o for o in objs if o.get("kind") == "Deployment"
                               and o["metadata"]["name"].endswith(c.deployment_suffix)), None)
            if deployment is None:
                raise RuntimeError(f"{app.name}: no Deployment *{c.deployment_suffix} in the rendered chart")
            deployment = copy.deepcopy(deployment)
            deployment["metadata"].setdefault("namespace", app.namespace)
            extra = tuple(a.replace("{port}", str(free_port())) for a in c.extra_args)
            standin = ContainerStandIn(self.cluster, deployment, c.container, self.bindir / c.binary,
                                       drop_args=c.drop_args, extra_args=extra, pinned_paths=c.pinned_paths,
                                       extra_env=dict(c.env), ready_port=c.ready_port)
            if c.binary == "spark-operator" and c.container.endswith("webhook"):
                standin.extra_args = (*standin.extra_args, f"--webhook-cert-dir={standin.dir / 'webhook-certs'}")
            if c.binary == "spark-operator" and c.container.endswith("controller") and self.spark_home:
                standin.extra_env["SPARK_HOME"] = str(self.spark_home)
            for rel, name in c.image_files:
                target = standin.dir / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                if not target.exists():
                    target.symlink_to((self.bindir / name).resolve())
            found.append(standin)
        self.standins[app.release] = found
        # Service names of these pods resolve to loopback (for the API server and other stand-ins).
        for (ns, name), svc in self._services.items():
            if any(self._serves(s, svc) for s in found):
                self.cluster.map_hosts({n: "127.0.0.1" for n in
                                        (f"{name}.{ns}.svc", f"{name}.{ns}.svc.cluster.local", f"{name}.{ns}")})

    @staticmethod
    def _serves(standin: ContainerStandIn, svc: dict) -> bool:
        selector = svc.get("spec", {}).get("selector") or {}
        labels = standin.pod.get("metadata", {}).get("labels", {})
        return bool(selector) and all(labels.get(k) == v for k, v in selector.items())

    def transform(self, app: sync.Application, obj: dict) -> dict:
        """Webhook configurations of a running operator -> url form on the stand-in's port."""
        if obj.get("kind") not in WEBHOOK_KINDS or self.spec(app.release) is None:
            return obj
        obj = copy.deepcopy(obj)
        for hook in obj.get("webhooks", []):
            svc_ref = hook.get("clientConfig", {}).get("service")
            if not svc_ref:
                continue
            ns, name = svc_ref["namespace"], svc_ref["name"]
            svc = self._services.get((ns, name))
            if svc is None:
                raise RuntimeError(f"{app.name}: webhook {hook['name']} points at Service {ns}/{name}, "
                                   "which the chart does not render")
            port = svc_ref.get("port", 443)
            svc_port = next(p for p in svc["spec"]["ports"] if p["port"] == port)
            standin = next(s for s in self.standins[app.release] if self._serves(s, svc))
            local = standin.port_for(svc_port.get("targetPort", port))
            hook["clientConfig"].pop("service")
            hook["clientConfig"]["url"] = f"https://{name}.{ns}.svc:{local}{svc_ref.get('path', '')}"
        return obj

    def start(self, release: str) -> None:
        """Start the release's stand-ins and wait until each listens (Argo CD would wait for health)."""
        spec = self.spec(release)
        if spec is not None and any(c.certgen for c in spec.containers):
            self.certgen[release] = CertgenStandIn(self.cluster, self._rendered[release])
            self.certgen[release].run()
        for standin in self.standins.get(release, []):
            standin.start()
        for standin in self.standins.get(release, []):
            if standin.ready_port is None:
                continue
            port = standin.port_for(standin.ready_port)

            def listening(s=standin, p=port) -> bool:
                if not s.process.alive():
                    raise RuntimeError(f"{s.name} exited:\n{s.process.tail()}")
                with socket.socket() as sock:
                    return sock.connect_ex(("127.0.0.1", p)) == 0
            wait_for(f"{standin.name} to listen on {port}", listening, timeout=180)

    def after_app_hooks(self) -> dict:
        return {spec.release: (lambda r=spec.release: self.start(r)) for spec in self.specs}

    def stop(self) -> None:
        for standins in self.standins.values():
            for s in standins:
                s.stop()


class CertificateStandIn:
    """What cert-manager would do for the platform's Certificates (its controller cannot be built from
    the Go module proxy): each Certificate's Secret (tls.crt, tls.key, ca.crt; type kubernetes.io/tls)
    issued by its Issuer's kind — selfSigned: a self-signed certificate; ca: signed by the Issuer's CA
    Secret; anything else: the tier's CA — and the cainjector's caBundle for objects annotated
    cert-manager.io/inject-ca-from."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.issued: list[str] = []

    def _issuer(self, cert: dict) -> dict | None:
        ref = cert["spec"].get("issuerRef", {})
        kind = ref.get("kind", "Issuer")
        ns = None if kind == "ClusterIssuer" else cert["metadata"]["namespace"]
        try:
            return self.cluster.admin.get_or_none("cert-manager.io/v1", kind, ref["name"], ns)
        except KeyError:
            return None

    def reconcile(self) -> list[str]:
        admin = self.cluster.admin
        try:
            certs = admin.list("cert-manager.io/v1", "Certificate")
        except KeyError:   # cert-manager's CRDs are not installed (yet)
            return []
        out = []
        for cert in certs:
            meta, spec = cert["metadata"], cert["spec"]
            if admin.get_or_none("v1", "Secret", spec["secretName"], meta["namespace"]) is not None:
                continue
            issuer = self._issuer(cert) or {}
            issuer_spec = issuer.get("spec", {})
            signer = None
            if "selfSigned" in issuer_spec:
                signer = SELF
            elif "ca" in issuer_spec:
                ca_secret = admin.get_or_none("v1", "Secret", issuer_spec["ca"]["secretName"], meta["namespace"])
                if ca_secret is None:
                    continue   # its CA Secret is issued first (next round)
                signer = self._keypair_from_secret(ca_secret)
            usages = spec.get("usages") or ["server auth", "client auth"]
            ext = ",".join({"server auth": "serverAuth", "client auth": "clientAuth"}.get(u, "serverAuth")
                           for u in usages if u in ("server auth", "client auth")) or "serverAuth,clientAuth"
            name = f"cert-{meta['namespace']}-{meta['name']}"
            if spec.get("isCA"):
                pair = self.cluster.pki.serving(name, spec.get("dnsNames", []), spec.get("ipAddresses", []),
                                                usages=ext, signer=SELF, common_name=spec.get("commonName"))
            else:
                pair = self.cluster.pki.serving(name, spec.get("dnsNames", []), spec.get("ipAddresses", []),
                                                usages=ext, signer=signer, common_name=spec.get("commonName"))
            ca = (pair.cert if signer is SELF or spec.get("isCA") else (signer or self.cluster.pki.ca).cert).read_text()
            import base64
            b64 = lambda t: base64.b64encode(t.encode()).decode()  # noqa: E731
            secret = {"apiVersion": "v1", "kind": "Secret", "type": "kubernetes.io/tls",
                      "metadata": {"name": spec["secretName"], "namespace": meta["namespace"],
                                   "annotations": {"cert-manager.io/certificate-name": meta["name"]},
                                   **({"labels": spec["secretTemplate"]["labels"]}
                                      if spec.get("secretTemplate", {}).get("labels") else {})},
                      "data": {"tls.crt": b64(pair.cert.read_text()), "tls.key": b64(pair.key.read_text()),
                               "ca.crt": b64(ca)}}
            admin.apply(secret, "cert-manager-certificates-issuing")
            out.append(f"{meta['namespace']}/{spec['secretName']}")
        self.issued += out
        return out

    def _keypair_from_secret(self, secret: dict):
        import base64
        from .pki import KeyPair
        d = self.cluster.dir / "pki" / f"issuer-{secret['metadata']['namespace']}-{secret['metadata']['name']}"
        d.mkdir(parents=True, exist_ok=True)
        (d / "tls.crt").write_bytes(base64.b64decode(secret["data"]["tls.crt"]))
        (d / "tls.key").write_bytes(base64.b64decode(secret["data"]["tls.key"]))
        return KeyPair(d / "tls.crt", d / "tls.key")

    def inject_ca(self) -> list[str]:
        """caBundle from the named Certificate's Secret into annotated webhook configurations and CRDs."""
        admin = self.cluster.admin
        done = []
        targets = [("admissionregistration.k8s.io/v1", k) for k in WEBHOOK_KINDS]
        targets.append(("apiextensions.k8s.io/v1", "CustomResourceDefinition"))
        for api_version, kind in targets:
            for obj in admin.list(api_version, kind):
                source = (obj["metadata"].get("annotations") or {}).get("cert-manager.io/inject-ca-from")
                if not source:
                    continue
                ns, cert_name = source.split("/", 1)
                try:
                    cert = admin.get_or_none("cert-manager.io/v1", "Certificate", cert_name, ns)
                except KeyError:
                    cert = None
                if cert is None:
                    continue
                secret = admin.get_or_none("v1", "Secret", cert["spec"]["secretName"], ns)
                if secret is None:
                    continue
                bundle = secret["data"].get("ca.crt")
                if kind == "CustomResourceDefinition":
                    conv = obj["spec"].get("conversion", {})
                    if conv.get("strategy") != "Webhook":
                        continue
                    patch = {"spec": {"conversion": {"webhook": {"clientConfig": {"caBundle": bundle}}}}}
                    admin.merge_patch(obj, patch)
                else:
                    hooks = [{"name": h["name"], "clientConfig": {**h["clientConfig"], "caBundle": bundle}}
                             for h in obj.get("webhooks", [])]
                    full = copy.deepcopy(obj)
                    for h, new in zip(full.get("webhooks", []), hooks, strict=True):
                        h["clientConfig"] = new["clientConfig"]
                    admin.request("PUT", admin.resource(api_version, kind).path(None, obj["metadata"]["name"]), full)
                done.append(f"{kind}/{obj['metadata']['name']}")
        return done
