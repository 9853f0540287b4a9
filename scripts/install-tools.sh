#!/usr/bin/env bash
# Installs the pinned helm, helmfile, actionlint, promtool and statsd_exporter CLIs (tools/versions.env), built from the Go module
# proxy, into a cache outside the repo, and prints the bin directory as the last line of stdout:
#
#   PATH="$(scripts/install-tools.sh):$PATH"
#   scripts/install-tools.sh --check     # install if absent, then print and verify the versions
#   scripts/install-tools.sh --path      # print the bin directory if installed, else fail (builds nothing)
#
# Idempotent: a tool is built only when ${MLOPS_CACHE}/tools/<name>-<version>/bin/<name> is
# absent (first build of both: a few minutes on 2 cores; afterwards instant). Concurrent
# callers (other worktrees, CI) serialise on a lock per tool; builds land atomically.
#
# Why not `go install`: helmfile's go.mod has `replace` directives, which `go install mod@ver`
# refuses. So each module is fetched with `go mod download -json`, copied somewhere writable
# and built there with its own go.mod/go.sum (-mod=readonly: the checksums are the module's).
# GOWORK=off: a module zip may carry a go.work naming folders the zip leaves out (prometheus).
# Only the Go module proxy is used (no GitHub, no get.helm.sh).
#
# Env: MLOPS_CACHE (default ~/.cache/mlops-platform), GO (default: go on PATH, else
# /usr/local/go/bin/go). Go's own GOMODCACHE/GOCACHE/GOPROXY are used as configured.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
mode=install
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  --path) mode=path ;;
  -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [--check|--path]" >&2; exit 2 ;;
esac

# versions.env is plain KEY=VALUE; read only the keys we know (don't execute it).
read_pin() {
  local v
  v=$(sed -n "s/^[[:space:]]*$1=[\"']\{0,1\}\([^\"'[:space:]]*\).*/\1/p" "$root/tools/versions.env" | tail -n1)
  [ -n "$v" ] || { echo "install-tools: $1 missing in tools/versions.env" >&2; exit 1; }
  printf '%s' "$v"
}
HELM_VERSION=$(read_pin HELM_VERSION)
HELMFILE_VERSION=$(read_pin HELMFILE_VERSION)
ACTIONLINT_VERSION=$(read_pin ACTIONLINT_VERSION)
PROMTOOL_VERSION=$(read_pin PROMTOOL_VERSION)
STATSD_EXPORTER_VERSION=$(read_pin STATSD_EXPORTER_VERSION)

cache=${MLOPS_CACHE:-$HOME/.cache/mlops-platform}
tools="$cache/tools"
mkdir -p "$tools"

bindir="$tools/bin-helm-$HELM_VERSION-helmfile-$HELMFILE_VERSION-actionlint-$ACTIONLINT_VERSION-promtool-$PROMTOOL_VERSION-statsd-$STATSD_EXPORTER_VERSION"
if [ "$mode" = path ]; then
  [ -x "$bindir/helm" ] && [ -x "$bindir/helmfile" ] && [ -x "$bindir/actionlint" ] && [ -x "$bindir/promtool" ] \
    && [ -x "$bindir/statsd_exporter" ] || {
    echo "install-tools: helm $HELM_VERSION / helmfile $HELMFILE_VERSION / actionlint $ACTIONLINT_VERSION / promtool $PROMTOOL_VERSION / statsd_exporter $STATSD_EXPORTER_VERSION not built: run scripts/install-tools.sh" >&2; exit 1; }
  echo "$bindir"
  exit 0
fi

GO=${GO:-$(command -v go || true)}
[ -n "$GO" ] || GO=/usr/local/go/bin/go

log() { echo "install-tools: $*" >&2; }

