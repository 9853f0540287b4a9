#!/usr/bin/env bash
# Installs what the Argo CD tier (tests/argocd) runs, built from the Go module proxy and cached
# outside the repo, and prints the bin directory as the last line of stdout:
#
#   argocd  the Argo CD v3 binary (application-controller / repo-server via ARGOCD_BINARY_NAME)
#   helm    Helm v3, the binary the Argo CD repo-server execs (`helm template`); argo-cd
#           v3.4.4 ships helm3_version=3.19.4 (hack/tool-versions.sh) in its image. A separate
#           pin from the project's Helm 4 CLI.
#   kwok    fakes nodes and pod readiness so Deployments become Available and waves progress;
#           its upstream `fast` stages (node-initialize, node-heartbeat-with-lease, pod-ready,
#           pod-complete, pod-delete: kustomize/stage/ in the kwok module) are copied to
#           <cache>/tools/kwok-<version>/stages/, since kwok run without kwokctl has no stages
#   redis-server  Debian's package (apt-get install when absent and running as root)
#
#   PATH="$(scripts/install-argocd-tools.sh):$PATH"
#   scripts/install-argocd-tools.sh --check   # install if absent, then print and verify versions
#
# Pins: tools/versions.env (ARGOCD_VERSION, ARGOCD_HELM_VERSION, KWOK_VERSION). Each tool is
# built only when ${MLOPS_CACHE}/tools/<name>-<version>/bin/<name> is absent; concurrent callers
# serialise on a lock per tool; builds land atomically. Cold: argocd ~4-8 min on 2 cores.
#
# argocd: github.com/argoproj/argo-cd/v3 is served by the Go module proxy, but its go.mod has
# `replace github.com/argoproj/argo-cd/gitops-engine => ./gitops-engine`, a nested module that
# is neither in the module zip nor on the proxy. Its source (argoproj/argo-cd at the same tag,
# folder gitops-engine/, unchanged) must be supplied as a directory: ARGOCD_GITOPS_ENGINE_SRC,
# default ../shared/gomods/argo-cd-gitops-engine-<version> beside the repository (a build input
# mirror, never committed). We build in a throw-away wrapper module that requires argo-cd at the
# pin and copies argo-cd's own replace block (k8s.io/* pins etc.) with only the gitops-engine
# path changed, so the dependency graph is upstream's.
#
# Env: MLOPS_CACHE (default ~/.cache/mlops-platform), GO (default go on PATH, else
# /usr/local/go/bin/go), ARGOCD_GITOPS_ENGINE_SRC.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
mode=install
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  -h|--help) sed -n '2,33p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

# read_pin, log, cache/tools/GO, with_lock: scripts/lib/pins.sh
PINS_WHO=install-argocd-tools
# shellcheck source=scripts/lib/pins.sh
. "$root/scripts/lib/pins.sh"
ARGOCD_VERSION=$(read_pin ARGOCD_VERSION)
ARGOCD_HELM_VERSION=$(read_pin ARGOCD_HELM_VERSION)
KWOK_VERSION=$(read_pin KWOK_VERSION)

mod_field() {  # mod_field JSON FIELD -> value of "FIELD": "..." in `go mod download -json` output
  printf '%s\n' "$1" | sed -n "s/^[[:space:]]*\"$2\": \"\(.*\)\",\{0,1\}\$/\1/p"
}
release_time() {  # the proxy's release time of MODULE@VERSION (reproducible build date)
  local info
  info=$(mod_field "$("$GO" mod download -json "$1@$2")" Info)
  sed -n 's/.*"Time":"\([^"]*\)".*/\1/p' "$info"
}

# A module without replace directives of its own to worry about: copy it out of the module
# cache and build with its own go.mod/go.sum (-mod=readonly: the checksums are the module's).
build_module() {  # build_module TMP NAME MODULE VERSION PKG LDFLAGS
  local tmp=$1 name=$2 module=$3 version=$4 pkg=$5 ldflags=$6 dir
  dir=$(mod_field "$("$GO" mod download -json "$module@$version")" Dir)
  [ -n "$dir" ] && [ -d "$dir" ] || { log "go mod download $module@$version gave no Dir"; exit 1; }
  cp -R "$dir" "$tmp/src" && chmod -R u+w "$tmp/src"
  (cd "$tmp/src" && CGO_ENABLED=0 GOFLAGS=-mod=readonly \
    "$GO" build -trimpath -buildvcs=false -ldflags "-s -w $ldflags" -o "$tmp/out/bin/$name" "$pkg")
}

build_helm() {
  local m=helm.sh/helm/${ARGOCD_HELM_VERSION%%.*}
  build_module "$1" helm "$m" "$ARGOCD_HELM_VERSION" ./cmd/helm \
    "-X $m/internal/version.version=$ARGOCD_HELM_VERSION -X $m/internal/version.metadata= -X $m/internal/version.gitTreeState=clean"
}

build_kwok() {
  # Version variables as kwok's Makefile stamps them (pkg/consts).
  build_module "$1" kwok sigs.k8s.io/kwok "$KWOK_VERSION" ./cmd/kwok \
    "-X sigs.k8s.io/kwok/pkg/consts.Version=${KWOK_VERSION#v}"
}

