"""Stop the running Kafka pipeline with a savepoint, produce more, resume from the savepoint:
every window is emitted exactly once and equals the reference over all events (no duplicate, no loss),
including the windows that were open across the restart (their state came from the savepoint).

The resumed job cannot be bounded by scan.bounded.mode: restored Kafka splits keep the (absent)
stopping offset of the run that took the savepoint. Instead one far-future "flush" event per
partition moves the watermark past every real window; the job is cancelled once they are visible."""
import time

import user_activity_features as job
from conftest import produce, read_committed
from reference import assert_features_equal, iso_millis, make_events, reference_features, to_ms, windows_of

SIZE, SLIDE, BOUND = 20, 5, 3


def rejects_of(raw: str) -> str:
    return "rejects-" + raw.removeprefix("raw-")


def _args(kafka, raw, features, jar, *extra):
    return job.parse_args([
        "--bootstrap-servers", kafka.bootstrap, "--source-topic", raw, "--sink-topic", features,
        "--rejects-topic", rejects_of(raw), "--group-id", f"g-{raw}", "--transactional-id-prefix", f"tx-{raw}",
        "--window-size-seconds", str(SIZE), "--window-slide-seconds", str(SLIDE),
        "--max-out-of-orderness-seconds", str(BOUND), "--startup-mode", "earliest-offset",
        "--parallelism", "2", "--checkpoint-interval-seconds", "1", "--jars", jar.as_uri(), *extra,
    ])


def _stop_with_savepoint(client, directory: str) -> str:
    try:
        return client.stop_with_savepoint(False, directory).result()
    except Exception:  # noqa: BLE001 - Flink 2 dropped the 2-argument Java overload PyFlink calls
        from pyflink.java_gateway import get_gateway

        fmt = get_gateway().jvm.org.apache.flink.core.execution.SavepointFormatType.CANONICAL
        return str(client._j_job_client.stopWithSavepoint(False, directory, fmt).get())


def test_stop_with_savepoint_and_resume_no_duplicate_or_lost_window(kafka, topics, connector_jar, tmp_path):
    raw, features = topics
    kafka.create_topic(rejects_of(raw), 1)
    kafka.create_topic(raw, 2)
    kafka.create_topic(features, 2)
    events = make_events(seed=21, n=600, users=6, step_ms=300, jitter_ms=2000)
    first, second = events[:300], events[300:]
    produce(kafka.bootstrap, raw, first)  # keyed by user_id over both partitions

    t_env = job.create_table_env()
    result = job.build_pipeline(t_env, _args(kafka, raw, features, connector_jar)).execute()
    client = result.get_job_client()
    before = read_committed(kafka.bootstrap, features, min_count=10, timeout=120, settle=1)
    assert len(before) >= 10
    savepoint = _stop_with_savepoint(client, (tmp_path / "savepoints").as_uri())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # the per-job mini-cluster shuts down once the job stopped
        try:
            if str(client.get_job_status().result()) in ("FINISHED", "CANCELED", "FAILED"):
                break
        except Exception:  # noqa: BLE001 - "MiniCluster is not yet running or has already been shut down"
            break
        time.sleep(0.5)
    at_stop = read_committed(kafka.bootstrap, features, timeout=10, settle=1)

    expected = reference_features(events, SIZE, SLIDE)
    flush_ms = max(to_ms(e["event_time"]) for e in events) + (SIZE + SLIDE + BOUND) * 1000
    flush = [{"user_id": "zz-flush", "session_id": "f", "item_id": "f", "event_type": "view", "price": 0.0,
              "event_time": iso_millis(flush_ms)}]
    produce(kafka.bootstrap, raw, second)
    for partition in (0, 1):
        produce(kafka.bootstrap, raw, flush, partition=partition)
    t_env2 = job.create_table_env()
    t_env2.get_config().set("execution.state-recovery.path", savepoint)
    client2 = job.build_pipeline(t_env2, _args(kafka, raw, features, connector_jar)).execute().get_job_client()
    try:
        rows = read_committed(kafka.bootstrap, features, min_count=len(expected), timeout=180, settle=3)
    finally:
        client2.cancel().result()
    assert_features_equal(rows, expected)

    # windows open at the stop hold events from both runs: only restored state can produce them
    emitted_first = {(r["user_id"], r["window_start"]) for r in at_stop}
    spanning = [k for k in expected if (k[0], k[1]) not in emitted_first
                and any(e["user_id"] == k[0] and (to_ms(k[1]), to_ms(k[2])) in
                        set(windows_of(to_ms(e["event_time"]), SIZE * 1000, SLIDE * 1000)) for e in first)]
    assert spanning, "no window spanned the restart"
