"""User-activity features: raw events (Kafka, JSON) -> sliding-window aggregates per user -> Kafka.

Runs as a PyFlink 2.2 job (Table API/SQL only, no Python UDFs, so everything executes in the JVM):

    flink run -py user_activity_features.py --bootstrap-servers ... (or PythonDriver -py ... in the operator)

Semantics
- Event time is the event's ``event_time`` (ISO-8601 UTC with milliseconds, e.g. 2026-11-01T12:00:00.123Z).
  Watermarks: bounded out-of-orderness of ``--max-out-of-orderness-seconds`` (watermark = max seen
  event time - bound - 1 ms, per Kafka partition, the minimum across partitions).
- Windows: HOP (sliding) windows of ``--window-size-seconds`` advancing by ``--window-slide-seconds``,
  aligned to the epoch, keyed by user_id. A window [start, end) is emitted once, when the watermark
  reaches end - 1 ms. Windows are final: no updates, no retractions.
- Late events: an event arriving after the watermark has passed the end of a window is not counted
  in that window (it still counts in the windows containing it that have not fired yet); an event
  whose every window has fired is dropped. To tolerate more lateness raise
  --max-out-of-orderness-seconds (it delays every window by the same amount).
- Bad records are counted, never silently skipped: a record that is not a JSON object, lacks
  user_id, or has no event_time in ISO-8601 UTC with milliseconds is written with its reason
  ({"payload", "reason"}) to --rejects-topic (exactly-once, like the features). A field of another
  JSON type than declared (e.g. a non-numeric price) reads as NULL.
- Delivery: checkpointing in EXACTLY_ONCE mode + transactional Kafka producer
  (sink.delivery-guarantee=exactly-once); results become visible when the checkpoint that covers
  them completes. Readers of the features topic must use isolation.level=read_committed.

Security comes from the environment (Strimzi TLS listener + SCRAM-SHA-512 KafkaUser), see
kafka_security_options(). Checkpoint storage comes from the Flink configuration
(execution.checkpointing.dir), not from this job.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

try:  # the one feature vocabulary, shared with the Spark job (copied next to this file in the image)
    import feature_vocabulary as vocab
except ModuleNotFoundError:  # repository layout: jobs/shared/ beside jobs/flink/
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "shared"))
    import feature_vocabulary as vocab

log = logging.getLogger("user_activity_features")

# Kafka clients are relocated inside flink-sql-connector-kafka, so JAAS must name the shaded class.
SHADED_KAFKA = "org.apache.flink.kafka.shaded."
SCRAM_LOGIN_MODULE = SHADED_KAFKA + "org.apache.kafka.common.security.scram.ScramLoginModule"
PLAIN_LOGIN_MODULE = SHADED_KAFKA + "org.apache.kafka.common.security.plain.PlainLoginModule"

EVENT_TYPES = vocab.EVENT_TYPES

# Event schema shared with the Spark batch jobs (feature_vocabulary.EVENT_FIELDS). event_time is an
# ISO-8601 UTC string in the JSON; the json format parses it straight into TIMESTAMP_LTZ(3)
# (json.timestamp-format.standard=ISO-8601).
_SQL_TYPES = {"string": "STRING", "double": "DOUBLE", "bigint": "BIGINT", "timestamp": "TIMESTAMP_LTZ(3)"}
EVENT_COLUMNS = tuple((name, _SQL_TYPES[t]) for name, t in vocab.EVENT_FIELDS)

# The features topic's value schema: the window, then the streaming features of the vocabulary
# (same names and definitions as the batch features, over a window instead of a UTC day).
FEATURE_COLUMNS = (
    ("user_id", "STRING"),
    ("window_start", "STRING"),
    ("window_end", "STRING"),
    *((f.name, _SQL_TYPES[f.type]) for f in vocab.features_of(vocab.STREAMING)),
)

ROWTIME = "event_ts"
ISO_MILLIS_UTC = "yyyy-MM-dd''T''HH:mm:ss.SSS''Z''"


@dataclass(frozen=True)
class WindowSpec:
    size_seconds: int = 300
    slide_seconds: int = 60
    max_out_of_orderness_seconds: int = 10

    def __post_init__(self) -> None:
        if self.size_seconds <= 0 or self.slide_seconds <= 0:
            raise ValueError("window size and slide must be positive")
        if self.size_seconds % self.slide_seconds:
            raise ValueError(
                f"window size ({self.size_seconds}s) must be a multiple of the slide ({self.slide_seconds}s)"
            )
        if self.max_out_of_orderness_seconds < 0:
            raise ValueError("max out-of-orderness must be >= 0")


def _interval(seconds: int) -> str:
    # 'n' SECOND has a leading precision of 2 digits ('300' SECOND is rejected) and the planner
    # refuses wider precisions, so spell it as a DAY TO SECOND literal (up to 99 days).
    s = int(seconds)
    return f"INTERVAL '{s // 86400} {s % 86400 // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}' DAY TO SECOND"


# The source reads each record's bytes as one string (format `raw`) and parses it in SQL, so that a
# record it cannot use is not silently skipped (as json.ignore-parse-errors would) but counted: it
# goes, with the reason, to the rejected-events topic (build_rejects_query).
PAYLOAD = "payload"


def _parsed(name: str, sql_type: str) -> str:
    """The event field `name` parsed from the JSON payload (NULL when absent or unparsable)."""
    path = f"'$.{name}'"
    if sql_type == "STRING":
        return f"JSON_VALUE({PAYLOAD}, {path})"
    if sql_type == "DOUBLE":
        return f"JSON_VALUE({PAYLOAD}, {path} RETURNING DOUBLE)"
    if sql_type == "TIMESTAMP_LTZ(3)":  # ISO-8601 UTC with milliseconds; read in the UTC session zone
        return f"CAST(TO_TIMESTAMP(JSON_VALUE({PAYLOAD}, {path}), '{ISO_MILLIS_UTC}') AS TIMESTAMP_LTZ(3))"
    raise ValueError(f"no parser for {sql_type}")


def event_schema(window: WindowSpec):
    """Schema of an event source: the raw payload, the shared event columns parsed from it, the
    rowtime and its watermark.

    The rowtime ``event_ts`` is event_time, or the epoch when event_time is missing: the watermark
    assigner rejects a null rowtime (one bad record would fail the job), and an epoch timestamp
    never raises the watermark; build_feature_query() filters those records out before windowing
    and build_rejects_query() reports them.
    """
    from pyflink.table import DataTypes, Schema

    b = Schema.new_builder()
    b.column(PAYLOAD, DataTypes.STRING())
    for name, t in EVENT_COLUMNS:
        b.column_by_expression(name, _parsed(name, t))
    b.column_by_expression(ROWTIME, f"COALESCE({_parsed('event_time', 'TIMESTAMP_LTZ(3)')}, TO_TIMESTAMP_LTZ(0, 3))")
    b.watermark(ROWTIME, f"{ROWTIME} - {_interval(window.max_out_of_orderness_seconds)}")
    return b.build()


# Why a record is not used (NULL: it is). Columns: the parsed event fields of event_schema().
REJECT_REASON_SQL = f"""CASE
    WHEN {PAYLOAD} IS NULL OR NOT ({PAYLOAD} IS JSON OBJECT) THEN 'not a JSON object'
    WHEN user_id IS NULL THEN 'user_id missing'
    WHEN event_time IS NULL THEN 'event_time missing or not ISO-8601 UTC with milliseconds'
  END"""
REJECT_COLUMNS = (("payload", "STRING"), ("reason", "STRING"))
SOURCE_FORMAT = "raw"


def feature_sql(source_table: str, window: WindowSpec) -> str:
    """The one aggregation, as SQL over a table with the event schema and the rowtime event_ts."""
    return f"""
