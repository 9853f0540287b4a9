"""promotion_gate.decide(): the pure decision function (no services).

(Also the reason this folder exists: scripts/test.sh only runs a suite when both
tests/jobs/spark/test_*.py and tests/jobs/spark/*/test_*.py match.)"""
from __future__ import annotations

import pytest

import promotion_gate as gate


def test_decide_first_model_is_promoted():
    d = gate.decide("test_auc", "1", 0.61, None, None)
    assert d.promoted and "first" in d.reason


@pytest.mark.parametrize("challenger,champion,min_imp,higher,expected", [
    (0.80, 0.70, 0.0, True, "promoted"),
    (0.70, 0.80, 0.0, True, "rejected"),
    (0.70, 0.70, 0.0, True, "rejected"),      # equal is not an improvement
    (0.72, 0.70, 0.05, True, "rejected"),     # below the required margin
    (0.76, 0.70, 0.05, True, "promoted"),
    (0.30, 0.40, 0.0, False, "promoted"),     # lower is better (e.g. a loss)
    (0.50, 0.40, 0.0, False, "rejected"),
])
def test_decide_compares_with_margin_and_direction(challenger, champion, min_imp, higher, expected):
    d = gate.decide("m", "2", challenger, "1", champion, min_imp, higher)
    assert d.decision == expected
    assert d.champion_value == champion and d.challenger_value == challenger


def test_decide_same_version_and_bad_values():
    # #13 item 2: an earlier attempt already moved the alias: same decision, so the deploy runs
    assert gate.decide("m", "3", 0.9, "3", None).decision == "promoted"
    with pytest.raises(ValueError):
        gate.decide("m", "2", float("nan"), "1", 0.5)
    with pytest.raises(ValueError):
        gate.decide("m", "2", 0.6, "1", None)  # a champion without a metric is an error
    with pytest.raises(ValueError):
        gate.decide("m", "2", 0.6, "1", 0.5, min_improvement=-0.1)