# build_tool NAME MODULE VERSION PKG LDFLAGS [TAGS]
build_tool() {
  local name=$1 module=$2 version=$3 pkg=$4 ldflags=$5 tags=${6:-}
  local dest="$tools/$name-$version"
  [ -x "$dest/bin/$name" ] && return 0
  [ -x "$GO" ] || command -v "$GO" >/dev/null || { log "need Go (set GO=...) to build $name"; exit 1; }
  (
    flock 9
    [ -x "$dest/bin/$name" ] && exit 0   # another caller built it while we waited
    local start=$SECONDS json dir tmp
    log "building $name $version from $module@$version (Go module proxy) ..."
    json=$("$GO" mod download -json "$module@$version")
    dir=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
    [ -n "$dir" ] && [ -d "$dir" ] || { log "go mod download gave no Dir: $json"; exit 1; }
    tmp=$(mktemp -d "$tools/.build-$name-XXXXXX")
    trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
    cp -R "$dir" "$tmp/src" && chmod -R u+w "$tmp/src"
    mkdir -p "$tmp/out/bin"
    (cd "$tmp/src" && CGO_ENABLED=0 GOWORK=off GOFLAGS=-mod=readonly \
      "$GO" build -trimpath -buildvcs=false -tags "$tags" -ldflags "-s -w $ldflags" -o "$tmp/out/bin/$name" "$pkg")
    rm -rf "$dest"
    mv "$tmp/out" "$dest"
    log "built $dest/bin/$name in $((SECONDS - start))s"
  ) 9>"$tools/.$name-$version.lock"
}

# helm: helm.sh/helm/v3 or /v4 from the major of the pin. Same version ldflags as Helm's
# Makefile for a tagged release, so `helm version` prints the pin (with no "+unreleased").
helm_module="helm.sh/helm/${HELM_VERSION%%.*}"
build_tool helm "$helm_module" "$HELM_VERSION" ./cmd/helm \
  "-X $helm_module/internal/version.version=$HELM_VERSION -X $helm_module/internal/version.metadata= -X $helm_module/internal/version.gitTreeState=clean"

# helmfile: version data as in helmfile's Makefile (go.szostok.io/version); the build date is
# the release time from the proxy's .info, so the binary does not depend on when it was built.
if [ ! -x "$tools/helmfile-$HELMFILE_VERSION/bin/helmfile" ]; then
  helmfile_date=$("$GO" mod download -json "github.com/helmfile/helmfile@$HELMFILE_VERSION" \
    | sed -n 's/^[[:space:]]*"Info": "\(.*\)",$/\1/p' | xargs -r cat \
    | sed -n 's/.*"Time":"\([^"]*\)".*/\1/p') || true
  build_tool helmfile github.com/helmfile/helmfile "$HELMFILE_VERSION" . \
    "-X go.szostok.io/version.version=$HELMFILE_VERSION -X go.szostok.io/version.buildDate=${helmfile_date:-unknown} -X go.szostok.io/version.dirtyBuild=false"
fi

# actionlint (lints .github/workflows in tests/ci): a plain module, version stamped like its release
# build (the package variable `version`, read by getCommandVersion in command.go).
build_tool actionlint github.com/rhysd/actionlint "$ACTIONLINT_VERSION" ./cmd/actionlint \
  "-X github.com/rhysd/actionlint.version=$ACTIONLINT_VERSION"

