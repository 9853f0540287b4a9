#!/usr/bin/env python3
"""Build (and push) the platform's job images with the names and tags of docker/images.yaml.

    scripts/images.py [--push] [--dry-run] [--only spark-jobs|flink-job] [--images-file PATH]

--dry-run prints the docker commands instead of running them (one per line, shell-quoted). The build
context is the repository root (see .dockerignore); each image has its Dockerfile under docker/.
`make images` runs this with --push.
"""
from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from constructs_lib.images import IMAGES_FILE, load_images

ROOT = Path(__file__).resolve().parents[1]

# image name in docker/images.yaml -> Dockerfile (relative to the repository root = build context)
DOCKERFILES = {
    "spark-jobs": "docker/spark/Dockerfile",
    "flink-job": "docker/flink/Dockerfile",
}


def commands(images_file: Path = IMAGES_FILE, *, push: bool = False, only: list[str] | None = None) -> list[list[str]]:
    images = load_images(images_file)
    unknown = set(only or []) - set(DOCKERFILES)
    if unknown:
        raise SystemExit(f"unknown image(s) {sorted(unknown)}; known: {sorted(DOCKERFILES)}")
    cmds = []
    for name, dockerfile in DOCKERFILES.items():
        if only and name not in only:
            continue
        ref = images.ref(name)
        cmds.append(["docker", "build", "-f", dockerfile, "-t", ref,
                     "--label", f"org.opencontainers.image.version={ref.rsplit(':', 1)[1]}", "."])
        if push:
            cmds.append(["docker", "push", ref])
    return cmds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--push", action="store_true", help="push each image after building it")
    parser.add_argument("--dry-run", action="store_true", help="print the commands, run nothing")
    parser.add_argument("--only", action="append", metavar="NAME", help="build only this image (repeatable)")
    parser.add_argument("--images-file", type=Path, default=IMAGES_FILE, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    cmds = commands(args.images_file, push=args.push, only=args.only)
    if args.dry_run:
        for cmd in cmds:
            print(shlex.join(cmd))
        return 0
    if shutil.which("docker") is None:
        print("docker not found on PATH (use --dry-run to see the commands)", file=sys.stderr)
        return 1
    for cmd in cmds:
        print("+", shlex.join(cmd), flush=True)
        subprocess.run(cmd, cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
