"""Pure-Python checks of the job's configuration surface (no JVM)."""
import logging

import pytest

import user_activity_features as job

SECRET = 'p@ss"w\\rd'


def test_default_is_plaintext_without_sasl():
    assert job.kafka_security_options({}) == {"properties.security.protocol": "PLAINTEXT"}


def test_strimzi_scram_over_tls_maps_to_connector_properties():
    env = {
        "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
        "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "KAFKA_SASL_USERNAME": "flink-features",
        "KAFKA_SASL_PASSWORD": SECRET,
        "KAFKA_SSL_TRUSTSTORE_PATH": "/etc/kafka-ca/ca.crt",
    }
    opts = job.kafka_security_options(env)
    assert opts == {
        "properties.security.protocol": "SASL_SSL",
        "properties.sasl.mechanism": "SCRAM-SHA-512",
        # kafka-clients is relocated inside flink-sql-connector-kafka: JAAS names the shaded class
        "properties.sasl.jaas.config": "org.apache.flink.kafka.shaded.org.apache.kafka.common.security.scram."
        'ScramLoginModule required username="flink-features" password="p@ss\\"w\\\\rd";',
        "properties.ssl.truststore.type": "PEM",
        "properties.ssl.truststore.location": "/etc/kafka-ca/ca.crt",
    }


def test_shaded_login_module_exists_in_connector_jar(connector_jar):
    import zipfile

    names = set(zipfile.ZipFile(connector_jar).namelist())
    for cls in (job.SCRAM_LOGIN_MODULE, job.PLAIN_LOGIN_MODULE):
        assert cls.replace(".", "/") + ".class" in names


def test_sasl_defaults_to_scram_sha_512_and_requires_credentials():
    opts = job.kafka_security_options(
        {"KAFKA_SECURITY_PROTOCOL": "sasl_ssl", "KAFKA_SASL_USERNAME": "u", "KAFKA_SASL_PASSWORD": "p"}
    )
    assert opts["properties.sasl.mechanism"] == "SCRAM-SHA-512"
    assert "properties.ssl.truststore.location" not in opts  # JVM default truststore then
    with pytest.raises(ValueError, match="KAFKA_SASL_PASSWORD"):
        job.kafka_security_options({"KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_USERNAME": "u"})


@pytest.mark.parametrize("env,match", [
    ({"KAFKA_SECURITY_PROTOCOL": "TLS"}, "KAFKA_SECURITY_PROTOCOL"),
    ({"KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_MECHANISM": "GSSAPI",
      "KAFKA_SASL_USERNAME": "u", "KAFKA_SASL_PASSWORD": "p"}, "KAFKA_SASL_MECHANISM"),
])
def test_invalid_security_settings_are_rejected(env, match):
    with pytest.raises(ValueError, match=match):
        job.kafka_security_options(env)


def test_ssl_only_uses_pem_truststore_without_sasl():
    opts = job.kafka_security_options({"KAFKA_SECURITY_PROTOCOL": "SSL", "KAFKA_SSL_TRUSTSTORE_PATH": "/ca.crt"})
    assert opts == {"properties.security.protocol": "SSL", "properties.ssl.truststore.type": "PEM",
                    "properties.ssl.truststore.location": "/ca.crt"}


def test_cli_args_map_to_source_and_sink_options_and_password_is_never_logged(caplog):
    a = job.parse_args([
        "--bootstrap-servers", "kafka-kafka-bootstrap.data-plane:9093", "--source-topic", "raw",
        "--sink-topic", "features", "--rejects-topic", "rejects", "--group-id", "g", "--transactional-id-prefix", "tx",
        "--window-size-seconds", "600", "--window-slide-seconds", "120", "--max-out-of-orderness-seconds", "15",
        "--stop-at-offsets", "partition:0,offset:10",
    ])
    env = {"KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_USERNAME": "u", "KAFKA_SASL_PASSWORD": SECRET,
           "KAFKA_SSL_TRUSTSTORE_PATH": "/ca.crt"}
    src, snk = job.source_options(a, env), job.sink_options(a, env)
    assert src["topic"] == "raw" and src["properties.group.id"] == "g"
    assert src["properties.isolation.level"] == "read_committed"
    assert src["scan.bounded.mode"] == "specific-offsets"
    assert src["scan.bounded.specific-offsets"] == "partition:0,offset:10"
    assert snk["topic"] == "features"
    assert snk["sink.delivery-guarantee"] == "exactly-once"
    assert snk["sink.transactional-id-prefix"] == "tx"
    assert int(snk["properties.transaction.timeout.ms"]) <= 15 * 60 * 1000  # broker transaction.max.timeout.ms
    rej = job.rejects_options(a, env)
    assert rej["topic"] == "rejects" and rej["sink.delivery-guarantee"] == "exactly-once"
    assert rej["sink.transactional-id-prefix"].startswith("tx") and rej["sink.transactional-id-prefix"] != "tx"
    assert src["value.format"] == "raw"  # parsed in SQL, so bad records are counted, not skipped
    for opts in (src, snk, rej):
        assert opts["properties.security.protocol"] == "SASL_SSL"
        assert 'password="p@ss\\"w\\\\rd"' in opts["properties.sasl.jaas.config"]
        assert "p@ss" not in repr(job.redacted(opts))
    assert job.window_from_args(a) == job.WindowSpec(600, 120, 15)
    with caplog.at_level(logging.DEBUG):
        job.log.info("source options: %s", job.redacted(src))
    assert "p@ss" not in caplog.text


def test_window_spec_validation_and_interval_literals():
    with pytest.raises(ValueError, match="multiple"):
        job.WindowSpec(100, 30, 0)
    with pytest.raises(ValueError):
        job.WindowSpec(0, 0, 0)
    assert job._interval(300) == "INTERVAL '0 00:05:00' DAY TO SECOND"
    assert job._interval(90061) == "INTERVAL '1 01:01:01' DAY TO SECOND"
    sql = job.feature_sql("ev", job.WindowSpec(300, 60, 5))
    assert "HOP(TABLE ev, DESCRIPTOR(event_ts), INTERVAL '0 00:01:00' DAY TO SECOND, " \
           "INTERVAL '0 00:05:00' DAY TO SECOND)" in sql
