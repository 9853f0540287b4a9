"""Argo CD's project check for each object it syncs, ported from argo-cd v3.4.4
controller/sync.go:619-640 (validateSyncPermissions) and
pkg/apis/application/v1alpha1/app_project_types.go:399-417 (IsGroupKindNamePermitted),
:483-531 (IsDestinationPermitted, isDestinationMatched); lists matched with filepath.Match
(types.go:3621 isResourceInList), destinations with glob patterns. Whether a kind is namespaced
comes from the live API server's discovery, as the controller takes it (res.Namespaced)."""
from __future__ import annotations

from fnmatch import fnmatchcase


def _deny(pattern: str) -> bool:
    return pattern.startswith("!")


def _glob(pattern: str, value: str) -> bool:
    if _deny(pattern):
        return not fnmatchcase(value, pattern[1:])
    return pattern == "*" or fnmatchcase(value, pattern)


def _in_list(group: str, kind: str, items: list[dict], name: str | None = None) -> bool:
    for item in items:
        if fnmatchcase(kind, item.get("kind", "")) and fnmatchcase(group, item.get("group", "")):
            if name is None or fnmatchcase(name, item.get("name") or "*"):
                return True
    return False


def group_kind_permitted(project: dict, group: str, kind: str, name: str, namespaced: bool) -> bool:
    spec = project.get("spec", {})
    if namespaced:
        white = spec.get("namespaceResourceWhitelist")
        black = spec.get("namespaceResourceBlacklist") or []
        whitelisted = white is None or (len(white) != 0 and _in_list(group, kind, white))
        return whitelisted and not (black and _in_list(group, kind, black))
    white = spec.get("clusterResourceWhitelist") or []
    black = spec.get("clusterResourceBlacklist") or []
    whitelisted = bool(white) and _in_list(group, kind, white, name)
    return whitelisted and not (black and _in_list(group, kind, black, name))


def destination_permitted(project: dict, server: str, namespace: str) -> bool:
    matched_any = False
    for item in project.get("spec", {}).get("destinations", []):
        server_ok = bool(server) and _glob(item.get("server", ""), server)
        ns_ok = _glob(item.get("namespace", ""), namespace)
        if server_ok and ns_ok:
            matched_any = True
        elif (not server_ok and _deny(item.get("server", ""))) and ns_ok:
            return False
        elif not ns_ok and _deny(item.get("namespace", "")) and server_ok:
            return False
    return matched_any


def violation(project: dict, server: str, obj: dict, namespaced: bool) -> str | None:
    """Why Argo CD would refuse to sync `obj` in this project, or None."""
    api_version = obj["apiVersion"]
    group = api_version.rpartition("/")[0] if "/" in api_version else ""
    kind, name = obj["kind"], obj["metadata"]["name"]
    if not group_kind_permitted(project, group, kind, name, namespaced):
        return f"resource {group}:{kind} is not permitted in project {project['metadata']['name']}"
    ns = obj["metadata"].get("namespace", "")
    if namespaced and not destination_permitted(project, server, ns):
        return f"namespace {ns} is not permitted in project '{project['metadata']['name']}'"
    return None


def source_permitted(project: dict, repo_url: str) -> bool:
    norm = lambda u: u.rstrip("/").removesuffix(".git").lower()  # noqa: E731 (git.NormalizeGitURL, roughly)
    matched = False
    for pattern in project.get("spec", {}).get("sourceRepos", []):
        deny = _deny(pattern)
        p = ("!" if deny else "") + norm(pattern.lstrip("!"))
        if _glob(p, norm(repo_url)):
            matched = True
        elif deny:
            return False
    return matched
