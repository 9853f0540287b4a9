#!/usr/bin/env bash
# Fetches the jars Spark needs for s3a:// (hadoop-aws + AWS SDK v2 modules, versions in
# tools/maven/spark-s3a/pom.xml) from Maven Central into a cache folder and prints that folder.
# The folder is keyed by the pom's hash, so a changed pin fetches a new set.
# Usage: scripts/fetch-spark-jars.sh [DEST]   (default ${MLOPS_CACHE:-~/.cache/mlops-platform}/spark-jars/<hash>)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pom="$root/tools/maven/spark-s3a/pom.xml"
. "$root/scripts/lib/maven-fetch.sh"
cache=${MLOPS_CACHE:-$HOME/.cache/mlops-platform}
hash=$(sha256sum "$pom" | cut -c1-12)
dest=${1:-$cache/spark-jars/$hash}
maven_fetch "$dest" "$pom" "hadoop-aws-*.jar"
echo "$dest"
