"""Every permission the platform grants, compared with the table below (a diff = a reviewed change)."""
from __future__ import annotations

FORBIDDEN_ROLES = {"cluster-admin", "admin", "edit"}

# (namespace, role, apiGroup, resource, resourceNames, verbs) — the complete set; nothing else may exist.
EXPECTED_RULES = {
    ("processing-jobs", "spark-driver", "", "pods", (), "create,delete,deletecollection,get,list,patch,watch"),
    ("processing-jobs", "spark-driver", "", "services", (), "create,delete,deletecollection,get,list,watch"),
    ("processing-jobs", "spark-driver", "", "configmaps", (), "create,delete,deletecollection,get,list,watch"),
    ("processing-jobs", "spark-driver", "", "persistentvolumeclaims", (),
     "create,delete,deletecollection,get,list,watch"),
    ("processing-jobs", "flink", "", "pods", (), "create,delete,get,list,patch,update,watch"),
    ("processing-jobs", "flink", "", "configmaps", (), "create,delete,get,list,patch,update,watch"),
    ("processing-jobs", "flink", "apps", "deployments", (), "delete,get,list,watch"),
    ("processing-jobs", "flink", "apps", "deployments/finalizers", (), "update"),
    ("processing-jobs", "airflow-worker-jobs", "sparkoperator.k8s.io", "sparkapplications", (),
     "create,delete,get,list,watch"),
    ("processing-jobs", "airflow-worker-jobs", "sparkoperator.k8s.io", "sparkapplications/status", (), "get"),
    ("processing-jobs", "airflow-worker-jobs", "", "pods", (), "create,delete,get,list,patch,watch"),
    ("processing-jobs", "airflow-worker-jobs", "", "pods/log", (), "get"),
    ("processing-jobs", "airflow-worker-jobs", "", "events", (), "list,watch"),
    ("ml-lifecycle", "airflow-worker-rollout", "apps", "deployments", ("model-serving",), "get,patch"),
    # ESO copies (constructs_lib/external_secrets.py): each store's account reads its one source Secret.
    ("data-plane", "copy-airflow-db-owner-to-orchestration", "", "secrets", ("airflow-db-owner",), "get"),
    ("data-plane", "copy-mlflow-db-owner-to-ml-lifecycle", "", "secrets", ("mlflow-db-owner",), "get"),
    ("data-plane", "copy-events-cluster-ca-cert-to-processing-jobs", "", "secrets", ("events-cluster-ca-cert",), "get"),
}
# (binding namespace, role, subject namespace, subject service account)
EXPECTED_BINDINGS = {
    ("processing-jobs", "spark-driver", "processing-jobs", "spark-driver"),
    ("processing-jobs", "flink", "processing-jobs", "flink"),
    ("processing-jobs", "airflow-worker-jobs", "orchestration", "airflow-worker"),
    ("ml-lifecycle", "airflow-worker-rollout", "orchestration", "airflow-worker"),
    ("data-plane", "copy-airflow-db-owner-to-orchestration", "orchestration", "copy-airflow-db-owner"),
    ("data-plane", "copy-mlflow-db-owner-to-ml-lifecycle", "ml-lifecycle", "copy-mlflow-db-owner"),
    ("data-plane", "copy-events-cluster-ca-cert-to-processing-jobs", "processing-jobs", "copy-events-cluster-ca-cert"),
}
# (namespace, name, automountServiceAccountToken)
EXPECTED_SERVICE_ACCOUNTS = {
    ("processing-jobs", "spark-driver", True), ("processing-jobs", "flink", True),
    ("ml-lifecycle", "model-serving", False), ("ml-lifecycle", "mlflow", False),
    # used by ESO through the TokenRequest API only
    ("orchestration", "copy-airflow-db-owner", False), ("ml-lifecycle", "copy-mlflow-db-owner", False),
    ("processing-jobs", "copy-events-cluster-ca-cert", False),
}


def _documents(synthesized, env):
    return [d for docs in synthesized[env].values() for d in docs]


