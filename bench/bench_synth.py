"""Cold synth time: the whole platform (all environments) vs an empty cdk8s app, each in a fresh
process (what `make synth` costs). Prints the medians and their ratio (goals, flagged when missed: ratio
<= 2.0 and platform <= 3 s on a 2-core machine)."""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from goals import report

ROOT = Path(__file__).resolve().parents[1]
EMPTY_APP = """
import cdk8s
app = cdk8s.App()
cdk8s.Chart(app, "empty", disable_resource_name_hashes=True)
app.synth_yaml()
"""


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(runs: int = 7) -> None:
    env = dict(os.environ, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20")
    os.environ.update(env)
    with tempfile.TemporaryDirectory() as tmp:
        platform = [timed([sys.executable, "-O", "main.py", "--dist", tmp], ROOT) for _ in range(runs)]
        empty = [timed([sys.executable, "-O", "-c", EMPTY_APP], ROOT) for _ in range(runs)]
    p, e = statistics.median(platform), statistics.median(empty)
    print(f"{'what':<32}{'median s':>10}{'min s':>10}{'max s':>10}")
    print(f"{'whole platform (all envs)':<32}{p:>10.2f}{min(platform):>10.2f}{max(platform):>10.2f}")
    print(f"{'empty cdk8s app':<32}{e:>10.2f}{min(empty):>10.2f}{max(empty):>10.2f}")
    print(f"load average {os.getloadavg()[0]:.1f} (a shared machine: compare figures of one run only)")
    report("ratio platform/empty", p / e, goal=2.0)
    report("whole platform", p, goal=3.0, unit=" s")


if __name__ == "__main__":
    main()
