#!/usr/bin/env bash
# Fetches the Flink SQL Kafka connector (shaded, bundles kafka-clients) from Maven Central into the
# cache and prints the jar's path. In the image the same jar goes to /opt/flink/lib.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck disable=SC1091
. "$root/jobs/flink/versions.env"
. "$root/scripts/lib/maven-fetch.sh"
cache=${MLOPS_CACHE:-$HOME/.cache/mlops-platform}
dest="$cache/flink-jars/$FLINK_KAFKA_CONNECTOR_VERSION"
jar="flink-sql-connector-kafka-$FLINK_KAFKA_CONNECTOR_VERSION.jar"
maven_fetch "$dest" "$root/tools/maven/flink-connectors/pom.xml" "$jar" \
  -Dflink.kafka.connector.version="$FLINK_KAFKA_CONNECTOR_VERSION" -DexcludeTransitive=true
echo "$dest/$jar"
