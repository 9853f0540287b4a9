"""feature_engineering.py: exact values on hand-written events, and the CLI against real S3 (SeaweedFS)."""
from __future__ import annotations

import datetime as dt

import pytest

import data_generator
import feature_engineering as fe
from common import EVENT_SCHEMA, FEATURE_COLUMNS

UTC = dt.timezone.utc
DAY = "2026-11-01"
NEXT = "2026-11-02"


def t(hms: str, day: str = DAY) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hms}").replace(tzinfo=UTC)


# Hand-written day: expected values below are computed by hand from these rows.
HAND_EVENTS = [
    # u1: two sessions, two purchases
    ("u1", "sa", "i1", "view", 0.0, t("10:00:00")),
    ("u1", "sa", "i1", "click", 0.0, t("10:00:30")),
    ("u1", "sa", "i1", "add_to_cart", 0.0, t("10:01:10")),
    ("u1", "sa", "i1", "purchase", 20.0, t("10:02:00")),
    ("u1", "sb", "i2", "view", 0.0, t("12:00:00")),
    ("u1", "sb", "i2", "purchase", 5.5, t("12:00:45")),
    # u2: a single view just before midnight
    ("u2", "sc", "i3", "view", 0.0, t("23:59:59")),
    # u3: two clicks in the same minute, then a view in the next minute
    ("u3", "sd", "i1", "click", 0.0, t("08:15:05")),
    ("u3", "sd", "i1", "click", 0.0, t("08:15:50")),
    ("u3", "sd", "i4", "view", 0.0, t("08:16:10")),
]

EXPECTED = {
    "u1": dict(event_count=6, session_count=2, distinct_items=2, view_count=2, click_count=1,
               add_to_cart_count=1, purchase_count=2, purchase_amount=25.5, active_minutes=4,
               span_minutes=120.75, events_per_session=3.0,
               first_event_time=t("10:00:00"), last_event_time=t("12:00:45")),
    "u2": dict(event_count=1, session_count=1, distinct_items=1, view_count=1, click_count=0,
               add_to_cart_count=0, purchase_count=0, purchase_amount=0.0, active_minutes=1,
               span_minutes=0.0, events_per_session=1.0,
               first_event_time=t("23:59:59"), last_event_time=t("23:59:59")),
    "u3": dict(event_count=3, session_count=1, distinct_items=2, view_count=1, click_count=2,
               add_to_cart_count=0, purchase_count=0, purchase_amount=0.0, active_minutes=2,
               span_minutes=65 / 60, events_per_session=3.0,
               first_event_time=t("08:15:05"), last_event_time=t("08:16:10")),
}


def as_dicts(df) -> dict[str, dict]:
    return {r["user_id"]: r.asDict() for r in df.collect()}


def check_expected(rows: dict[str, dict], expected=EXPECTED):
    assert set(rows) == set(expected)
    for user, exp in expected.items():
        got = rows[user]
        for k, v in exp.items():
            if isinstance(v, float):
                assert got[k] == pytest.approx(v, abs=1e-9), (user, k)
            elif isinstance(v, dt.datetime):
                assert got[k].astimezone(UTC) == v, (user, k)
            else:
                assert got[k] == v, (user, k)


def hand_df(spark, rows=HAND_EVENTS):
    return spark.createDataFrame(rows, EVENT_SCHEMA)


def test_compute_features_hand_checked(spark):
    out = fe.compute_features(hand_df(spark), DAY)
    assert out.columns == [*FEATURE_COLUMNS, "run_date"]
    rows = as_dicts(out)
    check_expected(rows)
    assert {r["run_date"] for r in rows.values()} == {DAY}
    types = dict(out.dtypes)
    assert types["event_count"] == "bigint" and types["purchase_amount"] == "double"
    assert types["first_event_time"] == "timestamp"


def test_compute_features_uses_no_python_udf(spark):
    plan = fe.compute_features(hand_df(spark), DAY)._jdf.queryExecution().executedPlan().toString()
    assert "BatchEvalPython" not in plan and "ArrowEvalPython" not in plan and "PythonUDF" not in plan


def write_raw(spark, rows, uri):
    df = hand_df(spark, rows)
    from pyspark.sql import functions as F

    (df.withColumn("event_date", F.to_date("event_time")).write.mode("overwrite")
       .option("partitionOverwriteMode", "dynamic").partitionBy("event_date").parquet(uri))


def keys(s3_client, bucket, prefix):
    out = {}
    for page in s3_client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for o in page.get("Contents", []):
            out[o["Key"]] = (o["ETag"], o["LastModified"])
    return out


