"""A small evaluator of Kubernetes NetworkPolicy semantics (networking.k8s.io/v1), for tests.

Given every NetworkPolicy and the namespaces (with labels), decide whether a connection from a pod or
an outside IP to a pod or an outside IP on port/protocol is allowed:
- the source's egress AND the destination's ingress must both allow it;
- a pod selected by no policy of a direction (policyTypes) is not isolated in that direction;
- policyTypes defaults to [Ingress] plus Egress when the policy has an `egress` section;
- a rule with no `to`/`from` matches every peer, a rule with no `ports` matches every port;
- a peer with podSelector only = pods of the policy's namespace; namespaceSelector only = every pod of
  the matching namespaces; both = pods matching podSelector IN namespaces matching namespaceSelector (AND);
  several peers in one list are ORed; ipBlock matches outside IPs in `cidr` and not in `except` (pod IPs
  are not modelled: an ipBlock never matches a pod, which is how clusters behave for pod CIDRs in practice
  when policies use selectors);
- ports: numeric `port` with optional `endPort` range; protocol defaults to TCP. Named ports are not
  supported (raise), because the platform must not use them.
- IPs outside the cluster have no policies: traffic from them has no egress check, to them no ingress check.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Pod:
    namespace: str
    labels: dict = field(default_factory=dict, hash=False, compare=False)
    name: str = ""

    def __str__(self) -> str:
        return self.name or f"{self.namespace}/{','.join(f'{k}={v}' for k, v in sorted(self.labels.items()))}"


@dataclass(frozen=True)
class External:
    ip: str
    name: str = ""

    def __str__(self) -> str:
        return self.name or self.ip


Endpoint = Pod | External


def selector_matches(selector: dict | None, labels: dict) -> bool:
    """metav1.LabelSelector semantics; an empty selector matches everything."""
    if selector is None:
        return True
    for key, value in (selector.get("matchLabels") or {}).items():
        if labels.get(key) != value:
            return False
    for expression in selector.get("matchExpressions") or []:
        key, operator, values = expression["key"], expression["operator"], expression.get("values") or []
        present = key in labels
        if operator == "In" and not (present and labels[key] in values):
            return False
        if operator == "NotIn" and present and labels[key] in values:
            return False
        if operator == "Exists" and not present:
            return False
        if operator == "DoesNotExist" and present:
            return False
        if operator not in ("In", "NotIn", "Exists", "DoesNotExist"):
            raise ValueError(f"unknown selector operator {operator!r}")
    return True


class Cluster:
    def __init__(self, policies: list[dict], namespaces: dict[str, dict]):
        """policies: NetworkPolicy documents; namespaces: name -> labels."""
        self.policies = [p for p in policies if p.get("kind") == "NetworkPolicy"]
        self.namespaces = {name: {"kubernetes.io/metadata.name": name, **labels} for name, labels in namespaces.items()}

    @staticmethod
    def policy_types(policy: dict) -> list[str]:
        spec = policy.get("spec", {})
        if spec.get("policyTypes"):
            return spec["policyTypes"]
        return ["Ingress"] + (["Egress"] if "egress" in spec else [])

    def _selecting(self, pod: Pod, direction: str) -> list[dict]:
        return [p for p in self.policies
                if p["metadata"].get("namespace") == pod.namespace
                and direction in self.policy_types(p)
                and selector_matches(p.get("spec", {}).get("podSelector") or {}, pod.labels)]

    def _peer_matches(self, peer: dict, policy_namespace: str, other: Endpoint) -> bool:
        if "ipBlock" in peer:
            if isinstance(other, Pod):
                return False
            block = peer["ipBlock"]
            ip = ipaddress.ip_address(other.ip)
            if ip not in ipaddress.ip_network(block["cidr"], strict=False):
                return False
            return not any(ip in ipaddress.ip_network(e, strict=False) for e in block.get("except") or [])
        if not isinstance(other, Pod):
            return False
        if "namespaceSelector" in peer:
            namespace_labels = self.namespaces.get(other.namespace, {"kubernetes.io/metadata.name": other.namespace})
            if not selector_matches(peer["namespaceSelector"] or {}, namespace_labels):
                return False
        elif other.namespace != policy_namespace:
            return False
        return selector_matches(peer.get("podSelector") or {}, other.labels) if "podSelector" in peer else True

    @staticmethod
    def _port_matches(ports: list[dict] | None, port: int, protocol: str) -> bool:
        if not ports:
            return True
        for entry in ports:
            if entry.get("protocol", "TCP") != protocol:
                continue
            value = entry.get("port")
            if value is None:
                return True
            if isinstance(value, str):
                raise ValueError(f"named port {value!r} is not supported by this evaluator")
            if value <= port <= entry.get("endPort", value):
                return True
        return False

    def _direction_allows(self, pod: Pod, other: Endpoint, port: int, protocol: str, direction: str) -> bool:
        policies = self._selecting(pod, direction)
        if not policies:
            return True
        rules_key, peers_key = ("egress", "to") if direction == "Egress" else ("ingress", "from")
        for policy in policies:
            for rule in policy.get("spec", {}).get(rules_key) or []:
                peers = rule.get(peers_key)
                if peers and not any(self._peer_matches(p, pod.namespace, other) for p in peers):
                    continue
                if self._port_matches(rule.get("ports"), port, protocol):
                    return True
        return False

    def allowed(self, source: Endpoint, target: Endpoint, port: int, protocol: str = "TCP") -> bool:
        egress = (not isinstance(source, Pod)
                  or self._direction_allows(source, target, port, protocol, "Egress"))
        ingress = (not isinstance(target, Pod)
                   or self._direction_allows(target, source, port, protocol, "Ingress"))
        return egress and ingress

    def explain(self, source: Endpoint, target: Endpoint, port: int, protocol: str = "TCP") -> str:
        egress = not isinstance(source, Pod) or self._direction_allows(source, target, port, protocol, "Egress")
        ingress = not isinstance(target, Pod) or self._direction_allows(target, source, port, protocol, "Ingress")
        return f"egress {'ok' if egress else 'DENIED'}, ingress {'ok' if ingress else 'DENIED'}"


def matrix(rows: list[tuple[str, str, int, str, bool, bool, str]]) -> str:
    """rows: (source, target, port, protocol, expected, actual, note) -> a fixed-width table."""
    header = ("source", "target", "port", "expected", "actual", "note")
    lines = [(s, t, f"{port}/{proto}", "allow" if e else "deny", "allow" if a else "deny",
              ("" if e == a else "MISMATCH ") + note) for s, t, port, proto, e, a, note in rows]
    widths = [max(len(str(x[i])) for x in [header, *lines]) for i in range(len(header))]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)) for line in [header, *lines])
