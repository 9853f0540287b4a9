"""Control-plane tier figures (printed, never asserted):
- cold build time of each binary (as recorded by scripts/build-controlplane.sh when it built it;
  `--cold` rebuilds them into a scratch cache first: ~15 min on 2 cores);
- warm tier time: the tier's tests (tests/controlplane) start to finish, binaries cached;
- memory: peak RSS of the largest process (ru_maxrss of children) and the machine's used memory
  sampled every 0.5 s during the tier run.

    python bench/bench_controlplane.py [--cold] [--envs dev]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def used_memory_mb() -> float:
    info = dict(line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines())
    kb = lambda k: int(info[k].split()[0])  # noqa: E731
    return (kb("MemTotal") - kb("MemAvailable")) / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cold", action="store_true", help="rebuild every binary into a scratch cache first")
    parser.add_argument("--envs", default="dev,prod")
    args = parser.parse_args()

    env = dict(os.environ)
    if args.cold:
        scratch = tempfile.mkdtemp(prefix="cp-cold-")
        env["MLOPS_CACHE"] = scratch
        env["GOCACHE"] = os.path.join(scratch, "gocache")
        t0 = time.monotonic()
        subprocess.run([str(ROOT / "scripts/build-controlplane.sh")], env=env, check=True, stdout=subprocess.DEVNULL)
        print(f"cold build, all binaries: {time.monotonic() - t0:.0f} s (scratch cache {scratch})")
    times = subprocess.run([str(ROOT / "scripts/build-controlplane.sh"), "--times"], env=env, check=True,
                           capture_output=True, text=True).stdout
    for line in times.splitlines():
        if line.startswith("build-time "):
            _, name, seconds = line.split()
            print(f"cold build time {name:26} {seconds}")
    for binary in sorted(Path(times.strip().splitlines()[-1]).iterdir()):
        print(f"binary size     {binary.name:26} {binary.resolve().stat().st_size / 1e6:.0f} MB")

    baseline = used_memory_mb()
    peak = [baseline]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.5):
            peak[0] = max(peak[0], used_memory_mb())
    threading.Thread(target=sample, daemon=True).start()
    env["MLOPS_CONTROLPLANE_ENVS"] = args.envs
    t0 = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/controlplane"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - t0
    stop.set()
    print(f"warm tier time ({args.envs}): {elapsed:.0f} s (pytest exit {result.returncode}; "
          f"{result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ''})")
    print(f"memory: largest child process peak RSS {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB;"
          f" machine used memory {baseline:.0f} MB before, {peak[0]:.0f} MB peak during the tier")
    return 0


if __name__ == "__main__":
    sys.exit(main())
