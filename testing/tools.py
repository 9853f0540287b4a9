"""The pinned CLI tools (helm, helmfile, actionlint, promtool) as the tests find them."""
from __future__ import annotations

import subprocess
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def pinned_tools_bin() -> Path:
    """The directory of the tools pinned in tools/versions.env, built once from the Go module proxy by
    scripts/install-tools.sh (the setup step of scripts/test.sh); a test never builds them itself."""
    result = subprocess.run([str(ROOT / "scripts" / "install-tools.sh"), "--path"], capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        pytest.fail(f"{result.stderr.strip()} (run `make tools`; scripts/test.sh does it in its setup step)")
    return Path(result.stdout.strip().splitlines()[-1])
