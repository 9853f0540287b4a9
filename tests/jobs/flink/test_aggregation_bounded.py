"""The aggregation (build_feature_query) on a bounded filesystem source, against the Python reference."""
import json

import pytest

import user_activity_features as job
from reference import assert_features_equal, make_events, reference_features


@pytest.fixture(scope="module")
def t_env():
    t = job.create_table_env()
    t.get_config().set("parallelism.default", "2")
    return t


def _bounded_source(t_env, tmp_path, name, lines, window):
    path = tmp_path / f"{name}.json"
    path.write_text("\n".join(lines) + "\n")
    from pyflink.table import TableDescriptor

    desc = TableDescriptor.for_connector("filesystem").schema(job.event_schema(window)) \
        .option("path", str(path)).option("format", job.SOURCE_FORMAT)  # one record per line, as from Kafka
    t_env.create_temporary_table(name, desc.build())


@pytest.mark.parametrize("size,slide", [(60, 20), (30, 30)])
def test_features_match_reference_on_bounded_source(t_env, tmp_path, size, slide):
    window = job.WindowSpec(size, slide, 5)
    events = make_events(seed=size + slide, n=600, users=6, jitter_ms=4000)
    garbage = ["not json", json.dumps({"user_id": None, "event_time": "2026-11-01T12:00:01.000Z"}),
               json.dumps({"user_id": "u1", "session_id": "s", "item_id": "i", "event_type": "view",
                           "price": 1.0}),  # no event_time
               json.dumps({"user_id": "u2", "event_time": "yesterday"}), "[1, 2]"]
    name = f"ev_{size}_{slide}"
    _bounded_source(t_env, tmp_path, name, [json.dumps(e) for e in events] + garbage, window)
    rows = job.build_feature_query(t_env, name, window).to_pandas().to_dict("records")
    expected = reference_features(events, size, slide)
    assert len(expected) > 50
    assert_features_equal(rows, expected)
    # the output columns are exactly the documented JSON schema
    assert set(rows[0]) == {name for name, _ in job.FEATURE_COLUMNS}
    # #13 item 8: what the features do not use is counted, with the reason (the dead-letter output)
    rejected = job.build_rejects_query(t_env, name).to_pandas().to_dict("records")
    assert sorted((r["payload"], r["reason"]) for r in rejected) == sorted([
        ("not json", "not a JSON object"), ("[1, 2]", "not a JSON object"),
        (garbage[1], "user_id missing"),
        (garbage[2], "event_time missing or not ISO-8601 UTC with milliseconds"),
        (garbage[3], "event_time missing or not ISO-8601 UTC with milliseconds")])


def test_streaming_features_are_the_shared_vocabulary():
    """#13 item 5: the topic's feature columns are the vocabulary's streaming features, same names,
    same SQL as the Spark job (feature_vocabulary.py); nothing else is aggregated."""
    import feature_vocabulary as vocab

    names = [n for n, _ in job.FEATURE_COLUMNS]
    assert names == ["user_id", "window_start", "window_end", *vocab.STREAMING_FEATURES]
    sql = job.feature_sql("t", job.WindowSpec(60, 20, 5))
    for f in vocab.features_of(vocab.STREAMING):
        assert f"{f.expression('flink')} AS {f.name}" in sql
    assert {"session_count", "purchase_amount"} <= set(names)
    assert not {"distinct_sessions", "total_price"} & set(names)
