"""The secrets inventory (constructs_lib/secrets_inventory.py) against what the platform really references
and really creates: every Secret named by a pod template, a custom resource or a chart value in dist/ is in
the inventory for that namespace, and every inventory entry has the object that makes it exist."""
from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT
from constructs_lib.config import load_environment
from constructs_lib.secrets_inventory import (Bootstrap, Copied, Generated, OperatorWritten, SecretManager,
                                              by_ref, inventory, markdown_table)
from test_secret_references import secret_references

ENVS = ("dev", "prod")

# Fields of custom resources that name a Secret the CR's controller reads (kind -> paths; `*` = every
# item of a list or every value of a map). Secrets a CR *writes* (S3Credentials.secretRef,
# ExternalSecret.target) are the producing side and are checked in test_every_entry_has_its_producer.
CR_SECRET_FIELDS = {
    ("postgresql.cnpg.io/v1", "Cluster"): ["spec.bootstrap.initdb.secret.name"],
    ("barmancloud.cnpg.io/v1", "ObjectStore"): ["spec.configuration.s3Credentials.*.name"],
    ("minio.min.io/v2", "Tenant"): ["spec.configuration.name"],
}
# Chart values that name a Secret in the release's namespace (release -> dotted paths).
VALUES_SECRET_FIELDS = {
    "airflow": ["data.metadataSecretName", "fernetKeySecretName", "apiSecretKeySecretName", "jwtSecretName",
                "dags.gitSync.credentialsSecret", "dags.gitSync.sshKeySecret"],
    "mlflow": ["backendStore.existingDatabaseSecret.name", "artifactRoot.s3.existingSecret.name"],
}


def _at(node, path: str) -> list:
    values = [node]
    for part in path.split("."):
        nxt = []
        for value in values:
            if part == "*":
                nxt += list(value.values()) if isinstance(value, dict) else list(value or [])
            elif isinstance(value, dict) and part in value:
                nxt.append(value[part])
        values = nxt
    return [v for v in values if v is not None]


def _provider_refs(node) -> list[tuple[str | None, str]]:
    found = []
    if isinstance(node, dict):
        if "name" in node and "key" in node:
            found.append((node.get("namespace"), node["name"]))
        for value in node.values():
            found += _provider_refs(value)
    elif isinstance(node, list):
        for value in node:
            found += _provider_refs(value)
    return found


def referenced_secrets(docs: list[dict], values: dict[str, dict], namespaces: dict[str, str]) -> list[tuple[str, str, str]]:
    """(namespace, name, where) for every Secret the platform references in dist/."""
    refs = []
    for doc in docs:
        meta = doc.get("metadata", {})
        where = f"{doc['kind']}/{meta.get('name')}"
        namespace = meta.get("namespace")
        for name, path in secret_references(doc.get("spec", {})):
            refs.append((namespace, name, f"{where} spec.{path}"))
        for path in CR_SECRET_FIELDS.get((doc.get("apiVersion"), doc["kind"]), []):
            refs += [(namespace, name, f"{where} {path}") for name in _at(doc, path)]
        if doc["kind"] == "ClusterSecretStore":
            refs += [(ns, name, f"{where} spec.provider") for ns, name in _provider_refs(doc["spec"]["provider"])]
    for release, paths in VALUES_SECRET_FIELDS.items():
        for path in paths:
            refs += [(namespaces[release], name, f"helm-values/{release}.yaml {path}")
                     for name in _at(values.get(release, {}), path)]
    return refs


def _dist_values(env: str, fresh_dist) -> dict[str, dict]:
    folder = fresh_dist / env / "helm-values"
    values = {}
    for release in VALUES_SECRET_FIELDS:
        static = yaml.safe_load((ROOT / "values" / f"{release}.yaml").read_text()) or {}
        generated = yaml.safe_load((folder / f"{release}.yaml").read_text()) or {}
        values[release] = _merge(static, generated)
    return values


def _merge(base: dict, over: dict) -> dict:
    result = dict(base)
    for key, value in over.items():
        result[key] = _merge(result[key], value) if isinstance(value, dict) and isinstance(result.get(key), dict) else value
    return result


def _docs(synthesized, env):
    return [doc for docs in synthesized[env].values() for doc in docs]


