"""promtool is the Prometheus release the pinned kube-prometheus-stack deploys: rules are checked and unit-tested
by the PromQL engine and template functions that will evaluate them."""
from __future__ import annotations

import re
import subprocess

import yaml

from constructs_lib.chart_archives import chart_dir
from constructs_lib.observability import selectors


def test_promtool_matches_the_prometheus_image_of_the_chart(promtool):
    values = yaml.safe_load((chart_dir(selectors.RELEASE) / "values.yaml").read_text())
    tag = values["prometheus"]["prometheusSpec"]["image"]["tag"]          # e.g. v3.14.0-distroless
    image_version = re.match(r"^v(\d+\.\d+\.\d+)", tag).group(1)
    out = subprocess.run([str(promtool), "--version"], capture_output=True, text=True, check=True)
    promtool_version = re.search(r"promtool, version (\S+)", out.stdout + out.stderr).group(1)
    assert promtool_version == image_version, (
        f"promtool {promtool_version} but the chart deploys Prometheus {image_version}: set PROMTOOL_VERSION in "
        f"tools/versions.env to v0.{image_version.split('.')[0]}{int(image_version.split('.')[1]):02d}."
        f"{image_version.split('.')[2]}")
