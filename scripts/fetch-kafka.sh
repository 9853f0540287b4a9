#!/usr/bin/env bash
# Fetches an Apache Kafka broker (kafka_2.13 + runtime deps) from Maven Central into the cache and
# prints the folder holding the jars (use as: java -cp "<dir>/*" kafka.Kafka server.properties).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck disable=SC1091
. "$root/jobs/flink/versions.env"
. "$root/scripts/lib/maven-fetch.sh"
cache=${MLOPS_CACHE:-$HOME/.cache/mlops-platform}
dest="$cache/kafka/kafka_${KAFKA_SCALA_VERSION}-${KAFKA_VERSION}/libs"
maven_fetch "$dest" "$root/tools/maven/kafka/pom.xml" "kafka_${KAFKA_SCALA_VERSION}-${KAFKA_VERSION}.jar" \
  -Dkafka.version="$KAFKA_VERSION" -Dscala.binary.version="$KAFKA_SCALA_VERSION" -DincludeScope=runtime
echo "$dest"
