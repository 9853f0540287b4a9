"""A small Kubernetes REST client (standard library only): discovery, get/list/create/delete,
server-side apply with a field manager, status patches, access reviews. Enough for the tier; no
watches (callers poll)."""
from __future__ import annotations

import json
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any, Callable, Iterable


class ApiError(RuntimeError):
    def __init__(self, status: int, method: str, path: str, body: dict | str) -> None:
        self.status = status
        self.body = body
        self.reason = body.get("reason", "") if isinstance(body, dict) else ""
        message = body.get("message", "") if isinstance(body, dict) else str(body)
        self.message = message
        super().__init__(f"{method} {path}: HTTP {status} {self.reason}: {message}")


@dataclass(frozen=True)
class Resource:
    group_version: str   # "v1", "apps/v1"
    kind: str
    plural: str
    namespaced: bool
    verbs: tuple[str, ...]

    @property
    def group(self) -> str:
        return self.group_version.rpartition("/")[0] if "/" in self.group_version else ""

    def base(self) -> str:
        return f"/api/{self.group_version}" if "/" not in self.group_version else f"/apis/{self.group_version}"

    def path(self, namespace: str | None = None, name: str | None = None, sub: str | None = None) -> str:
        p = self.base()
        if self.namespaced and namespace:
            p += f"/namespaces/{namespace}"
        p += f"/{self.plural}"
        if name:
            p += f"/{name}"
        if sub:
            p += f"/{sub}"
        return p


