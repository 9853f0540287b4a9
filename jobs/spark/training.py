"""Trains a next-day purchase propensity model (Spark MLlib) and registers it in MLflow as `challenger`.

  training.py --features-uri s3a://features/user_activity --run-date 2026-11-02 \
      --model-name purchase-propensity --experiment-name purchase-propensity \
      [--registered-alias challenger] [--dfs-tmpdir s3a://spark-tmp/mlflow] [--seed 42]

Task and label (no leakage): for every user with features on day D-1 (D = --run-date), predict
whether that user makes at least one purchase on day D. X = the user's D-1 feature row
(common.NUMERIC_FEATURES), y = 1 if the user's D feature row has purchase_count > 0, else 0 (users
absent on D are 0). Nothing from day D enters X, so the label is never visible to the model.
Needs the feature partitions run_date=D-1 and run_date=D.

Model: Pipeline(VectorAssembler -> StandardScaler -> LogisticRegression); random 80/20 split
(seeded); metrics test_auc (areaUnderROC), test_pr_auc, train_auc on the held-out / train rows.

Same holdout for the promotion gate: when the model has a version with alias --champion-alias, that
version is scored on THIS run's test set too: metrics champion_test_auc, champion_test_pr_auc and
tag holdout.champion_version (the version scored; "none" without a champion). promotion_gate.py
compares test_auc with champion_test_auc, never with a number measured on another day's data.

Input: the features table must have the declared schema (common.FEATURE_SCHEMA); a missing column or
another type fails the job with a message naming the column.

MLflow: tracking URI only from the MLFLOW_TRACKING_URI environment variable (artifacts are proxied
by the tracking server, so no S3 credentials are needed here). mlflow.pyspark.ml.autolog(log_models=False)
records the estimator params; the fitted PipelineModel is logged explicitly with pinned
pip_requirements, registered under --model-name, and the new version gets alias --registered-alias.
Prints one JSON line: {"model_name", "version", "run_id", "test_auc", ...}.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from common import FEATURE_SCHEMA, NUMERIC_FEATURES, check_schema, parse_date

LABEL = "label"
HOLDOUT_CHAMPION_TAG = "holdout.champion_version"  # read by promotion_gate.py
NO_CHAMPION = "none"


def pinned_requirements() -> list[str]:
    """What a scoring environment needs to load the model (pyfunc over Spark: Java + pyspark)."""
    from importlib.metadata import version

    return [f"{p}=={version(p)}" for p in ("mlflow", "pyspark", "pandas", "pyarrow", "numpy")]


def build_training_set(features: DataFrame, run_date) -> DataFrame:
    """X from run_date-1, y = purchased on run_date. `features` has a run_date column (date or string)."""
    day = parse_date(str(run_date))
    prev = day - dt.timedelta(days=1)
    rd = F.col("run_date").cast("date")
    x = features.filter(rd == F.lit(prev)).select("user_id", *[F.col(c).cast("double").alias(c)
                                                               for c in NUMERIC_FEATURES])
    y = (features.filter(rd == F.lit(day)).filter(F.col("purchase_count") > 0)
         .select("user_id", F.lit(1.0).alias(LABEL)))
    return x.join(y, "user_id", "left").fillna({LABEL: 0.0})


def build_pipeline(seed: int = 42):
    from pyspark.ml import Pipeline
    from pyspark.ml.classification import LogisticRegression
    from pyspark.ml.feature import StandardScaler, VectorAssembler

    return Pipeline(stages=[
        VectorAssembler(inputCols=list(NUMERIC_FEATURES), outputCol="raw_features", handleInvalid="error"),
        StandardScaler(inputCol="raw_features", outputCol="features", withMean=True, withStd=True),
        LogisticRegression(featuresCol="features", labelCol=LABEL, maxIter=50, regParam=0.01,
                           elasticNetParam=0.0),
    ])


def champion_version(client, model_name: str, alias: str):
    """The version holding `alias`, or None (no such model or alias yet)."""
    from mlflow.exceptions import MlflowException

    try:
        return client.get_model_version_by_alias(model_name, alias).version
    except MlflowException as e:
        if "RESOURCE_DOES_NOT_EXIST" in str(e.error_code) or "INVALID_PARAMETER_VALUE" in str(e.error_code):
            return None
        raise


def evaluate(predictions: DataFrame, prefix: str = "") -> dict[str, float]:
    from pyspark.ml.evaluation import BinaryClassificationEvaluator

    ev = BinaryClassificationEvaluator(labelCol=LABEL, rawPredictionCol="rawPrediction")
    return {f"{prefix}test_auc": ev.evaluate(predictions, {ev.metricName: "areaUnderROC"}),
            f"{prefix}test_pr_auc": ev.evaluate(predictions, {ev.metricName: "areaUnderPR"})}


def read_features(spark: SparkSession, features_uri: str) -> DataFrame:
    features = spark.read.parquet(features_uri.rstrip("/"))
    check_schema(features.schema, FEATURE_SCHEMA, features_uri)
    return features


def train(spark: SparkSession, features_uri: str, run_date: str, model_name: str, experiment_name: str,
          alias: str = "challenger", seed: int = 42, dfs_tmpdir: str | None = None,
          min_rows: int = 50, champion_alias: str = "champion") -> dict:
    import mlflow
    import mlflow.pyspark.ml
    import mlflow.spark
    from mlflow import MlflowClient
    from mlflow.models import infer_signature
    from pyspark.ml.evaluation import BinaryClassificationEvaluator

    if not os.environ.get("MLFLOW_TRACKING_URI"):
        raise RuntimeError("MLFLOW_TRACKING_URI is not set")
    day = parse_date(run_date)
    features = read_features(spark, features_uri)
    data = build_training_set(features, day).cache()
    n = data.count()
    n_pos = data.filter(F.col(LABEL) == 1.0).count()
    if n < min_rows or n_pos == 0 or n_pos == n:
        raise RuntimeError(f"not enough training data for {day}: {n} rows, {n_pos} positives "
                           f"(need features for {day - dt.timedelta(days=1)} and {day})")
    train_df, test_df = data.randomSplit([0.8, 0.2], seed=seed)

    mlflow.set_experiment(experiment_name)
    mlflow.pyspark.ml.autolog(log_models=False, log_datasets=False, silent=True)
    with mlflow.start_run(run_name=f"training-{day}") as run:
        mlflow.log_params({"run_date": str(day), "features_date": str(day - dt.timedelta(days=1)),
                           "features_uri": features_uri, "split_seed": seed,
                           "label": "purchase_count>0 on run_date"})
        model = build_pipeline(seed).fit(train_df)
        ev = BinaryClassificationEvaluator(labelCol=LABEL, rawPredictionCol="rawPrediction")
        pred_test = model.transform(test_df).cache()
        metrics = {
            **evaluate(pred_test),
            "train_auc": ev.evaluate(model.transform(train_df), {ev.metricName: "areaUnderROC"}),
            "n_rows": float(n), "positive_rate": n_pos / n,
        }
        # The champion on the same holdout: the gate compares both numbers from this run.
        champion = champion_version(MlflowClient(), model_name, champion_alias)
        if champion is not None:
            champ_model = mlflow.spark.load_model(f"models:/{model_name}/{champion}", dfs_tmpdir=dfs_tmpdir)
            metrics |= evaluate(champ_model.transform(test_df), prefix="champion_")
        mlflow.set_tag(HOLDOUT_CHAMPION_TAG, champion or NO_CHAMPION)
        mlflow.log_metrics(metrics)
        sample = pred_test.select(*NUMERIC_FEATURES, "prediction").limit(20).toPandas()
        signature = infer_signature(sample[list(NUMERIC_FEATURES)], sample[["prediction"]])
        info = mlflow.spark.log_model(model, artifact_path="model", registered_model_name=model_name,
                                      signature=signature, pip_requirements=pinned_requirements(),
                                      dfs_tmpdir=dfs_tmpdir)
        pred_test.unpersist()
    data.unpersist()
    mlflow.pyspark.ml.autolog(disable=True)

    version = str(info.registered_model_version)
    client = MlflowClient()
    client.set_registered_model_alias(model_name, alias, version)
    for k, v in {"run_date": str(day), "test_auc": f"{metrics['test_auc']:.6f}"}.items():
        client.set_model_version_tag(model_name, version, k, v)
    return {"model_name": model_name, "version": version, "alias": alias, "run_id": run.info.run_id,
            "test_auc": metrics["test_auc"], "test_pr_auc": metrics["test_pr_auc"], "rows": n,
            "champion_version": champion, "champion_test_auc": metrics.get("champion_test_auc")}


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="Train and register the purchase propensity model")
    ap.add_argument("--features-uri", required=True)
    ap.add_argument("--run-date", required=True, help="label day D (YYYY-MM-DD); features of D-1 are X")
    ap.add_argument("--model-name", required=True)
    ap.add_argument("--experiment-name", required=True)
    ap.add_argument("--registered-alias", default="challenger")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--champion-alias", default="champion",
                    help="the version scored on this run's test set for the promotion gate")
    ap.add_argument("--dfs-tmpdir", default=None,
                    help="temp dir where Spark saves the model before MLflow copies it to the driver "
                         "(MLflow's default /tmp/mlflow otherwise). MLflow copies it with Hadoop's "
                         "*default* FileSystem, so a non-local dir needs fs.defaultFS of that scheme")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    a = parse_args(argv)
    spark = SparkSession.builder.appName(f"training-{a.run_date}").getOrCreate()
    result = train(spark, a.features_uri, a.run_date, a.model_name, a.experiment_name,
                   a.registered_alias, a.seed, a.dfs_tmpdir, champion_alias=a.champion_alias)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
