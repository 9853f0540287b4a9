# Sourced (never run) by the scripts that build pinned tools from the Go module proxy:
# scripts/install-tools.sh, scripts/install-argocd-tools.sh, scripts/build-controlplane.sh.
#
# Before sourcing, the caller sets `root` (the repository) and `PINS_WHO` (its name, the prefix of
# every message). Provides:
#   read_pin KEY                 the value of KEY in tools/versions.env (plain KEY=VALUE, read, never executed)
#   log MESSAGE...               "$PINS_WHO: MESSAGE" on stderr
#   cache, tools, GO             the shared cache (${MLOPS_CACHE:-~/.cache/mlops-platform}), its tools/
#                                directory (created) and the Go binary (GO, else go on PATH, else /usr/local/go/bin/go)
#   with_lock NAME VERSION FN [HOW]  build NAME unless $tools/NAME-VERSION/bin/NAME exists: under the tool's
#                                flock (concurrent callers wait, then find it built), FN TMP writes
#                                TMP/out/bin/NAME, which replaces the cache entry atomically.
#                                PINS_RECORD_SECONDS=1 also writes the build time to NAME-VERSION/build-seconds.

read_pin() {
  local v
  v=$(sed -n "s/^[[:space:]]*$1=[\"']\{0,1\}\([^\"'[:space:]]*\).*/\1/p" "$root/tools/versions.env" | tail -n1)
  [ -n "$v" ] || { echo "$PINS_WHO: $1 missing in tools/versions.env" >&2; exit 1; }
  printf '%s' "$v"
}

log() { echo "$PINS_WHO: $*" >&2; }

cache=${MLOPS_CACHE:-$HOME/.cache/mlops-platform}
tools="$cache/tools"
mkdir -p "$tools"
GO=${GO:-$(command -v go || true)}
[ -n "$GO" ] || GO=/usr/local/go/bin/go

with_lock() {
  local name=$1 version=$2 fn=$3 dest="$tools/$1-$2"
  [ -x "$dest/bin/$name" ] && return 0
  command -v "$GO" >/dev/null || { log "need Go (set GO=...) to build $name"; exit 1; }
  (
    flock 9
    [ -x "$dest/bin/$name" ] && exit 0   # another caller built it while we waited
    local start=$SECONDS tmp
    tmp=$(mktemp -d "$tools/.build-$name-XXXXXX")
    trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/out/bin"
    log "building $name $version ${4:-(Go module proxy)} ..."
    "$fn" "$tmp"
    rm -rf "$dest"
    mv "$tmp/out" "$dest"
    log "built $dest/bin/$name in $((SECONDS - start))s"
    if [ "${PINS_RECORD_SECONDS:-}" = 1 ]; then echo "$((SECONDS - start))" >"$dest/build-seconds"; fi
  ) 9>"$tools/.$name-$version.lock"
}
