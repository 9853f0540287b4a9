"""The NetworkPolicy evaluator itself, on tiny hand-made cases whose answers follow from the API docs."""
from __future__ import annotations

import pytest

from validation.netpol import Cluster, External, Pod, selector_matches

A = Pod("a", {"app": "client"}, "a/client")
A_OTHER = Pod("a", {"app": "other"}, "a/other")
B = Pod("b", {"app": "db"}, "b/db")
B_WEB = Pod("b", {"app": "web"}, "b/web")
C = Pod("c", {"app": "client"}, "c/client")
NAMESPACES = {"a": {"team": "x"}, "b": {"team": "y"}, "c": {"team": "y"}}


def policy(namespace, pod_selector=None, types=None, ingress=None, egress=None, name="p"):
    spec = {"podSelector": pod_selector or {}}
    if types is not None:
        spec["policyTypes"] = types
    if ingress is not None:
        spec["ingress"] = ingress
    if egress is not None:
        spec["egress"] = egress
    return {"kind": "NetworkPolicy", "metadata": {"name": name, "namespace": namespace}, "spec": spec}


def deny_all(namespace):
    return policy(namespace, types=["Ingress", "Egress"], name="deny")


def test_no_policy_allows_everything():
    cluster = Cluster([], NAMESPACES)
    assert cluster.allowed(A, B, 5432)
    assert cluster.allowed(A, External("8.8.8.8"), 443)


def test_default_deny_blocks_both_directions():
    cluster = Cluster([deny_all("b")], NAMESPACES)
    assert not cluster.allowed(A, B, 5432)          # ingress of b denied
    assert not cluster.allowed(B, A, 80)            # egress of b denied
    assert cluster.allowed(A, A_OTHER, 80)          # namespace a is not isolated


def test_policy_types_default_to_ingress_only():
    cluster = Cluster([policy("b")], NAMESPACES)    # empty spec: ingress isolation, egress untouched
    assert not cluster.allowed(A, B, 5432)
    assert cluster.allowed(B, A, 80)


def test_ingress_allow_needs_matching_egress_too():
    allow = policy("b", {"matchLabels": {"app": "db"}}, ["Ingress"],
                   ingress=[{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "a"}}}],
                             "ports": [{"port": 5432}]}])
    assert Cluster([deny_all("b"), allow], NAMESPACES).allowed(A, B, 5432)
    assert not Cluster([deny_all("b"), allow], NAMESPACES).allowed(A, B, 5433)
    assert not Cluster([deny_all("b"), allow], NAMESPACES).allowed(A, B_WEB, 5432)   # not selected
    assert not Cluster([deny_all("a"), deny_all("b"), allow], NAMESPACES).allowed(A, B, 5432)  # egress of a


def test_namespace_and_pod_selector_in_one_peer_is_and():
    peer = {"namespaceSelector": {"matchLabels": {"team": "y"}}, "podSelector": {"matchLabels": {"app": "client"}}}
    cluster = Cluster([policy("b", ingress=[{"from": [peer]}])], NAMESPACES)
    assert cluster.allowed(C, B, 1)                 # team=y AND app=client
    assert not cluster.allowed(A, B, 1)             # app=client but team=x
    assert not cluster.allowed(B_WEB, B, 1)         # team=y but app=web


def test_separate_peers_are_or():
    peers = [{"namespaceSelector": {"matchLabels": {"team": "y"}}}, {"podSelector": {"matchLabels": {"app": "client"}}}]
    cluster = Cluster([policy("b", ingress=[{"from": peers}])], NAMESPACES)
    assert cluster.allowed(B_WEB, B, 1)             # namespace peer
    assert cluster.allowed(C, B, 1)                 # namespace peer
    assert not cluster.allowed(A, B, 1)             # podSelector alone means namespace b only


def test_ip_block_with_except_and_port_range():
    egress = [{"to": [{"ipBlock": {"cidr": "10.0.0.0/8", "except": ["10.1.0.0/16"]}}],
               "ports": [{"port": 8000, "endPort": 8100, "protocol": "TCP"}]}]
    cluster = Cluster([policy("a", types=["Egress"], egress=egress)], NAMESPACES)
    assert cluster.allowed(A, External("10.2.3.4"), 8050)
    assert not cluster.allowed(A, External("10.1.3.4"), 8050)     # except
    assert not cluster.allowed(A, External("10.2.3.4"), 8101)     # above endPort
    assert not cluster.allowed(A, External("10.2.3.4"), 8050, "UDP")
    assert not cluster.allowed(A, B, 8050)                         # ipBlock never matches a pod


def test_empty_rule_matches_everything_and_policies_add_up():
    cluster = Cluster([deny_all("a"), policy("a", {"matchLabels": {"app": "client"}}, ["Egress"], egress=[{}])],
                      NAMESPACES)
    assert cluster.allowed(A, External("8.8.8.8"), 443)
    assert not cluster.allowed(A_OTHER, External("8.8.8.8"), 443)


def test_match_expressions_and_named_ports():
    assert selector_matches({"matchExpressions": [{"key": "app", "operator": "In", "values": ["db"]}]}, {"app": "db"})
    assert not selector_matches({"matchExpressions": [{"key": "app", "operator": "DoesNotExist"}]}, {"app": "db"})
    assert selector_matches({"matchExpressions": [{"key": "x", "operator": "NotIn", "values": ["1"]}]}, {})
    cluster = Cluster([policy("b", ingress=[{"ports": [{"port": "http"}]}])], NAMESPACES)
    with pytest.raises(ValueError, match="named port"):
        cluster.allowed(A, B, 80)
