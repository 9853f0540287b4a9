"""Derive the committed key/type tree of a chart that has no archive (run once by hand, never by tests):

    python scripts/derive_values_tree.py CHART_FILES_DIR schemas/charts/<release>

CHART_FILES_DIR holds the chart's Chart.yaml, values.yaml and values.schema.json. Writes values.yaml
(the chart defaults as data, comments dropped) and values.schema.json (the schema with its prose
keywords - description, x-docsSection, examples - dropped); validation/chart_values.py checks values
against them as it does against an archive. The folder's SOURCE.md says where the files came from.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

PROSE = {"description", "x-docsSection", "examples"}


def strip(node, in_properties: bool = False):
    if isinstance(node, list):
        return [strip(item) for item in node]
    if not isinstance(node, dict):
        return node
    if in_properties:  # keys are field names, not keywords
        return {key: strip(value) for key, value in node.items()}
    return {key: strip(value, key in ("properties", "patternProperties", "definitions", "$defs"))
            for key, value in node.items() if key not in PROSE}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args(argv)
    chart = yaml.safe_load((args.source / "Chart.yaml").read_text())
    defaults = yaml.safe_load((args.source / "values.yaml").read_text())
    schema = strip(json.loads((args.source / "values.schema.json").read_text()))
    args.target.mkdir(parents=True, exist_ok=True)
    (args.target / "values.yaml").write_text(
        f"# Derived from chart {chart['name']} {chart['version']} values.yaml by scripts/derive_values_tree.py "
        "(see SOURCE.md). Do not edit.\n" + yaml.safe_dump(defaults, sort_keys=False, width=120))
    (args.target / "values.schema.json").write_text(json.dumps(schema, indent=1, ensure_ascii=False) + "\n")
    print(f"{args.target}: chart {chart['name']} {chart['version']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
