"""Semantic comparison of two Kubernetes objects: field paths with old -> new values.

Ordering is not a change: mapping keys are compared as sets, and a list whose items are the same
multiset in another order is equal. Lists of named items (containers, env, ports, volumes ...) are
matched by their identity key, the way a strategic merge patch matches them, so an inserted
container shows as one added item instead of every later index changing.
"""
from __future__ import annotations

import difflib
import json
from collections import Counter
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any

# Keys that identify an item of a list of maps (the patch merge keys of the core kinds, plus the
# ones CRDs and charts commonly use). The first key present and unique in every item wins.
IDENTITY_KEYS = ("name", "mountPath", "containerPort", "port", "key", "path", "type", "ip", "topologyKey")
MISSING = object()  # the field does not exist on this side


@dataclass(frozen=True)
class Change:
    path: str
    old: Any = MISSING
    new: Any = MISSING

    @property
    def kind(self) -> str:
        if self.old is MISSING:
            return "added"
        if self.new is MISSING:
            return "removed"
        return "changed"


def canonical(value: Any) -> str:
    """A text form equal for values that differ only in ordering."""
    return json.dumps(_sorted(value), sort_keys=True, separators=(",", ":"), default=str)


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((_sorted(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, default=str))
    return value


def join(path: str, key: str) -> str:
    """`a.b` for plain keys, `a["x.io/y"]` for keys with dots, slashes or spaces."""
    if not key.replace("-", "").replace("_", "").isalnum():
        return f'{path}["{key}"]'
    return f"{path}.{key}" if path else key


def diff_values(old: Any, new: Any, path: str = "") -> list[Change]:
    """Every leaf-level difference between two values (empty when they are equal up to ordering)."""
    if isinstance(old, dict) and isinstance(new, dict):
        return _diff_maps(old, new, path)
    if isinstance(old, list) and isinstance(new, list):
        return _diff_lists(old, new, path)
    if type(old) is type(new) and old == new:
        return []
    return [Change(path, old, new)]


def _diff_maps(old: dict, new: dict, path: str) -> list[Change]:
    return _diff_matched(old, new, lambda key: join(path, str(key)), order=str)


def _diff_matched(before: dict, after: dict, path_of: Callable[[Any], str],
                  order: Callable[[Any], Any] | None = None) -> list[Change]:
    """Items matched by their key on both sides: removed, added, or compared in depth."""
    changes: list[Change] = []
    for ident in sorted(set(before) | set(after), key=order):
        sub = path_of(ident)
        if ident not in after:
            changes.append(Change(sub, before[ident], MISSING))
        elif ident not in before:
            changes.append(Change(sub, MISSING, after[ident]))
        else:
            changes.extend(diff_values(before[ident], after[ident], sub))
    return changes


def identity_key(items: list) -> str | None:
    if not items or not all(isinstance(i, dict) for i in items):
        return None
    for key in IDENTITY_KEYS:
        values = [canonical(i.get(key)) for i in items if key in i]
        if len(values) == len(items) and len(set(values)) == len(values):
            return key
    return None


def _diff_lists(old: list, new: list, path: str) -> list[Change]:
    if sorted(map(canonical, old)) == sorted(map(canonical, new)):
        return []  # the same items, at most reordered
    key = identity_key(old)
    if key and key == identity_key(new):
        return _diff_keyed(old, new, key, path)
    return _diff_sequence(old, new, path)


def _diff_keyed(old: list, new: list, key: str, path: str) -> list[Change]:
    before = {canonical(i[key]): i for i in old}
    after = {canonical(i[key]): i for i in new}

    def path_of(ident: str) -> str:
        label = ident.strip('"')
        return f"{path}[{key}={label}]"
    return _diff_matched(before, after, path_of)


def _diff_sequence(old: list, new: list, path: str) -> list[Change]:
    """Align by content. Items that only moved are not reported; where as many items were removed
    as added in one place they are compared pairwise, else listed as removed / added items."""
    a, b = list(map(canonical, old)), list(map(canonical, new))
    extra_old, extra_new = Counter(a) - Counter(b), Counter(b) - Counter(a)

    def take(extra: Counter, item: str) -> bool:
        if extra[item] <= 0:
            return False
        extra[item] -= 1
        return True

    changes: list[Change] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        gone = [i for i in range(i1, i2) if take(extra_old, a[i])]
        came = [j for j in range(j1, j2) if take(extra_new, b[j])]
        if len(gone) == len(came):
            for i, j in zip(gone, came, strict=True):
                changes.extend(diff_values(old[i], new[j], f"{path}[{j}]"))
            continue
        changes.extend(Change(f"{path}[{i}]", old[i], MISSING) for i in gone)
        changes.extend(Change(f"{path}[{j}]", MISSING, new[j]) for j in came)
    return changes


def under(path: str, prefixes: set[str] | frozenset[str]) -> bool:
    """True when `path` is one of `prefixes` or lies below one of them."""
    return any(path == p or path.startswith((p + ".", p + "[")) for p in prefixes)
