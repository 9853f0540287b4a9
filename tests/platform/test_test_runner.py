"""scripts/test_totals.py, the closing step of scripts/test.sh: totals, and no skip without a named reason."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

REPORT = """<testsuites><testsuite name="s" tests="3">
<testcase classname="tests.x.test_a" name="test_ok" file="tests/x/test_a.py"/>
<testcase classname="tests.x.test_a" name="test_skip[dev]" file="tests/x/test_a.py"><skipped message="no input"/></testcase>
<testcase classname="tests.x.test_a.TestK" name="test_m" file="tests/x/test_a.py"><skipped message="later"/></testcase>
</testsuite></testsuites>"""


def totals(tmp_path, allowed: str) -> subprocess.CompletedProcess:
    (tmp_path / "results").mkdir(exist_ok=True)
    (tmp_path / "results" / "s.xml").write_text(REPORT)
    (tmp_path / "allowed.txt").write_text(allowed)
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "test_totals.py"), str(tmp_path / "results"),
                           str(tmp_path / "allowed.txt")], capture_output=True, text=True, check=False)


def test_a_skip_not_allowed_fails_the_run_naming_it(tmp_path):
    result = totals(tmp_path, "tests/x/test_a.py::test_skip[dev] -- the reason\n")
    assert result.returncode == 1
    assert "SKIPPED (not allowed) tests/x/test_a.py::TestK::test_m: later" in result.stdout
    assert "SKIPPED (not allowed) tests/x/test_a.py::test_skip" not in result.stdout
    assert "total: 1 passed, 0 failed, 2 skipped (1 allowed)" in result.stdout


def test_allowed_skips_pass_and_need_a_reason(tmp_path):
    assert totals(tmp_path, "tests/x/test_a.py::test_skip[dev] -- r1\ntests/x/test_a.py::TestK::* -- r2\n").returncode == 0
    no_reason = totals(tmp_path, "tests/x/test_a.py::test_skip[dev] -- r1\ntests/x/test_a.py::TestK::*\n")
    assert no_reason.returncode == 1 and "has no reason" in no_reason.stdout


def test_the_allow_list_has_a_reason_on_every_line():
    for line in (ROOT / "tests" / "allowed-skips.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            assert line.partition(" -- ")[2].strip(), line
