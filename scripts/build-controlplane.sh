#!/usr/bin/env bash
# Builds the binaries of the control-plane test tier (tests/controlplane) from the Go module proxy,
# pinned in tools/versions.env, into a cache outside the repo, and prints the bin directory as the
# last line of stdout:
#
#   bin="$(scripts/build-controlplane.sh | tail -n1)"
#   scripts/build-controlplane.sh --check     # build what is absent, then print each version
#   scripts/build-controlplane.sh --times     # also print one "build-time NAME SECONDS" line per built binary
#   scripts/build-controlplane.sh --print-bindir   # no build, no network: the bin dir, or exit 1 naming what is missing
#
# Binaries: etcd, kube-apiserver, kube-controller-manager, kube-scheduler, the CloudNativePG manager, the Barman
# Cloud CNPG-I plugin, the Kubeflow Spark operator and the Prometheus Operator. Each lands atomically in
# ${MLOPS_CACHE}/tools/<name>-<version>/bin/<name> and is built only when absent; concurrent callers
# (worktrees, CI) serialise on a lock per binary. Cold build on 2 loaded cores: ~15 min in all
# (kube-apiserver alone ~7.5 min at ~1.9 GB peak RSS); afterwards instant. GOCACHE grows by ~2.5 GB
# (safe to delete after).
#
# Two ways to build a module:
# - "own": the module's own go.mod/go.sum (copied out of the module cache, -mod=readonly), like
#   scripts/install-tools.sh. For modules whose replace directives name other module versions
#   (CNPG, the Barman plugin, spark-operator: `go install mod@ver` refuses any replace).
# - "wrapper": a generated main module that requires the module. For modules whose go.mod replaces
#   modules with local paths the module zip lacks: k8s.io/kubernetes points its staging modules at
#   ./staging/src/k8s.io/*, which are published as k8s.io/<name> v0.<minor>.<patch>; etcd's server
#   module points its siblings at ../api etc., published at the same tag. The wrapper maps each such
#   local replace to that published version (a nested module of the same repository, such as the
#   Prometheus Operator's ./pkg/apis/monitoring and ./pkg/client, to the same tag: the source the
#   replace points at), keeps the module's other replaces and its `godebug`
#   lines, and go.sum is filled from the checksum database (-mod=mod).
#
# Env: CONTROLPLANE_BUILD_ONLY="name ..." builds only those (e.g. to build in parallel),
# MLOPS_CACHE (default ~/.cache/mlops-platform), GO (default: go on PATH, else
# /usr/local/go/bin/go). Go's own GOMODCACHE/GOCACHE/GOPROXY are used as configured.
set -euo pipefail
# The whole script is one brace group: bash parses it before running, so editing this file while a
# (long) build runs cannot change what that build executes.
{

root=$(cd "$(dirname "$0")/.." && pwd)
mode=install
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  --times) mode=times ;;
  --print-bindir) mode=print ;;
  -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [--check|--times|--print-bindir]" >&2; exit 2 ;;
esac

# read_pin, log, cache/tools/GO, with_lock: scripts/lib/pins.sh
PINS_WHO=build-controlplane
# shellcheck source=scripts/lib/pins.sh
. "$root/scripts/lib/pins.sh"
K8S=$(read_pin KUBERNETES_VERSION)
ETCD=$(read_pin ETCD_VERSION)
CNPG=$(read_pin CNPG_VERSION)
BARMAN=$(read_pin BARMAN_CLOUD_PLUGIN_VERSION)
SPARKOP=$(read_pin SPARK_OPERATOR_VERSION)
PROMOP=$(read_pin PROMETHEUS_OPERATOR_VERSION)

export GOTOOLCHAIN=local GOFLAGS=-buildvcs=false CGO_ENABLED=0

# name:version of each binary; one bin directory per set of pins (worktrees with other pins never share it).
pins=("etcd:$ETCD" "kube-apiserver:$K8S" "kube-controller-manager:$K8S" "kube-scheduler:$K8S" "cnpg-manager:$CNPG"
      "barman-cloud-plugin:$BARMAN" "spark-operator:$SPARKOP" "prometheus-operator:$PROMOP")
bindir="$tools/bin-controlplane-k8s-$K8S-etcd-$ETCD-cnpg-$CNPG-barman-$BARMAN-sparkop-$SPARKOP-promop-$PROMOP"
if [ "$mode" = print ]; then
  missing=0
  for p in "${pins[@]}"; do
    [ -x "$tools/${p%%:*}-${p#*:}/bin/${p%%:*}" ] || { log "missing ${p%%:*} ${p#*:}"; missing=1; }
  done
  [ $missing = 0 ] || { log "run scripts/build-controlplane.sh"; exit 1; }