def test_feature_job_on_s3_layout_values_and_idempotent_rerun(spark, s3_client):
    raw, out = "s3a://lake/raw/hand", "s3a://features/hand_user_activity"
    next_day = [("u9", "sz", "i9", "purchase", 7.0, t("09:00:00", NEXT))]
    write_raw(spark, HAND_EVENTS + next_day, raw)
    assert {k.split("/")[2] for k in keys(s3_client, "lake", "raw/hand/")} == {
        f"event_date={DAY}", f"event_date={NEXT}"}

    assert fe.main(["--input-uri", raw, "--output-uri", out, "--run-date", DAY]) == 0
    assert fe.main(["--input-uri", raw, "--output-uri", out, "--run-date", NEXT]) == 0

    # Layout: <output>/run_date=YYYY-MM-DD/part-*.parquet, nothing else but each day's commit marker.
    objs = keys(s3_client, "features", "hand_user_activity/")
    parts = {k.split("/")[1] for k in objs if k.count("/") == 2}
    assert parts == {f"run_date={DAY}", f"run_date={NEXT}"}
    assert all(k.endswith((".parquet", "/_SUCCESS")) for k in objs), sorted(objs)
    assert all(k.count("/") == 2 for k in objs), sorted(objs)

    day = spark.read.parquet(f"{out}/run_date={DAY}")
    check_expected(as_dicts(day))
    full = spark.read.parquet(out)
    assert dict(full.dtypes)["run_date"] == "date"
    assert full.filter(f"run_date = '{NEXT}'").collect()[0]["purchase_amount"] == 7.0

    # Re-run the same day: same rows, the other day's files untouched.
    next_files = {k: v for k, v in objs.items() if f"run_date={NEXT}" in k}
    assert fe.main(["--input-uri", raw, "--output-uri", out, "--run-date", DAY]) == 0
    assert spark.read.parquet(out).count() == 4
    check_expected(as_dicts(spark.read.parquet(f"{out}/run_date={DAY}")))
    after = keys(s3_client, "features", "hand_user_activity/")
    assert {k: v for k, v in after.items() if f"run_date={NEXT}" in k} == next_files

    # Changed raw data for the day (u2 removed upstream): the partition is replaced, not appended to.
    write_raw(spark, [r for r in HAND_EVENTS if r[0] != "u2"], raw)
    assert fe.main(["--input-uri", raw, "--output-uri", out, "--run-date", DAY]) == 0
    check_expected(as_dicts(spark.read.parquet(f"{out}/run_date={DAY}")),
                   {k: v for k, v in EXPECTED.items() if k != "u2"})
    assert spark.read.parquet(out).count() == 3
    assert {k: v for k, v in keys(s3_client, "features", "hand_user_activity/").items()
            if f"run_date={NEXT}" in k} == next_files


def test_feature_job_fails_when_the_day_has_no_raw_data(spark):
    from pyspark.errors import AnalysisException

    with pytest.raises(AnalysisException):
        fe.main(["--input-uri", "s3a://lake/raw/hand", "--output-uri", "s3a://features/none",
                 "--run-date", "2030-01-01"])


def test_rejects_bad_run_date():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        fe.compute_features(None, "01/11/2026")


def test_generated_events_match_schema_and_aggregate(spark, tmp_path):
    table = data_generator.generate_events(300, DAY, n_days=2, seed=7)
    again = data_generator.generate_events(300, DAY, n_days=2, seed=7)
    assert table.equals(again)  # seeded, deterministic
    data_generator.write_local(table, str(tmp_path / "raw"))
    events = fe.read_events(spark, str(tmp_path / "raw"), DAY)
    assert [(f.name, f.dataType.simpleString()) for f in events.schema] == [
        (f.name, f.dataType.simpleString()) for f in EVENT_SCHEMA]
    pdf = table.to_pandas()
    day = pdf[pdf.event_date == dt.date(2026, 11, 1)]
    assert set(day.event_type) == {"view", "click", "add_to_cart", "purchase"}
    assert (day.loc[day.event_type != "purchase", "price"] == 0).all()
    assert (day.loc[day.event_type == "purchase", "price"] > 0).all()
    feats = fe.compute_features(events, DAY)
    totals = feats.groupBy().sum("event_count", "purchase_count", "purchase_amount").collect()[0]
    assert totals[0] == len(day)
    assert totals[1] == (day.event_type == "purchase").sum()
    assert totals[2] == pytest.approx(day.loc[day.event_type == "purchase", "price"].sum())
    assert feats.count() == day.user_id.nunique()
    assert feats.filter("first_event_time < '2026-11-01' or last_event_time >= '2026-11-02'").count() == 0


