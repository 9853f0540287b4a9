"""The metric names a PromQL expression selects (enough of PromQL for the platform's rules and dashboards)."""
from __future__ import annotations

import re

KEYWORDS = {"and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset",
            "inf", "nan", "atan2", "start", "end"}
# Label lists of aggregations and vector matching: label names, not metrics.
_GROUPING = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')
_MATCHERS = re.compile(r"\{[^}]*\}")
_RANGE = re.compile(r"\[[^\]]*\]")
_IDENT = re.compile(r"[A-Za-z_:][A-Za-z0-9_:]*")
_NUMBER_UNIT = re.compile(r"\b[0-9][0-9.eE+-]*[a-z]*\b")


def metric_names(expr: str) -> set[str]:
    text = _STRING.sub('""', expr)
    text = _MATCHERS.sub(" ", text)
    text = _RANGE.sub(" ", text)
    text = _GROUPING.sub(" ", text)
    text = _NUMBER_UNIT.sub(" ", text)
    names = set()
    for match in _IDENT.finditer(text):
        rest = text[match.end():].lstrip()
        if rest.startswith("("):
            continue  # a function or aggregation
        if match.group(0).lower() in KEYWORDS:
            continue
        names.add(match.group(0))
    return names


_MATCHER_LABEL = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:=~|!~|!=|=)")
_TEMPLATE_LABEL = re.compile(r"\$labels\.([A-Za-z_][A-Za-z0-9_]*)")


def label_names(expr: str, *templates: str) -> set[str]:
    """The label names an expression groups or matches on, and those its alert templates print
    (`{{ $labels.x }}`)."""
    text = _STRING.sub('""', expr)
    names = set()
    for clause in _GROUPING.finditer(text):
        inner = clause.group(0)[clause.group(0).index("(") + 1:-1]
        names |= {n.strip() for n in inner.split(",") if n.strip()}
    for matchers in _MATCHERS.finditer(text):
        names |= set(_MATCHER_LABEL.findall(matchers.group(0)))
    for template in templates:
        names |= set(_TEMPLATE_LABEL.findall(template))
    return names
