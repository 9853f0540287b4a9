"""Chart archives for the Helm releases, through the project's chart fetch
(constructs_lib.chart_archives: verified against charts.lock, cached under $MLOPS_CACHE/charts).
Resolved before the tier enters its network namespace (a cache miss may need `helm pull`)."""
from __future__ import annotations

from pathlib import Path


def archives(releases: list[str]) -> dict[str, Path | str]:
    """release -> archive path, or why it cannot be had (the message names the command that provides it)."""
    try:
        from constructs_lib.chart_archives import ChartError, chart_archive
    except ImportError as err:
        return {r: f"the chart fetch (constructs_lib.chart_archives, `make charts`) is not available: {err}"
                for r in releases}
    out: dict[str, Path | str] = {}
    for release in releases:
        try:
            out[release] = chart_archive(release)
        except ChartError as err:
            out[release] = str(err)
    return out
