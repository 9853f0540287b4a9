"""imports/ is what `cdk8s import` makes of exactly the CRDs listed in tools/crds.yaml."""
from __future__ import annotations

import importlib

import pytest
import yaml

from conftest import ROOT
from validation.reference import ReferenceMissing, reference_dir

CRDS = yaml.safe_load((ROOT / "tools" / "crds.yaml").read_text())


def test_cdk8s_yaml_lists_the_same_crds_at_their_upstream_release():
    project = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())
    assert project["imports"] == [f"{e['module']}:={e['upstream']}" for e in CRDS]
    assert project["language"] == "python"


def test_every_listed_crd_has_its_bindings_and_nothing_else():
    generated = {p.name for p in (ROOT / "imports").iterdir() if p.is_dir() and not p.name.startswith("__")}
    assert generated == {e["module"] for e in CRDS}


def test_every_listed_crd_is_in_the_reference_data():
    try:
        ref = reference_dir()
    except ReferenceMissing as missing:
        pytest.skip(str(missing))
    for entry in CRDS:
        assert (ref / entry["reference"]).is_file(), entry
        assert entry["upstream"].endswith(entry["reference"].split("/")[-1]), entry


@pytest.mark.parametrize("module, kind", [
    ("imports.strimzi_kafka.io.strimzi.kafka", "Kafka"),
    ("imports.spark_application.io.k8s.sparkoperator", "SparkApplication"),
    ("imports.flink_deployment.org.apache.flink", "FlinkDeployment"),
    ("imports.argocd_application.io.argoproj", "Application"),
])
def test_bindings_import(module, kind):
    assert hasattr(importlib.import_module(module), kind)
