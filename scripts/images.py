"""Build (and push) the job images with the names and tags of docker/images.yaml, the same file
the synthesized specs read. Usage: python scripts/images.py [--push] [--dry-run]"""
from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from constructs_lib.images import load_images  # noqa: E402

# image name in docker/images.yaml -> Dockerfile
DOCKERFILES = {"spark-jobs": "docker/spark/Dockerfile", "flink-job": "docker/flink/Dockerfile"}


def commands(push: bool) -> list[list[str]]:
    images = load_images()
    result = []
    for name, dockerfile in DOCKERFILES.items():
        ref = images.ref(name)
        result.append(["docker", "build", "--file", dockerfile, "--tag", ref, "."])
        if push:
            result.append(["docker", "push", ref])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--push", action="store_true", help="push after building")
    parser.add_argument("--dry-run", action="store_true", help="print the commands only")
    args = parser.parse_args(argv)
    for command in commands(args.push):
        print(shlex.join(command), flush=True)
        if not args.dry_run:
            subprocess.run(command, cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