def granted_rules(docs) -> set[tuple]:
    rules = set()
    for doc in docs:
        if doc["kind"] not in ("Role", "ClusterRole"):
            continue
        for rule in doc.get("rules", []):
            for group in rule.get("apiGroups", []):
                for resource in rule.get("resources", []):
                    rules.add((doc["metadata"].get("namespace", "*cluster*"), doc["metadata"]["name"], group,
                               resource, tuple(rule.get("resourceNames", [])), ",".join(sorted(rule["verbs"]))))
    return rules


def test_every_granted_rule_is_expected(synthesized):
    for env in synthesized:
        got = granted_rules(_documents(synthesized, env))
        unexpected, missing = sorted(got - EXPECTED_RULES), sorted(EXPECTED_RULES - got)
        assert not unexpected and not missing, f"{env}: unexpected {unexpected}\nmissing {missing}"


def test_bindings_and_service_accounts(synthesized):
    for env in synthesized:
        docs = _documents(synthesized, env)
        bindings = set()
        for doc in docs:
            if doc["kind"] in ("RoleBinding", "ClusterRoleBinding"):
                assert doc["kind"] == "RoleBinding", f"{env}: no cluster-wide bindings: {doc['metadata']['name']}"
                assert doc["roleRef"]["kind"] == "Role" and doc["roleRef"]["name"] not in FORBIDDEN_ROLES
                for subject in doc["subjects"]:
                    assert subject["kind"] == "ServiceAccount"
                    bindings.add((doc["metadata"]["namespace"], doc["roleRef"]["name"], subject["namespace"],
                                  subject["name"]))
        assert bindings == EXPECTED_BINDINGS, env
        accounts = {(d["metadata"]["namespace"], d["metadata"]["name"], d.get("automountServiceAccountToken", True))
                    for d in docs if d["kind"] == "ServiceAccount"}
        assert accounts == EXPECTED_SERVICE_ACCOUNTS, env


def test_no_wildcards_and_no_cluster_roles(synthesized):
    for env in synthesized:
        for doc in _documents(synthesized, env):
            assert doc["kind"] not in ("ClusterRole", "ClusterRoleBinding"), f"{env}: {doc['metadata']['name']}"
            for rule in doc.get("rules", []) if doc["kind"] == "Role" else []:
                for key in ("apiGroups", "resources", "verbs", "resourceNames"):
                    assert "*" not in rule.get(key, []), f"{env}: wildcard in {doc['metadata']['name']} {key}"
                # Secrets stay with their producers; only an ESO copy store's account may read one, by name,
                # with `get` alone (no list/watch: that would read every Secret of the namespace).
                if "secrets" in rule.get("resources", []):
                    assert doc["metadata"]["name"].startswith("copy-"), doc["metadata"]["name"]
                    assert rule["resources"] == ["secrets"] and rule["verbs"] == ["get"], doc["metadata"]["name"]
                    assert len(rule.get("resourceNames", [])) == 1, doc["metadata"]["name"]


def test_the_comparison_can_fail():
    extra = {("processing-jobs", "spark-driver", "", "secrets", (), "get")}
    assert extra - EXPECTED_RULES


def test_airflow_worker_cannot_exec_into_pods(synthesized):
    """#18 item 10: exec/attach into a processing-jobs pod reads its environment (Kafka password,
    S3 keys); the promotion gate hands its decision over through MLflow instead."""
    for env in synthesized:
        docs = _documents(synthesized, env)
        worker_roles = {(d["metadata"]["namespace"], d["roleRef"]["name"]) for d in docs
                        if d["kind"] == "RoleBinding"
                        and any(s["name"] == "airflow-worker" for s in d["subjects"])}
        assert worker_roles, env
        for ns, role, _group, resource, _names, verbs in granted_rules(docs):
            if (ns, role) in worker_roles:
                assert resource not in ("pods/exec", "pods/attach", "pods/portforward"), (env, role, resource, verbs)
