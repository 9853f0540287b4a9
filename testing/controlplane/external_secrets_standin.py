"""A stand-in for the External Secrets Operator (ESO) controller, v2.9.0 (the chart's appVersion).

Why a stand-in: ESO's controller cannot be built here. The Go module proxy refuses every v2 version
(`go list -m github.com/external-secrets/external-secrets@v2.9.0` and `.../v2@v2.9.0` both answer
"403 Forbidden: This module version is not available"); it serves only v0.16.2, whose v1beta1-era
controller does not match the 2.9.0 CRDs the platform's objects are written for. The CRDs, RBAC and
webhook configuration of the 2.9.0 chart ARE applied by the tier (a real API server judges every
ExternalSecret, SecretStore, ClusterSecretStore and Password against them); only the reconciling is
faked, here, in one place.

What it fakes, per object kind (ESO source at tag v2.9.0 cited next to each rule):
- ExternalSecret: the target Secret, named `spec.target.name` or else the ExternalSecret's name;
  creationPolicy Owner -> controller ownerReference + `reconcile.external-secrets.io/created-by`
  label; managed label and data-hash annotation; the template's type, labels, annotations and data
  keys (or, without a template, the ExternalSecret's own labels and the fetched keys). Values:
  * a store with the `kubernetes` provider (the platform's cross-namespace copies): read for real,
    from `remoteNamespace`, AS the store's ServiceAccount (TokenRequest, as ESO does), so the copy's
    Role is exercised; a missing source Secret or a refused read leaves the ExternalSecret not Ready;
  * any other provider (the organisation's secret manager, which is not reachable here): random
    values, but only once the store's own credential Secret (its `*SecretRef`s) exists, as ESO's
    store validation requires;
  * a `Password` generator: a random password with the generator's length / symbols / encoding and
    its `secretKeys`.
  Then status: Ready=True reason SecretSynced (or Ready=False reason SecretSyncedError), binding.
- SecretStore / ClusterSecretStore: status Ready=True (reason Valid) when the credential Secrets
  they reference exist, else Ready=False (reason InvalidProviderConfig).
- PushSecret: Ready=True when its selected Secret and stores exist (nothing is pushed anywhere).

Templates: only the forms the platform synthesizes are rendered (`{{ .key }}` and the "every key
ending in X" range); anything else leaves the ExternalSecret not Ready with a message naming it, so a
new template form fails the tier instead of passing silently.

API (other tiers import this): `ExternalSecretsStandIn(admin_client).reconcile() -> list[str]`, the
objects it acted on; `.not_ready` maps `ExternalSecret ns/name` to why it is not Ready.
"""
from __future__ import annotations

import base64
import hashlib
import re
import secrets
import string
import time

from .client import ApiError, Client

ES_API = "external-secrets.io/v1"
GENERATORS_API = "generators.external-secrets.io/v1alpha1"
PUSH_API = "external-secrets.io/v1alpha1"
FIELD_OWNER = "externalsecrets.external-secrets.io/{}"   # pkg/controllers/externalsecret/externalsecret_controller.go:69
LABEL_MANAGED = "reconcile.external-secrets.io/managed"            # apis/externalsecrets/v1/externalsecret_types.go:770
LABEL_OWNER = "reconcile.external-secrets.io/created-by"           # apis/externalsecrets/v1/externalsecret_types.go:776
ANNOTATION_DATA_HASH = "reconcile.external-secrets.io/data-hash"   # apis/externalsecrets/v1/externalsecret_types.go:765
# generators/v1/password/password.go:40-41 (defaults), :106-134 (digits/symbols = length * factor)
PASSWORD_DEFAULT_LENGTH = 24
PASSWORD_DEFAULT_SYMBOLS = "~!@#$%^&*()_+`-={}|[]\\:\"<>?,./"
PASSWORD_DIGIT_FACTOR = 0.25
PASSWORD_SYMBOL_FACTOR = 0.25

_SIMPLE = re.compile(r"\{\{-?\s*\.([A-Za-z_][A-Za-z0-9_.-]*)\s*-?\}\}")
_SUFFIX_RANGE = re.compile(r'\{\{\s*range \$k, \$v := \.\s*\}\}\{\{\s*if hasSuffix "([^"]*)" \$k\s*\}\}'
                           r'\{\{\s*\$v\s*\}\}\{\{\s*end\s*\}\}\{\{\s*end\s*\}\}')


