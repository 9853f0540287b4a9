"""Helpers for the image tests: Dockerfile stages (dockerfile_parse, ARG-substituted), the image layout a
Dockerfile builds, .dockerignore matching, and the pinned versions the jobs are tested with."""
from __future__ import annotations

import glob
import re
import shlex
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from dockerfile_parse import DockerfileParser

ROOT = Path(__file__).resolve().parents[2]
DOCKER = ROOT / "docker"
SPARK_DOCKERFILE = DOCKER / "spark" / "Dockerfile"
FLINK_DOCKERFILE = DOCKER / "flink" / "Dockerfile"
DOCKERFILES = {"spark-jobs": SPARK_DOCKERFILE, "flink-job": FLINK_DOCKERFILE}

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)")


@dataclass
class Instruction:
    name: str  # upper-case instruction
    value: str  # after ARG substitution (build-time ARG defaults of the stage)
    raw: str


@dataclass
class Stage:
    base: str  # image reference or an earlier stage's name, ARG-substituted
    name: str | None
    instructions: list[Instruction] = field(default_factory=list)
    args: dict[str, str] = field(default_factory=dict)  # ARG values in the stage (defaults, global inherited)

    def all(self, name: str) -> list[Instruction]:
        return [i for i in self.instructions if i.name == name]

    @property
    def last_user(self) -> str | None:
        users = self.all("USER")
        return users[-1].value.strip() if users else None

    @property
    def workdir(self) -> str | None:
        dirs = self.all("WORKDIR")
        return dirs[-1].value.strip() if dirs else None


def substitute(text: str, args: dict[str, str]) -> str:
    return _VAR.sub(lambda m: args.get(m.group(1) or m.group(2), m.group(0)), text)


def parse(path: Path) -> list[Stage]:
    """Stages in order. ARGs before the first FROM apply to FROM lines; ARGs in a stage apply after them."""
    parser = DockerfileParser(path=str(path))
    global_args: dict[str, str] = {}
    stages: list[Stage] = []
    stage_args: dict[str, str] = {}
    for item in parser.structure:
        name, value = item["instruction"].upper(), item["value"]
        if name == "COMMENT":
            continue
        if name == "FROM":
            parts = substitute(value, global_args).split()
            alias = parts[2] if len(parts) == 3 and parts[1].upper() == "AS" else None
            stages.append(Stage(base=parts[0], name=alias))
            stage_args = {}
            continue
        if name == "ARG":
            key, eq, default = value.partition("=")
            key, default = key.strip(), default.strip().strip('"')
            if not stages:
                global_args[key] = default
            else:
                # `ARG NAME` without a default in a stage takes the value of the global ARG (Docker semantics)
                stage_args[key] = default if eq else global_args.get(key, "")
                stages[-1].args[key] = stage_args[key]
        target = stages[-1] if stages else None
        if target is not None:
            target.instructions.append(Instruction(name, substitute(value, stage_args), value))
    return stages


def stage_map(stages: list[Stage]) -> dict[str, Stage]:
    return {s.name: s for s in stages if s.name}


def external_bases(stages: list[Stage]) -> list[str]:
    names = {s.name for s in stages if s.name}
    return [s.base for s in stages if s.base not in names]


def split_copy(value: str) -> tuple[dict[str, str], list[str], str]:
    """COPY value -> (flags, sources, destination)."""
    words = shlex.split(value)
    flags = {}
    while words and words[0].startswith("--"):
        key, _, val = words.pop(0)[2:].partition("=")
        flags[key] = val
    if len(words) < 2:
        raise ValueError(f"COPY needs a source and a destination: {value!r}")
    return flags, words[:-1], words[-1]


def copy_destinations(sources: list[str], dest: str) -> list[str]:
    """Where each source file lands (directory destination when it ends with / or there are several)."""
    if dest.endswith("/") or len(sources) > 1:
        return [str(PurePosixPath(dest) / PurePosixPath(s).name) for s in sources]
    return [dest]


def context_sources(stages: list[Stage]) -> list[str]:
    """Every COPY/ADD source taken from the build context (the repository root)."""
    out = []
    for stage in stages:
        for ins in stage.all("COPY") + stage.all("ADD"):
            flags, sources, _ = split_copy(ins.value)
            if "from" not in flags:
                out.extend(sources)
    return out


def final_layout(stages: list[Stage], root: Path = ROOT) -> dict[str, str]:
    """Files of the final stage that come from COPY instructions: image path -> origin.

    Context sources are expanded against the repository (globs included); `--from=<stage>` files keep
    their stage path as origin; directory copies from a stage are recorded as the directory."""
    final = stages[-1]
    layout: dict[str, str] = {}
    for ins in final.all("COPY"):
        flags, sources, dest = split_copy(ins.value)
        if "from" in flags:
            for src, target in zip(sources, copy_destinations(sources, dest), strict=True):
                if src.endswith("/"):
                    layout[dest.rstrip("/") + "/"] = f"{flags['from']}:{src}"
                else:
                    layout[target] = f"{flags['from']}:{src}"
            continue
        files = []
        for src in sources:
            matches = sorted(glob.glob(str(root / src)))
            files.extend(str(Path(m).relative_to(root)) for m in matches)
        for src, target in zip(files, copy_destinations(files, dest) if files else [], strict=True):
            layout[target] = src
    return layout


def asserted_base_files(stage: Stage) -> set[str]:
    """Files a RUN of the stage checks with `test -f` (the build fails if the base lacks them)."""
    found = set()
    for ins in stage.all("RUN"):
        found.update(m.strip("\"'") for m in re.findall(r"test -f (\"[^\"]+\"|'[^']+'|\S+)", ins.value))
    return found


def pins(path: Path) -> dict[str, str]:
    """requirements file -> {canonical name: version} (every line must be an exact `==` pin)."""
    out = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!-]+)", line)
        assert m, f"{path}: not an exact pin: {line!r}"
        out[re.sub(r"[-_.]+", "-", m.group(1)).lower()] = m.group(2)
    return out


def env_file(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" in line:
            key, _, value = line.partition("=")
            out[key.strip()] = value.strip()
    return out


def pom_properties(path: Path) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    tree = ET.parse(path).getroot()
    props = {el.tag.split("}", 1)[1]: (el.text or "").strip() for el in tree.find("m:properties", ns)}
    deps = []
    for dep in tree.findall("m:dependencies/m:dependency", ns):
        version = re.sub(r"\$\{([^}]+)\}", lambda m: props.get(m.group(1), m.group(0)),
                         (dep.findtext("m:version", namespaces=ns) or "").strip())
        deps.append((dep.findtext("m:groupId", namespaces=ns), dep.findtext("m:artifactId", namespaces=ns), version))
    return props, deps


def repo_file(relative: str) -> Path:
    """A file of this repository the image checks compare against."""
    path = ROOT / relative
    assert path.exists(), f"{relative} is missing from the checkout"
    return path


# --- .dockerignore (Docker semantics: last matching pattern wins, `!` re-includes, a pattern matching a
# parent directory matches everything below it; `*` does not cross `/`, `**` does) ---------------------
def _pattern_regex(pattern: str) -> re.Pattern:
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + "$")


def dockerignore_rules(path: Path) -> list[tuple[bool, re.Pattern]]:
    rules = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        rules.append((negate, _pattern_regex(line.lstrip("!").strip("/"))))
    return rules


def is_sent(relative: str, rules: list[tuple[bool, re.Pattern]]) -> bool:
    """True if the file reaches the build context."""
    parts = relative.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    excluded = False
    for negate, regex in rules:
        if any(regex.match(p) for p in prefixes):
            excluded = not negate
    return not excluded
