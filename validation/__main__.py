"""`make validate`: schema-check every object in dist/ and run checkov; print the counts."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    from constructs_lib.config import load_environment
    from validation import checkov_gate
    from validation.crds import SchemasMissing, crd_schemas
    from validation.manifests import validate_file

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--checkov", type=Path, help="checkov executable (skip checkov when absent)")
    args = parser.parse_args(argv)
    # Missing inputs end with one line naming the command that provides them, not a traceback.
    environments = sorted(p for p in args.dist.iterdir() if p.is_dir() and not p.name.startswith(".")) \
        if args.dist.is_dir() else []
    if not environments:
        print(f"validate: no synthesized environments in {args.dist}: run `make synth`", file=sys.stderr)
        return 2
    try:
        crd_schemas()
    except SchemasMissing as missing:
        print(f"validate: {missing}", file=sys.stderr)
        return 2
    if args.checkov and not args.checkov.exists():
        print(f"validate: checkov not found at {args.checkov}: run `scripts/venv.sh checkov`", file=sys.stderr)
        return 2

    objects, problems = 0, []
    for env_dir in environments:
        version = load_environment(env_dir.name).cluster.kubernetes_version
        for path in sorted(env_dir.glob("*.yaml")):
            count, found = validate_file(path, version)
            objects += count
            problems += found
    for problem in problems:
        print(f"SCHEMA ERROR {problem}")
    print(f"schemas: {objects} objects, {len(problems)} errors")

    failed = bool(problems) or objects == 0
    if args.checkov:
        findings = checkov_gate.run_checkov(args.checkov, args.dist)
        open_findings, suppressed, unused = checkov_gate.split(findings, checkov_gate.load_suppressions())
        for finding in open_findings:
            print(f"CHECKOV {finding.check} {finding.resource} ({finding.file}): {finding.name}")
        for suppression in unused:
            print(f"CHECKOV unused suppression {suppression.check} {suppression.resource}: remove it")
        print(f"checkov: {len(findings)} findings, {len(open_findings)} unsuppressed, "
              f"{len(suppressed)} suppressed, {len(unused)} unused suppressions")
        failed = failed or bool(open_findings) or bool(unused)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
