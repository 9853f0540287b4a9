"""training.py and promotion_gate.py against a real mlflow server (artifacts proxied to SeaweedFS)."""
from __future__ import annotations

import json

import pandas as pd
import pytest

import data_generator
import feature_engineering as fe
import promotion_gate as gate
import training
from common import NUMERIC_FEATURES

D1, D2 = "2026-11-01", "2026-11-02"
RAW, FEATURES = "s3a://lake/raw/events", "s3a://features/user_activity"
MODEL, EXPERIMENT = "purchase-propensity", "purchase-propensity-tests"


# ---------------------------------------------------------------- label construction (pure Spark)

def test_training_set_labels_next_day_purchases(spark):
    cols = ["user_id", "run_date", *NUMERIC_FEATURES]

    def row(user, day, purchases):
        vals = dict.fromkeys(NUMERIC_FEATURES, 1.0) | {"purchase_count": float(purchases)}
        return (user, day, *[vals[c] for c in NUMERIC_FEATURES])

    feats = spark.createDataFrame([
        row("buys-next-day", D1, 0), row("buys-next-day", D2, 2),
        row("browses-next-day", D1, 3), row("browses-next-day", D2, 0),
        row("absent-next-day", D1, 1),
        row("only-next-day", D2, 1),
    ], cols)
    got = {r["user_id"]: r for r in training.build_training_set(feats, D2).collect()}
    assert {u: r["label"] for u, r in got.items()} == {
        "buys-next-day": 1.0, "browses-next-day": 0.0, "absent-next-day": 0.0}
    # X comes from the previous day only: the label day's purchases are not a feature value.
    assert got["buys-next-day"]["purchase_count"] == 0.0
    assert got["browses-next-day"]["purchase_count"] == 3.0


# ---------------------------------------------------------------- end to end on S3 + mlflow server

@pytest.fixture(scope="module")
def features_on_s3(spark):
    """Two generated days in the raw lake on S3, features computed by the job for both days."""
    table = data_generator.generate_events(4000, D1, n_days=2, seed=42)
    data_generator.write_spark(spark, table, RAW)
    for day in (D1, D2):
        assert fe.main(["--input-uri", RAW, "--output-uri", FEATURES, "--run-date", day]) == 0
    return table.num_rows


@pytest.fixture(scope="module")
def trained(features_on_s3, spark, mlflow_uri):
    import os

    old = os.environ.get("MLFLOW_TRACKING_URI")
    os.environ["MLFLOW_TRACKING_URI"] = mlflow_uri
    try:
        result = training.train(spark, FEATURES, D2, MODEL, EXPERIMENT, "challenger", seed=42)
    finally:
        if old is None:
            os.environ.pop("MLFLOW_TRACKING_URI")
        else:
            os.environ["MLFLOW_TRACKING_URI"] = old
    return result


def client(uri):
    from mlflow import MlflowClient

    return MlflowClient(uri)


def test_training_registers_version_1_as_challenger(trained, mlflow_uri, s3_client, capsys):
    c = client(mlflow_uri)
    assert trained["version"] == "1"
    mv = c.get_model_version_by_alias(MODEL, "challenger")
    assert mv.version == "1" and mv.run_id == trained["run_id"]
    run = c.get_run(trained["run_id"])
    assert run.data.metrics["test_auc"] == pytest.approx(trained["test_auc"])
    # The generator's users keep their purchase propensity from day to day: clearly better than chance.
    assert 0.6 < trained["test_auc"] < 1.0, trained
    assert run.data.params["features_date"] == D1 and run.data.params["run_date"] == D2
    assert any(k.startswith("LogisticRegression") or k in ("maxIter", "regParam") for k in run.data.params), \
        sorted(run.data.params)  # recorded by mlflow.pyspark.ml.autolog
    assert c.get_experiment_by_name(EXPERIMENT).experiment_id == run.info.experiment_id
    # Artifacts went through the tracking server (proxied URI, no S3 access from the client)
    # into the mlflow bucket on SeaweedFS.
    assert run.info.artifact_uri.startswith("mlflow-artifacts:"), run.info.artifact_uri
    stored = [o["Key"] for p in s3_client.get_paginator("list_objects_v2").paginate(Bucket="mlflow")
              for o in p.get("Contents", [])]
    assert any(k.endswith("MLmodel") for k in stored), stored[:20]
    assert any("sparkml" in k for k in stored)


