"""The one feature vocabulary of the platform: every feature name has exactly one definition here.

Imported by the Spark batch job (jobs/spark/feature_engineering.py: per user and UTC day) and by the
PyFlink streaming job (jobs/flink/user_activity_features.py: per user and sliding window). Both build
their aggregation from FEATURES: the same SQL aggregate per name, over "the user's events in the
group" (a day partition or a window). Spark SQL and Flink SQL share most syntax; a feature whose
portable form would be slow or impossible in one engine carries that engine's spelling
(`spark_sql` / `flink_sql`), with the same meaning, and `reference()` below is the plain-Python
definition both engines are tested against (tests/jobs/spark/test_feature_engineering.py,
tests/jobs/flink/test_aggregation_bounded.py).

Plain Python only (no Spark or Flink import): the file is copied next to each job in its image.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping

# --- Events (the input of both jobs) ----------------------------------------------------------
EVENT_TYPES = ("view", "click", "add_to_cart", "purchase")
# (name, logical type): string | double | timestamp (UTC). price: item unit price on `purchase`
# events; other event types may carry a price (e.g. add_to_cart), which no feature sums.
EVENT_FIELDS = (
    ("user_id", "string"),
    ("session_id", "string"),
    ("item_id", "string"),
    ("event_type", "string"),
    ("price", "double"),
    ("event_time", "timestamp"),
)

BATCH = "batch"          # Spark: one row per user and UTC day
STREAMING = "streaming"  # Flink: one row per user and sliding window


@dataclass(frozen=True)
class Feature:
    name: str
    type: str                      # bigint | double | timestamp
    meaning: str
    sql: str | None = None         # aggregate over the group's events, valid Spark SQL and Flink SQL
    spark_sql: str | None = None   # Spark spelling where it differs (same meaning)
    flink_sql: str | None = None   # Flink spelling where it differs (same meaning)
    jobs: tuple[str, ...] = (BATCH, STREAMING)

    def expression(self, engine: str) -> str:
        expr = {"spark": self.spark_sql, "flink": self.flink_sql}[engine] or self.sql
        if expr is None:
            raise ValueError(f"feature {self.name!r} has no {engine} expression")
        return expr


def _count_type(event_type: str) -> str:
    return f"CAST(COALESCE(SUM(CASE WHEN event_type = '{event_type}' THEN 1 ELSE 0 END), 0) AS BIGINT)"


# Distinct counts: COUNT(DISTINCT) in Flink; size(collect_set) in Spark, which avoids the Expand
# (one copy of every row per distinct column) that several COUNT(DISTINCT) need there: ~1.7x faster
# (bench/bench_spark_features.py). Both ignore nulls.
def _distinct(col: str) -> dict[str, str]:
    return {"sql": f"CAST(COUNT(DISTINCT {col}) AS BIGINT)",
            "spark_sql": f"CAST(size(collect_set({col})) AS BIGINT)"}


FEATURES: tuple[Feature, ...] = (
    Feature("event_count", "bigint", "all events of the user", sql="CAST(COUNT(*) AS BIGINT)"),
    Feature("session_count", "bigint", "distinct non-null session_id", **_distinct("session_id")),
    Feature("distinct_items", "bigint", "distinct non-null item_id", **_distinct("item_id")),
    *(Feature(f"{t}_count", "bigint", f"events with event_type = '{t}'", sql=_count_type(t))
      for t in EVENT_TYPES),
    Feature("purchase_amount", "double", "sum of price over purchase events (0.0 when none)",
            sql="CAST(COALESCE(SUM(CASE WHEN event_type = 'purchase' THEN price END), CAST(0 AS DOUBLE)) AS DOUBLE)"),
    Feature("active_minutes", "bigint", "distinct wall-clock minutes (UTC) with at least one event",
            spark_sql="CAST(size(collect_set(date_trunc('minute', event_time))) AS BIGINT)", jobs=(BATCH,)),
    Feature("span_minutes", "double", "(last event_time - first event_time) in minutes, fractional",
            spark_sql="CAST((unix_micros(max(event_time)) - unix_micros(min(event_time))) / 60000000.0 AS DOUBLE)",
            jobs=(BATCH,)),
    Feature("events_per_session", "double", "event_count / session_count",
            spark_sql="CAST(COUNT(*) / size(collect_set(session_id)) AS DOUBLE)", jobs=(BATCH,)),
    Feature("first_event_time", "timestamp", "earliest event_time", sql="MIN(event_time)", jobs=(BATCH,)),
    Feature("last_event_time", "timestamp", "latest event_time", sql="MAX(event_time)", jobs=(BATCH,)),
)
BY_NAME: dict[str, Feature] = {f.name: f for f in FEATURES}
assert len(BY_NAME) == len(FEATURES), "a feature name is defined twice"


def features_of(job: str) -> tuple[Feature, ...]:
    return tuple(f for f in FEATURES if job in f.jobs)


# Numeric batch features, in order: the model's input (training.py).
NUMERIC_FEATURES = tuple(f.name for f in features_of(BATCH) if f.type in ("bigint", "double"))
STREAMING_FEATURES = tuple(f.name for f in features_of(STREAMING))


def aggregate_sql(engine: str, job: str) -> str:
    """`expr AS name, ...` for the job's features (the SELECT list after the group keys)."""
    return ",\n  ".join(f"{f.expression(engine)} AS {f.name}" for f in features_of(job))


# --- The plain-Python definition --------------------------------------------------------------
def reference(events: Iterable[Mapping], job: str = BATCH) -> dict[str, dict]:
    """Feature values per user_id over `events` (one group: a day or a window), plain Python.

    event_time: a timezone-aware datetime (UTC) or None. Events without user_id are not counted
    (neither engine has a group for them)."""
    groups: dict[str, list[Mapping]] = {}
    for e in events:
        if e.get("user_id") is not None:
            groups.setdefault(e["user_id"], []).append(e)
    out = {}
    for user, evs in groups.items():
        times = [e["event_time"] for e in evs if e.get("event_time") is not None]
        sessions = {e["session_id"] for e in evs if e.get("session_id") is not None}
        first, last = (min(times), max(times)) if times else (None, None)
        values = {
            "event_count": len(evs),
            "session_count": len(sessions),
            "distinct_items": len({e["item_id"] for e in evs if e.get("item_id") is not None}),
            **{f"{t}_count": sum(e.get("event_type") == t for e in evs) for t in EVENT_TYPES},
            "purchase_amount": float(sum(e.get("price") or 0.0 for e in evs if e.get("event_type") == "purchase")),
            "active_minutes": len({t.replace(second=0, microsecond=0) for t in times}),
            "span_minutes": (last - first) / dt.timedelta(minutes=1) if times else None,
            "events_per_session": len(evs) / len(sessions) if sessions else None,
            "first_event_time": first,
            "last_event_time": last,
        }
        assert set(values) == set(BY_NAME), "reference() and FEATURES disagree on the vocabulary"
        out[user] = {f.name: values[f.name] for f in features_of(job)}
    return out
