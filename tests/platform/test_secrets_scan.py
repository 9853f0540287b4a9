"""No secret value in dist/, values/ or environments/: secrets are referenced by name only."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

SECRET_KEY = re.compile(r"(pass(word|wd)?|secret[_-]?key|secretkey|access[_-]?key|accesskey|token|api[_-]?key|"
                        r"private[_-]?key|credentials?)$", re.IGNORECASE)
AWS_KEY_ID = re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")
AWS_SECRET = re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])")
PEM_PRIVATE = re.compile(r"-----BEGIN ([A-Z]+ )?PRIVATE KEY-----")
# Values that are references or settings, not secrets (a Secret's name, a key inside it, a boolean...).
REFERENCE_KEYS = {"name", "key", "secretName", "existingSecret", "secretKeyRef", "secret"}
# Keys whose value names a key inside a referenced Secret (MLflow chart `keyOfSecretAccessKey`,
# SeaweedFS `secretKeyField`), never the secret itself.
KEY_NAME_KEYS = re.compile(r"^keyOf|Field$")


def scanned_files(root: Path = ROOT) -> list[Path]:
    files = []
    for folder in ("dist", "values", "environments"):
        base = root / folder
        if base.is_dir():
            files += sorted(p for p in base.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml", ".json", ".gotmpl"))
    return files


def _literal_secret_values(node, path="") -> list[str]:
    """Keys that look like credentials but hold a literal (not a reference: a mapping, a name, a template)."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}" if path else str(key)
            # ESO ExternalSecret data items: `secretKey` names the key to write, next to its remoteRef/sourceRef.
            eso_item = key == "secretKey" and ("remoteRef" in node or "sourceRef" in node)
            if (isinstance(key, str) and SECRET_KEY.search(key) and not KEY_NAME_KEYS.search(key) and not eso_item
                    and isinstance(value, (str, int))
                    and not isinstance(value, bool) and str(value).strip()
                    and not str(value).startswith(("{{", "${", "$("))):
                found.append(here)
            found += _literal_secret_values(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _literal_secret_values(value, f"{path}[{i}]")
    return found


def problems_in(path: Path) -> list[str]:
    text = path.read_text()
    problems = [f"{path}: {label}" for label, pattern in (("AWS access key id", AWS_KEY_ID),
                                                           ("PEM private key", PEM_PRIVATE)) if pattern.search(text)]
    for match in AWS_SECRET.finditer(text):
        token = match.group(0)
        # 40 base64-ish characters with mixed case and a digit: the shape of an AWS secret access key
        if re.search(r"[a-z]", token) and re.search(r"[A-Z]", token) and re.search(r"[0-9]", token):
            problems.append(f"{path}: AWS-secret-shaped string {token[:4]}…")
    try:
        docs = list(yaml.safe_load_all(text)) if path.suffix != ".json" else [yaml.safe_load(text)]
    except yaml.YAMLError:
        return problems
    for doc in docs:
        if not isinstance(doc, dict):
            continue
        if doc.get("kind") == "Secret" and (doc.get("data") or doc.get("stringData")):
            problems.append(f"{path}: Secret {doc.get('metadata', {}).get('name')} carries data")
        problems += [f"{path}: {key} holds a literal value" for key in _literal_secret_values(doc)]
    return problems


def test_no_secret_values_in_the_repository():
    files = scanned_files()
    assert any("dist" in p.parts for p in files) and any("environments" in p.parts for p in files)
    problems = [p for path in files for p in problems_in(path)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("content, expected", [
    ("kind: Secret\nmetadata: {name: s}\nstringData: {password: hunter2}\n", "carries data"),
    ("kind: Secret\nmetadata: {name: s}\ndata: {token: aGk=}\n", "carries data"),
    ("auth:\n  password: hunter2\n", "auth.password holds a literal"),
    ("s3:\n  secretKey: abc\n  accessKey: def\n", "s3.secretKey holds a literal"),
    ("env:\n- {name: AWS_ACCESS_KEY_ID, value: AKIAABCDEFGHIJKLMNOP}\n", "AWS access key id"),
    ("x: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n", "AWS-secret-shaped"),
    ("tls: |\n  -----BEGIN RSA PRIVATE KEY-----\n  abc\n", "PEM private key"),
])
def test_scanner_finds_planted_secrets(tmp_path, content, expected):
    path = tmp_path / "values.yaml"
    path.write_text(content)
    problems = problems_in(path)
    assert any(expected in p for p in problems), problems


def test_external_secret_key_names_are_not_secrets(tmp_path):
    path = tmp_path / "es.yaml"
    path.write_text("kind: ExternalSecret\nspec:\n  data:\n  - secretKey: token\n"
                    "    remoteRef: {key: mlops/dev/git, property: token}\n")
    assert problems_in(path) == []
    path.write_text("kind: ExternalSecret\nspec:\n  data:\n  - secretKey: hunter2\n")
    assert problems_in(path) != []


def test_references_are_not_secrets(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("jwt_secret: {name: airflow-jwt-secret, key: jwt-secret}\n"
                    "env:\n- name: PASSWORD\n  valueFrom: {secretKeyRef: {name: db-app, key: password}}\n"
                    "passwordSecret: {secretName: x}\nautomountServiceAccountToken: false\n")
    assert problems_in(path) == []
