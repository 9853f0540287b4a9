"""imports/ is what `cdk8s import` makes of the CRDs listed in tools/crds.yaml, taken from the pinned
chart archives: imports/SOURCES.yaml records each module's CRD digest and the inputs digest."""
from __future__ import annotations

import importlib

import pytest
import yaml

from conftest import ROOT
from validation import crds as crdlib

CONFIG = crdlib.config()
SOURCES = yaml.safe_load((ROOT / "imports" / "SOURCES.yaml").read_text())


def test_every_listed_crd_has_its_bindings_and_nothing_else():
    generated = {p.name for p in (ROOT / "imports").iterdir() if p.is_dir() and not p.name.startswith("__")}
    assert generated == set(CONFIG["bindings"]) == set(SOURCES["modules"])


def test_bindings_were_made_from_the_pinned_inputs():
    assert SOURCES["inputs_sha256"] == crdlib.inputs_digest(), (
        "charts.lock or tools/crds.yaml changed since imports/ was generated: run `make imports`")
    for module, crd in CONFIG["bindings"].items():
        assert SOURCES["modules"][module]["crd"] == crd, module


def test_bindings_match_the_crds_in_the_archives(archive_crds):
    crds = archive_crds
    stale = [module for module, entry in SOURCES["modules"].items()
             if crdlib.crd_digest(crds[entry["crd"]][1]) != entry["crd_sha256"]]
    assert not stale, f"imports/{stale} differ from their CRDs in the chart archives: run `make imports`"


@pytest.mark.parametrize("module, kind", [
    ("imports.strimzi_kafka.io.strimzi.kafka", "Kafka"),
    ("imports.spark_application.io.k8s.sparkoperator", "SparkApplication"),
    ("imports.flink_deployment.org.apache.flink", "FlinkDeployment"),
    ("imports.argocd_application.io.argoproj", "Application"),
])
def test_bindings_import(module, kind):
    assert hasattr(importlib.import_module(module), kind)
