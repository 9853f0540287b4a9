"""Custom resources are type-checked at synth time against the pinned CRD schemas (schemas/crds/):
a misspelled field stops synth before dist/ is written and the message names the object and the field."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT
from constructs_lib.crd_schemas import CustomResourceError, check, problems

TOPIC = {"apiVersion": "kafka.strimzi.io/v1", "kind": "KafkaTopic", "metadata": {"name": "t", "namespace": "ns"},
         "spec": {"topicName": "t", "partitions": 3, "replicas": 1}}


def test_a_valid_custom_resource_passes():
    assert problems(TOPIC) == []


def test_a_misspelled_field_is_named_with_its_path():
    bad = {**TOPIC, "spec": {**TOPIC["spec"], "partitons": 3}}
    with pytest.raises(CustomResourceError) as error:
        check(bad)
    assert "KafkaTopic ns/t" in str(error.value)
    assert "spec: Additional properties are not allowed ('partitons' was unexpected)" in str(error.value)


def test_a_wrong_type_deep_in_the_spec_is_named():
    bad = {**TOPIC, "spec": {**TOPIC["spec"], "replicas": "one"}}
    assert any(p.startswith("spec.replicas: ") for p in problems(bad))


def test_an_unknown_kind_is_refused():
    assert problems({**TOPIC, "kind": "KafkaTopik"}) == ["no pinned CRD serves kafka.strimzi.io/v1 KafkaTopik"]


def test_synth_stops_before_writing_dist_on_a_misspelled_field(tmp_path):
    dist = tmp_path / "dist"
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from constructs_lib import kafka
        spec = kafka._topic_spec
        kafka._topic_spec = lambda topic: {{**spec(topic), "partitons": 3}}
        import main
        sys.exit(main.main(["--dist", {str(dist)!r}]))
    """)
    result = subprocess.run([sys.executable, "-O", "-c", script], capture_output=True, text=True, cwd=ROOT,
                            check=False)
    assert result.returncode == 2, result.stderr
    assert "'partitons' was unexpected" in result.stderr and "KafkaTopic data-plane/" in result.stderr
    assert not dist.exists()
