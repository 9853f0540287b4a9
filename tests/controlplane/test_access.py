"""`kubectl auth can-i` for each workload ServiceAccount, answered by the API server's RBAC
authorizer (SubjectAccessReview): what each may do, and that it may do nothing else in the matrix.
The table is written to build/controlplane/<env>/access.txt."""
from __future__ import annotations

import pytest

from conftest import ARTIFACTS

JOBS, ML, ORCH, DATA = "processing-jobs", "ml-lifecycle", "orchestration", "data-plane"

# (verb, group, resource, namespace, name or None)
MATRIX = [
    ("create", "", "pods", JOBS, None),
    ("delete", "", "pods", JOBS, None),
    ("create", "", "pods", DATA, None),
    ("create", "", "pods", ML, None),
    ("create", "", "pods/exec", JOBS, None),
    ("get", "", "pods/log", JOBS, None),
    ("create", "", "services", JOBS, None),
    ("create", "", "configmaps", JOBS, None),
    ("get", "", "secrets", JOBS, None),
    ("list", "", "secrets", JOBS, None),
    ("get", "", "secrets", DATA, None),
    ("list", "", "secrets", None, None),
    ("create", "sparkoperator.k8s.io", "sparkapplications", JOBS, None),
    ("get", "sparkoperator.k8s.io", "sparkapplications", JOBS, None),
    ("create", "networking.k8s.io", "networkpolicies", JOBS, None),
    ("delete", "networking.k8s.io", "networkpolicies", JOBS, None),
    ("get", "apps", "deployments", ML, "model-serving"),
    ("patch", "apps", "deployments", ML, "model-serving"),
    ("patch", "apps", "deployments", ML, "mlflow"),
    ("delete", "apps", "deployments", JOBS, None),
    ("create", "rbac.authorization.k8s.io", "rolebindings", JOBS, None),
    ("create", "rbac.authorization.k8s.io", "clusterrolebindings", None, None),
    ("delete", "", "namespaces", None, JOBS),
    ("create", "postgresql.cnpg.io", "clusters", DATA, None),
]

# What each workload identity may do (everything else in MATRIX must be denied).
ALLOWED = {
    f"{JOBS}:spark-driver": {
        ("create", "", "pods", JOBS, None), ("delete", "", "pods", JOBS, None),
        ("create", "", "services", JOBS, None), ("create", "", "configmaps", JOBS, None),
    },
    f"{JOBS}:flink": {
        ("create", "", "pods", JOBS, None), ("delete", "", "pods", JOBS, None),
        ("create", "", "configmaps", JOBS, None), ("delete", "apps", "deployments", JOBS, None),
    },
    f"{ML}:model-serving": set(),
    f"{ML}:mlflow": set(),
    f"{ORCH}:airflow-worker": {
        ("create", "sparkoperator.k8s.io", "sparkapplications", JOBS, None),
        ("get", "sparkoperator.k8s.io", "sparkapplications", JOBS, None),
        ("create", "", "pods", JOBS, None), ("delete", "", "pods", JOBS, None),
        ("get", "", "pods/log", JOBS, None),
        ("get", "apps", "deployments", ML, "model-serving"), ("patch", "apps", "deployments", ML, "model-serving"),
    },
}


def _can(admin, sa: str, verb, group, resource, namespace, name) -> bool:
    ns, _, account = sa.partition(":")
    resource, _, sub = resource.partition("/")
    attrs = {"verb": verb, "group": group, "resource": resource}
    for key, value in (("namespace", namespace), ("name", name), ("subresource", sub or None)):
        if value:
            attrs[key] = value
    review = {"apiVersion": "authorization.k8s.io/v1", "kind": "SubjectAccessReview",
              "spec": {"user": f"system:serviceaccount:{ns}:{account}",
                       "groups": ["system:serviceaccounts", f"system:serviceaccounts:{ns}", "system:authenticated"],
                       "resourceAttributes": attrs}}
    return bool(admin.request("POST", "/apis/authorization.k8s.io/v1/subjectaccessreviews", review)["status"].get("allowed"))


@pytest.fixture(scope="session")
def access_table(synced) -> dict[str, dict[tuple, bool]]:
    admin = synced.cluster.admin
    table = {sa: {row: _can(admin, sa, *row) for row in MATRIX} for sa in ALLOWED}
    out = ARTIFACTS / synced.env / "access.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"kubectl auth can-i, {synced.env} (SubjectAccessReview against the live RBAC)", ""]
    for sa, answers in table.items():
        lines.append(f"system:serviceaccount:{sa}")
        for (verb, group, resource, ns, name), ok in answers.items():
            target = f"{resource}{'.' + group if group else ''}{'/' + name if name else ''}"
            lines.append(f"  {'yes' if ok else 'no ':3}  {verb:7} {target:45} -n {ns or '(cluster)'}")
        lines.append("")
    out.write_text("\n".join(lines))
    return table


@pytest.mark.parametrize("sa", sorted(ALLOWED))
def test_workload_service_account_access(access_table, sa):
    answers = access_table[sa]
    granted = {row for row, ok in answers.items() if ok}
    assert granted == ALLOWED[sa], (f"{sa}: allowed beyond the expectation: {sorted(granted - ALLOWED[sa])}; "
                                    f"denied but expected: {sorted(ALLOWED[sa] - granted)}")


def test_spark_operator_can_submit(synced):
    """The operator's controller SA creates what spark-submit (Spark 4.0.4, the operator image's)
    creates for a driver: Pods, Services, ConfigMaps in the job namespace."""
    admin = synced.cluster.admin
    sa = "platform-operators:spark-operator-controller"
    for verb, resource in (("create", "pods"), ("create", "services"), ("create", "configmaps")):
        assert _can(admin, sa, verb, "", resource, JOBS, None), f"{sa} cannot {verb} {resource} in {JOBS}"