def test_pyfunc_loads_challenger_and_predicts(trained, tracking_env):
    import mlflow

    model = mlflow.pyfunc.load_model(f"models:/{MODEL}@challenger")
    frame = pd.DataFrame([
        dict.fromkeys(NUMERIC_FEATURES, 0.0) | {"event_count": 1.0, "session_count": 1.0,
                                                 "distinct_items": 1.0, "view_count": 1.0,
                                                 "active_minutes": 1.0, "events_per_session": 1.0},
        {"event_count": 60.0, "session_count": 6.0, "distinct_items": 30.0, "view_count": 20.0,
         "click_count": 15.0, "add_to_cart_count": 12.0, "purchase_count": 13.0,
         "purchase_amount": 400.0, "active_minutes": 50.0, "span_minutes": 600.0,
         "events_per_session": 10.0},
    ])[list(NUMERIC_FEATURES)]
    pred = model.predict(frame)
    values = list(pred["prediction"] if isinstance(pred, pd.DataFrame) else pred)
    assert len(values) == 2 and set(values) <= {0.0, 1.0}
    assert values == [0.0, 1.0]  # a one-view user vs. a heavy buyer
    reqs = mlflow.pyfunc.get_model_dependencies(f"models:/{MODEL}@challenger")
    text = open(reqs).read()
    assert "pyspark==4.3.0" in text and "mlflow==" in text


def _version_with_metric(c, auc: float, tmp_path, champion_auc: float | None = None) -> str:
    """A model version whose training run has a controlled test_auc (a copy of v1's model artifact)
    and, as training.py records it, the current champion's score on the same holdout."""
    v1 = c.get_model_version(MODEL, "1")
    local = c.download_artifacts(v1.run_id, "model", str(tmp_path / f"v1-{auc}"))
    exp = c.get_experiment_by_name(EXPERIMENT).experiment_id
    run = c.create_run(exp, run_name=f"controlled-{auc:.4f}")
    c.log_metric(run.info.run_id, "test_auc", auc)
    champion = c.get_model_version_by_alias(MODEL, "champion").version
    c.set_tag(run.info.run_id, training.HOLDOUT_CHAMPION_TAG, champion)
    if champion_auc is not None:
        c.log_metric(run.info.run_id, "champion_test_auc", champion_auc)
    c.log_artifacts(run.info.run_id, local, "model")
    c.set_terminated(run.info.run_id)
    mv = c.create_model_version(MODEL, source=f"{run.info.artifact_uri}/model", run_id=run.info.run_id)
    c.set_registered_model_alias(MODEL, "challenger", mv.version)
    return mv.version


def run_gate_cli(capsys, *extra):
    rc = gate.main(["--model-name", MODEL, "--metric", "test_auc", "--min-improvement", "0.0", *extra])
    out = capsys.readouterr().out.strip().splitlines()[-1]
    return rc, json.loads(out)


def test_gate_promotes_first_then_better_and_rejects_worse(trained, tracking_env, capsys, tmp_path):
    c = client(tracking_env)
    auc1 = trained["test_auc"]

    rc, d = run_gate_cli(capsys, "--higher-is-better")
    assert rc == 0 and d["decision"] == "promoted" and d["champion_version"] is None
    assert d["promoted"] is True  # the key the Airflow DAG's deploy step reads
    assert c.get_model_version_by_alias(MODEL, "champion").version == "1"
    tags = c.get_model_version(MODEL, "1").tags
    assert tags["promotion.decision"] == "promoted"
    assert tags["promotion.champion_value"] == "none"
    assert float(tags["promotion.challenger_value"]) == pytest.approx(auc1)

    better = _version_with_metric(c, min(auc1 + 0.05, 0.999), tmp_path, champion_auc=auc1)
    rc, d = run_gate_cli(capsys)
    assert rc == 0 and d["decision"] == "promoted" and d["challenger_version"] == better
    assert d["champion_version"] == "1" and d["champion_value"] == pytest.approx(auc1)
    assert c.get_model_version_by_alias(MODEL, "champion").version == better

    worse = _version_with_metric(c, auc1 - 0.1, tmp_path, champion_auc=min(auc1 + 0.05, 0.999))
    rc, d = run_gate_cli(capsys)
    assert rc == 0 and d["decision"] == "rejected" and d["challenger_version"] == worse
    assert d["promoted"] is False
    assert c.get_model_version_by_alias(MODEL, "champion").version == better  # unchanged
    tags = c.get_model_version(MODEL, worse).tags
    assert tags["promotion.decision"] == "rejected"
    assert tags["promotion.champion_version"] == better
    assert float(tags["promotion.champion_value"]) == pytest.approx(min(auc1 + 0.05, 0.999))
    assert float(tags["promotion.challenger_value"]) == pytest.approx(auc1 - 0.1)
    assert "not >" in tags["promotion.reason"]


