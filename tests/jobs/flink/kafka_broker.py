"""A real single-node Apache Kafka 4.x broker (KRaft, broker+controller) on loopback ports.

Jars come from Maven Central via scripts/fetch-kafka.sh (cached under $MLOPS_CACHE); nothing else is
downloaded. Used by the pytest fixtures and by bench/bench_flink_pipeline.py.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

LOG4J2 = """\
status = warn
appender.file.type = File
appender.file.name = file
appender.file.fileName = {log}
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
logger.kafka.name = kafka
logger.kafka.level = WARN
logger.apache.name = org.apache.kafka
logger.apache.level = WARN
"""


def _fetch(script: str) -> str:
    """Where the setup step of scripts/test.sh put the jars (the script only locates them here)."""
    out = subprocess.run([str(REPO / "scripts" / script)], capture_output=True, text=True, check=False,
                         env={**os.environ, "MLOPS_NO_FETCH": "1"})
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    return out.stdout.strip().splitlines()[-1]


def kafka_libs() -> Path:
    return Path(_fetch("fetch-kafka.sh"))


def flink_kafka_connector_jar() -> Path:
    return Path(_fetch("fetch-flink-jars.sh"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class KafkaBroker:
    """Formats KRaft storage with a fresh cluster id and runs `kafka.Kafka` until stop()."""

    def __init__(self, libs: Path, workdir: Path | None = None, heap: str = "768m"):
        self.libs = libs
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="kafka-"))
        self.heap = heap
        self.port = free_port()
        self.controller_port = free_port()
        self.bootstrap = f"127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    # -- java helpers -------------------------------------------------------------------------
    def _java(self, main: str, *args: str, heap: str | None = None) -> list[str]:
        return [
            shutil.which("java") or "java",
            f"-Xmx{heap or '256m'}",
            f"-Dlog4j2.configurationFile={self.workdir / 'log4j2.properties'}",
            "-cp",
            f"{self.libs}/*",
            main,
            *args,
        ]

    def start(self, timeout: float = 90.0) -> "KafkaBroker":
        data = self.workdir / "data"
        data.mkdir(parents=True, exist_ok=True)
        (self.workdir / "log4j2.properties").write_text(LOG4J2.format(log=self.workdir / "server.log"))
        props = self.workdir / "server.properties"
        props.write_text(
            "\n".join(
                [
                    "process.roles=broker,controller",
                    "node.id=1",
                    f"controller.quorum.bootstrap.servers=127.0.0.1:{self.controller_port}",
                    f"listeners=PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
                    f"advertised.listeners=PLAINTEXT://127.0.0.1:{self.port}",
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    f"log.dirs={data}",
                    "num.partitions=1",
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=3",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "transaction.state.log.num.partitions=3",
                    "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=false",
                    "log.flush.interval.messages=9223372036854775807",
                    "",
                ]
            )
        )
        cluster_id = _kraft_cluster_id()
        subprocess.run(
            self._java(
                "kafka.tools.StorageTool",
                "format",
                "--config",
                str(props),
                "--cluster-id",
                cluster_id,
                "--standalone",
            ),
            check=True,
            capture_output=True,
            text=True,
        )
        self.stdout = open(self.workdir / "stdout.log", "wb")
        self.proc = subprocess.Popen(
            self._java("kafka.Kafka", str(props), heap=self.heap),
            stdout=self.stdout,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout: float) -> None:
        from kafka import KafkaAdminClient

        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Kafka exited with {self.proc.returncode}: {self.log_tail()}")
            try:
                admin = KafkaAdminClient(bootstrap_servers=self.bootstrap, request_timeout_ms=3000)
                try:
                    admin.describe_cluster()
                    return
                finally:
                    admin.close()
            except Exception as e:  # noqa: BLE001 - broker not up yet
                last = e
                time.sleep(0.5)
        raise TimeoutError(f"Kafka not ready after {timeout}s ({last}): {self.log_tail()}")

    def log_tail(self, n: int = 4000) -> str:
        text = ""
        for name in ("stdout.log", "server.log"):
            p = self.workdir / name
            if p.exists():
                text += p.read_text(errors="replace")[-n:]
        return text

    def create_topic(self, name: str, partitions: int = 1) -> None:
        from kafka import KafkaAdminClient
        from kafka.admin import NewTopic

        admin = KafkaAdminClient(bootstrap_servers=self.bootstrap)
        try:
            admin.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1)])
        finally:
            admin.close()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        if getattr(self, "stdout", None):
            self.stdout.close()
        shutil.rmtree(self.workdir, ignore_errors=True)


def _kraft_cluster_id() -> str:
    # Same shape as `kafka-storage.sh random-uuid`: 16 random bytes, URL-safe base64 without padding.
    import base64

    return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")


if __name__ == "__main__":  # manual smoke test
    b = KafkaBroker(kafka_libs()).start()
    print("up at", b.bootstrap)
    b.create_topic("smoke", 2)
    b.stop()
    print("stopped")
    os._exit(0)