def test_spark_submit_cli_takes_s3a_settings_from_outside(spark, s3, s3_client, tmp_path):
    """The job as the Spark operator runs it: spark-submit of the flat file, S3A settings as --conf,
    credentials only in the environment (EnvironmentVariableCredentialsProvider)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import pyspark
    import services

    raw, out = "s3a://lake/raw/submit", "s3a://features/submit_user_activity"
    write_raw(spark, HAND_EVENTS, raw)
    submit = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    conf = {**services.s3a_conf(s3.endpoint), "spark.ui.enabled": "false",
            "spark.sql.session.timeZone": "UTC", "spark.jars": ",".join(services.s3a_jars())}
    cmd = [str(submit), "--master", "local[1]", "--driver-memory", "1g"]
    for k, v in conf.items():
        cmd += ["--conf", f"{k}={v}"]
    cmd += [str(services.REPO / "jobs" / "spark" / "feature_engineering.py"),
            "--input-uri", raw, "--output-uri", out, "--run-date", DAY]
    env = {**os.environ, **s3.env(), "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900, cwd=tmp_path)
    assert p.returncode == 0, p.stderr[-3000:]
    assert '"users": 3' in p.stdout
    check_expected(as_dicts(spark.read.parquet(f"{out}/run_date={DAY}")))

    # Without credentials in the environment the same job cannot touch the bucket.
    env_no_creds = {k: v for k, v in env.items() if k not in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")}
    p = subprocess.run(cmd, env=env_no_creds, capture_output=True, text=True, timeout=900, cwd=tmp_path)
    assert p.returncode != 0
    assert "EnvironmentVariableCredentialsProvider" in p.stderr or "Unable to load credentials" in p.stderr, \
        p.stderr[-2000:]


def test_batch_features_match_the_shared_reference(spark, tmp_path):
    """#13 item 5: the Spark job's features equal feature_vocabulary.reference(), the plain-Python
    definition the Flink job is tested against too."""
    import feature_vocabulary as vocab

    table = data_generator.generate_events(200, DAY, n_days=1, seed=11)
    data_generator.write_local(table, str(tmp_path / "raw"))
    got = as_dicts(fe.compute_features(fe.read_events(spark, str(tmp_path / "raw"), DAY), DAY))
    events = [{**e, "event_time": e["event_time"].astimezone(UTC)} for e in table.to_pylist()]
    expected = vocab.reference(events, vocab.BATCH)
    assert len(expected) > 50 and set(got) == set(expected)
    assert list(next(iter(expected.values()))) == list(FEATURE_COLUMNS[1:])
    check_expected(got, expected)


def test_empty_input_day_replaces_the_old_output_with_an_empty_partition(spark):
    """#13 item 4: the day's input was emptied upstream: the re-run leaves 0 rows for the day, not the old ones."""
    raw, out = "s3a://lake/raw/emptied", "s3a://features/emptied_user_activity"
    write_raw(spark, HAND_EVENTS, raw)
    assert fe.run(spark, raw, out, DAY)["users"] == 3
    spark.createDataFrame([], EVENT_SCHEMA).write.mode("overwrite").parquet(f"{raw}/event_date={DAY}")
    assert spark.read.parquet(f"{raw}/event_date={DAY}").count() == 0
    assert fe.run(spark, raw, out, DAY) == {"run_date": DAY, "output_uri": out, "users": 0}
    assert spark.read.parquet(f"{out}/run_date={DAY}").count() == 0
    assert spark.read.parquet(out).count() == 0
    # and the schema of the empty day is still the declared one
    from common import FEATURE_SCHEMA, check_schema

    check_schema(spark.read.parquet(f"{out}/run_date={DAY}").schema, FEATURE_SCHEMA, "empty day")


@pytest.mark.parametrize("change,column,message", [
    (lambda df: df.withColumn("price", df["price"].cast("string")), "price", "has type string, declared double"),
    (lambda df: df.drop("session_id"), "session_id", "is missing"),
])
def test_raw_schema_mismatch_fails_naming_the_column(spark, change, column, message):
    """#13 item 8: the feature job refuses input whose schema is not the declared event schema."""
    from common import SchemaMismatch

    raw = f"s3a://lake/raw/bad_{column}"
    change(hand_df(spark)).write.mode("overwrite").parquet(f"{raw}/event_date={DAY}")
    with pytest.raises(SchemaMismatch, match=f"column '{column}' {message}"):
        fe.run(spark, raw, "s3a://features/bad", DAY)


def test_training_refuses_features_with_another_schema(spark, tmp_path):
    """#13 item 8: the training read checks the features table's declared schema."""
    import training
    from common import SchemaMismatch

    out = str(tmp_path / "features")
    feats = fe.compute_features(hand_df(spark), DAY).withColumn("event_count", F_col("event_count").cast("double"))
    feats.write.partitionBy("run_date").parquet(out)
    with pytest.raises(SchemaMismatch, match="column 'event_count' has type double, declared bigint"):
        training.read_features(spark, out)


def F_col(name):
    from pyspark.sql import functions as F

    return F.col(name)
