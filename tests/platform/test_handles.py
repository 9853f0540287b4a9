"""Handles: every field and every derived property of every handle can be read, for every environment.

A property that refers to an attribute the handle does not have fails only when something reads it; this
reads them all (mypy reports the same class of bug statically: tests/platform/test_lint.py)."""
from __future__ import annotations

import dataclasses

import pytest

from constructs_lib import handles
from constructs_lib.config import environment_names, load_environment
from constructs_lib.postgres import DATABASES


def every_handle(env: str) -> list[object]:
    config = load_environment(env)
    kafka, store, mlflow = handles.kafka_handle(config), handles.object_store_handle(config), handles.mlflow_handle(config)
    postgres = {db: handles.postgres_handle(config, db) for db in DATABASES}
    return [kafka, store, mlflow, *postgres.values(),
            handles.PlatformHandles(kafka=kafka, object_store=store, postgres=postgres, mlflow=mlflow)]


def test_every_handle_class_is_covered():
    built = {type(h) for h in every_handle("dev")}
    declared = {c for c in vars(handles).values() if dataclasses.is_dataclass(c) and c.__module__ == handles.__name__}
    assert built == declared


@pytest.mark.parametrize("env", environment_names())
def test_every_property_of_every_handle_evaluates(env):
    for handle in every_handle(env):
        kind = type(handle).__name__
        for field in dataclasses.fields(handle):
            assert getattr(handle, field.name) is not None, (kind, field.name)
        properties = [name for name, member in vars(type(handle)).items() if isinstance(member, property)]
        for name in properties:
            value = getattr(handle, name)  # AttributeError here is the bug this test is for
            assert isinstance(value, str) and value, (kind, name, value)