@pytest.mark.parametrize("env", ENVS)
def test_every_referenced_secret_is_in_the_inventory(env, synthesized, fresh_dist):
    config = load_environment(env)
    known = by_ref(config)
    namespaces = {"airflow": config.namespaces.orchestration, "mlflow": config.namespaces.ml_lifecycle}
    refs = referenced_secrets(_docs(synthesized, env), _dist_values(env, fresh_dist), namespaces)
    assert len(refs) > 15, "the walk found almost nothing: it is broken"
    missing = [f"{where}: Secret {ns}/{name} is not in the secrets inventory"
               for ns, name, where in refs if (ns, name) not in known]
    assert missing == []


@pytest.mark.parametrize("env", ENVS)
def test_every_entry_has_its_producer(env, synthesized):
    """An inventory entry is a promise that the Secret will exist: the ESO object or the operator CR that
    creates it is in dist/, in the Secret's namespace."""
    config = load_environment(env)
    docs = _docs(synthesized, env)
    index = {(d["kind"], d["metadata"].get("namespace"), d["metadata"]["name"]): d for d in docs}
    refs = by_ref(config)
    problems = []
    for entry in inventory(config):
        ns, name, source = entry.namespace, entry.name, entry.source
        es = index.get(("ExternalSecret", ns, name))
        if isinstance(source, Bootstrap):
            continue
        if isinstance(source, OperatorWritten):
            if es:
                problems.append(f"{ns}/{name}: operator-written but also managed by an ExternalSecret")
            if not _operator_writes(docs, ns, name) and not _release_writes(config, source.owner, ns):
                problems.append(f"{ns}/{name}: no CR in dist/ makes {source.operator} write it there")
            continue
        if es is None or es["spec"]["target"]["name"] != name:
            problems.append(f"{ns}/{name}: no ExternalSecret in {ns} writes it")
            continue
        spec = es["spec"]
        if isinstance(source, SecretManager):
            assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": config.secrets.store.name}
            assert {d["remoteRef"]["key"] for d in spec["data"]} == {source.remote_key}
        elif isinstance(source, Generated):
            assert spec["refreshPolicy"] == "CreatedOnce"
            generator = spec["dataFrom"][0]["sourceRef"]["generatorRef"]
            password = index.get(("Password", ns, generator["name"]))
            assert password and password["spec"]["secretKeys"] == [source.output_key], f"{ns}/{name}"
        elif isinstance(source, Copied):
            assert (source.namespace, source.name) in refs, f"{ns}/{name}: copied from a Secret not in the inventory"
            store = index[("SecretStore", ns, spec["secretStoreRef"]["name"])]
            assert store["spec"]["provider"]["kubernetes"]["remoteNamespace"] == source.namespace
            keys = {d["remoteRef"]["key"] for d in spec.get("data", [])} | {
                d["extract"]["key"] for d in spec.get("dataFrom", [])}
            assert keys == {source.name}, f"{ns}/{name}"
        if entry.template:
            assert spec["target"]["template"]["data"] == entry.template
    assert problems == []


def _release_writes(config, owner: str, namespace: str) -> bool:
    """A Secret a chart's own job writes (e.g. argo-cd's redis-secret-init): the release is installed there."""
    from constructs_lib import helm_values
    from constructs_lib import helmfile as helmfile_state

    releases = helmfile_state.releases(config.environment, values=helm_values.helmfile_environment(config))
    return any(owner == f"release `{r.name}`" and r.installed and r.namespace == namespace for r in releases)


def _operator_writes(docs: list[dict], namespace: str, name: str) -> bool:
    for doc in docs:
        meta, kind = doc["metadata"], doc["kind"]
        if kind == "KafkaUser" and meta["namespace"] == namespace and meta["name"] == name:
            cluster = meta["labels"]["strimzi.io/cluster"]
            kafka = next(d for d in docs if d["kind"] == "Kafka" and d["metadata"]["name"] == cluster)
            # The User Operator writes the user's Secret only in its watched namespace.
            if kafka["spec"]["entityOperator"]["userOperator"].get("watchedNamespace") == namespace:
                return True
        if kind == "Kafka" and meta["namespace"] == namespace and name == f"{meta['name']}-cluster-ca-cert":
            return True
        # seaweedfs-operator 0.1.39 writes the Secret only in the S3Credentials' own namespace
        # (internal/controller/s3credentials_controller.go:180-185).
        if kind == "S3Credentials" and meta["namespace"] == namespace:
            ref = doc["spec"].get("secretRef", {})
            if ref.get("name", meta["name"]) == name and ref.get("namespace", namespace) == namespace:
                return True
    return False


