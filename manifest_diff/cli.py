"""`make diff [BASE=<ref>]`: what a change does to everything Argo CD would apply.

Builds BASE (default: the merge base of HEAD with main) in a worktree and the working tree (or
--head REF), synthesizes both, renders every Helm release of their Argo CD Applications from the
pinned chart archives, and prints a semantic diff per environment keyed by (application, kind,
namespace, name). Exit status: 0 no change, 1 changes, 2 error.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from manifest_diff import report
from manifest_diff.charts import ChartRenderError, Helm
from manifest_diff.engine import EnvDiff, diff_environment
from manifest_diff.sides import Archives, Side, SideError, cache_root, checkout, environment_outputs, git, \
    scratch_dir, synthesize

ROOT = Path(__file__).resolve().parents[1]
MAIN_CANDIDATES = ("main", "origin/main")


def log(message: str) -> None:
    print(f"diff: {message}", file=sys.stderr, flush=True)


def default_base(repo: Path) -> tuple[str, str]:
    for branch in MAIN_CANDIDATES:
        try:
            return git(repo, "merge-base", "HEAD", branch), f"merge base with {branch}"
        except SideError:
            continue
    raise SideError("no BASE given and no `main` or `origin/main` to take the merge base with; pass BASE=<ref>")


def resolve(repo: Path, ref: str) -> str:
    return git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")


def helm_binary() -> Path:
    tools = subprocess.run([str(ROOT / "scripts" / "install-tools.sh")], capture_output=True, text=True, check=False)
    if tools.returncode != 0:
        raise SideError(f"scripts/install-tools.sh failed:\n{tools.stderr.strip()[-2000:]}")
    return Path(tools.stdout.strip().splitlines()[-1]) / "helm"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make diff", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", help="git ref to compare against (default: merge base of HEAD with main)")
    parser.add_argument("--head", help="git ref to compare (default: the working tree, uncommitted changes included)")
    parser.add_argument("--repo", type=Path, default=Path.cwd(), help="repository (default: current directory)")
    parser.add_argument("--env", action="append", help="environment(s) to compare (default: all)")
    parser.add_argument("--format", choices=("terminal", "markdown"), default="terminal", help="stdout format")
    parser.add_argument("--markdown", type=Path, help="also write the Markdown form (PR comment) to this file")
    parser.add_argument("--json", type=Path, help="also write a machine-readable form to this file")
    parser.add_argument("--max-changes", type=int, default=20, help="field changes shown per object (default 20)")
    return parser.parse_args(argv)


def environments(dists: list[Path], wanted: list[str] | None) -> list[str]:
    found = sorted({p.name for d in dists if d.is_dir() for p in d.iterdir() if p.is_dir()})
    if wanted:
        missing = sorted(set(wanted) - set(found))
        if missing:
            raise SideError(f"no environment {', '.join(missing)} (have: {', '.join(found)})")
        return [e for e in found if e in wanted]
    return found


def build(side: Side) -> None:
    start = time.monotonic()
    synthesize(side.root, side.dist)
    log(f"synthesized {side.label} in {time.monotonic() - start:.1f}s")


def compare(base: Side, head: Side, helm: Helm, envs: list[str], scratch: Path) -> list[EnvDiff]:
    base_archives = Archives([base.root / "charts.lock", head.root / "charts.lock"])
    head_archives = Archives([head.root / "charts.lock"])
    diffs = []
    for env in envs:
        start = time.monotonic()
        old = environment_outputs(base, env, helm, base_archives, scratch) if (base.dist / env).is_dir() else []
        new = environment_outputs(head, env, helm, head_archives, scratch) if (head.dist / env).is_dir() else []
        diffs.append(diff_environment(env, old, new))
        log(f"{env}: rendered and compared in {time.monotonic() - start:.1f}s")
    return diffs


def run(args: argparse.Namespace) -> int:
    repo = Path(git(args.repo, "rev-parse", "--show-toplevel"))
    if args.base:
        base_sha, base_why = resolve(repo, args.base), args.base
    else:
        base_sha, base_why = default_base(repo)
    scratch = scratch_dir()
    try:
        helm = Helm(helm_binary(), cache_root() / "diff-renders")
        with checkout(repo, base_sha, "base") as base_root:
            base = Side(f"base {base_sha[:10]} ({base_why})", base_root, scratch / "base")
            build(base)
            if args.head:
                head_sha = resolve(repo, args.head)
                with checkout(repo, head_sha, "head") as head_root:
                    head = Side(f"head {head_sha[:10]} ({args.head})", head_root, scratch / "head")
                    build(head)
                    diffs = compare(base, head, helm, environments([base.dist, head.dist], args.env), scratch)
            else:
                head = Side("working tree", repo, scratch / "head")
                build(head)
                diffs = compare(base, head, helm, environments([base.dist, head.dist], args.env), scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    options = report.Options(max_changes=args.max_changes)
    header = f"{base.label} → {head.label}"
    if args.markdown:
        args.markdown.write_text(report.markdown(diffs, options, header=f"`{base.label}` → `{head.label}`"))
    if args.json:
        args.json.write_text(report.as_json(diffs))
    text = report.markdown(diffs, options, header=header) if args.format == "markdown" else \
        report.terminal(diffs, options, header=header)
    sys.stdout.write(text)
    return 1 if any(d.changed for d in diffs) else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return run(args)
    except (SideError, ChartRenderError) as error:
        print(f"diff failed: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 - chart fetch errors, bugs: an uncaught one would exit 1 ("changes")
        import traceback

        traceback.print_exc()
        print(f"diff failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
