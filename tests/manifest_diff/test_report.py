"""manifest_diff.report: summary first, per application, capped per object, Secret values absent."""
from __future__ import annotations

from manifest_diff import report
from manifest_diff.engine import diff_environment
from manifest_diff.objects import AppOutput


def obj(kind, name, **fields):
    return {"kind": kind, "metadata": {"name": name, "namespace": "ns"}, **fields}


def sample():
    base = [AppOutput("dev-kafka", "dist/dev/kafka.yaml", objects=[
                obj("ConfigMap", "many", data={f"k{i:02}": "old" for i in range(30)}),
                obj("ConfigMap", "text", data={"conf": "a: 1\nb: 2\nc: 3\n"}),
                obj("Secret", "creds", data={"password": "b2xkLXZhbHVl"})]),
            AppOutput("dev-root", "dist/dev/argocd-apps.yaml", objects=[obj("Application", "x", spec={"v": "1.2.0"})])]
    head = [AppOutput("dev-kafka", "dist/dev/kafka.yaml", objects=[
                obj("ConfigMap", "many", data={f"k{i:02}": "new" for i in range(30)}),
                obj("ConfigMap", "text", data={"conf": "a: 1\nb: 20\nc: 3\n"}),
                obj("Secret", "creds", data={"password": "bmV3LXZhbHVl"}),
                obj("Secret", "added", stringData={"token": "plain-token-value"})]),
            AppOutput("dev-root", "dist/dev/argocd-apps.yaml", objects=[obj("Application", "x", spec={"v": "1.2.1"})])]
    return [diff_environment("dev", base, head), diff_environment("prod", [], [])]


def test_terminal_form():
    text = report.terminal(sample(), report.Options(max_changes=5))
    assert text.splitlines()[0] == "=== dev: 1 added, 4 changed in 2 application(s)"
    assert "  ~ ConfigMap ns/many" in text and "    data.k00: old → new" in text
    assert "    … 25 more" in text and "data.k05" not in text
    assert "    data.conf: (text, 2 lines differ)" in text and "    -b: 2" in text and "    +b: 20" in text
    assert "spec.v: 1.2.0 → 1.2.1" in text
    assert "+ Secret ns/added  (Secret keys: token; values not shown)" in text
    assert "data.password: (value hidden) → (value hidden)" in text
    assert "=== prod: no change in 0 application(s)" in text


def test_markdown_form_has_summary_then_collapsed_apps():
    text = report.markdown(sample(), report.Options(max_changes=5), header="`base` → `head`")
    lines = text.splitlines()
    table = lines.index("| environment | application | added | removed | changed |")
    assert "| dev | `dev-kafka` | 1 | 0 | 3 |" in lines and "| dev | `dev-root` | 0 | 0 | 1 |" in lines
    first_details = next(i for i, line in enumerate(lines) if line.startswith("<details>"))
    assert table < first_details
    assert "<details><summary><b>dev / dev-kafka</b>: 1 added, 3 changed</summary>" in lines
    assert text.count("<details>") == text.count("</details>") == 2


def test_no_secret_value_in_any_form():
    for text in (report.terminal(sample()), report.markdown(sample())):
        for value in ("b2xkLXZhbHVl", "bmV3LXZhbHVl", "plain-token-value"):
            assert value not in text


def test_no_change_markdown():
    text = report.markdown([diff_environment("dev", [], [])])
    assert "No change to any object Argo CD would apply." in text and "<details>" not in text


def test_markdown_stays_under_the_comment_limit():
    base = [AppOutput(f"app{i}", "x", objects=[obj("ConfigMap", "c", data={"k": "a" * 100})]) for i in range(2000)]
    head = [AppOutput(f"app{i}", "x", objects=[obj("ConfigMap", "c", data={"k": "b" * 100})]) for i in range(2000)]
    text = report.markdown([diff_environment("dev", base, head)])
    assert len(text) < 65536 and "more sections not shown" in text


def test_ordering_only_objects_are_named_not_shown():
    base = [AppOutput("a", "x", objects=[obj("ConfigMap", "c", spec={"l": [1, 2]})])]
    head = [AppOutput("a", "x", objects=[obj("ConfigMap", "c", spec={"l": [2, 1]})])]
    env = diff_environment("dev", base, head)
    text = report.terminal([env])
    assert "=== dev: no change" in text
    assert "1 object(s) differing only in the order of list items" in text and "a: ConfigMap ns/c" in text
    assert "differing only in the order" in report.markdown([env])
