"""Benchmark (not a test): the feature engineering job in Spark local[2] vs the same aggregation in DuckDB.

  $(scripts/venv.sh spark)/bin/python bench/bench_spark_features.py [--sizes 1000000,10000000] [--threads 2]

For each size: generates one day of events with jobs/spark/data_generator.py (seeded) into local
parquet (raw layout), then times, in the same run,
  spark : compute_features(read_events(...)) + write_features(...) (the job's code path, local[2]),
  duckdb: the same per-user aggregation from the same parquet files, COPY to parquet (threads=N).
Spark is warmed up first on a small day (JVM start and codegen excluded); each engine runs
--repeat times per size and the best time is reported. Both outputs are checked to
agree (users, total events, total purchase amount). Prints a table and the spark/duckdb time ratio.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "jobs" / "spark"))

import data_generator  # noqa: E402

DAY = "2026-11-01"

DUCKDB_SQL = """
COPY (
  SELECT user_id,
         count(*) AS event_count,
         count(DISTINCT session_id) AS session_count,
         count(DISTINCT item_id) AS distinct_items,
         count(*) FILTER (WHERE event_type = 'view') AS view_count,
         count(*) FILTER (WHERE event_type = 'click') AS click_count,
         count(*) FILTER (WHERE event_type = 'add_to_cart') AS add_to_cart_count,
         count(*) FILTER (WHERE event_type = 'purchase') AS purchase_count,
         coalesce(sum(price) FILTER (WHERE event_type = 'purchase'), 0.0) AS purchase_amount,
         count(DISTINCT date_trunc('minute', event_time)) AS active_minutes,
         (epoch_us(max(event_time)) - epoch_us(min(event_time))) / 60000000.0 AS span_minutes,
         count(*) / count(DISTINCT session_id) AS events_per_session,
         min(event_time) AS first_event_time,
         max(event_time) AS last_event_time,
         '{day}' AS run_date
  FROM read_parquet('{raw}/event_date={day}/*.parquet')
  GROUP BY user_id
) TO '{out}' (FORMAT parquet)
"""


def make_day(n_events: int, root: Path) -> int:
    users = max(1, round(n_events / data_generator.MEAN_EVENTS_PER_SESSION))  # ~1 session/user/day
    table = data_generator.generate_events(users, DAY, n_days=1, seed=1)
    data_generator.write_local(table, str(root))
    return table.num_rows


def bench_spark(spark, raw: Path, out: Path):
    import feature_engineering as fe
    from pyspark.sql import functions as F

    t0 = time.perf_counter()
    fe.write_features(fe.compute_features(fe.read_events(spark, str(raw), DAY), DAY), str(out))
    secs = time.perf_counter() - t0
    r = spark.read.parquet(str(out)).agg(F.count("*"), F.sum("event_count"), F.sum("purchase_amount")).collect()[0]
    return secs, (r[0], r[1], r[2])


def bench_duckdb(raw: Path, out: Path, threads: int):
    import duckdb

    con = duckdb.connect()
    con.execute(f"SET threads = {threads}")
    con.execute("SET TimeZone = 'UTC'")
    t0 = time.perf_counter()
    con.execute(DUCKDB_SQL.format(raw=raw, day=DAY, out=out))
    secs = time.perf_counter() - t0
    r = con.execute(f"SELECT count(*), sum(event_count), sum(purchase_amount) FROM read_parquet('{out}')").fetchone()
    return secs, r


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000000,10000000")
    ap.add_argument("--threads", type=int, default=2, help="DuckDB threads (Spark runs local[2])")
    ap.add_argument("--driver-memory", default="6g")
    ap.add_argument("--shuffle-partitions", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=2, help="timed runs per engine and size; the best is reported")
    a = ap.parse_args(argv)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master("local[2]").appName("bench-features")
             .config("spark.driver.memory", a.driver_memory)
             .config("spark.sql.session.timeZone", "UTC")
             # local[2]: 8 shuffle partitions instead of 200 (on a cluster the SparkApplication sets it)
             .config("spark.sql.shuffle.partitions", str(a.shuffle_partitions))
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    work = Path(tempfile.mkdtemp(prefix="bench-spark-"))
    rows = []
    try:
        warm = work / "warm"
        make_day(50_000, warm / "raw")
        bench_spark(spark, warm / "raw", warm / "out")
        for size in (int(s) for s in a.sizes.split(",")):
            d = work / str(size)
            t0 = time.perf_counter()
            n = make_day(size, d / "raw")
            gen = time.perf_counter() - t0
            s_runs = [bench_spark(spark, d / "raw", d / "spark-out") for _ in range(a.repeat)]
            d_runs = []
            for i in range(a.repeat):
                d_runs.append(bench_duckdb(d / "raw", d / f"duckdb-{i}.parquet", a.threads))
            s_secs, s_res = min(s_runs)
            d_secs, d_res = min(d_runs)
            ok = s_res[0] == d_res[0] and s_res[1] == d_res[1] == n and abs(s_res[2] - d_res[2]) < 1e-6 * max(1, d_res[2])
            rows.append((n, s_res[0], gen, s_secs, d_secs, ok))
            print(f"... {n} events done (spark {s_secs:.1f}s, duckdb {d_secs:.1f}s)", file=sys.stderr, flush=True)
            shutil.rmtree(d)
    finally:
        spark.stop()
        shutil.rmtree(work, ignore_errors=True)

    print(f"\nfeature engineering, one day, local[2] vs DuckDB threads={a.threads} (load avg {os.getloadavg()[0]:.1f})")
    print(f"{'events':>11} {'users':>9} {'gen s':>6} {'spark s':>8} {'spark ev/s':>11} {'duckdb s':>9} "
          f"{'duckdb ev/s':>12} {'ratio':>6} {'same':>5}")
    for n, users, gen, s, d, ok in rows:
        print(f"{n:>11,} {users:>9,} {gen:>6.1f} {s:>8.2f} {n / s:>11,.0f} {d:>9.2f} {n / d:>12,.0f} "
              f"{s / d:>6.2f} {ok!s:>5}")
    return 0 if all(r[-1] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
