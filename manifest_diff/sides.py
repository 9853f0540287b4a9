"""One side of the diff: a checkout of the repository, its synthesized output, and everything its
Argo CD Applications would apply (dist files and rendered Helm releases)."""
from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import yaml

from constructs_lib.chart_render import load_documents
from manifest_diff.applications import Application, ChartSource, applications, included
from manifest_diff.charts import Helm, Request, values_object
from manifest_diff.objects import AppOutput


class SideError(RuntimeError):
    pass


@dataclass(frozen=True)
class Side:
    label: str     # "base 1a2b3c4 (merge base with main)", "working tree"
    root: Path     # the checkout: value files, charts.lock, environments/
    dist: Path     # its freshly synthesized dist/

    def path(self, repo_path: str) -> Path:
        """A repository path of this side; dist/ means the synthesized output, not the committed one."""
        parts = Path(repo_path).parts
        if parts and parts[0] == "dist":
            return self.dist.joinpath(*parts[1:])
        return self.root / repo_path


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SideError(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout.strip()


def cache_root() -> Path:
    return Path(os.environ.get("MLOPS_CACHE") or Path.home() / ".cache" / "mlops-platform")


@contextmanager
def checkout(repo: Path, commit: str, slot: str) -> Iterator[Path]:
    """A detached worktree of `commit`, kept between runs under $MLOPS_CACHE/diff-worktrees (or
    MLOPS_DIFF_WORKTREES) so its compiled bindings stay and the next run synthesizes fast. Locked while used."""
    top = Path(git(repo, "rev-parse", "--show-toplevel"))
    base = Path(os.environ.get("MLOPS_DIFF_WORKTREES") or cache_root() / "diff-worktrees")
    folder = base / hashlib.sha256(str(top).encode()).hexdigest()[:12]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / slot
    with open(folder / f"{slot}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        git(top, "worktree", "prune")
        if (path / ".git").exists():
            git(path, "checkout", "--quiet", "--detach", "--force", commit)
            git(path, "clean", "-fdq")
        else:
            git(top, "worktree", "add", "--quiet", "--detach", "--force", str(path), commit)
        yield path


def synthesize(root: Path, out: Path) -> None:
    """The checkout's own synth (its own code and pins) into `out`. Its generated bindings are
    byte-compiled first (importing ~26 MB of uncompiled Python costs seconds per synth; a no-op
    when they are current, and the worktrees are kept between runs)."""
    env = {**os.environ, "CDK8S_CHECK_UPGRADE": "false"}
    venv = _run(root, ["bash", "scripts/venv.sh", "platform"], env, "scripts/venv.sh platform")
    python = str(Path(venv.strip().splitlines()[-1]) / "bin" / "python")
    packages = [p for p in ("imports", "constructs_lib") if (root / p).is_dir()]
    _run(root, [python, "-O", "-m", "compileall", "-q", "-j", "0", *packages], env, "compileall")
    _run(root, [python, "-O", "main.py", "--dist", str(out)], env, "synth")


def _run(root: Path, command: list[str], env: dict, what: str) -> str:
    result = subprocess.run(command, cwd=root, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        raise SideError(f"{what} failed in {root}:\n{(result.stderr or result.stdout).strip()[-3000:]}")
    return result.stdout


def kube_version(side: Side, env: str) -> str | None:
    path = side.root / "environments" / f"{env}.yaml"
    data = yaml.safe_load(path.read_text()) if path.is_file() else None
    version = ((data or {}).get("cluster") or {}).get("kubernetes_version")
    return f"{version}.0" if version and str(version).count(".") == 1 else version


class Archives:
    """Chart archives by (repository, chart, version), verified against the side's charts.lock
    (and the working tree's, for a base that predates a lock entry)."""

    def __init__(self, lock_files: list[Path]):
        from constructs_lib import chart_archives

        self.fetch = chart_archives
        self.entries = [(f, e) for f in lock_files if f.is_file() for e in chart_archives.locked_charts(f).values()]

    def find(self, source: ChartSource) -> tuple[Path, str]:
        for lock_file, entry in self.entries:
            if (entry.chart, entry.version, entry.repository.rstrip("/")) == (
                    source.chart, source.version, source.repo_url.rstrip("/")):
                return self.fetch.chart_archive(entry.release, lock_file=lock_file), str(entry.sha256)
        raise self.fetch.ChartUnavailable(
            f"{source.chart} {source.version} from {source.repo_url} is in no charts.lock; "
            "run `python scripts/fetch_charts.py --lock` after changing a pin")


def _value_files(side: Side, app: Application, source: ChartSource, scratch: Path) -> tuple[Path, ...]:
    files = [side.path(v) for v in source.value_files]
    for path in files:
        if not path.is_file():
            raise SideError(f"{side.label}: Application {app.name} value file {path} does not exist")
    if source.inline_values:
        inline = scratch / f"{app.name}-inline-values.yaml"
        inline.write_text(source.inline_values)
        files.append(inline)
    return tuple(files)


def environment_outputs(side: Side, env: str, helm: Helm, archives: Archives, scratch: Path) -> list[AppOutput]:
    """Per Argo CD Application of `env`: its objects. Files of dist/<env> that no Application syncs
    (the Spark templates the DAG submits) appear as their own `(not synced)` entry."""
    env_dir = side.dist / env
    if not env_dir.is_dir():
        raise SideError(f"{side.label}: synth wrote no {env_dir}")
    outputs: list[AppOutput] = []
    used: set[Path] = set()
    jobs = []
    for app in applications(env_dir):
        out = AppOutput(app.name, "", namespace=app.namespace)
        sources = []
        for d in app.directories:
            folder = side.path(d.path)
            for path in sorted(p for p in folder.glob("*") if p.is_file() and included(p.name, d.include)):
                out.objects.extend(load_documents(path.read_text()))
                used.add(path)
                sources.append(f"{d.path}/{path.name}")
        for c in app.charts:
            sources.append(f"chart {c.chart} {c.version}")
            jobs.append((out, app, c))
        out.source = ", ".join(sources)
        outputs.append(out)
    with ThreadPoolExecutor(max_workers=2) as pool:
        for out, _app, _source, result in pool.map(lambda job: (*job, _render(side, env, helm, archives, scratch, *job)),
                                            jobs):
            out.objects.extend(result.objects)
            out.volatile.update(result.volatile)
            if result.functions:
                out.volatile_reason = "chart templates call " + ", ".join(result.functions)
            if result.note:
                out.note = result.note
    for path in sorted(p for p in env_dir.glob("*.yaml") if p not in used):
        outputs.append(AppOutput(f"(not synced) {path.name}", f"dist/{env}/{path.name}",
                                 objects=load_documents(path.read_text())))
    return outputs


@dataclass
class _Rendered:
    objects: list[dict]
    volatile: dict
    functions: tuple[str, ...] = ()
    note: str = ""


def _render(side: Side, env: str, helm: Helm, archives: Archives, scratch: Path,
            out: AppOutput, app: Application, source: ChartSource) -> _Rendered:
    files = _value_files(side, app, source, scratch)
    try:
        archive, digest = archives.find(source)
    except archives.fetch.ChartUnavailable as missing:
        note = (f"{app.name}: chart {source.chart} {source.version} not rendered ({missing}); "
                "its merged values are compared instead")
        return _Rendered([values_object(source.release_name, app.namespace, source.chart, source.version, files)],
                         {}, note=note)
    render = helm.render(Request(source.release_name, app.namespace, archive, digest, files,
                                 kube_version(side, env)))
    return _Rendered(render.objects, render.volatile, render.functions)


def scratch_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="manifest-diff-"))
