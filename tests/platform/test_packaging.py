"""pyproject.toml: the library's declared dependencies are the ones the pinned platform venv holds, and
this checkout is what the platform venv imports (scripts/venv.sh installs it editable)."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def pins(name: str) -> dict[str, str]:
    out = {}
    for line in (ROOT / "requirements" / f"{name}.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            package, _, version = line.partition("==")
            out[canonicalize_name(package)] = version
    return out


def test_every_dependency_is_pinned_in_the_platform_requirements_and_satisfied():
    pinned = pins("platform")
    requirements = [Requirement(r) for r in PROJECT["dependencies"]]
    requirements += [Requirement(r) for extra in PROJECT["optional-dependencies"].values() for r in extra]
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement} is not pinned in requirements/platform.txt"
        assert requirement.specifier.contains(pinned[name], prereleases=True), f"{requirement} vs =={pinned[name]}"


def test_the_platform_venv_imports_this_checkout_and_has_the_entry_points():
    code = "import constructs_lib, validation, main; print(constructs_lib.__file__, main.__file__)"
    result = subprocess.run([sys.executable, "-c", code], cwd="/", capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(ROOT / "constructs_lib" / "__init__.py"), str(ROOT / "main.py")]
    for command in ("mlops-synth", "mlops-validate"):
        result = subprocess.run([str(Path(sys.executable).parent / command), "--help"], cwd="/", capture_output=True,
                                text=True, check=False)
        assert result.returncode == 0 and "usage:" in result.stdout, result.stdout + result.stderr
