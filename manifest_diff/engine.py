"""The diff of one environment: objects added, removed and changed between two outputs."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from manifest_diff.compare import MISSING, Change, diff_values, under
from manifest_diff.objects import SECRET_FIELDS, AppOutput, Entry, Key, index, is_secret, redact, secret_keys


@dataclass
class ObjectDiff:
    key: Key
    status: str                                   # added | removed | changed
    changes: list[Change] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # a Secret's key names (added / removed objects)


@dataclass(frozen=True)
class Ignored:
    key: Key
    path: str
    reason: str


@dataclass
class EnvDiff:
    env: str
    objects: list[ObjectDiff] = field(default_factory=list)
    ignored: list[Ignored] = field(default_factory=list)
    reordered: list[Key] = field(default_factory=list)   # objects whose only difference is ordering
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.objects)

    def apps(self) -> list[str]:
        return sorted({d.key.app for d in self.objects})


def hide_secret_values(change: Change) -> Change:
    """A Secret change keeps its path and which side has a value, never the value itself."""
    top = change.path.split(".", 1)[0].split("[", 1)[0]
    if top not in SECRET_FIELDS:
        return change

    def hidden(value: Any) -> Any:
        if value is MISSING:
            return MISSING
        if change.path == top and isinstance(value, dict):
            return {k: redact(v) for k, v in value.items()}
        return redact(value)

    return Change(change.path, hidden(change.old), hidden(change.new))


def diff_object(key: Key, old: Entry, new: Entry) -> tuple[list[Change], list[Ignored]]:
    volatile = old.volatile | new.volatile
    reason = new.reason or old.reason
    shown: list[Change] = []
    ignored: list[Ignored] = []
    for change in diff_values(old.obj, new.obj):
        if under(change.path, volatile):
            ignored.append(Ignored(key, change.path, reason))
        else:
            shown.append(hide_secret_values(change) if is_secret(key) else change)
    return shown, ignored


def diff_environment(env: str, base: list[AppOutput], head: list[AppOutput]) -> EnvDiff:
    before, after = index(base), index(head)
    result = EnvDiff(env, notes=sorted({a.note for a in base + head if a.note}))
    for key in sorted(set(before) | set(after)):
        if key not in after:
            result.objects.append(ObjectDiff(key, "removed", keys=_names(key, before[key])))
        elif key not in before:
            result.objects.append(ObjectDiff(key, "added", keys=_names(key, after[key])))
        else:
            shown, ignored = diff_object(key, before[key], after[key])
            result.ignored.extend(ignored)
            if shown:
                result.objects.append(ObjectDiff(key, "changed", shown))
            elif not ignored and before[key].obj != after[key].obj:  # == compares list order, diff does not
                result.reordered.append(key)
    return result


def _names(key: Key, entry: Entry) -> list[str]:
    return secret_keys(entry.obj) if is_secret(key) else []
