"""Wall time of `make diff` (python -m manifest_diff) on a throw-away copy of the repository: a
no-change revision and a chart-bump revision, each run twice (the first run of a new clone also
creates and byte-compiles the BASE worktree; renders are cached in $MLOPS_CACHE/diff-renders).
Prints the figures; nothing is asserted."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "manifest_diff"))

from scenario import BUMP_VERSION, bump_chart, commit, copy_repo, edit, make_mirror  # noqa: E402


def timed_diff(repo: Path, env: dict) -> tuple[float, int]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "manifest_diff", "--repo", str(repo), "--base", "HEAD~1"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(result.stderr[-3000:])
    return time.perf_counter() - start, result.returncode


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-diff-") as tmp:
        tmp_path = Path(tmp)
        (tmp_path / "mirror").mkdir()
        (tmp_path / "repo").mkdir()
        archive = make_mirror(tmp_path / "mirror")
        repo = copy_repo(tmp_path / "repo")
        env = {**os.environ, "MLOPS_CHART_MIRROR": str(tmp_path / "mirror"),
               "MLOPS_DIFF_WORKTREES": str(tmp_path / "worktrees"), "MLOPS_CHART_CACHE": str(tmp_path / "charts")}
        edit(repo / "README.md", "# MLOps platform as code", "# MLOps platform as code (bench)")
        commit(repo, "no change")
        rows = []
        for label, prepare in (("no-change", None), (f"chart bump (strimzi -> {BUMP_VERSION})", "bump")):
            if prepare:
                bump_chart(repo, archive)
                commit(repo, "bump")
            first, status = timed_diff(repo, env)
            second, _ = timed_diff(repo, env)
            rows.append((label, status, first, second))
        print(f"make diff on a {os.cpu_count()}-core machine (load average {os.getloadavg()[0]:.1f})")
        for label, status, first, second in rows:
            print(f"  {label:40} exit {status}  first run {first:6.1f} s   second run {second:6.1f} s")


if __name__ == "__main__":
    main()
