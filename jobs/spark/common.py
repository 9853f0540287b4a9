"""Shared constants of the Spark batch jobs (flat module: spark-submit puts this folder on sys.path).

Event fields, event types and the feature vocabulary come from feature_vocabulary.py, the one
definition shared with the Flink job (copied next to this file in the image; jobs/shared/ in the
repository).
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from pyspark.sql import types as T

try:
    import feature_vocabulary as vocab
except ModuleNotFoundError:  # repository layout: jobs/shared/ beside jobs/spark/
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "shared"))
    import feature_vocabulary as vocab

EVENT_TYPES = vocab.EVENT_TYPES
_SPARK_TYPES = {"string": T.StringType(), "double": T.DoubleType(), "bigint": T.LongType(),
                "timestamp": T.TimestampType()}
EVENT_SCHEMA = T.StructType([T.StructField(name, _SPARK_TYPES[t]) for name, t in vocab.EVENT_FIELDS])

# Numeric per-user features written by feature_engineering.py and used by training.py, in order.
NUMERIC_FEATURES = vocab.NUMERIC_FEATURES
BATCH_FEATURES = vocab.features_of(vocab.BATCH)
FEATURE_COLUMNS = ("user_id", *(f.name for f in BATCH_FEATURES))
# The declared schema of a features partition (without the run_date partition column).
FEATURE_SCHEMA = T.StructType([T.StructField("user_id", T.StringType())]
                              + [T.StructField(f.name, _SPARK_TYPES[f.type]) for f in BATCH_FEATURES])


class SchemaMismatch(ValueError):
    """Input data whose schema is not the declared one (the message names the column)."""


def check_schema(actual: T.StructType, declared: T.StructType, where: str) -> None:
    """Every declared column present with the declared type; extra columns are ignored (not read)."""
    fields = {f.name: f.dataType for f in actual.fields}
    for f in declared.fields:
        if f.name not in fields:
            raise SchemaMismatch(f"{where}: column {f.name!r} is missing (declared {f.dataType.simpleString()}; "
                                 f"found columns {sorted(fields)})")
        if fields[f.name] != f.dataType:
            raise SchemaMismatch(f"{where}: column {f.name!r} has type {fields[f.name].simpleString()}, "
                                 f"declared {f.dataType.simpleString()}")


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise ValueError(f"not a YYYY-MM-DD date: {value!r}") from e
