"""Terminal and Markdown forms of a diff: a summary first, then per application, capped per object."""
from __future__ import annotations

import difflib
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from manifest_diff.compare import MISSING, Change
from manifest_diff.engine import EnvDiff, ObjectDiff

MARK = {"added": "+", "removed": "-", "changed": "~"}
VALUE_WIDTH = 120
TEXT_LINES = 12          # changed lines shown of one multi-line string
COMMENT_BUDGET = 60000   # a GitHub comment holds 65536 characters


@dataclass(frozen=True)
class Options:
    max_changes: int = 20      # field changes shown per object, then "N more"
    title: str = "Rendered manifests diff"


def value_text(value: Any) -> str:
    if value is MISSING:
        return "(absent)"
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)
    if isinstance(value, str) and (not value or value != value.strip() or value in ("null", "true", "false")):
        text = json.dumps(value)
    return text if len(text) <= VALUE_WIDTH else text[: VALUE_WIDTH - 1] + "…"


def change_lines(change: Change) -> list[str]:
    """One line `path: old → new`, or for multi-line text the changed lines of that text."""
    old, new = change.old, change.new
    if isinstance(old, str) and isinstance(new, str) and ("\n" in old or "\n" in new):
        body = [line for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
                if line[:1] in "+-" and not line.startswith(("+++", "---"))]
        shown = [f"    {line}" for line in body[:TEXT_LINES]]
        if len(body) > TEXT_LINES:
            shown.append(f"    … {len(body) - TEXT_LINES} more lines")
        return [f"{change.path}: (text, {len(body)} lines differ)", *shown]
    if change.kind == "added":
        return [f"{change.path}: + {value_text(new)}"]
    if change.kind == "removed":
        return [f"{change.path}: - {value_text(old)}"]
    return [f"{change.path}: {value_text(old)} → {value_text(new)}"]


def object_lines(diff: ObjectDiff, options: Options) -> list[str]:
    head = f"{MARK[diff.status]} {diff.key.label()}"
    if diff.keys:
        head += f"  (Secret keys: {', '.join(diff.keys)}; values not shown)"
    lines = [head]
    for change in diff.changes[: options.max_changes]:
        lines.extend(f"    {line}" for line in change_lines(change))
    if len(diff.changes) > options.max_changes:
        lines.append(f"    … {len(diff.changes) - options.max_changes} more")
    return lines


def counts(diffs: list[ObjectDiff]) -> Counter:
    return Counter(d.status for d in diffs)


def by_app(env: EnvDiff) -> dict[str, list[ObjectDiff]]:
    result: dict[str, list[ObjectDiff]] = {}
    for d in env.objects:
        result.setdefault(d.key.app, []).append(d)
    return result


def count_text(c: Counter) -> str:
    return ", ".join(f"{c[s]} {s}" for s in ("added", "removed", "changed") if c[s]) or "no change"


def ignored_lines(env: EnvDiff) -> list[str]:
    lines = []
    if env.ignored:
        lines.append(f"Not shown as changes: {len(env.ignored)} field(s) the charts regenerate on every render")
        lines.extend(f"    {i.key.app}: {i.key.label()} {i.path} ({i.reason})" for i in env.ignored)
    if env.reordered:
        lines.append(f"Not shown as changes: {len(env.reordered)} object(s) differing only in the order of list items")
        lines.extend(f"    {key.app}: {key.label()}" for key in env.reordered)
    return lines


def terminal(envs: list[EnvDiff], options: Options = Options(), header: str = "") -> str:
    out = [header] if header else []
    for env in envs:
        c = counts(env.objects)
        out.append(f"=== {env.env}: {count_text(c)} in {len(env.apps())} application(s)")
        for note in env.notes:
            out.append(f"note: {note}")
        for app, diffs in by_app(env).items():
            out.append(f"{app}: {count_text(counts(diffs))}")
            for diff in diffs:
                out.extend(f"  {line}" for line in object_lines(diff, options))
        out.extend(ignored_lines(env))
    return "\n".join(out) + "\n"


def summary_table(envs: list[EnvDiff]) -> list[str]:
    rows = ["| environment | application | added | removed | changed |", "|---|---|---:|---:|---:|"]
    for env in envs:
        apps = by_app(env)
        if not apps:
            rows.append(f"| {env.env} | (none) | 0 | 0 | 0 |")
        for app, diffs in apps.items():
            c = counts(diffs)
            rows.append(f"| {env.env} | `{app}` | {c['added']} | {c['removed']} | {c['changed']} |")
    return rows


def markdown(envs: list[EnvDiff], options: Options = Options(), header: str = "") -> str:
    changed = any(e.changed for e in envs)
    out = [f"### {options.title}", ""]
    if header:
        out += [header, ""]
    if not changed:
        out.append("No change to any object Argo CD would apply.")
    else:
        out += summary_table(envs)
    out.append("")  # a table ends at a blank line
    for env in envs:
        out += [f"- note ({env.env}): {n}" for n in env.notes]
    out.append("")
    sections: list[str] = []
    for env in envs:
        for app, diffs in by_app(env).items():
            body = [line for d in diffs for line in object_lines(d, options)]
            sections.append("\n".join([
                f"<details><summary><b>{env.env} / {app}</b>: {count_text(counts(diffs))}</summary>", "",
                "````diff", *body, "````", "</details>", ""]))
        if env.ignored or env.reordered:
            sections.append("\n".join([f"<details><summary>{env.env}: not shown as changes (regenerated on every "
                                       "render, ordering only)</summary>", "", "````", *ignored_lines(env), "````",
                                       "</details>", ""]))
    text = "\n".join(out)
    for i, section in enumerate(sections):
        if len(text) + len(section) > COMMENT_BUDGET:
            text += f"\n… {len(sections) - i} more sections not shown (comment size limit); run `make diff` locally.\n"
            break
        text += section + "\n"
    return text


def as_json(envs: list[EnvDiff]) -> str:
    """Machine-readable form (same content as the others: Secret values already hidden)."""
    def value(v: Any) -> Any:
        return "(absent)" if v is MISSING else v

    rows = [{"env": env.env, "app": d.key.app, "kind": d.key.kind, "namespace": d.key.namespace,
             "name": d.key.name, "status": d.status, "secret_keys": d.keys,
             "changes": [{"path": c.path, "old": value(c.old), "new": value(c.new)} for c in d.changes]}
            for env in envs for d in env.objects]
    ignored = [{"env": env.env, "app": i.key.app, "kind": i.key.kind, "namespace": i.key.namespace,
                "name": i.key.name, "path": i.path, "reason": i.reason} for env in envs for i in env.ignored]
    notes = [{"env": env.env, "note": n} for env in envs for n in env.notes]
    reordered = [{"env": env.env, "app": k.app, "kind": k.kind, "namespace": k.namespace, "name": k.name}
                 for env in envs for k in env.reordered]
    return json.dumps({"objects": rows, "ignored": ignored, "reordered": reordered, "notes": notes}, indent=1, sort_keys=True, default=str)