fi

# mod_field MODULE@VERSION FIELD -> a field of `go mod download -json` (Dir, GoMod, Info).
mod_field() {
  "$GO" mod download -json "$1" | sed -n "s/^[[:space:]]*\"$2\": \"\(.*\)\",\{0,1\}\$/\1/p"
}
# release_time MODULE@VERSION -> the tag's time from the proxy (reproducible build date).
release_time() {
  local info; info=$(mod_field "$1" Info)
  sed -n 's/.*"Time":"\([^"]*\)".*/\1/p' "$info"
}

# write_wrapper DIR MODULE VERSION LOCAL_VERSION: a main module requiring MODULE@VERSION whose
# local-path replaces become "<module> => <module> <version MODULE requires it at>", or
# LOCAL_VERSION where that is a v0.0.0 placeholder.
write_wrapper() {
  local dir=$1 module=$2 version=$3 local_version=$4 gomod
  gomod=$(mod_field "$module@$version" GoMod)
  python3 - "$gomod" "$module" "$version" "$local_version" >"$dir/go.mod" <<'PY'
import re, sys
gomod, module, version, local_version = sys.argv[1:]
text = open(gomod).read()
go = re.search(r"^go\s+(\S+)", text, re.M).group(1)
godebug = re.findall(r"^godebug\s+.*$", text, re.M)
if not godebug:  # keep the module's GODEBUG defaults (a main module's go line sets them)
    godebug = ["godebug default=go" + ".".join(go.split(".")[:2])]
# The version each module is required at (a local replace of a published module -> that version).
required = dict(re.findall(r"^\s*(?:require\s+)?(\S+)\s+(v\S+)(?:\s*//.*)?$", text, re.M))
replaces = []
blocks = re.findall(r"^replace\s*\((.*?)^\)", text, re.M | re.S)
singles = re.findall(r"^replace\s+([^(\n].*)$", text, re.M)
for line in [l for b in blocks for l in b.splitlines()] + singles:
    line = line.split("//")[0].strip()
    if "=>" not in line:
        continue
    old, new = (s.strip() for s in line.split("=>"))
    if "FORBIDDEN_DEPENDENCY" in new:
        continue  # a guard against importing these at all; not a source
    if new.startswith(("./", "../")):
        name = old.split()[0]
        pinned = required.get(name, "v0.0.0")
        if pinned.startswith("v0.0.0"):
            pinned = local_version  # k8s.io/kubernetes requires its staging modules at v0.0.0
        if name.startswith(module + "/"):
            # A nested module of the same repository (prometheus-operator v0.93.1 requires
            # ./pkg/client at v0.93.0 but builds it from the v0.93.1 tree): the same tag.
            pinned = version
        replaces.append(f"\t{name} => {name} {pinned}")
    else:
        replaces.append(f"\t{old} => {new}")
print("module mlops.local/controlplane-build\n")
print(f"go {go}\n")
print("\n".join(godebug) + "\n")
print(f"require {module} {version}\n")
if replaces:
    print("replace (\n" + "\n".join(replaces) + "\n)")
PY
}

built=()
# build NAME MODE MODULE VERSION PKG LDFLAGS [LOCAL_VERSION]
build() {
  local name=$1 how=$2 module=$3 version=$4 pkg=$5 ldflags=$6 local_version=${7:-}
  [ -x "$tools/$name-$version/bin/$name" ] && return 0
  if [ -n "${CONTROLPLANE_BUILD_ONLY:-}" ] && [[ " $CONTROLPLANE_BUILD_ONLY " != *" $name "* ]]; then return 0; fi
  PINS_RECORD_SECONDS=1 with_lock "$name" "$version" build_in "from $module@$version (Go module proxy, $how)"
  built+=("$name")
}

build_in() {  # TMP; how, module, version, pkg, ldflags, local_version from build (bash's dynamic scope)
  local tmp=$1 src
  mkdir -p "$tmp/src"
  if [ "$how" = own ]; then
    src=$(mod_field "$module@$version" Dir)
    [ -n "$src" ] && [ -d "$src" ] || { log "go mod download gave no Dir for $module@$version"; exit 1; }
    cp -R "$src/." "$tmp/src" && chmod -R u+w "$tmp/src"
    (cd "$tmp/src" && GOFLAGS="$GOFLAGS -mod=readonly" \
      "$GO" build -trimpath -ldflags "-s -w $ldflags" -o "$tmp/out/bin/$name" "$pkg")
  else
    write_wrapper "$tmp/src" "$module" "$version" "$local_version"
    (cd "$tmp/src" && GOFLAGS="$GOFLAGS -mod=mod" \
      "$GO" build -trimpath -ldflags "-s -w $ldflags" -o "$tmp/out/bin/$name" "$pkg")
    cp "$tmp/src/go.mod" "$tmp/src/go.sum" "$tmp/out/"   # what was resolved, for the record
  fi
}