build_argocd() {
  local tmp=$1 module=github.com/argoproj/argo-cd/v3 json dir engine
  engine=${ARGOCD_GITOPS_ENGINE_SRC:-$root/../shared/gomods/argo-cd-gitops-engine-$ARGOCD_VERSION}
  if [ ! -f "$engine/go.mod" ] || ! grep -q '^module github.com/argoproj/argo-cd/gitops-engine$' "$engine/go.mod"; then
    log "no gitops-engine source at $engine: set ARGOCD_GITOPS_ENGINE_SRC to argoproj/argo-cd" \
        "tag $ARGOCD_VERSION, folder gitops-engine/ (the Go module proxy does not serve it)"
    exit 1
  fi
  engine=$(cd "$engine" && pwd)
  json=$("$GO" mod download -json "$module@$ARGOCD_VERSION")
  dir=$(mod_field "$json" Dir)
  mkdir -p "$tmp/wrap"
  {
    echo "module mlops-platform.local/argocd-build"
    echo
    sed -n 's/^go \(.*\)$/go \1/p' "$dir/go.mod" | head -n1
    echo
    echo "require $module $ARGOCD_VERSION"
    echo
    # argo-cd's replace directives (ignored when it is a dependency), the local one re-pointed.
    awk '/^replace \($/{on=1} on{print} on&&/^\)$/{on=0}' "$dir/go.mod"
    echo "replace github.com/argoproj/argo-cd/gitops-engine => $engine"
  } >"$tmp/wrap/go.mod"
  # Start from argo-cd's own go.sum (same graph); -mod=mod lets go add the wrapper's few lines.
  cp "$dir/go.sum" "$tmp/wrap/go.sum" && chmod u+w "$tmp/wrap/go.sum"
  local p=$module/common date kubectl
  date=$(release_time "$module" "$ARGOCD_VERSION")
  kubectl=$(sed -n 's/^[[:space:]]*k8s.io\/client-go => k8s.io\/client-go \(v[^[:space:]]*\)$/\1/p' "$dir/go.mod")
  (cd "$tmp/wrap" && CGO_ENABLED=0 GOFLAGS=-mod=mod \
    "$GO" build -trimpath -buildvcs=false \
      -ldflags "-s -w -X $p.version=${ARGOCD_VERSION#v} -X $p.buildDate=$date -X $p.gitTreeState=clean -X $p.gitTag=$ARGOCD_VERSION -X $p.kubectlVersion=$kubectl" \
      -o "$tmp/out/bin/argocd" "$module/cmd")
}

with_lock kwok "$KWOK_VERSION" build_kwok
kwok_stages="$tools/kwok-$KWOK_VERSION/stages"
if [ ! -f "$kwok_stages/.complete" ]; then
  (
    flock 9
    kdir=$(mod_field "$("$GO" mod download -json "sigs.k8s.io/kwok@$KWOK_VERSION")" Dir)
    mkdir -p "$kwok_stages"
    for f in node/fast/node-initialize.yaml node/heartbeat-with-lease/node-heartbeat-with-lease.yaml \
             pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml; do
      cp "$kdir/kustomize/stage/$f" "$kwok_stages/" && chmod u+w "$kwok_stages/$(basename "$f")"
    done
    touch "$kwok_stages/.complete"
  ) 9>"$tools/.kwok-$KWOK_VERSION.lock"
fi
with_lock helm "$ARGOCD_HELM_VERSION" build_helm
with_lock argocd "$ARGOCD_VERSION" build_argocd

if ! command -v redis-server >/dev/null && [ ! -x /usr/sbin/redis-server ] && [ ! -x /usr/bin/redis-server ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing Debian's redis-server (apt-get) ..."
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server; } >&2
  else
    log "redis-server is missing: apt-get install redis-server (as root)"; exit 1
  fi
fi

bindir="$tools/bin-argocd-$ARGOCD_VERSION-helm-$ARGOCD_HELM_VERSION-kwok-$KWOK_VERSION"
mkdir -p "$bindir"
ln -sfn "../argocd-$ARGOCD_VERSION/bin/argocd" "$bindir/argocd"
ln -sfn "../helm-$ARGOCD_HELM_VERSION/bin/helm" "$bindir/helm"
ln -sfn "../kwok-$KWOK_VERSION/bin/kwok" "$bindir/kwok"

if [ "$mode" = check ]; then
  status=0
  got_argocd=$(ARGOCD_BINARY_NAME=argocd "$bindir/argocd" version --client --short 2>/dev/null | head -n1)
  got_helm=$("$bindir/helm" version --template '{{.Version}}')
  got_kwok=$("$bindir/kwok" --version 2>&1 | head -n1)
  got_redis=$(redis-server --version | head -n1)
  echo "argocd $got_argocd (pinned $ARGOCD_VERSION)"
  echo "helm   $got_helm (pinned $ARGOCD_HELM_VERSION)"
  echo "kwok   $got_kwok (pinned $KWOK_VERSION)"
  echo "redis  $got_redis (Debian)"
  case "$got_argocd" in *"$ARGOCD_VERSION"*) ;; *) log "argocd version mismatch"; status=1 ;; esac
  [ "$got_helm" = "$ARGOCD_HELM_VERSION" ] || { log "helm version mismatch"; status=1; }
  case "$got_kwok" in *"${KWOK_VERSION#v}"*) ;; *) log "kwok version mismatch"; status=1 ;; esac
  echo "$bindir"
  exit $status
fi
echo "$bindir"
