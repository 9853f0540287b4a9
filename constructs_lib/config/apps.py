"""Airflow, MLflow, model serving and Argo CD settings."""
from __future__ import annotations

from pydantic import Field

from constructs_lib.config.types import DnsSubdomain, Resources, SecretKeyRef, StrictModel


class AirflowConfig(StrictModel):
    api_secret_key: SecretKeyRef
    jwt_secret: SecretKeyRef
    fernet_key: SecretKeyRef
    git_sync_credentials_secret: DnsSubdomain | None = None


class MlflowConfig(StrictModel):
    replicas: int = Field(default=1, ge=1)
    resources: Resources


class ServingConfig(StrictModel):
    replicas: int = Field(default=1, ge=1)
    resources: Resources
