# Sourced by scripts/fetch-*.sh. maven_fetch DEST POM CHECK_GLOB [MVN_ARG ...]
# Copies the dependencies of a small Maven project (tools/maven/*/pom.xml) from Maven Central into
# DEST once: the fetch lands in a temporary folder, is checked for CHECK_GLOB, then moved into place
# and marked with DEST/.complete, so an interrupted fetch is never mistaken for a finished one.
# MLOPS_NO_FETCH=1: fail instead of fetching (the tests locate what the setup step of scripts/test.sh fetched).
maven_fetch() {
  local dest=$1 pom=$2 check=$3
  shift 3
  [ -f "$dest/.complete" ] && return 0
  if [ -n "${MLOPS_NO_FETCH:-}" ]; then
    echo "not fetched yet: run $0 (scripts/test.sh does it in its setup step)" >&2
    return 1
  fi
  echo "fetching the dependencies of $pom from Maven Central into $dest" >&2
  local tmp="$dest.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  mvn -q -B -Dstyle.color=never -f "$pom" "$@" dependency:copy-dependencies -DoutputDirectory="$tmp" >&2
  # shellcheck disable=SC2086 # CHECK_GLOB is a pattern
  ls "$tmp"/$check >/dev/null
  rm -rf "$dest"
  mv "$tmp" "$dest"
  touch "$dest/.complete"
}
