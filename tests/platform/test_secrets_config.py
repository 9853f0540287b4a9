"""Config rules of the `secrets:` section (constructs_lib/config/secrets.py, rules._secrets), at load time."""
from __future__ import annotations

import pytest
import yaml

from constructs_lib.config import ConfigError, load_environment


def _load(environments_copy, env: str, change) -> ConfigError | None:
    path = environments_copy / f"{env}.yaml"
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data))
    try:
        load_environment(path, directory=environments_copy)
    except ConfigError as error:
        return error
    return None


def _messages(error: ConfigError | None) -> list[str]:
    assert error is not None, "the invalid config was accepted"
    return [f"{key}: {rule}" for _, key, rule in error.problems]


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["secrets"]["store"]["provider"].update(aws={"service": "SecretsManager", "region": "x"}),
     "secrets.store.provider: must name exactly one provider"),
    (lambda d: d["secrets"]["store"]["provider"]["vault"]["auth"]["tokenSecretRef"].update(namespace="argocd"),
     "secrets.store.provider.vault.auth.tokenSecretRef: must reference the declared credential"),
    (lambda d: d["secrets"]["store"]["provider"]["vault"]["auth"]["tokenSecretRef"].update(key="password"),
     "secrets.store.provider.vault.auth.tokenSecretRef.key: must be one of"),
    (lambda d: d["secrets"]["store"].pop("credential"),
     "secrets.store.provider.vault.auth.tokenSecretRef: references Secret 'secret-store-credentials', but"),
    (lambda d: d["secrets"]["git"].update(auth="ssh", known_hosts="h ssh-ed25519 AAAA"),
     "secrets.git.auth: is 'ssh' but git.repo_url is not an ssh:// or git@ URL"),
    (lambda d: d["secrets"]["store"].update(refresh_interval="soon"),
     "secrets.store.refresh_interval: 'soon' is not a positive Go duration"),
    (lambda d: d["secrets"]["store"]["provider"]["vault"].update(sever="https://typo:8200"),
     "secrets.store.provider.vault: Additional properties are not allowed ('sever' was unexpected)"),
    (lambda d: d["secrets"]["store"]["provider"]["vault"].update(version="v3"),
     "secrets.store.provider.vault.version: 'v3' is not one of ['v1', 'v2']"),
    (lambda d: d["secrets"]["store"]["provider"]["vault"].pop("server"),
     "secrets.store.provider.vault: 'server' is a required property"),
    (lambda d: d["secrets"]["store"]["egress"].update(cidrs=[]),
     "secrets.store.egress.cidrs: List should have at least 1 item"),
])
def test_bad_secrets_config_is_rejected(environments_copy, change, expected):
    messages = _messages(_load(environments_copy, "dev", change))
    assert any(m.startswith(expected) for m in messages), messages


def test_https_git_needs_an_https_repository(environments_copy):
    def change(d):
        d["secrets"]["git"] = {"auth": "https"}
    messages = _messages(_load(environments_copy, "prod", change))
    assert any(m.startswith("secrets.git.auth: is 'https' but git.repo_url") for m in messages), messages


def test_the_committed_environments_are_valid():
    for env in ("dev", "prod"):
        load_environment(env)
