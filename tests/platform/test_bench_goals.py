"""bench/goals.py: every figure is printed; one that misses its goal is flagged and listed at the end."""
from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import goals


def test_a_met_goal_is_printed_unflagged(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(goals, "MISSES_FILE", str(tmp_path / "misses"))
    assert goals.report("ratio platform/empty", 1.7, goal=2.0)
    assert capsys.readouterr().out == "ratio platform/empty: 1.70 (goal <= 2.00)\n"
    assert not (tmp_path / "misses").exists()


def test_a_missed_goal_is_flagged_and_summarized(capsys, tmp_path, monkeypatch):
    misses = tmp_path / "misses"
    monkeypatch.setattr(goals, "MISSES_FILE", str(misses))
    assert not goals.report("ratio platform/empty", 4.33, goal=2.0)
    assert not goals.report("sustained", 0.4, goal=0.5, higher_is_better=True)
    out = capsys.readouterr().out
    assert "ratio platform/empty: 4.33 (goal <= 2.00)  <-- MISSES GOAL" in out
    assert "sustained: 0.40 (goal >= 0.50)  <-- MISSES GOAL" in out
    assert goals.summary(str(misses)) == 2
    assert "MISSES GOAL  ratio platform/empty: 4.33 (goal <= 2.0)" in capsys.readouterr().out


def test_every_benchmark_with_a_goal_reports_through_the_helper():
    for script in ("bench_synth.py", "bench_dag_parse.py", "bench_flink_pipeline.py"):
        text = (ROOT / "bench" / script).read_text()
        assert "from goals import report" in text and "report(" in text, script
    assert "bench/goals.py" in (ROOT / "scripts" / "bench.sh").read_text()
