"""The loopback Git host and chart repositories the tier points Argo CD at (no cluster needed)."""
from __future__ import annotations

import subprocess
import urllib.request

import pytest
import yaml

from conftest import ROOT, argocd_tools, helmfile_repositories
from loopback_repos import LoopbackRepos, rewrite_repo_urls

pytestmark = pytest.mark.argocd


def _url_map(repos: LoopbackRepos) -> dict[str, str]:
    mapping = {url: repos.helm_url(name) for name, url in helmfile_repositories().items()}
    for env_file in (ROOT / "environments").glob("*.yaml"):
        mapping[yaml.safe_load(env_file.read_text())["git"]["repo_url"]] = repos.git_url
    return mapping


def _strip_urls(docs):
    for d in docs:
        spec = d.get("spec", {})
        spec.pop("sourceRepos", None)
        for src in ([spec["source"]] if "source" in spec else []) + spec.get("sources", []):
            src.pop("repoURL")
    return docs


def test_only_repo_urls_change():
    text = (ROOT / "dist" / "dev" / "argocd-apps.yaml").read_text()
    mapping = {u: f"http://127.0.0.1:1/{i}" for i, u in enumerate(
        sorted({*helmfile_repositories().values(), "https://git.example.com/mlops/platform.git"}))}
    original = [d for d in yaml.safe_load_all(text) if d]
    rewritten = [d for d in yaml.safe_load_all(rewrite_repo_urls(text, mapping)) if d]
    urls = {s["repoURL"] for d in rewritten if d["kind"] == "Application"
            for s in ([d["spec"]["source"]] if "source" in d["spec"] else d["spec"]["sources"])}
    assert urls and all(u.startswith("http://127.0.0.1:1/") for u in urls)
    assert _strip_urls(original) == _strip_urls(rewritten)


def test_git_smart_http_serves_the_repository_copy(tmp_path):
    repos = LoopbackRepos(tmp_path / "repos")
    try:
        revision = repos.publish_repository(ROOT, _url_map(repos))
        heads = subprocess.run(["git", "ls-remote", repos.git_url], capture_output=True, text=True, check=True).stdout
        assert f"{revision}\trefs/heads/main" in heads
        clone = tmp_path / "clone"
        subprocess.run(["git", "clone", "--quiet", "--depth", "1", repos.git_url, str(clone)], check=True)
        assert (clone / "README.md").read_bytes() == (ROOT / "README.md").read_bytes()
        apps = (clone / "dist" / "dev" / "argocd-apps.yaml").read_text()
        assert repos.git_url in apps and "git.example.com" not in apps
        # A later commit is served too (what the values-change and prune tests push).
        (repos.checkout / "marker").write_text("x")
        second = repos.commit("second")
        assert second in subprocess.run(["git", "ls-remote", repos.git_url, "refs/heads/main"],
                                        capture_output=True, text=True, check=True).stdout
    finally:
        repos.stop()


def test_helm_repository_index_serves_the_pinned_archive(tmp_path):
    from constructs_lib.chart_archives import chart_archive, locked_chart

    helm = argocd_tools() / "helm"
    repos = LoopbackRepos(tmp_path / "repos")
    try:
        entry = locked_chart("argo-cd")
        url = repos.add_chart_repository("argo", [chart_archive("argo-cd")], helm)
        index = yaml.safe_load(urllib.request.urlopen(url + "index.yaml", timeout=10).read())
        assert [v["version"] for v in index["entries"][entry.chart]] == [entry.version]
        out = tmp_path / "pulled"
        out.mkdir()
        pulled = subprocess.run([str(helm), "pull", entry.chart, "--repo", url, "--version", entry.version,
                                 "--destination", str(out)], capture_output=True, text=True, check=False)
        assert pulled.returncode == 0, pulled.stderr
        assert (out / entry.archive_name).read_bytes() == chart_archive("argo-cd").read_bytes()
    finally:
        repos.stop()