class NotSynced(Exception):
    """Why ESO would leave an ExternalSecret Ready=False (the message its condition carries)."""


def object_hash(value) -> str:
    """esutils.ObjectHash (runtime/esutils/utils.go:426): sha3-224 of Go's `%+v` of the value."""
    return hashlib.sha3_224(_go_format(value).encode()).hexdigest()


def _go_format(value) -> str:
    if isinstance(value, bytes):     # []byte inside %+v: [104 105]
        return "[" + " ".join(str(b) for b in value) + "]"
    if isinstance(value, dict):      # fmt prints maps with sorted keys
        return "map[" + " ".join(f"{k}:{_go_format(v)}" for k, v in sorted(value.items())) + "]"
    return str(value)


def target_name(es: dict) -> str:
    # externalsecret_controller.go:295-299: the target defaults to the ExternalSecret's name.
    return (es["spec"].get("target") or {}).get("name") or es["metadata"]["name"]


def render_template(text: str, data: dict[str, bytes]) -> bytes:
    """The template forms the platform uses, as ESO's engine v2 (Go text/template + sprig) renders them."""
    def suffix_range(m: re.Match) -> str:
        # text/template ranges over a map in sorted key order.
        return "".join(data[k].decode() for k in sorted(data) if k.endswith(m.group(1)))

    def simple(m: re.Match) -> str:
        if m.group(1) not in data:
            raise NotSynced(f"template refers to .{m.group(1)}, which the data does not have ({sorted(data)})")
        return data[m.group(1)].decode()

    out = _SIMPLE.sub(simple, _SUFFIX_RANGE.sub(suffix_range, text))
    if "{{" in out:
        raise NotSynced(f"template form not rendered by the stand-in: {text!r}")
    return out.encode()


def generate_password(spec: dict, rng: secrets.SystemRandom) -> str:
    """A password shaped as the Password generator's spec asks (generators/v1/password/password.go:106-134,
    172-193: sethvargo/go-password with length, digits, symbols, noUpper, allowRepeat)."""
    length = spec.get("length") or PASSWORD_DEFAULT_LENGTH
    digits = spec["digits"] if spec.get("digits") is not None else int(length * PASSWORD_DIGIT_FACTOR)
    symbols = spec["symbols"] if spec.get("symbols") is not None else int(length * PASSWORD_SYMBOL_FACTOR)
    symbol_chars = spec.get("symbolCharacters") or PASSWORD_DEFAULT_SYMBOLS
    letters = string.ascii_lowercase + ("" if spec.get("noUpper") else string.ascii_uppercase)
    chars = ([rng.choice(string.digits) for _ in range(digits)] + [rng.choice(symbol_chars) for _ in range(symbols)]
             + [rng.choice(letters) for _ in range(max(length - digits - symbols, 0))])
    rng.shuffle(chars)
    return "".join(chars)


def encode_password(value: str, encoding: str) -> bytes:
    # generators/v1/password/password.go:195-211
    raw = value.encode()
    if encoding == "base64url":
        return base64.urlsafe_b64encode(raw)
    if encoding == "base64":
        return base64.b64encode(raw)
    if encoding == "base32":
        return base64.b32encode(raw)
    if encoding == "hex":
        return raw.hex().encode()
    return raw


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _ready(status: str, reason: str, message: str) -> dict:
    return {"type": "Ready", "status": status, "reason": reason, "message": message, "lastTransitionTime": _now()}


