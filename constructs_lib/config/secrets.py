"""Secrets (External Secrets Operator, chart external-secrets 2.9.0): where every Secret's value comes from.

Nothing here is a secret value: the secret manager's provider block (an endpoint, a path, how ESO
authenticates), the one Secret a person creates for it, and the names of entries in the secret manager.
"""
from __future__ import annotations

import re
from ipaddress import IPv4Network
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field

from constructs_lib.config.types import DnsLabel, DnsSubdomain, StrictModel

_DURATION = re.compile(r"^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")


def _duration(value: str) -> str:
    if not _DURATION.match(value) or not re.search(r"[1-9]", value):
        raise ValueError(f"{value!r} is not a positive Go duration (e.g. 15m, 1h, 1h30m)")
    return value


# A Go duration as ESO's `refreshInterval` parses it (metav1.Duration), and not zero: 0 disables refresh.
Duration = Annotated[str, AfterValidator(_duration)]


class StoreCredential(StrictModel):
    """The one Secret a person creates at bootstrap: the secret manager's credential for ESO.
    Every Secret reference inside `provider` must name it (config rule)."""

    name: DnsSubdomain
    namespace: DnsLabel
    keys: list[str] = Field(min_length=1)


class EgressRule(StrictModel):
    """Where ESO's controller reaches the secret manager. NetworkPolicies match addresses, not host
    names: give the CIDRs the provider's endpoint resolves to (or its private endpoint's)."""

    cidrs: list[IPv4Network] = Field(min_length=1)
    ports: list[int] = Field(min_length=1)


class SecretStoreConfig(StrictModel):
    name: DnsLabel = "platform-secrets"
    # Passed through as ClusterSecretStore.spec.provider; checked against the pinned CRD's schema
    # (the validation gate) and, for its Secret references, against `credential` (config rule).
    provider: dict[str, Any] = Field(min_length=1)
    # None: the provider authenticates ESO's service account itself (workload identity), no Secret.
    credential: StoreCredential | None = None
    egress: EgressRule
    # Entries are read as `<remote_prefix>/<entry>` (see the secrets table in README.md).
    remote_prefix: str = Field(pattern=r"^[A-Za-z0-9_.\-/]+$")
    refresh_interval: Duration = "1h"


class GitCredentialsConfig(StrictModel):
    """The platform repository is private: Argo CD and Airflow's git-sync read it with these."""

    auth: Literal["https", "ssh", "none"]
    # HTTPS: the secret manager entry `<remote_prefix>/git` has properties `username` and `token`;
    # SSH: property `ssh-private-key`. known_hosts is public: kept here, not in the secret manager.
    known_hosts: str | None = None
    argocd_secret: DnsSubdomain = "platform-repository"
    airflow_secret: DnsSubdomain = "airflow-git-credentials"


class SecretsConfig(StrictModel):
    store: SecretStoreConfig
    git: GitCredentialsConfig
    # How often the in-cluster copies (Kafka CA bundle, database credentials) are re-read from their
    # source Secret: a Strimzi CA renewal or a rotated owner password arrives within this interval.
    copy_refresh_interval: Duration = "10m"
