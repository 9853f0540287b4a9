"""Synthesize the platform: environments/<env>.yaml -> dist/<env>/<chart>.yaml.

Every environment is validated and built before anything is written; on any error nothing in
dist/ changes. Usage: python main.py [--env NAME ...] [--dist DIR] (default: $MLOPS_DIST, else dist/)
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# jsii prints a Node end-of-life banner on every start (the variable takes major versions).
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")

ROOT = Path(__file__).resolve().parent


def synthesize(envs: list[str], environments: Path | None = None) -> dict[str, dict[str, str]]:
    """env -> file name -> YAML text. Raises ConfigError before building anything, CustomResourceError
    (constructs_lib/crd_schemas.py) when a built custom resource is refused by its pinned CRD schema."""
    import cdk8s

    from constructs_lib import helm_values
    from constructs_lib.config import load_environment
    from constructs_lib.config.loader import ENVIRONMENTS_DIR
    from constructs_lib.output import render, summary
    from constructs_lib.platform import build_platform

    configs = {env: load_environment(env, environments or ENVIRONMENTS_DIR) for env in envs}
    rendered: dict[str, dict[str, str]] = {}
    for env, config in configs.items():
        app = cdk8s.App()
        files = {}
        platform = build_platform(app, config)
        for chart in platform.charts:
            documents = chart.to_json()
            files[f"{chart.chart_name}.yaml"] = render(documents, env=env, chart=chart.chart_name)
            print(f"{env}/{chart.chart_name}: {summary(documents)}")
        files.update(helm_values.render_files(config, platform.handles))  # dist/<env>/helm-values/*.yaml
        rendered[env] = files
    return rendered


def main(argv: list[str] | None = None) -> int:
    from constructs_lib.config import ConfigError, environment_names
    from constructs_lib.crd_schemas import CustomResourceError
    from constructs_lib.output import write_environments

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--env", action="append", help="environment(s) to synthesize (default: all)")
    parser.add_argument("--dist", type=Path, default=Path(os.environ.get("MLOPS_DIST") or ROOT / "dist"))
    parser.add_argument("--environments", type=Path, default=ROOT / "environments",
                        help="folder of <env>.yaml files (default: environments/)")
    args = parser.parse_args(argv)
    try:
        rendered = synthesize(args.env or environment_names(args.environments), args.environments)
    except ConfigError as error:
        print(f"synth failed: invalid configuration, dist/ left unchanged\n{error}", file=sys.stderr)
        return 2
    except CustomResourceError as error:
        print(f"synth failed: a custom resource does not match its pinned CRD schema, dist/ left unchanged\n{error}",
              file=sys.stderr)
        return 2
    write_environments(rendered, args.dist)
    # `cdk8s synth` (cdk8s.yaml) runs this app with CDK8S_OUTDIR and expects manifests there too.
    cli_outdir = os.environ.get("CDK8S_OUTDIR")
    if cli_outdir:
        out = Path(cli_outdir)
        out.mkdir(parents=True, exist_ok=True)
        for env, files in rendered.items():
            for name, text in files.items():
                if "/" not in name:
                    (out / f"{env}-{name}").write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