@pytest.mark.parametrize("env", ENVS)
def test_each_copy_may_read_exactly_its_source(env, synthesized):
    """The SecretStore's service account may `get` that one Secret in the source namespace, nothing else."""
    config = load_environment(env)
    docs = _docs(synthesized, env)
    copies = [e for e in inventory(config) if isinstance(e.source, Copied)]
    assert {e.name for e in copies} >= {config.kafka.cluster_ca_trust_bundle.name,
                                         config.airflow.metadata_connection_secret, config.mlflow.database_secret}
    for entry in copies:
        store = next(d for d in docs if d["kind"] == "SecretStore" and d["metadata"]["namespace"] == entry.namespace
                     and d["metadata"]["name"] == f"copy-{entry.source.name}")
        sa = store["spec"]["provider"]["kubernetes"]["auth"]["serviceAccount"]["name"]
        bindings = [d for d in docs if d["kind"] == "RoleBinding"
                    and {"kind": "ServiceAccount", "name": sa, "namespace": entry.namespace} in d["subjects"]]
        assert len(bindings) == 1 and bindings[0]["metadata"]["namespace"] == entry.source.namespace
        role = next(d for d in docs if d["kind"] == "Role" and d["metadata"]["namespace"] == entry.source.namespace
                    and d["metadata"]["name"] == bindings[0]["roleRef"]["name"])
        assert role["rules"] == [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get"],
                                  "resourceNames": [entry.source.name]}]
        es = next(d for d in docs if d["kind"] == "ExternalSecret" and d["metadata"]["namespace"] == entry.namespace
                  and d["metadata"]["name"] == entry.name)
        assert es["spec"]["refreshInterval"] == config.secrets.copy_refresh_interval


def test_kafka_ca_bundle_follows_strimzi_rotation(synthesized):
    """The CA copy is refreshed on an interval and takes every certificate of Strimzi's Secret."""
    config = load_environment("dev")
    es = next(d for d in _docs(synthesized, "dev") if d["kind"] == "ExternalSecret"
              and d["metadata"]["name"] == config.kafka.cluster_ca_trust_bundle.name)
    assert es["metadata"]["namespace"] == config.namespaces.processing_jobs
    assert es["spec"]["dataFrom"] == [{"extract": {"key": f"{config.kafka.cluster_name}-cluster-ca-cert"}}]
    assert "hasSuffix \".crt\"" in es["spec"]["target"]["template"]["data"]["ca.crt"]
    assert es["spec"]["refreshInterval"] == config.secrets.copy_refresh_interval


def test_airflow_connection_is_composed_from_the_generated_owner_password(synthesized):
    config = load_environment("dev")
    docs = _docs(synthesized, "dev")
    es = next(d for d in docs if d["kind"] == "ExternalSecret" and d["metadata"]["name"] == "airflow-db-connection")
    assert es["metadata"]["namespace"] == "orchestration"
    assert [d["remoteRef"] for d in es["spec"]["data"]] == [
        {"key": "airflow-db-owner", "property": "username"}, {"key": "airflow-db-owner", "property": "password"}]
    assert es["spec"]["target"]["template"]["data"] == {
        "connection": "postgresql://{{ .username }}:{{ .password }}@airflow-db-rw.data-plane.svc:5432/airflow"}
    cluster = next(d for d in docs if d["kind"] == "Cluster" and d["metadata"]["name"] == "airflow-db")
    assert cluster["spec"]["bootstrap"]["initdb"]["secret"] == {"name": "airflow-db-owner"}
    owner = next(d for d in docs if d["kind"] == "ExternalSecret" and d["metadata"]["name"] == "airflow-db-owner")
    assert owner["metadata"]["namespace"] == "data-plane"
    assert owner["spec"]["target"]["template"]["type"] == "kubernetes.io/basic-auth"
    password = next(d for d in docs if d["kind"] == "Password" and d["metadata"]["name"] == "airflow-db-owner-password")
    assert password["spec"]["symbols"] == 0  # no URL escaping needed in the connection string
    del config


