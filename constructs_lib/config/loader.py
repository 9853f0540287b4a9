"""Load environments/<env>.yaml into a PlatformConfig, or fail with every problem named."""
from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from constructs_lib.config import rules
from constructs_lib.config.models import PlatformConfig

ENVIRONMENTS_DIR = Path(__file__).resolve().parents[2] / "environments"


class ConfigError(Exception):
    """Invalid configuration. `problems` lists (file, key path, rule)."""

    def __init__(self, problems: list[tuple[str, str, str]]):
        self.problems = problems
        super().__init__("\n".join(f"{file}: {path}: {rule}" for file, path, rule in problems))


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML keeps the last of two equal keys silently; a config file must not."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.MarkedYAMLError(problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def environment_names(directory: Path = ENVIRONMENTS_DIR) -> list[str]:
    return sorted(p.stem for p in directory.glob("*.yaml"))


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(ENVIRONMENTS_DIR.parent))
    except ValueError:
        return str(path)


def _key_path(loc: tuple) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif str(part).startswith("function-after") or str(part) in ("str", "int"):
            continue  # pydantic's validator names, not keys of the file
        else:
            path += f".{part}" if path else str(part)
    return path or "(top level)"


def load_environment(name_or_path: str | Path, directory: Path = ENVIRONMENTS_DIR) -> PlatformConfig:
    path = Path(name_or_path)
    if path.suffix != ".yaml":
        path = directory / f"{name_or_path}.yaml"
    shown = _display(path)
    if not path.is_file():
        known = ", ".join(environment_names(directory)) or "none"
        raise ConfigError([(shown, "(file)", f"unknown environment {path.stem!r}: known environments are {known}")])
    try:
        data = yaml.load(path.read_text(), Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        raise ConfigError([(shown, "(yaml)", f"not valid YAML: {error}")]) from None
    if not isinstance(data, dict):
        raise ConfigError([(shown, "(top level)", "must be a mapping of settings")])
    try:
        config = PlatformConfig.model_validate(data)
    except ValidationError as error:
        raise ConfigError([
            (shown, _key_path(e["loc"]), _rule_text(e)) for e in error.errors(include_url=False)
        ]) from None
    problems = rules.check(config, file_stem=path.stem)
    if problems:
        raise ConfigError([(shown, key, rule) for key, rule in problems])
    return config


def _rule_text(error: ErrorDetails) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown key (not part of the configuration schema; check the spelling)"
    if kind == "missing":
        return "required key is missing"
    message = error["msg"].removeprefix("Value error, ")
    return f"{message} [{kind}]"
