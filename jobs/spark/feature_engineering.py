"""Daily per-user activity features from the raw event lake (Spark SQL built-in functions only, no UDFs).

  feature_engineering.py --input-uri s3a://lake/raw/events --output-uri s3a://features/user_activity \
      --run-date 2026-11-01

Reads <input-uri>/event_date=<run-date>/ (the partition defines the day; events are not re-filtered
by event_time), writes <output-uri>/run_date=<run-date>/ as parquet.

Rules:
  - Re-running a day replaces exactly that day's partition directory; other days are untouched.
  - An input day that exists but holds no events writes an EMPTY partition (schema only, 0 rows):
    the day's earlier output is replaced, never kept. A missing input partition fails the job.
  - The input must have the declared event schema (feature_vocabulary.EVENT_FIELDS): a missing
    column or a column of another type fails the job with a message naming the column.

The SparkSession comes from SparkSession.builder.getOrCreate(): S3A endpoint and credentials
provider are Spark conf set from outside (SparkApplication sparkConf / spark-submit --conf).

Features (one row per user_id seen that day): the batch features of feature_vocabulary.FEATURES,
one definition per name shared with the Flink job; run_date is the partition column (YYYY-MM-DD).
"""
from __future__ import annotations

import argparse
import json
import sys

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from common import BATCH_FEATURES, EVENT_SCHEMA, FEATURE_COLUMNS, check_schema, parse_date


def compute_features(events_df: DataFrame, run_date) -> DataFrame:
    """Pure transformation: events (shared schema) -> one feature row per user, with run_date."""
    run_date = parse_date(str(run_date)).isoformat()
    agg = events_df.groupBy("user_id").agg(
        *[F.expr(f.expression("spark")).alias(f.name) for f in BATCH_FEATURES])
    return agg.select(*FEATURE_COLUMNS).withColumn("run_date", F.lit(run_date))


def read_events(spark: SparkSession, input_uri: str, run_date: str) -> DataFrame:
    base = input_uri.rstrip("/")
    path = f"{base}/event_date={run_date}"
    df = spark.read.option("basePath", base).parquet(path)
    check_schema(df.schema, EVENT_SCHEMA, path)
    return df.select(*EVENT_SCHEMA.fieldNames())


def partition_uri(output_uri: str, run_date: str) -> str:
    return f"{output_uri.rstrip('/')}/run_date={run_date}"


def write_features(features: DataFrame, output_uri: str, run_date: str) -> None:
    # Overwrite of the day's own directory (not a dynamic partition overwrite of the table, which
    # writes nothing, and so keeps the stale partition, when there are no rows): an empty day
    # leaves a schema-only parquet file and 0 rows.
    (features.drop("run_date").write.mode("overwrite")
     .parquet(partition_uri(output_uri, run_date)))


def run(spark: SparkSession, input_uri: str, output_uri: str, run_date: str) -> dict:
    run_date = parse_date(run_date).isoformat()
    features = compute_features(read_events(spark, input_uri, run_date), run_date)
    write_features(features, output_uri, run_date)
    written = spark.read.parquet(partition_uri(output_uri, run_date)).count()
    return {"run_date": run_date, "output_uri": output_uri, "users": written}


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="Daily per-user activity features")
    ap.add_argument("--input-uri", required=True, help="raw events root (…/event_date=YYYY-MM-DD/ below)")
    ap.add_argument("--output-uri", required=True, help="features root (…/run_date=YYYY-MM-DD/ below)")
    ap.add_argument("--run-date", required=True, help="YYYY-MM-DD")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    a = parse_args(argv)
    spark = SparkSession.builder.appName(f"feature-engineering-{a.run_date}").getOrCreate()
    result = run(spark, a.input_uri, a.output_uri, a.run_date)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
