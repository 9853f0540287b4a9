"""Benchmark (not a test): sustained events/s Kafka -> user_activity_features job -> Kafka, next to the
same broker's raw consume rate measured in the same run.

    $(scripts/venv.sh flink)/bin/python bench/bench_flink_pipeline.py [--events 1000000] [--parallelism 2]

- starts a real Kafka broker (same fixture code as the tests), a raw topic with `--partitions` partitions;
- produces N seeded events with kafka-tools' ProducerPerformance from a payload file (JVM producer,
  so producing is not the bottleneck) -- the payload lines are in event-time order per line index, and
  ProducerPerformance picks lines at random, so event time is shuffled within the file: the watermark
  bound is set to the file's whole time span so no event is late;
- raw consume rate: kafka-consumer-perf-test (ConsumerPerformance) reading all N records;
- job rate: the job (bounded at the latest offsets, exactly-once sink, checkpoints every 5 s) run in a
  local mini-cluster; wall rate = N / (time from job submission until the last window is committed),
  which includes job deployment and the final checkpoint but not JVM/PyFlink start-up. The job is
  first run twice on 10% of the topic (warm-up, then timed); sustained rate = 90% of N / (difference of the two run times).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "jobs" / "flink"), str(REPO / "tests" / "jobs" / "flink")]

from kafka_broker import KafkaBroker, flink_kafka_connector_jar, kafka_libs  # noqa: E402
from reference import BASE, EPOCH, make_event  # noqa: E402

from goals import report  # noqa: E402


def java(broker: KafkaBroker, main: str, *args: str) -> str:
    out = subprocess.run(broker._java(main, *args, heap="1g"), check=True, capture_output=True, text=True)
    return out.stdout


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--parallelism", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=2)
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--distinct-payloads", type=int, default=50_000)
    a = ap.parse_args()

    import user_activity_features as job
    from conftest import read_committed

    work = Path(tempfile.mkdtemp(prefix="bench-flink-"))
    broker = KafkaBroker(kafka_libs(), work / "kafka", heap="1g").start()
    try:
        broker.create_topic("raw", a.partitions)
        rnd = random.Random(1)
        start = (BASE - EPOCH).total_seconds() * 1000
        span_ms = 600_000  # events spread over 10 minutes of event time
        payload = work / "payload.txt"
        with payload.open("w") as f:
            for i in range(a.distinct_payloads):
                e = make_event(rnd, int(start + i * span_ms / a.distinct_payloads), a.users)
                f.write(json.dumps(e) + "\n")
        t0 = time.monotonic()
        java(broker, "org.apache.kafka.tools.ProducerPerformance", "--topic", "raw",
             "--num-records", str(a.events), "--throughput", "-1", "--payload-file", str(payload),
             "--producer-props", f"bootstrap.servers={broker.bootstrap}", "acks=1", "linger.ms=20",
             "batch.size=262144", "compression.type=lz4")
        produce_s = time.monotonic() - t0

        out = java(broker, "org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", broker.bootstrap,
                   "--topic", "raw", "--messages", str(a.events), "--timeout", "60000",
                   "--consumer.config", str(_write(work / "c.properties", "isolation.level=read_committed\n")))
        # header: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, ...
        line = [x for x in out.strip().splitlines() if re.match(r"^\d{4}-", x)][-1]
        raw_rate = float(line.split(",")[5])

        from kafka import KafkaConsumer, TopicPartition

        c = KafkaConsumer(bootstrap_servers=broker.bootstrap)
        ends = c.end_offsets([TopicPartition("raw", p) for p in range(a.partitions)])
        c.close()
        small = {tp.partition: off // 10 for tp, off in ends.items()}
        n_small = sum(small.values())
        stop_small = ";".join(f"partition:{p},offset:{o}" for p, o in sorted(small.items()))

        def run(name: str, stop: str) -> float:
            broker.create_topic(name, a.partitions)
            broker.create_topic(f"{name}-rejects", 1)
            t_env = job.create_table_env()
            t_env.get_config().set("pipeline.object-reuse", "true")
            args = job.parse_args([
                "--bootstrap-servers", broker.bootstrap, "--source-topic", "raw", "--sink-topic", name,
                "--rejects-topic", f"{name}-rejects", "--group-id", name, "--transactional-id-prefix", name,
                "--window-size-seconds", "60", "--window-slide-seconds", "10",
                "--max-out-of-orderness-seconds", str(span_ms // 1000 + 1), "--startup-mode", "earliest-offset",
                "--stop-at-offsets", stop, "--parallelism", str(a.parallelism),
                "--checkpoint-interval-seconds", "5", "--jars", flink_kafka_connector_jar().as_uri(),
            ])
            stmt = job.build_pipeline(t_env, args)
            t = time.monotonic()
            stmt.execute().wait()
            return time.monotonic() - t

        run("features-warmup", stop_small)  # JVM warm-up (class loading, JIT, planner), not measured
        small_s = run("features-10pct", stop_small)
        job_s = run("features", "latest")
        job_rate = a.events / job_s
        # fixed costs (deployment, final checkpoint, commit) cancel out in the difference
        sustained = (a.events - n_small) / max(job_s - small_s, 1e-9)
        n_out = len(read_committed(broker.bootstrap, "features", timeout=120, settle=2))
    finally:
        broker.stop()

    print()
    print(f"{'stage':<46}{'events':>10}{'seconds':>10}{'events/s':>12}")
    print(f"{'produce (ProducerPerformance, acks=1)':<46}{a.events:>10}{produce_s:>10.1f}{a.events / produce_s:>12.0f}")
    print(f"{'raw consume (ConsumerPerformance)':<46}{a.events:>10}{a.events / raw_rate:>10.1f}{raw_rate:>12.0f}")
    print(f"{f'job Kafka->Kafka p={a.parallelism}, 10% run (exactly-once)':<46}{n_small:>10}{small_s:>10.1f}{n_small / small_s:>12.0f}")
    print(f"{f'job Kafka->Kafka p={a.parallelism}, full run, wall':<46}{a.events:>10}{job_s:>10.1f}{job_rate:>12.0f}")
    print(f"{'job sustained (full - 10% run)':<46}{a.events - n_small:>10}{job_s - small_s:>10.1f}{sustained:>12.0f}")
    print(f"feature records committed: {n_out}")
    report("ratio job/raw consume, wall", job_rate / raw_rate, goal=0.5, higher_is_better=True)
    report("ratio job/raw consume, sustained", sustained / raw_rate, goal=0.5, higher_is_better=True)
    return 0


def _write(p: Path, text: str) -> Path:
    p.write_text(text)
    return p


if __name__ == "__main__":
    sys.exit(main())
