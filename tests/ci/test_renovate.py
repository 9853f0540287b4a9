"""renovate.json knows every pin: each pin file has a manager, and every version line of the files read
by regex managers is extracted by one (depName/datasource set), so a bump arrives as a PR."""
from __future__ import annotations

import json
import re
from fnmatch import fnmatchcase

import pytest

from conftest import ROOT, tracked_files

CONFIG = json.loads((ROOT / "renovate.json").read_text())

# Renovate's built-in managers this repository relies on, with their default file patterns
# (renovatebot/renovate lib/modules/manager/<name>/index.ts, defaultConfig).
BUILTIN_DEFAULTS = {
    "helmfile": [r"(^|/)helmfile\.ya?ml(?:\.gotmpl)?$"],
    "dockerfile": [r"(^|/|\.)([Dd]ocker|[Cc]ontainer)file$", r"(^|/)([Dd]ocker|[Cc]ontainer)file[^/]*$"],
    "maven": [r"(^|/|\.)pom\.xml$"],
    "npm": [r"(^|/)package\.json$"],
    "pip_requirements": [r"(^|/)[\w-]*requirements([-.]\w+)?\.(txt|pip)$"],
    "github-actions": [r"(^|/)(workflow-templates|\.(?:github|gitea|forgejo)/(?:workflows|actions))/.+\.ya?ml$",
                       r"(^|/)action\.ya?ml$"],
}
# The repository's pin files: what pins a version of something fetched from a registry.
PIN_FILES = ("helmfile.yaml", "charts.lock", "docker/images.yaml", "docker/*/Dockerfile", "docker/*/requirements.txt",
             "requirements/*.txt", "tools/versions.env", "jobs/*/versions.env", "tools/maven/*/pom.xml",
             "package.json", "values/*.yaml", "environments/*.yaml", ".github/workflows/*.yml")
# Pin files no manager edits, each with the reason.
DERIVED = {
    "charts.lock": "digests of the helmfile.yaml pins: rewritten by the helmfile postUpgradeTasks",
}
# Version-like assignments that are not a package version to look up.
NOT_PACKAGES = {
    "KAFKA_SCALA_VERSION": "the Scala binary suffix of the Kafka artifact, not a release",
    "PYTHON_VERSION": "the project's Python minor (3.11), a rule, not a dependency",
}
ASSIGNMENT = re.compile(r"^(?:ARG\s+)?([A-Z][A-Z0-9_]*_VERSION)=[\"']?(\d[^\s#\"']*)", re.M)


def pattern(p: str) -> re.Pattern:
    """A managerFilePatterns entry: `/regex/` or a glob."""
    if p.startswith("/") and p.endswith("/") and len(p) > 1:
        return re.compile(p[1:-1])
    return re.compile(re.escape(p).replace(r"\*\*", ".*").replace(r"\*", "[^/]*") + "$")


def js_regex(source: str) -> re.Pattern:
    """Renovate matchStrings (JavaScript/RE2 named groups) as a Python regex."""
    return re.compile(source.replace("(?<", "(?P<").replace("(?P<=", "(?<=").replace("(?P<!", "(?<!"))


def managers_of(path: str) -> list[str]:
    names = []
    for name, defaults in BUILTIN_DEFAULTS.items():
        extra = (CONFIG.get(name) or {}).get("managerFilePatterns", [])
        if any(re.search(d, path) for d in defaults) or any(pattern(p).search(path) for p in extra):
            names.append(name)
    for i, manager in enumerate(CONFIG["customManagers"]):
        if any(pattern(p).search(path) for p in manager["managerFilePatterns"]):
            names.append(f"custom[{i}]")
    return names


def pin_files() -> list[str]:
    return sorted(f for f in tracked_files() if any(fnmatchcase(f, g) for g in PIN_FILES))


def extracted(path: str) -> list[dict]:
    """Every dependency the custom managers extract from the file: depName, datasource, currentValue."""
    text = (ROOT / path).read_text()
    deps = []
    for manager in CONFIG["customManagers"]:
        if not any(pattern(p).search(path) for p in manager["managerFilePatterns"]):
            continue
        for source in manager["matchStrings"]:
            for match in js_regex(source).finditer(text):
                groups = match.groupdict()
                deps.append({"depName": groups.get("depName") or manager.get("depNameTemplate"),
                             "datasource": groups.get("datasource") or manager.get("datasourceTemplate"),
                             "currentValue": groups["currentValue"], "at": match.start("currentValue")})
    return deps