class ExternalSecretsStandIn:
    def __init__(self, client: Client, *, rng: secrets.SystemRandom | None = None) -> None:
        self.client = client
        self.rng = rng or secrets.SystemRandom()
        self.not_ready: dict[str, str] = {}
        self.synced: dict[str, str] = {}          # ExternalSecret ns/name -> Secret ns/name
        self.log: list[str] = []                   # everything reconcile() acted on, in order

    # -- helpers -----------------------------------------------------------------------------
    def _list(self, api_version: str, kind: str) -> list[dict]:
        try:
            return self.client.list(api_version, kind)
        except KeyError:     # the CRD is not installed (yet)
            return []

    def _store(self, ref: dict, namespace: str) -> dict:
        kind = ref.get("kind") or "SecretStore"
        store = self.client.get_or_none(ES_API, kind, ref["name"], None if kind == "ClusterSecretStore" else namespace)
        if store is None:
            raise NotSynced(f"{kind} {ref['name']} does not exist")
        return store

    def _missing_credentials(self, store: dict) -> list[str]:
        """The Secrets (and keys), and the ServiceAccounts (workload identity), a store's provider
        references that do not exist."""
        missing = []
        default_ns = store["metadata"].get("namespace")
        for ref in _refs(store["spec"].get("provider") or {}, "serviceaccountref"):
            ns = ref.get("namespace") or default_ns
            if not ns or self.client.get_or_none("v1", "ServiceAccount", ref["name"], ns) is None:
                missing.append(f"ServiceAccount {ns}/{ref['name']}")
        for ref in _refs(store["spec"].get("provider") or {}, "secretref"):
            ns = ref.get("namespace") or default_ns
            secret = self.client.get_or_none("v1", "Secret", ref["name"], ns) if ns else None
            if secret is None or (ref.get("key") and ref["key"] not in (secret.get("data") or {})):
                missing.append(f"{ns}/{ref['name']}" + (f" key {ref['key']}" if ref.get("key") else ""))
        return missing

    def _as_service_account(self, namespace: str, name: str) -> Client:
        # ESO's kubernetes provider asks a token for the store's ServiceAccount (TokenRequest) and
        # reads with it: runtime/esutils/k8s_rest_config.go:172.
        review = {"apiVersion": "authentication.k8s.io/v1", "kind": "TokenRequest", "spec": {"expirationSeconds": 600}}
        token = self.client.request("POST", f"/api/v1/namespaces/{namespace}/serviceaccounts/{name}/token",
                                    review)["status"]["token"]
        return Client(self.client.server, token, self.client.ca_file)

    def _kubernetes_secret(self, store: dict, es_ns: str, key: str) -> dict[str, bytes]:
        provider = store["spec"]["provider"]["kubernetes"]
        auth = provider.get("auth") or {}
        if "serviceAccount" not in auth:
            raise NotSynced(f"kubernetes provider auth {sorted(auth)} not supported by the stand-in")
        sa = auth["serviceAccount"]
        sa_ns = sa.get("namespace") or store["metadata"].get("namespace") or es_ns
        reader = self._as_service_account(sa_ns, sa["name"])
        remote_ns = provider.get("remoteNamespace") or "default"
        try:
            secret = reader.get("v1", "Secret", key, remote_ns)
        except ApiError as err:
            raise NotSynced(f"could not get secret data from provider: Secret {remote_ns}/{key} as "
                            f"{sa_ns}/{sa['name']}: HTTP {err.status}") from None
        return {k: base64.b64decode(v) for k, v in (secret.get("data") or {}).items()}

    def _fetch(self, es: dict, store_ref: dict | None, remote_ref: dict, whole: bool) -> dict[str, bytes]:
        """One data/dataFrom entry's values: {secretKey-or-key: value}."""
        ns = es["metadata"]["namespace"]
        store = self._store(store_ref or es["spec"].get("secretStoreRef") or {}, ns)
        provider = store["spec"].get("provider") or {}
        if "kubernetes" in provider:
            # providers/v1/kubernetes/client.go:49-83 (GetSecret: one property, or the Secret as JSON),
            # :257-285 (GetSecretMap: every key).
            values = self._kubernetes_secret(store, ns, remote_ref["key"])
            prop = remote_ref.get("property")
            if whole:
                return values if not prop else {prop: values[prop]}
            if prop:
                if prop not in values:
                    raise NotSynced(f"property {prop} not in Secret {remote_ref['key']}")
                return {"": values[prop]}
            import json
            return {"": json.dumps({k: v.decode() for k, v in values.items()}).encode()}
        missing = self._missing_credentials(store)
        if missing:
            raise NotSynced(f"store {store['metadata']['name']}: credential Secret(s) missing: {', '.join(missing)}")
        if whole:
            raise NotSynced(f"dataFrom.extract from {sorted(provider)} provider: the keys of the remote entry "
                            "are unknown to the stand-in")
        return {"": secrets.token_urlsafe(24).encode()}   # the secret manager's value: random here

    def _generate(self, es: dict, ref: dict) -> dict[str, bytes]:
        ns = es["metadata"]["namespace"]
        if ref.get("kind") != "Password":
            raise NotSynced(f"generator {ref.get('kind')} not supported by the stand-in")
        gen = self.client.get_or_none(ref.get("apiVersion") or GENERATORS_API, "Password", ref["name"], ns)
        if gen is None:
            raise NotSynced(f"Password generator {ns}/{ref['name']} does not exist")
        spec = gen.get("spec") or {}
        keys = spec.get("secretKeys") or ["password"]      # password.go:136-150
        return {k: encode_password(generate_password(spec, self.rng), spec.get("encoding") or "raw") for k in keys}

    def _data(self, es: dict) -> dict[str, bytes]:
        spec = es["spec"]
        data: dict[str, bytes] = {}
        for entry in spec.get("dataFrom") or []:
            if "sourceRef" in entry and "generatorRef" in entry["sourceRef"]:
                data.update(self._generate(es, entry["sourceRef"]["generatorRef"]))
            elif "extract" in entry:
                store_ref = (entry.get("sourceRef") or {}).get("storeRef")
                data.update(self._fetch(es, store_ref, entry["extract"], whole=True))
            else:
                raise NotSynced(f"dataFrom entry {sorted(entry)} not supported by the stand-in")
        for entry in spec.get("data") or []:
            store_ref = (entry.get("sourceRef") or {}).get("storeRef")
            data[entry["secretKey"]] = self._fetch(es, store_ref, entry["remoteRef"], whole=False)[""]
        return data

    # -- the reconcilers ---------------------------------------------------------------------
    def _sync(self, es: dict) -> str | None:
        meta, spec = es["metadata"], es["spec"]
        ns, name = meta["namespace"], meta["name"]
        target = spec.get("target") or {}
        policy = target.get("creationPolicy") or "Owner"
        secret_name = target_name(es)
        existing = self.client.get_or_none("v1", "Secret", secret_name, ns)
        ready = any(c.get("type") == "Ready" and c.get("status") == "True"
                    for c in (es.get("status") or {}).get("conditions") or [])
        if ready and existing is not None and (existing["metadata"].get("labels") or {}).get(LABEL_MANAGED) == "true":
            return None   # synced before; CreatedOnce / refreshInterval are not simulated
        if policy == "None":
            return None
        if policy == "Merge" and existing is None:
            raise NotSynced("secret will not be created due to CreationPolicy=Merge")
        data = self._data(es)
        # ApplyTemplate: pkg/controllers/externalsecret/externalsecret_controller_template.go:40-116
        template = target.get("template")
        labels: dict[str, str] = {}
        annotations: dict[str, str] = {}
        secret_type = (existing or {}).get("type") or "Opaque"
        if template is None:
            out = dict(data)
            labels.update(meta.get("labels") or {})            # setMetadata, template.go:147-151
            annotations.update({k: v for k, v in (meta.get("annotations") or {}).items()
                                if not k.startswith("kubectl.kubernetes.io/")})
        else:
            secret_type = template.get("type") or secret_type
            tmeta = template.get("metadata") or {}
            labels.update(tmeta.get("labels") or {})
            annotations.update(tmeta.get("annotations") or {})
            out = {}
            if template.get("mergePolicy") == "Merge" or not (template.get("data") or template.get("templateFrom")):
                out.update(data)
            if template.get("templateFrom"):
                raise NotSynced("template.templateFrom not supported by the stand-in")
            for key, text in (template.get("data") or {}).items():
                out[key] = render_template(str(text), data)
        # mutationFunc / applyOwnership: externalsecret_controller.go:505-507, 794-842
        labels[LABEL_MANAGED] = "true"
        annotations[ANNOTATION_DATA_HASH] = object_hash(out)
        secret_meta: dict = {"name": secret_name, "namespace": ns}
        if policy == "Owner":
            labels[LABEL_OWNER] = object_hash(f"{ns}/{name}")
            secret_meta["ownerReferences"] = [{"apiVersion": ES_API, "kind": "ExternalSecret", "name": name,
                                               "uid": meta["uid"], "controller": True, "blockOwnerDeletion": True}]
        secret_meta["labels"], secret_meta["annotations"] = labels, annotations
        secret = {"apiVersion": "v1", "kind": "Secret", "type": secret_type, "metadata": secret_meta,
                  "data": {k: base64.b64encode(v).decode() for k, v in sorted(out.items())}}
        if target.get("immutable"):
            secret["immutable"] = True
        field_owner = FIELD_OWNER.format(name)
        if len(field_owner) > 63:   # util.go:80-88
            field_owner = f"externalsecrets.external-secrets.io/sha3/{hashlib.sha3_224(name.encode()).hexdigest()}"
        self.client.apply(secret, field_owner)
        return f"{ns}/{secret_name}"

    def _reconcile_external_secrets(self) -> list[str]:
        acted = []
        for es in self._list(ES_API, "ExternalSecret"):
            ns, name = es["metadata"]["namespace"], es["metadata"]["name"]
            key = f"{ns}/{name}"
            try:
                written = self._sync(es)
            except NotSynced as why:
                if self.not_ready.get(key) != str(why):
                    self.client.patch_status(es, {"conditions": [_ready("False", "SecretSyncedError", str(why))]})
                self.not_ready[key] = str(why)
                continue
            if written is None:
                continue
            self.not_ready.pop(key, None)
            self.synced[key] = written
            live = self.client.get(ES_API, "ExternalSecret", name, ns)
            self.client.patch_status(es, {"conditions": [_ready("True", "SecretSynced", "secret synced")],
                                          "refreshTime": _now(), "binding": {"name": written.split("/", 1)[1]},
                                          "syncedResourceVersion": f"{live['metadata'].get('generation', 1)}-"
                                                                   f"{live['metadata']['resourceVersion']}"})
            acted.append(f"ExternalSecret {key} -> Secret {written}")
        return acted

    def _reconcile_stores(self) -> list[str]:
        acted = []
        for kind in ("ClusterSecretStore", "SecretStore"):
            for store in self._list(ES_API, kind):
                missing = self._missing_credentials(store)
                cond = (_ready("True", "Valid", "store validated") if not missing else
                        _ready("False", "InvalidProviderConfig", "missing: " + ", ".join(missing)))
                old = [c for c in (store.get("status") or {}).get("conditions") or [] if c.get("type") == "Ready"]
                if old and old[0].get("status") == cond["status"] and old[0].get("message") == cond["message"]:
                    continue
                status = {"conditions": [cond]}
                if cond["status"] == "True":
                    status["capabilities"] = "ReadWrite" if "kubernetes" in store["spec"].get("provider", {}) else "ReadOnly"
                self.client.patch_status(store, status)
                ns = store["metadata"].get("namespace")
                acted.append(f"{kind} {ns + '/' if ns else ''}{store['metadata']['name']}: Ready={cond['status']}")
        return acted

    def _reconcile_push_secrets(self) -> list[str]:
        acted = []
        for push in self._list(PUSH_API, "PushSecret"):
            ns, name = push["metadata"]["namespace"], push["metadata"]["name"]
            selected = ((push["spec"].get("selector") or {}).get("secret") or {}).get("name")
            ok = selected is not None and self.client.get_or_none("v1", "Secret", selected, ns) is not None
            cond = _ready("True", "Synced", "PushSecret synced") if ok else \
                _ready("False", "Errored", f"source Secret {selected} not found")
            self.client.patch_status(push, {"conditions": [cond]})
            acted.append(f"PushSecret {ns}/{name}: Ready={cond['status']}")
        return acted

    def reconcile(self) -> list[str]:
        """One pass over every store, ExternalSecret and PushSecret, repeated while a pass writes a
        Secret (a copy's source may be another ExternalSecret's target). Returns what it acted on."""
        acted = self._reconcile_stores()
        for _ in range(5):
            done = self._reconcile_external_secrets()
            acted += done
            if not done:
                break
        acted += self._reconcile_push_secrets()
        self.log += acted
        return acted


def _refs(node, suffix: str) -> list[dict]:
    """Every `{name, namespace?, key?}` under a key ending in `suffix` (case-insensitive): tokenSecretRef,
    secretRef, serviceAccountRef, ..."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key.lower().endswith(suffix) and isinstance(value, dict) and "name" in value:
                found.append(value)
            else:
                found += _refs(value, suffix)
    elif isinstance(node, list):
        for item in node:
            found += _refs(item, suffix)
    return found
