"""External Secrets, reconciled by the listed stand-in (testing/controlplane/external_secrets_standin.py:
ESO v2.9.0's controller is not served by the Go module proxy). The API server judges every ESO object
against the 2.9.0 CRDs; the Secrets the stand-in writes match constructs_lib.secrets_inventory."""
from __future__ import annotations

import base64

from testing.controlplane.external_secrets_standin import ES_API, LABEL_MANAGED, LABEL_OWNER, target_name
from testing.controlplane.inventory import inventory, why_missing_is_expected


def _ready(obj: dict) -> bool:
    return any(c["type"] == "Ready" and c["status"] == "True" for c in (obj.get("status") or {}).get("conditions", []))


def test_every_external_secret_synced_or_listed(settled):
    """Ready, except the copies of Secrets an operator that does not run here would write; the
    not-Ready ones are exactly those, each named with why."""
    admin = settled.cluster.admin
    entries = inventory(settled.env)
    exists = lambda ns, name: admin.get_or_none("v1", "Secret", name, ns) is not None  # noqa: E731
    externals = admin.list(ES_API, "ExternalSecret")
    assert externals, "no ExternalSecret synced"
    problems = []
    for es in externals:
        ns, name = es["metadata"]["namespace"], es["metadata"]["name"]
        if _ready(es):
            continue
        why = why_missing_is_expected(entries, ns, target_name(es), exists)
        if why is None:
            problems.append(f"{ns}/{name}: not Ready: {settled.external_secrets.not_ready.get(f'{ns}/{name}')}")
    assert not problems, "\n".join(problems)


def test_target_secrets_match_the_inventory(settled):
    admin = settled.cluster.admin
    entries = inventory(settled.env)
    checked = 0
    for es in admin.list(ES_API, "ExternalSecret"):
        if not _ready(es):
            continue
        ns, name = es["metadata"]["namespace"], target_name(es)
        entry = entries.get((ns, name))
        assert entry is not None, f"ExternalSecret {ns}/{es['metadata']['name']} writes {name}, not in the inventory"
        secret = admin.get("v1", "Secret", name, ns)
        assert sorted(secret["data"]) == sorted(entry.keys), (ns, name)
        assert secret.get("type", "Opaque") == entry.secret_type, (ns, name)
        labels = secret["metadata"].get("labels", {})
        assert labels.get(LABEL_MANAGED) == "true" and LABEL_OWNER in labels
        assert all(labels.get(k) == v for k, v in entry.labels.items()), (labels, entry.labels)
        owner = secret["metadata"]["ownerReferences"][0]
        assert (owner["kind"], owner["name"], owner["uid"], owner["controller"]) == \
            ("ExternalSecret", es["metadata"]["name"], es["metadata"]["uid"], True)
        assert es["status"]["binding"]["name"] == name
        checked += 1
    assert checked >= 5, checked


def test_generated_passwords_have_the_generators_shape(settled):
    admin = settled.cluster.admin
    checked = 0
    for entry in inventory(settled.env).values():
        source = entry.source
        if source.kind != "generated":
            continue
        # the key that holds the generator's output: itself, or the template key that renders it
        key = next((k for k, t in entry.template.items() if t == f"{{{{ .{source.output_key} }}}}"),
                   None) if entry.template else source.output_key
        assert key, (entry.name, entry.template)
        value = base64.b64decode(admin.get("v1", "Secret", entry.name, entry.namespace)["data"][key])
        if source.encoding == "raw":
            assert len(value) == source.length and value.isalnum(), (entry.name, value)
        else:
            assert len(base64.urlsafe_b64decode(value)) == source.length, entry.name
        checked += 1
    assert checked >= 3


def test_copies_read_as_the_store_service_account(settled):
    """A copy ExternalSecret's Secret holds the source's values: the stand-in read them as the
    SecretStore's ServiceAccount (its Role grants `get` on that one Secret)."""
    admin = settled.cluster.admin
    copies = [e for e in inventory(settled.env).values() if e.source.kind == "copied"
              and admin.get_or_none("v1", "Secret", e.source.name, e.source.namespace) is not None]
    assert copies
    for entry in copies:
        source = admin.get("v1", "Secret", entry.source.name, entry.source.namespace)["data"]
        copy = admin.get("v1", "Secret", entry.name, entry.namespace)["data"]
        if not entry.template:
            assert copy == {k: source[k] for k in entry.keys}, entry.name
        else:
            password = base64.b64decode(source["password"]).decode()
            assert all(password in base64.b64decode(v).decode() for v in copy.values()), entry.name


def test_secret_stores_ready(settled):
    admin = settled.cluster.admin
    stores = admin.list(ES_API, "ClusterSecretStore") + admin.list(ES_API, "SecretStore")
    assert stores
    not_ready = [f"{s['kind']} {s['metadata'].get('namespace', '')}/{s['metadata']['name']}: {s.get('status')}"
                 for s in stores if not _ready(s)]
    assert not not_ready, "\n".join(not_ready)
