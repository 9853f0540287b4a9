"""PodMonitors, built by the construct of the component they scrape (the port is a constants of
constructs_lib/ports.py, the same one the workload's configuration and the connectivity table use).

Every monitor carries selectors.MONITOR_LABELS (Prometheus selects by them) and scrapes by `portNumber`: the
Prometheus Operator keeps only targets whose pod declares that container port
(monitoring.coreos.com/v1 PodMonitor `podMetricsEndpoints[].portNumber`), so the pod must declare it.
"""
from __future__ import annotations

import cdk8s
from constructs import Construct

from constructs_lib.custom_resource import custom_resource
from constructs_lib.observability import selectors

API = "monitoring.coreos.com/v1"


def endpoint(port: int, *, path: str = "/metrics", relabel_pod_labels: str | None = None,
             honor_labels: bool = False) -> dict:
    """One scrape endpoint; `relabel_pod_labels`: a regex of pod labels copied onto every series (labelmap).
    `honor_labels`: the exporter's own labels win over the target's (e.g. an exporter reporting on objects of other
    namespaces keeps `namespace` = the object's namespace instead of Prometheus renaming it `exported_namespace`)."""
    result: dict = {"portNumber": port, "path": path}
    if honor_labels:
        result["honorLabels"] = True
    if relabel_pod_labels:
        result["relabelings"] = [{"action": "labelmap", "regex": f"__meta_kubernetes_pod_label_({relabel_pod_labels})",
                                  "replacement": "$1"}]
    return result


def pod_monitor(scope: Construct, id_: str, *, name: str, namespace: str, pods: dict[str, str],
                endpoints: list[dict], component: str, environment: str) -> cdk8s.ApiObject:
    """A PodMonitor in `namespace` for the pods matching `pods` there, scraping `endpoints`."""
    return custom_resource(scope, id_, api_version=API, kind="PodMonitor", name=name, namespace=namespace,
                           component=component, environment=environment, labels=dict(selectors.MONITOR_LABELS),
                           spec={"selector": {"matchLabels": dict(pods)},
                                 "namespaceSelector": {"matchNames": [namespace]},
                                 "podMetricsEndpoints": endpoints})
