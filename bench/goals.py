"""The one way a benchmark states a figure against its goal: printed always, flagged when missed.

    from goals import report
    report("ratio platform/empty", 1.7, goal=2.0)                   # at most 2.0
    report("ratio job/raw", 0.4, goal=0.5, higher_is_better=True)    # at least 0.5

A missed goal prints `MISSES GOAL` on the figure's line and once more in the summary that
`summary()` prints (scripts/bench.sh runs it last); nothing is asserted, the exit status stays 0.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

# Misses are appended here (one JSON line each) so that scripts/bench.sh can list them after every
# benchmark ran, each in its own venv and process.
MISSES_FILE = os.environ.get("BENCH_MISSES_FILE")


def meets(value: float, goal: float, *, higher_is_better: bool = False) -> bool:
    return value >= goal if higher_is_better else value <= goal


def report(label: str, value: float, *, goal: float, unit: str = "", higher_is_better: bool = False,
           fmt: str = ".2f") -> bool:
    """Print `label: value (goal <= goal)`, with `MISSES GOAL` when it does; True when met."""
    ok = meets(value, goal, higher_is_better=higher_is_better)
    op = ">=" if higher_is_better else "<="
    line = f"{label}: {value:{fmt}}{unit} (goal {op} {goal:{fmt}}{unit})"
    print(line if ok else f"{line}  <-- MISSES GOAL", flush=True)
    if not ok and MISSES_FILE:
        with Path(MISSES_FILE).open("a") as out:
            out.write(json.dumps({"figure": label, "value": value, "goal": f"{op} {goal}{unit}"}) + "\n")
    return ok


def summary(path: str | None = MISSES_FILE) -> int:
    """Print every missed goal recorded in `path`; returns how many."""
    lines = Path(path).read_text().splitlines() if path and Path(path).is_file() else []
    misses = [json.loads(line) for line in lines if line.strip()]
    print(f"=== goals: {len(misses)} missed ===")
    for miss in misses:
        print(f"MISSES GOAL  {miss['figure']}: {miss['value']:.2f} (goal {miss['goal']})")
    return len(misses)


if __name__ == "__main__":
    summary()
