"""manifest_diff.compare: field paths, ordering-insensitive lists, keyed list items."""
from __future__ import annotations

from manifest_diff.compare import MISSING, Change, diff_values, under


def paths(changes):
    return [c.path for c in changes]


def test_equal_values_give_nothing():
    doc = {"a": [1, 2], "b": {"c": "x"}}
    assert diff_values(doc, {"b": {"c": "x"}, "a": [1, 2]}) == []


def test_scalar_change_has_its_path_and_both_values():
    assert diff_values({"spec": {"replicas": 1}}, {"spec": {"replicas": 3}}) == [Change("spec.replicas", 1, 3)]


def test_type_change_is_a_change():
    assert diff_values({"a": 1}, {"a": "1"}) == [Change("a", 1, "1")]


def test_added_and_removed_keys():
    changes = diff_values({"a": 1, "b": 2}, {"b": 2, "c": 3})
    assert changes == [Change("a", 1, MISSING), Change("c", MISSING, 3)]
    assert [c.kind for c in changes] == ["removed", "added"]


def test_keys_with_dots_are_quoted():
    old = {"metadata": {"annotations": {"argocd.argoproj.io/sync-wave": "1"}}}
    new = {"metadata": {"annotations": {"argocd.argoproj.io/sync-wave": "2"}}}
    assert paths(diff_values(old, new)) == ['metadata.annotations["argocd.argoproj.io/sync-wave"]']


def test_reordered_scalars_are_not_a_change():
    assert diff_values({"args": ["a", "b", "c"]}, {"args": ["c", "a", "b"]}) == []


def test_reordered_maps_without_names_are_not_a_change():
    old = [{"from": [{"podSelector": {}}], "ports": [{"port": 1}]}, {"ports": [{"port": 2}]}]
    assert diff_values(old, list(reversed(old))) == []


def test_named_items_are_matched_by_name_not_index():
    old = {"containers": [{"name": "a", "image": "x:1"}, {"name": "b", "image": "y:1"}]}
    new = {"containers": [{"name": "z", "image": "z:1"}, {"name": "b", "image": "y:2"}, {"name": "a", "image": "x:1"}]}
    assert diff_values(old, new) == [Change("containers[name=b].image", "y:1", "y:2"),
                                     Change("containers[name=z]", MISSING, {"name": "z", "image": "z:1"})]


def test_inserted_scalar_is_one_added_item():
    changes = diff_values(["a", "b", "c"], ["a", "x", "b", "c"])
    assert changes == [Change("[1]", MISSING, "x")]


def test_replaced_unnamed_item_recurses():
    changes = diff_values([{"a": 1, "b": 2}], [{"a": 1, "b": 3}])
    assert changes == [Change("[0].b", 2, 3)]


def test_duplicate_items_count():
    assert diff_values(["a", "a"], ["a"]) != []


def test_under():
    assert under("data.x", {"data"}) and under("a[name=b].c", {"a[name=b]"}) and under("a", {"a"})
    assert not under("database", {"data"})
