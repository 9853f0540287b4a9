"""Shared constants of the Spark batch jobs (flat module: spark-submit puts this folder on sys.path)."""
from __future__ import annotations

import datetime as dt

from pyspark.sql import types as T

# Event schema shared with the Flink streaming job. price: unit price on purchase events, 0.0 otherwise.
EVENT_TYPES = ("view", "click", "add_to_cart", "purchase")
EVENT_SCHEMA = T.StructType([
    T.StructField("user_id", T.StringType()),
    T.StructField("session_id", T.StringType()),
    T.StructField("item_id", T.StringType()),
    T.StructField("event_type", T.StringType()),
    T.StructField("price", T.DoubleType()),
    T.StructField("event_time", T.TimestampType()),
])

# Numeric per-user features written by feature_engineering.py and used by training.py, in order.
NUMERIC_FEATURES = (
    "event_count",
    "session_count",
    "distinct_items",
    "view_count",
    "click_count",
    "add_to_cart_count",
    "purchase_count",
    "purchase_amount",
    "active_minutes",
    "span_minutes",
    "events_per_session",
)
FEATURE_COLUMNS = ("user_id", *NUMERIC_FEATURES, "first_event_time", "last_event_time")


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise ValueError(f"not a YYYY-MM-DD date: {value!r}") from e