class Client:
    def __init__(self, server: str, token: str, ca_file: str) -> None:
        self.server = server.rstrip("/")
        self.token = token
        self.ca_file = ca_file
        self._ssl = ssl.create_default_context(cafile=ca_file)
        self._resources: dict[tuple[str, str], Resource] = {}
        self._stale = True
        self._lock = threading.Lock()

    # -- transport ---------------------------------------------------------------------------
    def request(self, method: str, path: str, body: Any = None, *, query: dict | None = None,
                content_type: str = "application/json", timeout: float = 30) -> Any:
        """One API call; 429 (e.g. a new CRD's storage initializing) is retried for up to ~20 s."""
        for attempt in range(40):
            try:
                return self._request(method, path, body, query, content_type, timeout)
            except ApiError as err:
                if err.status != 429 or attempt == 39:
                    raise
                time.sleep(0.5)

    def _request(self, method: str, path: str, body: Any, query: dict | None, content_type: str,
                 timeout: float, accept: str = "application/json") -> Any:
        url = self.server + path + ("?" + urllib.parse.urlencode(query) if query else "")
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        req = urllib.request.Request(url, data=data, method=method, headers={
            "Authorization": f"Bearer {self.token}", "Accept": accept, "Content-Type": content_type})
        try:
            with urllib.request.urlopen(req, context=self._ssl, timeout=timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as err:
            raw = err.read()
            try:
                parsed = json.loads(raw)
            except ValueError:
                parsed = raw.decode(errors="replace")
            raise ApiError(err.code, method, path, parsed) from None
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError:  # /readyz, /healthz: plain text
            return raw.decode(errors="replace")

    def get_path(self, path: str, **query) -> Any:
        return self.request("GET", path, query=query or None)

    # -- discovery ---------------------------------------------------------------------------
    def refresh_discovery(self) -> None:
        """Every served resource, from aggregated discovery (two requests: /api and /apis)."""
        found: dict[tuple[str, str], Resource] = {}
        accept = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json"
        for root in ("/api", "/apis"):
            listing = self._request("GET", root, None, None, "application/json", 30, accept=accept)
            for group in listing.get("items", []):
                name = group.get("metadata", {}).get("name", "")
                for version in group.get("versions", []):
                    gv = f"{name}/{version['version']}" if name else version["version"]
                    for r in version.get("resources", []):
                        kind = (r.get("responseKind") or {}).get("kind")
                        if not kind:
                            continue
                        found[(gv, kind)] = Resource(gv, kind, r["resource"], r.get("scope") == "Namespaced",
                                                     tuple(r.get("verbs", ())))
        with self._lock:
            self._resources = found
            self._stale = False

    def mark_stale(self) -> None:
        """New kinds may be served (a CRD was applied): the next miss refreshes discovery."""
        self._stale = True

    def resource(self, api_version: str, kind: str) -> Resource:
        key = (api_version, kind)
        if key not in self._resources and (self._stale or not self._resources):
            self.refresh_discovery()
        if key not in self._resources:
            raise KeyError(f"the API server serves no {kind} in {api_version}")
        return self._resources[key]

    def resources(self) -> list[Resource]:
        if not self._resources:
            self.refresh_discovery()
        return list(self._resources.values())

    # -- objects -----------------------------------------------------------------------------
    def _obj_path(self, obj: dict, sub: str | None = None, with_name: bool = True) -> str:
        res = self.resource(obj["apiVersion"], obj["kind"])
        meta = obj.get("metadata", {})
        return res.path(meta.get("namespace") if res.namespaced else None, meta["name"] if with_name else None, sub)

    def get(self, api_version: str, kind: str, name: str, namespace: str | None = None) -> dict:
        return self.get_path(self.resource(api_version, kind).path(namespace, name))

    def get_or_none(self, api_version: str, kind: str, name: str, namespace: str | None = None) -> dict | None:
        try:
            return self.get(api_version, kind, name, namespace)
        except ApiError as err:
            if err.status == 404:
                return None
            raise

    def list(self, api_version: str, kind: str, namespace: str | None = None, **query) -> list[dict]:
        res = self.resource(api_version, kind)
        items = self.get_path(res.path(namespace), **query).get("items", [])
        for item in items:  # lists omit these per item
            item.setdefault("apiVersion", api_version)
            item.setdefault("kind", kind)
        return items

    def create(self, obj: dict, **query) -> dict:
        return self.request("POST", self._obj_path(obj, with_name=False), obj, query=query or None)

    def delete(self, obj: dict) -> None:
        try:
            self.request("DELETE", self._obj_path(obj))
        except ApiError as err:
            if err.status != 404:
                raise

    def apply(self, obj: dict, field_manager: str, *, force: bool = True, validation: str = "Strict",
              dry_run: bool = False) -> dict:
        """Server-side apply (PATCH application/apply-patch+yaml; JSON is YAML)."""
        query = {"fieldManager": field_manager, "fieldValidation": validation}
        if force:
            query["force"] = "true"
        if dry_run:
            query["dryRun"] = "All"
        return self.request("PATCH", self._obj_path(obj), obj, query=query,
                            content_type="application/apply-patch+yaml")

    def patch_status(self, obj: dict, status: dict) -> dict:
        return self.request("PATCH", self._obj_path(obj, "status"), {"status": status},
                            content_type="application/merge-patch+json")

    def merge_patch(self, obj: dict, patch: dict) -> dict:
        return self.request("PATCH", self._obj_path(obj), patch, content_type="application/merge-patch+json")

    # -- access ------------------------------------------------------------------------------
    def can_i(self, verb: str, resource: str, *, group: str = "", namespace: str | None = None,
              name: str | None = None, subresource: str | None = None) -> bool:
        """SelfSubjectAccessReview for this client's identity (what `kubectl auth can-i` sends)."""
        attrs = {"verb": verb, "resource": resource, "group": group}
        for key, value in (("namespace", namespace), ("name", name), ("subresource", subresource)):
            if value:
                attrs[key] = value
        review = {"apiVersion": "authorization.k8s.io/v1", "kind": "SelfSubjectAccessReview",
                  "spec": {"resourceAttributes": attrs}}
        return bool(self.request("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", review)
                    ["status"].get("allowed"))

    def subject_can(self, user: str, groups: Iterable[str], verb: str, resource: str, *, group: str = "",
                    namespace: str | None = None, subresource: str | None = None) -> bool:
        """SubjectAccessReview for another identity (needs the admin client)."""
        attrs = {"verb": verb, "resource": resource, "group": group}
        if namespace:
            attrs["namespace"] = namespace
        if subresource:
            attrs["subresource"] = subresource
        review = {"apiVersion": "authorization.k8s.io/v1", "kind": "SubjectAccessReview",
                  "spec": {"user": user, "groups": list(groups), "resourceAttributes": attrs}}
        return bool(self.request("POST", "/apis/authorization.k8s.io/v1/subjectaccessreviews", review)
                    ["status"].get("allowed"))


def wait_for(what: str, check: Callable[[], Any], timeout: float = 60, interval: float = 0.3) -> Any:
    """Poll `check` until it returns something truthy; raise TimeoutError naming `what`."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            value = check()
            if value:
                return value
        except (ApiError, OSError, urllib.error.URLError) as err:
            last_error = err
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}"
                       + (f" (last error: {last_error})" if last_error else ""))
