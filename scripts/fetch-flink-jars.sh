#!/usr/bin/env bash
# Fetches the Flink SQL Kafka connector (shaded, bundles kafka-clients) from Maven Central into the
# cache and prints the jar's path. In the image the same jar goes to /opt/flink/lib.
# Idempotent: a completed fetch is marked with .complete and reused.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck disable=SC1091
. "$root/jobs/flink/versions.env"
cache=${MLOPS_CACHE:-$HOME/.cache/mlops-platform}
dest="$cache/flink-jars/$FLINK_KAFKA_CONNECTOR_VERSION"
jar="$dest/flink-sql-connector-kafka-$FLINK_KAFKA_CONNECTOR_VERSION.jar"
if [ ! -f "$dest/.complete" ]; then
  echo "fetching flink-sql-connector-kafka $FLINK_KAFKA_CONNECTOR_VERSION from Maven Central into $dest" >&2
  tmp="$dest.tmp.$$"
  rm -rf "$tmp"; mkdir -p "$tmp"
  mvn -q -B -Dstyle.color=never -f "$root/tools/maven/flink-connectors/pom.xml" \
    -Dflink.kafka.connector.version="$FLINK_KAFKA_CONNECTOR_VERSION" \
    dependency:copy-dependencies -DexcludeTransitive=true -DoutputDirectory="$tmp" >&2
  ls "$tmp/$(basename "$jar")" >/dev/null
  rm -rf "$dest"; mv "$tmp" "$dest"
  touch "$dest/.complete"
fi
echo "$jar"