def test_generated_fernet_key_is_a_valid_fernet_key():
    """ESO's Password generator with encoding base64url encodes the generated characters with Go's
    base64.URLEncoding (padded: generators/v1/password/password.go:195-199 at v2.9.0); 32 characters give
    the 32-byte url-safe base64 key Airflow's Fernet needs."""
    import base64
    import secrets
    import string

    entry = next(e for e in inventory(load_environment("dev")) if e.name == "airflow-fernet-key")
    assert entry.source.encoding == "base64url"
    raw = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(entry.source.length))
    key = base64.urlsafe_b64encode(raw.encode())
    # cryptography's Fernet(key) accepts exactly this: urlsafe_b64decode(key) of 32 bytes.
    assert len(key) == 44 and len(base64.urlsafe_b64decode(key)) == 32


README_BLOCK = re.compile(r"<!-- secrets-table:(\w+) -->\n(.*?)<!-- /secrets-table -->", re.DOTALL)


def test_readme_secrets_tables_equal_the_inventory():
    readme = (ROOT / "README.md").read_text()
    tables = dict(README_BLOCK.findall(readme))
    assert set(tables) == set(ENVS), "README.md needs one `<!-- secrets-table:<env> -->` block per environment"
    for env in ENVS:
        assert tables[env] == markdown_table(load_environment(env)), (
            f"README.md secrets table for {env} is stale: run `python -m constructs_lib.secrets_inventory`")


def test_only_the_store_credential_is_created_by_hand():
    for env in ENVS:
        config = load_environment(env)
        manual = [e for e in inventory(config) if isinstance(e.source, Bootstrap)]
        expected = [config.secrets.store.credential] if config.secrets.store.credential else []
        assert [(e.namespace, e.name) for e in manual] == [(c.namespace, c.name) for c in expected]


@pytest.fixture(scope="module")
def eso_template(tmp_path_factory):
    """Renders ESO templates with Go's text/template as ESO does (tests/platform/eso_template/main.go)."""
    import json
    import shutil
    import subprocess

    go = shutil.which("go") or "/usr/local/go/bin/go"
    binary = tmp_path_factory.mktemp("eso-template") / "eso-template"
    built = subprocess.run([go, "build", "-o", str(binary), "."], cwd=ROOT / "tests" / "platform" / "eso_template",
                           capture_output=True, text=True, check=False)
    assert built.returncode == 0, f"needs Go (README: set-up): {built.stderr}"

    def render(templates: dict[str, str], data: dict[str, str]) -> dict[str, str]:
        result = subprocess.run([str(binary)], input=json.dumps({"templates": templates, "data": data}),
                                capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    return render


@pytest.mark.parametrize("env", ENVS)
def test_every_template_renders_with_its_source_keys(env, eso_template):
    """Each template runs against exactly the keys its source provides (missingkey=error, like ESO)."""
    from urllib.parse import urlsplit

    config = load_environment(env)
    rendered = {}
    for entry in inventory(config):
        if not entry.template:
            continue
        source = entry.source
        if isinstance(source, Generated):
            data = {source.output_key: "Abc123"}
        elif isinstance(source, SecretManager):
            data = {key: f"<{key}>" for key, _ in source.properties}
        elif isinstance(source, Copied) and source.keys:
            data = {key: f"<{key}>" for key in source.keys}
        else:  # Strimzi's cluster CA cert Secret during a renewal: old and new certificate, and the PKCS12 form
            data = {"ca.crt": "NEW\n", "ca-2026-11-01T00-00-00Z.crt": "OLD\n", "ca.p12": "P12", "ca.password": "pw"}
        rendered[entry.name] = eso_template(entry.template, data)
        assert set(rendered[entry.name]) == set(entry.keys), entry.name
    url = urlsplit(rendered[config.airflow.metadata_connection_secret]["connection"])
    assert (url.scheme, url.username, url.password, url.hostname, url.port, url.path) == (
        "postgresql", "<username>", "<password>", "airflow-db-rw.data-plane.svc", 5432, "/airflow")
    bundle = rendered[config.kafka.cluster_ca_trust_bundle.name][config.kafka.cluster_ca_trust_bundle.key]
    assert bundle == "OLD\nNEW\n"
    assert rendered["airflow-db-owner"] == {"username": "airflow", "password": "Abc123"}
    repo = rendered[config.secrets.git.argocd_secret]
    assert repo["url"] == config.git.repo_url and repo["type"] == "git"
