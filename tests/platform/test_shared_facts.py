"""Each fact more than one module uses has one definition: the DAG, the jobs and constructs_lib import it
from a home their runtime can import (dags/ for the workflow and the charts, jobs/shared for the jobs)."""
from __future__ import annotations

import re

from conftest import ROOT

CODE = ("constructs_lib", "dags", "jobs", "main.py")


def sources() -> dict[str, str]:
    files = []
    for top in CODE:
        path = ROOT / top
        files += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return {str(p.relative_to(ROOT)): p.read_text() for p in files}


def where(pattern: str) -> list[str]:
    regex = re.compile(pattern, re.MULTILINE)
    return sorted(name for name, text in sources().items() if regex.search(text))


def test_user_ids_are_defined_once():
    # the images' numeric users: SPARK_UID, FLINK_UID
    # (not a line number of a cited source, e.g. `controller.go:180-185`)
    assert where(r"(?<![\d:-])185\b") == ["dags/pod_security.py"]
    assert where(r"(?<![\d:-])9999\b") == ["dags/pod_security.py"]


def test_restricted_security_contexts_are_defined_once():
    assert where(r"[\"']runAsNonRoot[\"']\s*:") == ["dags/pod_security.py"]
    assert where(r"[\"']allowPrivilegeEscalation[\"']\s*:") == ["dags/pod_security.py"]


def test_memory_conversion_is_defined_once():
    assert where(r"2\s*\*\*\s*20") == ["constructs_lib/config/types.py"]
    assert where(r"def (flink|spark)_memory\b") == []


def test_s3_credentials_env_is_defined_once():
    assert where(r"def s3_env\b") == []
    assert where(r"[\"']secretKeyRef[\"'].*(access_key_field|secret_key_field)|(access_key_field|secret_key_field)"
                 r".*[\"']secretKeyRef[\"']") == []
    assert where(r"def credentials_env\b") == ["constructs_lib/handles.py"]


def test_event_types_are_defined_once():
    assert where(r"[\"']add_to_cart[\"']") == ["jobs/shared/feature_vocabulary.py"]
    aliases = {name: re.findall(r"^EVENT_TYPES\s*=\s*(.+)$", text, re.MULTILINE) for name, text in sources().items()}
    assert {name: rhs for name, rhs in aliases.items() if rhs and name != "jobs/shared/feature_vocabulary.py"} == {
        name: ["vocab.EVENT_TYPES"] for name in ("jobs/flink/user_activity_features.py", "jobs/spark/common.py")}


def test_the_charts_take_security_contexts_from_the_dag_folder():
    from constructs_lib import security_context

    import dags.pod_security as home
    assert security_context.pod_security_context is home.pod_security_context
    assert security_context.SPARK_UID == home.SPARK_UID == 185