def test_config_shape():
    assert CONFIG["$schema"] == "https://docs.renovatebot.com/renovate-schema.json"
    assert "config:recommended" in CONFIG["extends"]
    for manager in CONFIG["customManagers"]:
        assert manager["customType"] == "regex"
        for source in manager["matchStrings"]:
            assert "(?<currentValue>" in source, manager
            js_regex(source)
        assert manager.get("depNameTemplate") or all("(?<depName>" in s for s in manager["matchStrings"]), manager
        assert manager.get("datasourceTemplate") in {"go", "pypi", "maven", "docker", "npm"}, manager


def test_pin_inventory_finds_the_known_pin_files():
    found = pin_files()
    for expected in ("helmfile.yaml", "docker/images.yaml", "tools/versions.env", "requirements/platform.txt",
                     "jobs/spark/versions.env", "tools/maven/kafka/pom.xml", "docker/spark/Dockerfile"):
        assert expected in found


def test_no_pin_file_outside_the_inventory():
    """A new file with KEY_VERSION=x.y assignments or a FROM line must join PIN_FILES (and get a manager)."""
    skip = ("imports/", "dist/", "tests/", "schemas/", "scripts/", "bench/", "README", "CONTRIBUTING")
    known = set(pin_files())
    strays = [f for f in tracked_files() if f not in known and not f.startswith(skip)
              and (ASSIGNMENT.search((ROOT / f).read_text(errors="replace")) or f.endswith("Dockerfile"))]
    assert strays == []


@pytest.mark.parametrize("path", pin_files())
def test_every_pin_file_has_a_manager(path):
    if path in DERIVED:
        return
    assert managers_of(path), f"{path}: no Renovate manager matches it (renovate.json)"


@pytest.mark.parametrize("path", [f for f in pin_files() if f.endswith(("versions.env", "Dockerfile"))])
def test_every_version_assignment_is_extracted(path):
    text = (ROOT / path).read_text()
    offsets = {d["at"] for d in extracted(path)}
    missing = [m.group(1) for m in ASSIGNMENT.finditer(text)
               if m.group(1) not in NOT_PACKAGES and m.start(2) not in offsets]
    assert missing == [], f"{path}: no customManager extracts {missing} (renovate.json)"


@pytest.mark.parametrize("path", [f for f in pin_files() if f.startswith("values/")])
def test_every_image_tag_in_chart_values_is_extracted(path):
    tags = len(re.findall(r"^\s*tag:\s*\S", (ROOT / path).read_text(), re.M))
    assert len(extracted(path)) == tags


@pytest.mark.parametrize("path", [f for f in pin_files() if f.startswith("environments/")])
def test_kafka_version_of_each_environment_is_extracted(path):
    import yaml

    version = str(yaml.safe_load((ROOT / path).read_text())["kafka"]["version"])
    assert [d["currentValue"] for d in extracted(path)] == [version]


def test_images_yaml_versions_are_extracted():
    import yaml

    images = yaml.safe_load((ROOT / "docker/images.yaml").read_text())["images"]
    values = sorted(d["currentValue"] for d in extracted("docker/images.yaml"))
    assert values == sorted([images["spark-jobs"]["spark_version"], images["flink-job"]["flink_version"]])


def test_extraction_reads_the_right_values():
    deps = {d["depName"]: d for d in extracted("tools/versions.env")}
    env = dict(re.findall(r"^([A-Z_]+)=(\S+)", (ROOT / "tools/versions.env").read_text(), re.M))
    assert deps["helm.sh/helm/v4"]["currentValue"] == env["HELM_VERSION"]
    assert deps["github.com/rhysd/actionlint"]["currentValue"] == env["ACTIONLINT_VERSION"]


def test_chart_bump_regenerates_the_lock_and_dist():
    rule = next(r for r in CONFIG["packageRules"] if r.get("matchManagers") == ["helmfile"])
    commands = " ; ".join(rule["postUpgradeTasks"]["commands"])
    assert "fetch_charts.py --lock" in commands and "make synth" in commands
    assert {"charts.lock", "dist/**"} <= set(rule["postUpgradeTasks"]["fileFilters"])
    for path, reason in DERIVED.items():
        assert path in rule["postUpgradeTasks"]["fileFilters"], reason