if [ "$mode" = print ]; then
  mkdir -p "$bindir"
  for p in "${pins[@]}"; do ln -sfn "../${p%%:*}-${p#*:}/bin/${p%%:*}" "$bindir/${p%%:*}"; done
  echo "$bindir"; exit 0
fi

# Kubernetes: version stamped as the release Makefile does (hack/lib/version.sh ldflags).
k8s_minor=${K8S#v1.}; k8s_minor=${k8s_minor%%.*}
k8s_staging="v0.${K8S#v1.}"
k8s_date=$(release_time "k8s.io/kubernetes@$K8S")
k8s_ldflags=""
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  k8s_ldflags+=" -X $pkg.gitVersion=$K8S -X $pkg.gitMajor=1 -X $pkg.gitMinor=$k8s_minor"
  k8s_ldflags+=" -X $pkg.gitTreeState=clean -X $pkg.buildDate=$k8s_date"
done
# One at a time (memory: the apiserver link peaks at ~1.9 GB); the apiserver first, as the
# controller-manager reuses most of its compiled packages.
build etcd wrapper go.etcd.io/etcd/server/v3 "$ETCD" go.etcd.io/etcd/server/v3 "" "$ETCD"
build kube-apiserver wrapper k8s.io/kubernetes "$K8S" k8s.io/kubernetes/cmd/kube-apiserver "$k8s_ldflags" "$k8s_staging"
build kube-controller-manager wrapper k8s.io/kubernetes "$K8S" k8s.io/kubernetes/cmd/kube-controller-manager "$k8s_ldflags" "$k8s_staging"
# The scheduler: not used by tests/controlplane (no nodes), used by the Argo CD tier (tests/argocd).
build kube-scheduler wrapper k8s.io/kubernetes "$K8S" k8s.io/kubernetes/cmd/kube-scheduler "$k8s_ldflags" "$k8s_staging"
build cnpg-manager own github.com/cloudnative-pg/cloudnative-pg "$CNPG" ./cmd/manager \
  "-X github.com/cloudnative-pg/cloudnative-pg/pkg/versions.buildVersion=${CNPG#v} -X github.com/cloudnative-pg/cloudnative-pg/pkg/versions.buildCommit=$CNPG -X github.com/cloudnative-pg/cloudnative-pg/pkg/versions.buildDate=$(release_time "github.com/cloudnative-pg/cloudnative-pg@$CNPG" | cut -c1-10)"
build barman-cloud-plugin own github.com/cloudnative-pg/plugin-barman-cloud "$BARMAN" ./cmd/manager ""
build spark-operator own github.com/kubeflow/spark-operator/v2 "$SPARKOP" ./cmd/operator \
  "-X k8s.io/component-base/version.gitVersion=$SPARKOP -X k8s.io/component-base/version.gitTreeState=clean"
# Version stamped as its Makefile does (GO_BUILD_LDFLAGS: github.com/prometheus/common/version.*).
build prometheus-operator wrapper github.com/prometheus-operator/prometheus-operator "$PROMOP" \
  github.com/prometheus-operator/prometheus-operator/cmd/operator \
  "-X github.com/prometheus/common/version.Version=${PROMOP#v} -X github.com/prometheus/common/version.Branch=HEAD -X github.com/prometheus/common/version.BuildDate=$(release_time "github.com/prometheus-operator/prometheus-operator@$PROMOP" | cut -c1-10)"

mkdir -p "$bindir"
for p in "${pins[@]}"; do
  ln -sfn "../${p%%:*}-${p#*:}/bin/${p%%:*}" "$bindir/${p%%:*}"
done

if [ "$mode" = times ]; then
  for n in "${pins[@]}"; do
    f="$tools/${n%%:*}-${n#*:}/build-seconds"
    echo "build-time ${n%%:*} $( [ -f "$f" ] && cat "$f" || echo unknown)s"
  done
fi
if [ "$mode" = check ]; then
  "$bindir/etcd" --version | head -n1
  "$bindir/kube-apiserver" --version
  "$bindir/kube-controller-manager" --version
  for b in cnpg-manager barman-cloud-plugin spark-operator; do ls -l "$bindir/$b"; done
  "$bindir/prometheus-operator" --version 2>&1 | head -n1
fi
echo "$bindir"
exit 0
}
