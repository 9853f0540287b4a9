"""Seeded generator of realistic e-commerce click-stream events in the shared event schema.

Schema (shared with the Flink streaming job, see common.EVENT_SCHEMA):
  user_id string, session_id string, item_id string,
  event_type string in {view, click, add_to_cart, purchase},
  price double  -- the item's unit price on `purchase` events, 0.0 on every other event type,
  event_time timestamp (UTC)

Model: each user has a persistent activity level (expected sessions per day, log-normal) and a
persistent purchase propensity (beta); both carry over from day to day, so one day's behaviour
predicts the next day's purchases (what training.py learns). Sessions start uniformly over the
day, events inside a session are seconds to minutes apart and never cross midnight, items follow a
Zipf-like popularity, each item has a fixed price.

Raw layout: parquet under <output-uri>/event_date=YYYY-MM-DD/.

CLI (Spark, works for s3a:// and local paths):
  data_generator.py --output-uri s3a://lake/raw/events --start-date 2026-11-01 --days 2 --users 1000 --seed 42
"""
from __future__ import annotations

import argparse
import datetime as dt

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from common import EVENT_TYPES  # one definition: feature_vocabulary.EVENT_TYPES

MEAN_EVENTS_PER_SESSION = 7.0


def _ids(prefix: str, ints: np.ndarray) -> pa.Array:
    return pc.binary_join_element_wise(prefix, pc.cast(pa.array(ints), pa.string()), "")


def generate_events(n_users: int, start_date: str | dt.date, n_days: int = 1, seed: int = 42,
                    n_items: int = 5000, mean_sessions_per_day: float = 1.0) -> pa.Table:
    """Returns a pyarrow Table in the event schema plus an `event_date` (date) column.

    Expected size: n_users * n_days * mean_sessions_per_day * MEAN_EVENTS_PER_SESSION events.
    Deterministic for a given seed and arguments."""
    if isinstance(start_date, str):
        start_date = dt.date.fromisoformat(start_date)
    rng = np.random.default_rng(seed)
    # Persistent per-user traits.
    activity = rng.lognormal(mean=np.log(mean_sessions_per_day) - 0.5, sigma=1.0, size=n_users)
    propensity = rng.beta(1.2, 10.0, size=n_users)
    item_price = np.round(rng.lognormal(mean=3.0, sigma=0.8, size=n_items), 2)
    item_weights = 1.0 / np.arange(1, n_items + 1) ** 1.1
    item_weights /= item_weights.sum()

    tables = []
    session_offset = 0
    epoch = dt.datetime(1970, 1, 1)
    for d in range(n_days):
        day = start_date + dt.timedelta(days=d)
        day_start_us = int((dt.datetime.combine(day, dt.time()) - epoch).total_seconds()) * 1_000_000
        n_sessions_u = rng.poisson(activity)
        s_user = np.repeat(np.arange(n_users), n_sessions_u)
        n_sess = s_user.size
        if n_sess == 0:
            continue
        s_id = session_offset + np.arange(n_sess)
        session_offset += n_sess
        s_len = 1 + rng.poisson(MEAN_EVENTS_PER_SESSION - 1, size=n_sess)
        s_start = rng.uniform(0, 86_400 - 1, size=n_sess)
        e_sess = np.repeat(np.arange(n_sess), s_len)
        n_ev = e_sess.size
        # Seconds since session start: cumulative exponential gaps (first event at the start).
        gaps = rng.exponential(40.0, size=n_ev)
        first = np.zeros(n_ev, dtype=bool)
        first[np.concatenate(([0], np.cumsum(s_len)[:-1]))] = True
        gaps[first] = 0.0
        csum = np.cumsum(gaps)
        offs = csum - np.repeat(csum[first], s_len)
        secs = np.minimum(s_start[e_sess] + offs, 86_400 - 0.001)  # stay inside the day
        e_user = s_user[e_sess]
        p = propensity[e_user]
        # Event type probabilities depend on the user's purchase propensity.
        p_purchase = 0.02 + 0.35 * p
        p_cart = 0.04 + 0.45 * p
        p_click = np.full(n_ev, 0.25)
        u = rng.random(n_ev)
        etype = np.where(u < p_purchase, 3, np.where(u < p_purchase + p_cart, 2,
                         np.where(u < p_purchase + p_cart + p_click, 1, 0)))
        item = rng.choice(n_items, size=n_ev, p=item_weights)
        price = np.where(etype == 3, item_price[item], 0.0)
        ts_us = day_start_us + np.round(secs * 1_000_000).astype(np.int64)
        order = np.lexsort((ts_us,))
        tables.append(pa.table({
            "user_id": _ids("u", e_user[order]),
            "session_id": _ids("s", s_id[e_sess][order]),
            "item_id": _ids("i", item[order]),
            "event_type": pa.array(np.array(EVENT_TYPES, dtype=object)[etype[order]], pa.string()),
            "price": pa.array(price[order], pa.float64()),
            "event_time": pa.array(ts_us[order], pa.timestamp("us", tz="UTC")),
            "event_date": pa.array([day] * n_ev, pa.date32()),
        }))
    return pa.concat_tables(tables) if tables else pa.table({})


def write_local(table: pa.Table, root: str) -> None:
    """Writes the raw layout <root>/event_date=YYYY-MM-DD/*.parquet with pyarrow (local paths)."""
    import pyarrow.dataset as ds

    ds.write_dataset(table, root, format="parquet",
                     partitioning=ds.partitioning(pa.schema([("event_date", pa.date32())]), flavor="hive"),
                     existing_data_behavior="delete_matching")


def write_spark(spark, table: pa.Table, uri: str) -> None:
    """Writes the raw layout with Spark (any Hadoop filesystem, e.g. s3a://), replacing only the
    generated days' partitions."""
    df = spark.createDataFrame(table)
    (df.write.mode("overwrite").option("partitionOverwriteMode", "dynamic")
       .partitionBy("event_date").parquet(uri))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output-uri", required=True)
    ap.add_argument("--start-date", required=True)
    ap.add_argument("--days", type=int, default=1)
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--items", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("data-generator").getOrCreate()
    t = generate_events(a.users, a.start_date, a.days, a.seed, a.items)
    write_spark(spark, t, a.output_uri)
    print(f"wrote {t.num_rows} events for {a.days} day(s) from {a.start_date} to {a.output_uri}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