# promtool (tests/observability: `promtool check rules` / `test rules`): the module's go.mod has a
# replace directive, hence build_tool's copy-and-build. Version data as Prometheus' own release build
# (.promu.yml ldflags on github.com/prometheus/common/version), the version from the module's VERSION
# file (v0.314.0 -> 3.14.0), so `promtool --version` names the Prometheus release. Tag remove_all_sd
# leaves out the cloud service-discovery plugins (plugins/plugin_*.go `//go:build !remove_all_sd`): rule
# checks and rule unit tests use none of them, and they are most of the build (AWS, Azure, GCE SDKs).
promtool_release="3.$(printf '%s' "${PROMTOOL_VERSION#v0.}" | sed 's/^\([0-9]\)\([0-9][0-9]\)\./\2./; s/^0//')"
build_tool promtool github.com/prometheus/prometheus "$PROMTOOL_VERSION" ./cmd/promtool \
  "-X github.com/prometheus/common/version.Version=$promtool_release -X github.com/prometheus/common/version.Revision=$PROMTOOL_VERSION -X github.com/prometheus/common/version.Branch=HEAD -X github.com/prometheus/common/version.BuildUser=mlops-platform -X github.com/prometheus/common/version.BuildDate=unknown" \
  remove_all_sd

# statsd_exporter (tests/dags/test_statsd_metrics.py runs it with the mapping file values/airflow.yaml delivers):
# a plain module with its main package at the root; version data as its .promu.yml release build.
build_tool statsd_exporter github.com/prometheus/statsd_exporter "$STATSD_EXPORTER_VERSION" . \
  "-X github.com/prometheus/common/version.Version=${STATSD_EXPORTER_VERSION#v} -X github.com/prometheus/common/version.Revision=$STATSD_EXPORTER_VERSION -X github.com/prometheus/common/version.Branch=HEAD -X github.com/prometheus/common/version.BuildUser=mlops-platform -X github.com/prometheus/common/version.BuildDate=unknown"

# One bin directory holding exactly these versions (named after them, so worktrees that pin other
# versions never share it).
if [ ! -L "$bindir/helm" ] || [ ! -L "$bindir/helmfile" ] || [ ! -L "$bindir/actionlint" ] || [ ! -L "$bindir/promtool" ] \
    || [ ! -L "$bindir/statsd_exporter" ]; then
  mkdir -p "$bindir"
  ln -sfn "../helm-$HELM_VERSION/bin/helm" "$bindir/helm"
  ln -sfn "../helmfile-$HELMFILE_VERSION/bin/helmfile" "$bindir/helmfile"
  ln -sfn "../actionlint-$ACTIONLINT_VERSION/bin/actionlint" "$bindir/actionlint"
  ln -sfn "../promtool-$PROMTOOL_VERSION/bin/promtool" "$bindir/promtool"
  ln -sfn "../statsd_exporter-$STATSD_EXPORTER_VERSION/bin/statsd_exporter" "$bindir/statsd_exporter"
fi

if [ "$mode" = check ]; then
  status=0
  got_helm=$("$bindir/helm" version --template '{{.Version}}')
  # HELMFILE_UPGRADE_NOTICE_DISABLED: else `helmfile version` asks GitHub for the latest
  # release and exits 3 when that is unreachable (as here).
  got_helmfile=$(HELMFILE_UPGRADE_NOTICE_DISABLED=1 "$bindir/helmfile" version -o short | tail -n1)
  echo "helm     $got_helm (pinned $HELM_VERSION) $bindir/helm"
  echo "helmfile $got_helmfile (pinned $HELMFILE_VERSION) $bindir/helmfile"
  got_actionlint=$("$bindir/actionlint" -version | head -n1)
  echo "actionlint $got_actionlint (pinned $ACTIONLINT_VERSION) $bindir/actionlint"
  [ "$got_helm" = "$HELM_VERSION" ] || { log "helm version mismatch"; status=1; }
  [ "$got_actionlint" = "$ACTIONLINT_VERSION" ] || { log "actionlint version mismatch"; status=1; }
  [ "${got_helmfile#v}" = "${HELMFILE_VERSION#v}" ] || { log "helmfile version mismatch"; status=1; }
  got_promtool=$("$bindir/promtool" --version 2>&1 | sed -n 's/^promtool, version \([^ ]*\).*/\1/p')
  echo "promtool $got_promtool (pinned $PROMTOOL_VERSION = Prometheus $promtool_release) $bindir/promtool"
  [ "$got_promtool" = "$promtool_release" ] || { log "promtool version mismatch"; status=1; }
  got_statsd=$("$bindir/statsd_exporter" --version 2>&1 | sed -n 's/^statsd_exporter, version \([^ ]*\).*/\1/p')
  echo "statsd_exporter $got_statsd (pinned $STATSD_EXPORTER_VERSION) $bindir/statsd_exporter"
  [ "$got_statsd" = "${STATSD_EXPORTER_VERSION#v}" ] || { log "statsd_exporter version mismatch"; status=1; }
  echo "$bindir"
  exit $status
fi
echo "$bindir"
