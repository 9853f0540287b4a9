#!/usr/bin/env bash
# Fetches an Apache Kafka broker (kafka_2.13 + runtime deps) from Maven Central into the cache and
# prints the folder holding the jars (use as: java -cp "<dir>/*" kafka.Kafka server.properties).
# Idempotent: a completed fetch is marked with .complete and reused.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck disable=SC1091
. "$root/jobs/flink/versions.env"
cache=${MLOPS_CACHE:-$HOME/.cache/mlops-platform}
dest="$cache/kafka/kafka_${KAFKA_SCALA_VERSION}-${KAFKA_VERSION}/libs"
if [ ! -f "$dest/.complete" ]; then
  echo "fetching Kafka $KAFKA_VERSION from Maven Central into $dest" >&2
  tmp="$dest.tmp.$$"
  rm -rf "$tmp"; mkdir -p "$tmp"
  mvn -q -B -Dstyle.color=never -f "$root/tools/maven/kafka/pom.xml" \
    -Dkafka.version="$KAFKA_VERSION" -Dscala.binary.version="$KAFKA_SCALA_VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" >&2
  ls "$tmp"/kafka_"$KAFKA_SCALA_VERSION"-"$KAFKA_VERSION".jar >/dev/null
  rm -rf "$dest"; mv "$tmp" "$dest"
  touch "$dest/.complete"
fi
echo "$dest"
