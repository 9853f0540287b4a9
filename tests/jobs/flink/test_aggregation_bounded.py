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
        .option("path", str(path)).option("format", "json")
    for k, v in job.JSON_FORMAT_OPTIONS.items():
        desc = desc.option(f"json.{k.removeprefix('json.')}", v)
    t_env.create_temporary_table(name, desc.build())


@pytest.mark.parametrize("size,slide", [(60, 20), (30, 30)])
def test_features_match_reference_on_bounded_source(t_env, tmp_path, size, slide):
    window = job.WindowSpec(size, slide, 5)
    events = make_events(seed=size + slide, n=600, users=6, jitter_ms=4000)
    garbage = ["not json", json.dumps({"user_id": None, "event_time": "2026-11-01T12:00:01.000Z"}),
               json.dumps({"user_id": "u1", "session_id": "s", "item_id": "i", "event_type": "view",
                           "price": 1.0})]  # no event_time
    name = f"ev_{size}_{slide}"
    _bounded_source(t_env, tmp_path, name, [json.dumps(e) for e in events] + garbage, window)
    rows = job.build_feature_query(t_env, name, window).to_pandas().to_dict("records")
    expected = reference_features(events, size, slide)
    assert len(expected) > 50
    assert_features_equal(rows, expected)
    # the output columns are exactly the documented JSON schema
    assert set(rows[0]) == {name for name, _ in job.FEATURE_COLUMNS}