def test_gate_errors_exit_non_zero(tracking_env, capsys):
    rc = gate.main(["--model-name", "no-such-model", "--metric", "test_auc"])
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert rc == 1 and "error" in out


def test_gate_refuses_a_champion_scored_on_another_holdout(trained, tracking_env, capsys, tmp_path):
    """#13 item 6: the champion's value must be measured on the challenger's test set."""
    c = client(tracking_env)
    champion = c.get_model_version_by_alias(MODEL, "champion").version
    v = _version_with_metric(c, 0.99, tmp_path, champion_auc=None)  # run lacks champion_test_auc
    rc, d = run_gate_cli(capsys)
    assert rc == 1 and "champion_test_auc" in d["error"], d
    c.set_tag(c.get_model_version(MODEL, v).run_id, training.HOLDOUT_CHAMPION_TAG, "1" if champion != "1" else "2")
    rc, d = run_gate_cli(capsys)
    assert rc == 1 and "same test set" in d["error"], d
    assert c.get_model_version_by_alias(MODEL, "champion").version == champion


def test_worse_model_on_the_same_data_is_rejected(trained, spark, tracking_env, capsys, monkeypatch):
    """#13 item 6: training scores the champion on the challenger's own holdout; a deliberately
    worse pipeline trained on the same features loses against it."""
    from pyspark.ml import Pipeline
    from pyspark.ml.classification import LogisticRegression
    from pyspark.ml.feature import VectorAssembler

    c = client(tracking_env)
    champion = c.get_model_version_by_alias(MODEL, "champion").version

    def useless_pipeline(seed=42):  # one feature, L1-regularised to all-zero weights: AUC 0.5
        return Pipeline(stages=[
            VectorAssembler(inputCols=["span_minutes"], outputCol="features"),
            LogisticRegression(featuresCol="features", labelCol=training.LABEL, regParam=10.0,
                               elasticNetParam=1.0)])

    monkeypatch.setattr(training, "build_pipeline", useless_pipeline)
    result = training.train(spark, FEATURES, D2, MODEL, EXPERIMENT, "challenger", seed=42)
    run = c.get_run(result["run_id"])
    assert run.data.tags[training.HOLDOUT_CHAMPION_TAG] == champion
    champ_auc = run.data.metrics["champion_test_auc"]
    assert result["test_auc"] < champ_auc
    rc, d = run_gate_cli(capsys)
    assert rc == 0 and d["decision"] == "rejected" and d["challenger_version"] == result["version"]
    assert d["champion_value"] == pytest.approx(champ_auc)  # the same-holdout number, not the champion's own run
    assert c.get_model_version_by_alias(MODEL, "champion").version == champion


def test_gate_retry_after_the_alias_moved_still_promotes(trained, tracking_env, capsys, tmp_path, monkeypatch):
    """#13 item 2: the gate dies right after moving the alias; the retry reaches "promoted" again,
    so the DAG's deploy step runs."""
    from mlflow import MlflowClient

    c = client(tracking_env)
    champion = c.get_model_version_by_alias(MODEL, "champion").version
    v = _version_with_metric(c, 0.995, tmp_path, champion_auc=0.6)
    real = MlflowClient.set_registered_model_alias

    def move_then_die(self, *a, **kw):
        real(self, *a, **kw)
        raise ConnectionError("gate pod lost its connection after the alias moved")

    monkeypatch.setattr(MlflowClient, "set_registered_model_alias", move_then_die)
    rc, d = run_gate_cli(capsys, "--decision-id", "run-1")
    assert rc == 1 and "ConnectionError" in d["error"]
    assert c.get_model_version_by_alias(MODEL, "champion").version == v
    monkeypatch.setattr(MlflowClient, "set_registered_model_alias", real)

    rc, d = run_gate_cli(capsys, "--decision-id", "run-1")  # the task's retry
    assert rc == 0 and d["promoted"] is True and d["challenger_version"] == v, d
    assert d["champion_version"] == champion and d["champion_value"] == pytest.approx(0.6)
    tags = c.get_model_version(MODEL, v).tags
    assert tags["promotion.decision"] == "promoted" and tags["promotion.decision_id"] == "run-1"
