"""The one inventory of Secrets: every Secret a pod, chart or custom resource of the platform references,
where it lives, and where its value comes from. Derived from the environment config and the handles.

Sources (one per Secret):
- `Bootstrap`: created by a person once per cluster (only the secret store's own credential).
- `SecretManager`: the organisation's secret manager, through the ClusterSecretStore (ExternalSecret).
- `Generated`: generated in the cluster by an ESO generator, where no human needs the value.
- `Copied`: copied by ESO from a Secret of another namespace (kubernetes provider, one Secret only),
  optionally reshaped by a template.
- `OperatorWritten`: written by an operator for a CR in dist/; listed, not managed.

constructs_lib/external_secrets.py builds the ESO objects from this list, the README's secrets table is
rendered from it (tests/platform/test_secrets_inventory.py keeps them equal), and the reference test
walks dist/ and the rendered charts and finds every referenced Secret here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from constructs_lib.config import PlatformConfig
from constructs_lib.handles import kafka_handle, object_store_handle, postgres_handle

ARGOCD_REPOSITORY_LABEL = {"argocd.argoproj.io/secret-type": "repository"}


@dataclass(frozen=True)
class Bootstrap:
    why: str
    kind = "bootstrap"


@dataclass(frozen=True)
class SecretManager:
    remote_key: str
    properties: tuple[tuple[str, str], ...]   # (key in the Secret, property of the remote entry)
    kind = "secret-manager"


@dataclass(frozen=True)
class Generated:
    generator: str                 # name of the Password generator (same namespace)
    length: int
    encoding: str                  # raw | base64url (Password generator `encoding`)
    output_key: str                # the generator's one secretKey
    rotation: str
    kind = "generated"


@dataclass(frozen=True)
class Copied:
    namespace: str
    name: str
    keys: tuple[str, ...] = ()     # () = every key of the source (dataFrom extract)
    kind = "copied"


@dataclass(frozen=True)
class OperatorWritten:
    operator: str
    owner: str                     # the CR the operator writes it for
    kind = "operator"


Source = Bootstrap | SecretManager | Generated | Copied | OperatorWritten


@dataclass(frozen=True)
class SecretEntry:
    namespace: str
    name: str
    keys: tuple[str, ...]
    consumers: tuple[str, ...]
    source: Source
    secret_type: str = "Opaque"
    labels: dict[str, str] = field(default_factory=dict)
    # key -> ESO template (engine v2) over the source's keys; empty: the source's keys as they are
    template: dict[str, str] = field(default_factory=dict)

    @property
    def ref(self) -> tuple[str, str]:
        return self.namespace, self.name

    def describe_source(self) -> str:
        s = self.source
        if isinstance(s, Bootstrap):
            return f"created by hand at bootstrap ({s.why})"
        if isinstance(s, SecretManager):
            props = ", ".join(sorted({p for _, p in s.properties}))
            return f"secret manager `{s.remote_key}` ({props})"
        if isinstance(s, Generated):
            return f"generated once: ESO `Password` `{s.generator}` ({s.length} chars, {s.encoding}); {s.rotation}"
        if isinstance(s, Copied):
            how = " through a template" if self.template else ""
            return f"copied{how} from `{s.namespace}/{s.name}` (ESO kubernetes provider, `get` on that Secret only)"
        return f"written by {s.operator} for {s.owner}"


def _db_owner(config: PlatformConfig, database: str, consumers: tuple[str, ...]) -> SecretEntry:
    db = postgres_handle(config, database)
    return SecretEntry(
        db.namespace, db.owner_secret, ("username", "password"), consumers,
        Generated(generator=f"{db.owner_secret}-password", length=32, encoding="raw", output_key="password",
                  rotation="rotate: delete the Secret (CNPG applies the new password, copies follow)"),
        secret_type="kubernetes.io/basic-auth",
        template={"username": db.owner, "password": "{{ .password }}"},
    )


def inventory(config: PlatformConfig) -> list[SecretEntry]:
    ns, secrets = config.namespaces, config.secrets
    prefix = secrets.store.remote_prefix
    entries: list[SecretEntry] = []

    # 1. The secret manager's own credential: the one Secret a person creates.
    credential = secrets.store.credential
    if credential:
        entries.append(SecretEntry(credential.namespace, credential.name, tuple(credential.keys),
                                   (f"ClusterSecretStore `{secrets.store.name}`",),
                                   Bootstrap("the secret manager's credential for ESO")))

    # 2. Git: Argo CD's repository credential and Airflow git-sync's.
    git = secrets.git
    if git.auth != "none":
        remote = f"{prefix}/git"
        git_sync: tuple[tuple[str, str], ...]
        fetched: tuple[tuple[str, str], ...]
        if git.auth == "https":
            argocd_keys = {"type": "git", "url": config.git.repo_url, "username": "{{ .username }}",
                           "password": "{{ .token }}"}
            git_sync = (("GITSYNC_USERNAME", "username"), ("GITSYNC_PASSWORD", "token"),
                       ("GIT_SYNC_USERNAME", "username"), ("GIT_SYNC_PASSWORD", "token"))
            fetched = (("username", "username"), ("token", "token"))
        else:
            argocd_keys = {"type": "git", "url": config.git.repo_url, "sshPrivateKey": "{{ .key }}"}
            git_sync = (("gitSshKey", "ssh-private-key"),)
            fetched = (("key", "ssh-private-key"),)
        entries.append(SecretEntry(
            config.cluster.argocd_namespace, git.argocd_secret, tuple(argocd_keys), ("Argo CD repo-server",),
            SecretManager(remote, fetched), labels=dict(ARGOCD_REPOSITORY_LABEL), template=argocd_keys))
        entries.append(SecretEntry(
            ns.orchestration, git.airflow_secret, tuple(k for k, _ in git_sync),
            ("Airflow git-sync (`dags.gitSync." + ("credentialsSecret" if git.auth == "https" else "sshKeySecret") + "`)",),
            SecretManager(remote, git_sync)))

    # 3. Generated: database owner passwords and Airflow's keys.
    entries.append(_db_owner(config, "airflow", ("CNPG `airflow-db` `bootstrap.initdb.secret`",)))
    entries.append(_db_owner(config, "mlflow", ("CNPG `mlflow-db` `bootstrap.initdb.secret`",)))
    airflow = config.airflow
    for ref, generator, length, encoding, rotation in (
        (airflow.fernet_key, "airflow-fernet-key", 32, "base64url",
         "never rotated by ESO (a new key cannot decrypt stored connections)"),
        (airflow.api_secret_key, "airflow-api-secret-key", 64, "raw",
         "rotate: delete the Secret, restart Airflow"),
        (airflow.jwt_secret, "airflow-jwt-secret", 64, "raw",
         "rotate: delete the Secret, restart Airflow"),
    ):
        entries.append(SecretEntry(ns.orchestration, ref.name, (ref.key,), ("Airflow (chart)",),
                                   Generated(generator, length, encoding, ref.key, rotation)))

    # Grafana's admin login (kube-prometheus-stack's grafana `admin.existingSecret`), in the monitoring namespace.
    from constructs_lib.observability import stack

    entries.append(SecretEntry(
        config.cluster.monitoring_namespace, stack.GRAFANA_ADMIN_SECRET,
        (stack.GRAFANA_ADMIN_USER_KEY, stack.GRAFANA_ADMIN_PASSWORD_KEY), ("Grafana (kube-prometheus-stack)",),
        Generated(generator=f"{stack.GRAFANA_ADMIN_SECRET}-password", length=32, encoding="raw", output_key="password",
                  rotation="rotate: delete the Secret, restart Grafana"),
        template={stack.GRAFANA_ADMIN_USER_KEY: "admin", stack.GRAFANA_ADMIN_PASSWORD_KEY: "{{ .password }}"}))

    # 4. Copied: the metadata connection (composed from the owner password and the CNPG host), MLflow's
    #    database credentials, the Kafka cluster CA bundle.
    airflow_db, mlflow_db = postgres_handle(config, "airflow"), postgres_handle(config, "mlflow")
    entries.append(SecretEntry(
        ns.orchestration, airflow.metadata_connection_secret, ("connection",),
        ("Airflow metadata DB (`data.metadataSecretName`)",),
        Copied(airflow_db.namespace, airflow_db.owner_secret, ("username", "password")),
        # The generated password has no symbols (symbols: 0), so it needs no URL escaping.
        template={"connection": (f"postgresql://{{{{ .username }}}}:{{{{ .password }}}}@{airflow_db.rw_host}:"
                                 f"{airflow_db.port}/{airflow_db.database}")}))
    entries.append(SecretEntry(
        ns.ml_lifecycle, config.mlflow.database_secret, ("username", "password"),
        ("MLflow backend store (`backendStore.existingDatabaseSecret`)",),
        Copied(mlflow_db.namespace, mlflow_db.owner_secret, ("username", "password"))))
    kafka = kafka_handle(config)
    entries.append(SecretEntry(
        kafka.ca_bundle_namespace, kafka.ca_bundle_secret, (kafka.ca_bundle_key,), ("Flink Kafka truststore",),
        Copied(kafka.namespace, kafka.ca_secret),
        # Every certificate of Strimzi's Secret (during a CA renewal it holds the old and the new one).
        template={kafka.ca_bundle_key: '{{ range $k, $v := . }}{{ if hasSuffix ".crt" $k }}{{ $v }}{{ end }}{{ end }}'}))

    # 5. Operator-written: listed, not managed.
    entries.append(SecretEntry(kafka.namespace, kafka.ca_secret, ("ca.crt",), ("ESO copy to processing-jobs",),
                               OperatorWritten("the Strimzi cluster operator", f"Kafka `{kafka.cluster_name}`")))
    for workload, user in sorted(kafka.user_secrets.items()):
        keys = ("password",) if kafka.authentication == "scram-sha-512" else ("user.p12", "user.password")
        entries.append(SecretEntry(kafka.user_secrets_namespace, user, keys, (f"{workload.capitalize()} Kafka client",),
                                   OperatorWritten("the Strimzi User Operator", f"KafkaUser `{user}`")))
    store = object_store_handle(config)
    s3_keys = (store.access_key_field, store.secret_key_field)
    consumers = {"spark": "Spark driver/executors (S3A)", "flink": "Flink checkpoints",
                 "mlflow": "MLflow artifact proxy", "postgres_backup": "Barman Cloud backups (ObjectStore)"}
    for workload, secret in store.credentials_secrets.items():
        namespace = store.credentials_namespaces[workload]
        if store.backend == "seaweedfs":
            source: Source = OperatorWritten("the SeaweedFS operator",
                                             f"S3Credentials `{workload.replace('_', '-')}` in {namespace}")
        else:
            source = SecretManager(f"{prefix}/s3/{workload.replace('_', '-')}",
                                   ((store.access_key_field, "access-key-id"),
                                    (store.secret_key_field, "secret-access-key")))
        entries.append(SecretEntry(namespace, secret, s3_keys, (consumers[workload],), source))
    # Written at run time by a chart's own job (not visible in its rendered manifests, which the
    # rendered-charts test otherwise accounts for: Secrets the chart renders, cert-manager Certificates).
    entries.append(SecretEntry(
        config.cluster.argocd_namespace, "argocd-redis", ("auth",), ("Argo CD (redis, server, repo-server, controller)",),
        # argo-cd chart 10.1.1 templates/redis-secret-init/job.yaml: `argocd admin redis-initial-password`
        OperatorWritten("the argo-cd chart's `redis-secret-init` hook Job", "release `argo-cd`")))
    # kube-prometheus-stack 88.5.3 templates/prometheus-operator/admission-webhooks/job-patch/job-createSecret.yaml:
    # kube-webhook-certgen `create --secret-name <fullname>-admission` writes the webhook's TLS (keys ca, cert, key;
    # the operator reads /cert/cert and /cert/key, templates/prometheus-operator/deployment.yaml).
    entries.append(SecretEntry(
        config.cluster.monitoring_namespace, "kube-prometheus-stack-admission", ("ca", "cert", "key"),
        ("Prometheus Operator admission webhook (TLS)",),
        OperatorWritten("the kube-prometheus-stack chart's `admission-create` hook Job", "release `kube-prometheus-stack`")))
    minio = config.object_store.minio
    if store.backend == "minio" and minio:
        entries.append(SecretEntry(ns.data_plane, minio.configuration_secret, ("config.env",), ("MinIO Tenant",),
                                   SecretManager(f"{prefix}/minio-root", (("config.env", "config.env"),))))
    return entries


def by_ref(config: PlatformConfig) -> dict[tuple[str, str], SecretEntry]:
    result: dict[tuple[str, str], SecretEntry] = {}
    for entry in inventory(config):
        if entry.ref in result:
            raise ValueError(f"Secret {entry.namespace}/{entry.name} appears twice in the inventory")
        result[entry.ref] = entry
    return result


def markdown_table(config: PlatformConfig) -> str:
    """The README's secrets table for one environment."""
    lines = ["| namespace | Secret | keys | used by | source |", "|---|---|---|---|---|"]
    for e in sorted(inventory(config), key=lambda e: (e.source.kind != "bootstrap", e.namespace, e.name)):
        keys = ", ".join(f"`{k}`" for k in e.keys)
        lines.append(f"| {e.namespace} | `{e.name}` | {keys} | {'; '.join(e.consumers)} | {e.describe_source()} |")
    return "\n".join(lines) + "\n"


README_BLOCK = r"(<!-- secrets-table:{env} -->\n).*?(<!-- /secrets-table -->)"


def update_readme(path, environments=("dev", "prod")) -> None:
    """Rewrite README.md's secrets tables from the inventory: `python -m constructs_lib.secrets_inventory`."""
    import re
    from pathlib import Path

    from constructs_lib.config import load_environment

    text = Path(path).read_text()
    for env in environments:
        table = markdown_table(load_environment(env))
        match = re.search(README_BLOCK.format(env=env), text, flags=re.DOTALL)
        if match is None:
            raise ValueError(f"{path}: no `<!-- secrets-table:{env} -->` ... `<!-- /secrets-table -->` block")
        start, end = match.span()
        head = f"<!-- secrets-table:{env} -->\n"
        text = text[:start] + head + table + "<!-- /secrets-table -->" + text[end:]
    Path(path).write_text(text)


if __name__ == "__main__":
    from pathlib import Path

    update_readme(Path(__file__).resolve().parents[1] / "README.md")