SELECT
  user_id,
  DATE_FORMAT(window_start, '{ISO_MILLIS_UTC}') AS window_start,
  DATE_FORMAT(window_end, '{ISO_MILLIS_UTC}') AS window_end,
  {vocab.aggregate_sql("flink", vocab.STREAMING)}
FROM TABLE(
  HOP(TABLE {source_table}, DESCRIPTOR({ROWTIME}), {_interval(window.slide_seconds)}, {_interval(window.size_seconds)})
)
GROUP BY user_id, window_start, window_end
"""


def build_feature_query(t_env, source_table: str, window: WindowSpec):
    """Returns the feature Table for `source_table` (any table with the event schema + watermark).

    Used unchanged by the Kafka pipeline and by the tests on bounded sources.
    """
    t_env.get_config().set("table.local-time-zone", "UTC")
    valid = f"{source_table}__valid"
    t_env.create_temporary_view(
        valid, t_env.sql_query(f"SELECT * FROM {source_table} WHERE ({REJECT_REASON_SQL}) IS NULL"))
    return t_env.sql_query(feature_sql(valid, window))


def build_rejects_query(t_env, source_table: str):
    """The records of `source_table` the features do not use, each with its reason (the dead-letter output)."""
    t_env.get_config().set("table.local-time-zone", "UTC")
    return t_env.sql_query(
        f"SELECT {PAYLOAD} AS payload, reason FROM "
        f"(SELECT {PAYLOAD}, {REJECT_REASON_SQL} AS reason FROM {source_table}) WHERE reason IS NOT NULL")


# ---------------------------------------------------------------------------------------------
# Kafka connection settings
# ---------------------------------------------------------------------------------------------
def _jaas_quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def kafka_security_options(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """Maps KAFKA_* environment variables to Kafka connector `properties.*` options.

    KAFKA_SECURITY_PROTOCOL   PLAINTEXT (default) | SSL | SASL_PLAINTEXT | SASL_SSL
    KAFKA_SASL_MECHANISM      SCRAM-SHA-512 (default when SASL) | SCRAM-SHA-256 | PLAIN
    KAFKA_SASL_USERNAME / KAFKA_SASL_PASSWORD   from the Strimzi KafkaUser Secret
    KAFKA_SSL_TRUSTSTORE_PATH PEM file (Strimzi cluster CA ca.crt); ssl.truststore.type=PEM
    """
    env = os.environ if env is None else env
    protocol = (env.get("KAFKA_SECURITY_PROTOCOL") or "PLAINTEXT").strip().upper()
    allowed = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
    if protocol not in allowed:
        raise ValueError(f"KAFKA_SECURITY_PROTOCOL={protocol!r} is not one of {', '.join(allowed)}")
    opts = {"properties.security.protocol": protocol}
    if protocol.startswith("SASL_"):
        mechanism = (env.get("KAFKA_SASL_MECHANISM") or "SCRAM-SHA-512").strip().upper()
        if mechanism in ("SCRAM-SHA-512", "SCRAM-SHA-256"):
            module = SCRAM_LOGIN_MODULE
        elif mechanism == "PLAIN":
            module = PLAIN_LOGIN_MODULE
        else:
            raise ValueError(f"KAFKA_SASL_MECHANISM={mechanism!r} is not supported")
        user, password = env.get("KAFKA_SASL_USERNAME"), env.get("KAFKA_SASL_PASSWORD")
        if not user or not password:
            raise ValueError(f"{protocol} needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD")
        opts["properties.sasl.mechanism"] = mechanism
        opts["properties.sasl.jaas.config"] = (
            f"{module} required username={_jaas_quote(user)} password={_jaas_quote(password)};"
        )
    if protocol in ("SSL", "SASL_SSL"):
        truststore = env.get("KAFKA_SSL_TRUSTSTORE_PATH")
        if truststore:
            opts["properties.ssl.truststore.type"] = "PEM"
            opts["properties.ssl.truststore.location"] = truststore
    return opts


def redacted(options: Mapping[str, str]) -> dict[str, str]:
    """Options safe to log: the JAAS line (which holds the password) is masked."""
    return {k: ("******" if "jaas" in k or "password" in k else v) for k, v in options.items()}


# ---------------------------------------------------------------------------------------------
# Pipeline
# ---------------------------------------------------------------------------------------------
def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--bootstrap-servers", required=True)
    p.add_argument("--source-topic", default="raw-events")
    p.add_argument("--sink-topic", default="user-activity-features")
    p.add_argument("--rejects-topic", required=True,
                   help="dead-letter topic: every source record the features do not use, with the reason")
    p.add_argument("--group-id", default="user-activity-features")
    p.add_argument("--transactional-id-prefix", default="user-activity-features")
    p.add_argument("--window-size-seconds", type=int, default=300)
    p.add_argument("--window-slide-seconds", type=int, default=60)
    p.add_argument("--max-out-of-orderness-seconds", type=int, default=10)
    p.add_argument("--idle-timeout-seconds", type=int, default=30,
                   help="a source partition without events for this long stops holding back the watermark (0: never)")
    p.add_argument("--startup-mode", default="group-offsets",
                   choices=["group-offsets", "earliest-offset", "latest-offset"],
                   help="where to start without a checkpoint (group-offsets falls back to earliest)")
    p.add_argument("--stop-at-offsets", default=None,
                   help="bounded run: stop at these source offsets, e.g. 'partition:0,offset:100;partition:1,offset:80'; "
                        "'latest' stops at the offsets current at start")
    p.add_argument("--parallelism", type=int, default=None)
    p.add_argument("--checkpoint-interval-seconds", type=float, default=30.0)
    p.add_argument("--transaction-timeout-seconds", type=int, default=600,
                   help="must not exceed the broker's transaction.max.timeout.ms (15 min by default)")
    p.add_argument("--jars", default=None,
                   help="extra jars (file:// URLs, ';'-separated) for pipeline.jars; the image has the connector in lib/")
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def window_from_args(a: argparse.Namespace) -> WindowSpec:
    return WindowSpec(a.window_size_seconds, a.window_slide_seconds, a.max_out_of_orderness_seconds)


def source_options(a: argparse.Namespace, env: Mapping[str, str] | None = None) -> dict[str, str]:
    opts = {
        "topic": a.source_topic,
        "properties.bootstrap.servers": a.bootstrap_servers,
        "properties.group.id": a.group_id,
        "properties.isolation.level": "read_committed",
        "properties.auto.offset.reset": "earliest",
        "scan.startup.mode": a.startup_mode,
        "value.format": SOURCE_FORMAT,
    }
    if a.stop_at_offsets == "latest":
        opts["scan.bounded.mode"] = "latest-offset"
    elif a.stop_at_offsets:
        opts["scan.bounded.mode"] = "specific-offsets"
        opts["scan.bounded.specific-offsets"] = a.stop_at_offsets
    opts.update(kafka_security_options(env))
    return opts


def _exactly_once_sink(a: argparse.Namespace, topic: str, transactional_id_prefix: str,
                       formats: Mapping[str, str], env: Mapping[str, str] | None) -> dict[str, str]:
    """A transactional Kafka sink; each sink needs its own transactional-id prefix."""
    opts = {
        "topic": topic,
        "properties.bootstrap.servers": a.bootstrap_servers,
        "properties.transaction.timeout.ms": str(a.transaction_timeout_seconds * 1000),
        "sink.delivery-guarantee": "exactly-once",
        "sink.transactional-id-prefix": transactional_id_prefix,
        **formats,
    }
    opts.update(kafka_security_options(env))
    return opts


def sink_options(a: argparse.Namespace, env: Mapping[str, str] | None = None) -> dict[str, str]:
    formats = {"key.format": "json", "key.fields": "user_id", "value.format": "json", "value.fields-include": "ALL"}
    return _exactly_once_sink(a, a.sink_topic, a.transactional_id_prefix, formats, env)


REJECTS_TRANSACTIONAL_SUFFIX = "-rejects"  # each exactly-once sink needs its own transactional-id prefix


def rejects_options(a: argparse.Namespace, env: Mapping[str, str] | None = None) -> dict[str, str]:
    # within the job's prefix, so the KafkaUser's prefix ACL on transactionalIds covers it
    prefix = a.transactional_id_prefix + REJECTS_TRANSACTIONAL_SUFFIX
    return _exactly_once_sink(a, a.rejects_topic, prefix, {"value.format": "json"}, env)


def configure(t_env, a: argparse.Namespace) -> None:
    c = t_env.get_config()
    c.set("table.local-time-zone", "UTC")
    c.set("execution.checkpointing.interval", f"{int(a.checkpoint_interval_seconds * 1000)} ms")
    c.set("execution.checkpointing.mode", "EXACTLY_ONCE")
    if a.idle_timeout_seconds:
        c.set("table.exec.source.idle-timeout", f"{a.idle_timeout_seconds} s")
    if a.parallelism:
        c.set("parallelism.default", str(a.parallelism))
    if a.jars:
        c.set("pipeline.jars", a.jars)


def build_pipeline(t_env, a: argparse.Namespace, env: Mapping[str, str] | None = None):
    """Registers source and sink and returns the StatementSet (not yet executed)."""
    from pyflink.table import DataTypes, Schema, TableDescriptor

    window = window_from_args(a)
    configure(t_env, a)
    src = source_options(a, env)
    snk = sink_options(a, env)
    log.info("source options: %s", redacted(src))
    log.info("sink options: %s", redacted(snk))

    types = {"STRING": DataTypes.STRING(), "BIGINT": DataTypes.BIGINT(), "DOUBLE": DataTypes.DOUBLE()}

    def register(name: str, schema, options: Mapping[str, str]) -> None:
        descriptor = TableDescriptor.for_connector("kafka").schema(schema)
        for key, value in options.items():
            descriptor = descriptor.option(key, value)
        t_env.create_temporary_table(name, descriptor.build())

    def columns(spec) -> Schema:
        builder = Schema.new_builder()
        for name, sql_type in spec:
            builder.column(name, types[sql_type])
        return builder.build()

    rejects = rejects_options(a, env)
    log.info("rejects options: %s", redacted(rejects))
    register("raw_events", event_schema(window), src)
    register("user_activity_features", columns(FEATURE_COLUMNS), snk)
    register("rejected_events", columns(REJECT_COLUMNS), rejects)

    stmt = t_env.create_statement_set()
    stmt.add_insert("user_activity_features", build_feature_query(t_env, "raw_events", window))
    stmt.add_insert("rejected_events", build_rejects_query(t_env, "raw_events"))
    return stmt


def create_table_env():
    from pyflink.table import EnvironmentSettings, TableEnvironment

    return TableEnvironment.create(EnvironmentSettings.in_streaming_mode())


def main(argv: Sequence[str] | None = None) -> int:
    a = parse_args(argv)
    logging.basicConfig(level=a.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    log.info("window: %s", window_from_args(a))
    t_env = create_table_env()
    result = build_pipeline(t_env, a).execute()
    client = result.get_job_client()
    log.info("submitted job %s", client.get_job_id() if client else "?")
    # Bounded runs (and local runs) wait for the end; in application mode this blocks like any driver.
    result.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
