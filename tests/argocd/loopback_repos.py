"""A Git host and chart repositories on 127.0.0.1 for Argo CD's repo-server.

- Git: smart HTTP through `git http-backend` (CGI) serving one throw-away bare repository that holds
  this repository's content (the working tree as `git ls-files` sees it, uncommitted edits included)
  on branch `main`, pushed as one commit; later commits (a values change, a removed object) are pushed
  by the tests through `commit()`.
- Helm: one static chart repository per helmfile.yaml repository URL, `index.yaml` made by
  `helm repo index` from the pinned chart archives of that repository's releases.

Only the repoURLs of the copy change (`rewrite_repo_urls`): the Argo CD Applications and the AppProject
name the loopback URLs instead of the public Git host and chart repositories.
"""
from __future__ import annotations

import http.server
import os
import shutil
import subprocess
import threading
import urllib.parse
from pathlib import Path

import yaml

GIT_PATH = "/git/platform.git"


def _git(*args: str, cwd: Path, env: dict | None = None) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False,
                            env={**os.environ, "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
                                 **(env or {})})
    if result.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed in {cwd}: {result.stderr.strip()}")
    return result.stdout


class _Handler(http.server.BaseHTTPRequestHandler):
    server: "_Server"
    protocol_version = "HTTP/1.0"

    def log_message(self, fmt, *args):  # a log file, not the test output
        with self.server.log_path.open("a") as log:
            log.write("%s %s\n" % (self.address_string(), fmt % args))

    def do_GET(self):
        self._dispatch()

    def do_POST(self):
        self._dispatch()

    def _dispatch(self):
        path, _, query = self.path.partition("?")
        path = urllib.parse.unquote(path)
        if path.startswith("/git/"):
            self._git(path[len("/git"):], query)
        elif path.startswith("/helm/") and self.command == "GET":
            self._static(path)
        else:
            self.send_error(404)

    def _static(self, path: str):
        target = (self.server.helm_root / path[len("/helm/"):]).resolve()
        if not target.is_file() or self.server.helm_root.resolve() not in target.parents:
            self.send_error(404)
            return
        body = target.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-yaml" if target.suffix == ".yaml" else "application/gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _git(self, path_info: str, query: str):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "GIT_PROJECT_ROOT": str(self.server.git_root),
            "GIT_HTTP_EXPORT_ALL": "1",
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
            "REQUEST_METHOD": self.command,
            "PATH_INFO": path_info,
            "QUERY_STRING": query,
            "CONTENT_TYPE": self.headers.get("Content-Type", ""),
            "CONTENT_LENGTH": str(len(body)),
            "REMOTE_ADDR": self.client_address[0],
            "HTTP_CONTENT_ENCODING": self.headers.get("Content-Encoding", ""),
            "GIT_PROTOCOL": self.headers.get("Git-Protocol", ""),
        }
        result = subprocess.run(["git", "http-backend"], input=body, env=env, capture_output=True, check=False)
        head, _, payload = result.stdout.partition(b"\r\n\r\n")
        if not _:
            head, _, payload = result.stdout.partition(b"\n\n")
        status, headers = 200, []
        for line in head.decode("latin-1").splitlines():
            name, _, value = line.partition(":")
            if name.lower() == "status":
                status = int(value.strip().split()[0])
            elif name:
                headers.append((name, value.strip()))
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    git_root: Path
    helm_root: Path
    log_path: Path


class LoopbackRepos:
    """Serves `workdir/git` and `workdir/helm` on 127.0.0.1:<free port> until `stop()`."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.git_root = workdir / "git"
        self.helm_root = workdir / "helm"
        self.checkout = workdir / "checkout"
        for d in (self.git_root, self.helm_root):
            d.mkdir(parents=True, exist_ok=True)
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.git_root, self._server.helm_root = self.git_root, self.helm_root
        self._server.log_path = workdir / "http.log"
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="loopback-repos", daemon=True)
        self._thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def git_url(self) -> str:
        return self.base + GIT_PATH

    def helm_url(self, repo_name: str) -> str:
        return f"{self.base}/helm/{repo_name}/"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- Helm ---------------------------------------------------------------------------------------
    def add_chart_repository(self, repo_name: str, archives: list[Path], helm: Path) -> str:
        """A static chart repository holding `archives`, indexed by `helm repo index`. Returns its URL."""
        folder = self.helm_root / repo_name
        folder.mkdir(parents=True, exist_ok=True)
        for archive in archives:
            shutil.copyfile(archive, folder / archive.name)
        url = self.helm_url(repo_name)
        result = subprocess.run([str(helm), "repo", "index", str(folder), "--url", url],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"helm repo index {folder}: {result.stderr.strip()}")
        return url

    # -- Git ----------------------------------------------------------------------------------------
    def publish_repository(self, source: Path, url_map: dict[str, str]) -> str:
        """The bare repository `platform.git` with one commit on `main`: the tracked and untracked
        (not ignored) files of `source`, with every repoURL rewritten by `url_map`. Returns the commit."""
        bare = self.git_root / "platform.git"
        _git("init", "--quiet", "--bare", "--initial-branch=main", str(bare), cwd=self.workdir)
        files = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=source).split("\0")
        self.checkout.mkdir()
        for name in filter(None, files):
            src = source / name
            if not src.is_file():  # deleted in the working tree
                continue
            dst = self.checkout / name
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
        for apps in sorted(self.checkout.glob("dist/*/argocd-*.yaml")):  # project, root, children
            apps.write_text(rewrite_repo_urls(apps.read_text(), url_map))
        _git("init", "--quiet", "--initial-branch=main", cwd=self.checkout)
        _git("remote", "add", "origin", str(bare), cwd=self.checkout)
        return self.commit("test copy of the platform repository (repoURLs on loopback)")

    def commit(self, message: str) -> str:
        """Commit everything in the checkout and push it to `main`; returns the new revision."""
        ident = {"GIT_AUTHOR_NAME": "tier", "GIT_AUTHOR_EMAIL": "tier@127.0.0.1",
                 "GIT_COMMITTER_NAME": "tier", "GIT_COMMITTER_EMAIL": "tier@127.0.0.1"}
        _git("add", "--all", cwd=self.checkout)
        _git("commit", "--quiet", "--allow-empty", "-m", message, cwd=self.checkout, env=ident)
        _git("push", "--quiet", "origin", "HEAD:refs/heads/main", cwd=self.checkout)
        return _git("rev-parse", "HEAD", cwd=self.checkout).strip()


def rewrite_repo_urls(text: str, url_map: dict[str, str]) -> str:
    """argocd-apps.yaml with each Application source repoURL and each AppProject sourceRepos entry
    mapped through `url_map` (every URL must be in it). Nothing else changes."""
    docs = [d for d in yaml.safe_load_all(text) if d]
    for doc in docs:
        spec = doc.get("spec", {})
        if doc.get("kind") == "AppProject":
            spec["sourceRepos"] = [url_map[u] for u in spec.get("sourceRepos", [])]
        elif doc.get("kind") == "Application":
            for source in ([spec["source"]] if "source" in spec else []) + spec.get("sources", []):
                source["repoURL"] = url_map[source["repoURL"]]
    return yaml.safe_dump_all(docs, sort_keys=False)
