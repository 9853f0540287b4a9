"""`k8s.IntOrString` and `k8s.Quantity` values for the core kinds (cdk8s_plus_28.k8s L1 classes).

Each `from_*` call is a jsii round trip that creates an immutable value object; the same value is
asked for again and again (ports in 70 NetworkPolicies per environment, quota sizes), so each distinct
value is made once per process.
"""
from __future__ import annotations

from functools import lru_cache

from cdk8s_plus_28 import k8s


@lru_cache(maxsize=None)
def int_or_string(value: int | str) -> k8s.IntOrString:
    return k8s.IntOrString.from_number(value) if isinstance(value, int) else k8s.IntOrString.from_string(value)


@lru_cache(maxsize=None)
def quantity(value: str) -> k8s.Quantity:
    return k8s.Quantity.from_string(value)
