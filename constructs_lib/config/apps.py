"""Airflow, MLflow, model serving and Argo CD settings."""
from __future__ import annotations

from pydantic import Field

from constructs_lib.config.types import DnsSubdomain, Resources, SecretKeyRef, StrictModel


class AirflowConfig(StrictModel):
    api_secret_key: SecretKeyRef
    jwt_secret: SecretKeyRef
    fernet_key: SecretKeyRef
    # Secret with key `connection` (the SQLAlchemy URL of the CNPG `airflow-db` cluster), composed by ESO
    # from the generated owner password (constructs_lib/secrets_inventory.py); the chart reads it via
    # data.metadataSecretName.
    metadata_connection_secret: DnsSubdomain = "airflow-db-connection"
    git_sync_period_seconds: int = Field(default=60, ge=10)


class MlflowConfig(StrictModel):
    # In the MLflow namespace (keys username, password): ESO's copy of the mlflow-db owner's credentials.
    database_secret: DnsSubdomain = "mlflow-db-credentials"
    replicas: int = Field(default=1, ge=1)
    resources: Resources


class ServingConfig(StrictModel):
    replicas: int = Field(default=1, ge=1)
    resources: Resources
