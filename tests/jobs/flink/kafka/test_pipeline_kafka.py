"""Kafka -> job -> Kafka on a real Kafka 4.x broker, the job run by its own CLI in a local mini-cluster.

Events are produced in phases while the job runs so that lateness is deterministic:
1. in-order-ish events (out of order by less than the bound) -> wait until every window the watermark
   has closed is visible (read_committed): the watermark is then exactly max(event_time) - bound - 1 ms;
2. late events: some whose windows have all fired (dropped), some whose later windows are still
   open (counted there only), plus in-bound stragglers; none raises the max event time;
3. more in-order events. The job stops at the last offset (scan.bounded.specific-offsets), fires the
   remaining windows and commits them with its final checkpoint.
"""
import os
import random
import subprocess
import sys

from conftest import JOB_DIR, produce, read_committed
from reference import (assert_features_equal, make_event, make_events, reference_features, to_ms, window_fired,
                       windows_of)

SIZE, SLIDE, BOUND = 20, 5, 3


def test_kafka_pipeline_exactly_once_with_late_events(kafka, topics, connector_jar, tmp_path):
    raw, features = topics
    rejects = "rejects-" + raw.removeprefix("raw-")
    kafka.create_topic(raw, 1)
    kafka.create_topic(features, 2)
    kafka.create_topic(rejects, 1)

    phase1 = make_events(seed=7, n=300, users=4, step_ms=400, jitter_ms=2500)
    max1 = max(to_ms(e["event_time"]) for e in phase1)
    wm1 = max1 - BOUND * 1000 - 1  # Flink's bounded-out-of-orderness watermark after phase 1
    rnd = random.Random(11)
    fully_late = [make_event(rnd, max1 - 45_000 - rnd.randint(0, 20_000), 4) for _ in range(10)]
    partly_late = [make_event(rnd, wm1 - rnd.randint(1_000, 12_000), 4) for _ in range(10)]
    in_bound = [make_event(rnd, max1 - rnd.randint(0, 2_500), 4) for _ in range(10)]
    phase2 = fully_late + partly_late + in_bound
    rnd.shuffle(phase2)
    phase3 = make_events(seed=8, n=150, users=4, start_ms=max1, step_ms=400, jitter_ms=2500)
    # #13 item 8: records the job cannot use, among the good ones: counted on the rejects topic
    bad = [b"{not json", b'{"session_id": "s1", "event_time": "2026-11-01T12:00:00.000Z"}',
           b'{"user_id": "u1", "event_time": "2026-11-01 12:00"}']
    total = len(phase1) + len(phase2) + len(phase3) + len(bad)

    # reference with the lateness rule: an event counts in window [s, e) iff e - 1 > watermark at arrival.
    # Phases 1 and 3 are never late (out of order by less than the bound); phase 2 arrives at wm1.
    no_wm = -(2**62)
    events = phase1 + phase2 + phase3
    watermarks = [no_wm] * len(phase1) + [wm1] * len(phase2) + [no_wm] * len(phase3)
    expected = reference_features(events, SIZE, SLIDE, watermarks)
    expected_after_1 = {k for k in reference_features(phase1, SIZE, SLIDE) if window_fired(to_ms(k[2]), wm1)}

    def n_open(e):
        wins = list(windows_of(to_ms(e["event_time"]), SIZE * 1000, SLIDE * 1000))
        return sum(not window_fired(we, wm1) for _, we in wins), len(wins)

    assert all(n_open(e)[0] == 0 for e in fully_late)
    partial = [e for e in partly_late if 0 < n_open(e)[0] < n_open(e)[1]]
    assert fully_late and len(partial) >= 5

    produce(kafka.bootstrap, raw, phase1, partition=0)
    cmd = [
        sys.executable, str(JOB_DIR / "user_activity_features.py"),
        "--bootstrap-servers", kafka.bootstrap, "--source-topic", raw, "--sink-topic", features,
        "--rejects-topic", rejects, "--group-id", f"g-{raw}", "--transactional-id-prefix", f"tx-{raw}",
        "--window-size-seconds", str(SIZE), "--window-slide-seconds", str(SLIDE),
        "--max-out-of-orderness-seconds", str(BOUND), "--startup-mode", "earliest-offset",
        "--stop-at-offsets", f"partition:0,offset:{total}", "--parallelism", "1",
        "--checkpoint-interval-seconds", "1", "--jars", connector_jar.as_uri(),
    ]
    log = open(tmp_path / "job.log", "w")
    env = {**os.environ, "KAFKA_SECURITY_PROTOCOL": "PLAINTEXT"}
    job = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        got1 = read_committed(kafka.bootstrap, features, min_count=len(expected_after_1), timeout=400, settle=2)
        assert {(r["user_id"], r["window_start"], r["window_end"]) for r in got1} == expected_after_1
        produce(kafka.bootstrap, raw, phase2, partition=0)
        got2 = read_committed(kafka.bootstrap, features, min_count=len(expected_after_1), timeout=30, settle=3)
        produce(kafka.bootstrap, raw, bad, partition=0)
        produce(kafka.bootstrap, raw, phase3, partition=0)
        assert job.wait(timeout=180) == 0, (tmp_path / "job.log").read_text()[-5000:]
    finally:
        if job.poll() is None:
            job.kill()
        log.close()
    assert len(got2) >= len(got1)
    rows = read_committed(kafka.bootstrap, features, min_count=len(expected), timeout=60)
    assert_features_equal(rows, expected)
    rejected = read_committed(kafka.bootstrap, rejects, min_count=len(bad), timeout=30)
    assert sorted(r["payload"].encode() for r in rejected) == sorted(bad)
    assert sorted(r["reason"] for r in rejected) == sorted([
        "not a JSON object", "user_id missing", "event_time missing or not ISO-8601 UTC with milliseconds"])
