#!/usr/bin/env bash
# Installs the pinned helm, helmfile and actionlint CLIs (tools/versions.env), built from the Go module
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

# read_pin, log, cache/tools/GO, with_lock: scripts/lib/pins.sh
PINS_WHO=install-tools
# shellcheck source=scripts/lib/pins.sh
. "$root/scripts/lib/pins.sh"
HELM_VERSION=$(read_pin HELM_VERSION)
HELMFILE_VERSION=$(read_pin HELMFILE_VERSION)
ACTIONLINT_VERSION=$(read_pin ACTIONLINT_VERSION)

bindir="$tools/bin-helm-$HELM_VERSION-helmfile-$HELMFILE_VERSION-actionlint-$ACTIONLINT_VERSION"
if [ "$mode" = path ]; then
  [ -x "$bindir/helm" ] && [ -x "$bindir/helmfile" ] && [ -x "$bindir/actionlint" ] || {
    echo "install-tools: helm $HELM_VERSION / helmfile $HELMFILE_VERSION / actionlint $ACTIONLINT_VERSION not built: run scripts/install-tools.sh" >&2; exit 1; }
  echo "$bindir"
  exit 0
fi

# build_tool NAME MODULE VERSION PKG LDFLAGS
build_tool() {
  local name=$1 module=$2 version=$3 pkg=$4 ldflags=$5
  with_lock "$name" "$version" build_from_proxy "from $module@$version (Go module proxy)"
}

build_from_proxy() {  # TMP; module, name, pkg, ldflags from build_tool (bash's dynamic scope)
  local tmp=$1 json dir
  json=$("$GO" mod download -json "$module@$version")
  dir=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
  [ -n "$dir" ] && [ -d "$dir" ] || { log "go mod download gave no Dir: $json"; exit 1; }
  cp -R "$dir" "$tmp/src" && chmod -R u+w "$tmp/src"
  (cd "$tmp/src" && CGO_ENABLED=0 GOFLAGS=-mod=readonly \
    "$GO" build -trimpath -buildvcs=false -ldflags "-s -w $ldflags" -o "$tmp/out/bin/$name" "$pkg")
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

# One bin directory holding exactly these versions (named after them, so worktrees that pin other
# versions never share it).
if [ ! -L "$bindir/helm" ] || [ ! -L "$bindir/helmfile" ] || [ ! -L "$bindir/actionlint" ]; then
  mkdir -p "$bindir"
  ln -sfn "../helm-$HELM_VERSION/bin/helm" "$bindir/helm"
  ln -sfn "../helmfile-$HELMFILE_VERSION/bin/helmfile" "$bindir/helmfile"
  ln -sfn "../actionlint-$ACTIONLINT_VERSION/bin/actionlint" "$bindir/actionlint"
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
  echo "$bindir"
  exit $status
fi
echo "$bindir"
