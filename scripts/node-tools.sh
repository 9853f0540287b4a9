#!/usr/bin/env bash
# Installs the pinned Node tooling (package-lock.json: cdk8s-cli, for `cdk8s import` and `cdk8s synth`)
# into node_modules/ with `npm ci`, once per lock change, and prints node_modules/.bin.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp="node_modules/.installed-$(sha256sum package-lock.json | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  npm ci --no-audit --no-fund --silent >&2
  touch "$stamp"
fi
echo "$PWD/node_modules/.bin"
