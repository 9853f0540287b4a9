"""Fixtures: a real Kafka 4.x broker (KRaft) and the Flink Kafka connector jar, both from Maven Central
via the repo's fetch scripts (cached under $MLOPS_CACHE), plus helpers to produce and read topics."""
from __future__ import annotations

import json
import sys
import time
import uuid
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
JOB_DIR = REPO / "jobs" / "flink"
for p in (str(JOB_DIR), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from kafka_broker import KafkaBroker, flink_kafka_connector_jar, kafka_libs  # noqa: E402


@pytest.fixture(scope="session")
def connector_jar() -> Path:
    jar = flink_kafka_connector_jar()
    assert jar.is_file(), jar
    return jar


@pytest.fixture(scope="session")
def kafka(tmp_path_factory):
    broker = KafkaBroker(kafka_libs(), tmp_path_factory.mktemp("kafka")).start()
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture
def topics(kafka, request):
    """Fresh topic names for a test: (raw, features)."""
    suffix = f"{request.node.name[:40]}-{uuid.uuid4().hex[:6]}".replace("[", "-").replace("]", "")
    return f"raw-{suffix}", f"features-{suffix}"


def produce(bootstrap: str, topic: str, events, *, partition: int | None = None) -> None:
    from kafka import KafkaProducer

    p = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    try:
        for e in events:
            key = e["user_id"].encode() if isinstance(e, dict) and e.get("user_id") else None
            value = e if isinstance(e, bytes) else json.dumps(e).encode()
            p.send(topic, key=key, value=value, partition=partition)
        p.flush()
    finally:
        p.close()


def read_committed(bootstrap: str, topic: str, *, min_count: int = 0, timeout: float = 60.0,
                   settle: float = 1.0) -> list[dict]:
    """All committed records of `topic` (isolation.level=read_committed), waiting for at least
    `min_count`, then `settle` seconds without new records."""
    from kafka import KafkaConsumer

    c = KafkaConsumer(topic, bootstrap_servers=bootstrap, isolation_level="read_committed",
                      auto_offset_reset="earliest", enable_auto_commit=False, group_id=None,
                      consumer_timeout_ms=500)
    out: list[dict] = []
    deadline = time.monotonic() + timeout
    last_new = time.monotonic()
    try:
        while time.monotonic() < deadline:
            batch = c.poll(timeout_ms=300)
            n = sum(len(v) for v in batch.values())
            for records in batch.values():
                out.extend(json.loads(r.value) for r in records)
            if n:
                last_new = time.monotonic()
            elif len(out) >= min_count and time.monotonic() - last_new >= settle:
                break
    finally:
        c.close()
    return out
