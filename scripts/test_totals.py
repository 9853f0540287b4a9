"""The closing lines of scripts/test.sh: totals over the suites' JUnit XML files, and the skip policy.

    python3 scripts/test_totals.py RESULTS_DIR ALLOWED_SKIPS_FILE

A skipped test fails the run unless ALLOWED_SKIPS_FILE has a line `<node id> -- <reason>` for it (the
exact node id, or a pattern with `*`). Exit status 1 on any failure, any skip not allowed, a malformed allow line, or no test passed.
"""
from __future__ import annotations

import fnmatch
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def load_allowed(path: Path) -> tuple[dict[str, str], list[str]]:
    allowed: dict[str, str] = {}
    problems: list[str] = []
    if not path.exists():
        return allowed, problems
    for number, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        pattern, _, reason = (part.strip() for part in line.partition(" -- "))
        if not reason:
            problems.append(f"{path.name}:{number}: `{pattern}` has no reason (write `<node id> -- <reason>`)")
        else:
            allowed[pattern] = reason
    return allowed, problems


def node_id(case: ET.Element) -> str:
    """pytest's node id from an xunit1 testcase (file, classname, name)."""
    file, classname, name = case.get("file", ""), case.get("classname", ""), case.get("name", "")
    module = file.removesuffix(".py").replace("/", ".")
    if file and classname.startswith(module + "."):
        return f"{file}::{classname[len(module) + 1:].replace('.', '::')}::{name}"
    return f"{file}::{name}" if file else f"{classname}::{name}"


def main(results: Path, allowed_file: Path) -> int:
    allowed, problems = load_allowed(allowed_file)
    passed = failed = 0
    skips: list[tuple[str, str]] = []
    for report in sorted(results.glob("*.xml")):
        for suite in ET.parse(report).getroot().iter("testsuite"):
            for case in suite.iter("testcase"):
                outcome = {child.tag for child in case}
                if outcome & {"failure", "error"}:
                    failed += 1
                elif "skipped" in outcome:
                    skipped = case.find("skipped")
                    message = skipped.get("message", "") if skipped is not None else ""
                    skips.append((node_id(case), message))
                else:
                    passed += 1
    used: set[str] = set()
    not_allowed = []
    for test, message in skips:
        match = next((p for p in allowed if p == test or fnmatch.fnmatchcase(test, p)), None)
        if match is None:
            not_allowed.append(f"SKIPPED (not allowed) {test}: {message}")
        else:
            used.add(match)
    for line in not_allowed + problems:
        print(line)
    if not_allowed:
        print(f"{len(not_allowed)} skip(s) not allowed: a test lacking its input must fail naming the command that "
              f"provides it; a deliberate skip needs a line in {allowed_file.name} with its reason")
    for pattern in sorted(set(allowed) - used):
        print(f"note: {allowed_file.name}: `{pattern}` matched no skip in this run")
    print(f"total: {passed} passed, {failed} failed, {len(skips)} skipped"
          + (f" ({len(skips) - len(not_allowed)} allowed)" if skips else ""))
    return 1 if failed or not_allowed or problems or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
