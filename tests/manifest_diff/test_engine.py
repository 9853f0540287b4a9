"""manifest_diff.engine: keys, statuses, Secret values hidden, regenerated fields not shown."""
from __future__ import annotations

from manifest_diff.compare import MISSING
from manifest_diff.engine import diff_environment
from manifest_diff.objects import AppOutput, Key, index


def cm(name, data, namespace=None):
    meta = {"name": name, **({"namespace": namespace} if namespace else {})}
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta, "data": data}


def secret(name, data):
    return {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": name, "namespace": "ns"}, "data": data}


def app(name, *objects, namespace="dest", volatile=None, reason=""):
    return AppOutput(name, "test", namespace=namespace, objects=list(objects), volatile=volatile or {},
                     volatile_reason=reason)


def test_key_uses_destination_namespace_and_cluster_scope():
    crd = {"kind": "CustomResourceDefinition", "metadata": {"name": "xs.example.io"},
           "spec": {"scope": "Cluster", "names": {"kind": "X"}}}
    objects = [cm("a", {}), cm("b", {}, "other"), {"kind": "X", "metadata": {"name": "x"}},
               {"kind": "ClusterRole", "metadata": {"name": "r", "namespace": "ignored"}}, crd]
    keys = set(index([app("app", *objects)]))
    assert keys == {Key("app", "ConfigMap", "dest", "a"), Key("app", "ConfigMap", "other", "b"),
                    Key("app", "X", "", "x"), Key("app", "ClusterRole", "", "r"),
                    Key("app", "CustomResourceDefinition", "", "xs.example.io")}


def test_added_removed_changed_unchanged():
    base = [app("one", cm("same", {"k": "v"}), cm("gone", {}), cm("edit", {"k": "1"}))]
    head = [app("one", cm("edit", {"k": "2"}), cm("new", {}), cm("same", {"k": "v"}))]
    result = diff_environment("dev", base, head)
    assert [(d.key.name, d.status) for d in result.objects] == [("edit", "changed"), ("gone", "removed"),
                                                                 ("new", "added")]
    assert [(c.path, c.old, c.new) for c in result.objects[0].changes] == [("data.k", "1", "2")]


def test_moving_an_object_between_applications_is_remove_plus_add():
    result = diff_environment("dev", [app("a", cm("x", {}))], [app("b", cm("x", {}))])
    assert [(d.key.app, d.status) for d in result.objects] == [("a", "removed"), ("b", "added")]


def test_no_change_is_empty():
    objects = [cm("x", {"k": "v"}), secret("s", {"password": "c2VjcmV0"})]
    assert not diff_environment("dev", [app("a", *objects)], [app("a", *reversed(objects))]).changed


def test_secret_values_never_reach_the_result():
    base = [app("a", secret("s", {"password": "T0xE", "gone": "R09ORQ=="}))]
    head = [app("a", secret("s", {"password": "TkVX", "user": "VVNFUg=="}), secret("t", {"k": "QURERUQ="}))]
    result = diff_environment("dev", base, head)
    text = repr(result)
    for value in ("T0xE", "TkVX", "R09ORQ==", "VVNFUg==", "QURERUQ="):
        assert value not in text
    changed = {c.path: c for c in result.objects[0].changes}
    assert set(changed) == {"data.gone", "data.password", "data.user"}
    assert changed["data.gone"].new is MISSING and changed["data.user"].old is MISSING
    assert result.objects[1].status == "added" and result.objects[1].keys == ["k"]


def test_whole_secret_data_map_keeps_key_names_only():
    result = diff_environment("dev", [app("a", secret("s", None))], [app("a", secret("s", {"k": "QQ=="}))])
    (change,) = result.objects[0].changes
    assert change.path == "data" and change.new == {"k": "(value hidden)"}


def test_volatile_paths_are_ignored_and_listed():
    volatile = {("Secret", "ns", "tls"): {"data"}, ("ConfigMap", "", "c"): {'metadata.annotations["checksum/x"]'}}
    base = [app("chart", secret("tls", {"tls.crt": "QQ=="}),
                {**cm("c", {"k": "1"}), "metadata": {"name": "c", "annotations": {"checksum/x": "1"}}},
                volatile=volatile, reason="chart templates call genCA")]
    head = [app("chart", secret("tls", {"tls.crt": "Qg=="}),
                {**cm("c", {"k": "2"}), "metadata": {"name": "c", "annotations": {"checksum/x": "2"}}},
                volatile=volatile, reason="chart templates call genCA")]
    result = diff_environment("dev", base, head)
    assert [(d.key.name, [c.path for c in d.changes]) for d in result.objects] == [("c", ["data.k"])]
    assert sorted((i.key.name, i.path, i.reason) for i in result.ignored) == [
        ("c", 'metadata.annotations["checksum/x"]', "chart templates call genCA"),
        ("tls", 'data["tls.crt"]', "chart templates call genCA")]


def test_ordering_only_is_not_a_change_but_is_named():
    old = cm("x", {"k": "v"})
    old["spec"] = {"args": ["a", "b"]}
    new = {**old, "spec": {"args": ["b", "a"]}}
    result = diff_environment("dev", [app("a", old)], [app("a", new)])
    assert not result.changed and result.reordered == [Key("a", "ConfigMap", "dest", "x")]
