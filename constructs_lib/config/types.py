"""Constrained value types shared by the config models. Each carries the rule it enforces."""
from __future__ import annotations

import ipaddress
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_QUANTITY = re.compile(r"^([+-]?[0-9.]+)([eE][+-]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$")
QUANTITY_FACTORS: dict[str | None, Decimal | int] = {
    None: 1, "m": Decimal("0.001"), "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "P": 10**15, "E": 10**18,
    "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60,
}
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")


class StrictModel(BaseModel):
    """Unknown keys are errors; values are immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _dns_label(value: str) -> str:
    if len(value) > 63 or not _DNS_LABEL.match(value):
        raise ValueError(f"{value!r} is not a DNS-1123 label (lowercase alphanumerics and '-', at most 63, "
                         "starting and ending alphanumeric)")
    return value


def _dns_subdomain(value: str) -> str:
    if len(value) > 253 or not _DNS_SUBDOMAIN.match(value):
        raise ValueError(f"{value!r} is not a DNS-1123 subdomain (lowercase alphanumerics, '-' and '.', at most 253)")
    return value


def parse_quantity(value: str) -> Decimal:
    """A Kubernetes resource quantity as a number (bytes, cores)."""
    match = _QUANTITY.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a Kubernetes quantity (e.g. 500m, 2, 512Mi, 10Gi)")
    number, suffix = match.groups()
    try:
        amount = Decimal(number)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a Kubernetes quantity (e.g. 500m, 2, 512Mi, 10Gi)") from None
    if suffix and suffix[0] in "eE":
        return amount * (Decimal(10) ** int(suffix[1:]))
    return amount * Decimal(QUANTITY_FACTORS[suffix])


MIB = 2**20  # bytes in a MiB: Kubernetes `Mi`, the JVM's and Flink's `m`


def jvm_memory(quantity: str | Decimal) -> str:
    """A Kubernetes memory quantity (or a byte count) as a JVM/Flink memory size in MiB, rounded down:
    "1Gi" -> "1024m" (Spark's and Flink's `m` is MiB). The one conversion both the Spark and Flink charts use."""
    amount = parse_quantity(quantity) if isinstance(quantity, str) else quantity
    return f"{int(amount // MIB)}m"


def _quantity(value: str) -> str:
    parse_quantity(value)
    return value


def _bucket_name(value: str) -> str:
    """S3 bucket naming rules (AWS general purpose buckets; SeaweedFS and MinIO accept the same)."""
    if not _BUCKET.match(value):
        raise ValueError(f"{value!r} is not a valid S3 bucket name (3-63 chars: lowercase letters, digits, "
                         "'.' and '-', starting and ending with a letter or digit)")
    if ".." in value or ".-" in value or "-." in value:
        raise ValueError(f"{value!r} is not a valid S3 bucket name (no adjacent periods or period-dash)")
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        pass
    else:
        raise ValueError(f"{value!r} is not a valid S3 bucket name (must not look like an IP address)")
    if value.startswith("xn--") or value.endswith("-s3alias"):
        raise ValueError(f"{value!r} is not a valid S3 bucket name (reserved prefix or suffix)")
    return value


DnsLabel = Annotated[str, AfterValidator(_dns_label)]
DnsSubdomain = Annotated[str, AfterValidator(_dns_subdomain)]
Quantity = Annotated[str, AfterValidator(_quantity)]
BucketName = Annotated[str, AfterValidator(_bucket_name)]


class SecretKeyRef(StrictModel):
    """A key of a Secret (its source: constructs_lib/secrets_inventory.py). Only the reference is in Git."""

    name: DnsSubdomain
    key: str


class Resources(StrictModel):
    cpu_request: Quantity
    memory_request: Quantity
    cpu_limit: Quantity | None = None
    memory_limit: Quantity

    def as_k8s(self) -> dict:
        limits = {"memory": self.memory_limit}
        if self.cpu_limit:
            limits["cpu"] = self.cpu_limit
        return {"requests": {"cpu": self.cpu_request, "memory": self.memory_request}, "limits": limits}
