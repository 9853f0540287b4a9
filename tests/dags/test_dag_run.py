"""The whole DAG in real Airflow 3 (SQLite): Kubernetes faked at the API methods only, the promotion
gate and the deploy step against a real MLflow server.

Runs are created the way the scheduler creates them (``scheduled_run``: the timetable's own
DagRunInfo, its logical date and data interval) or by Airflow's backfill code. Failure cases set
``retries = 0`` on the in-memory tasks first: ``dag.test()`` would otherwise wait out ``retry_delay``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from conftest import DAG_ID, RESTRICTED, SPARK_API, expected_submission, model_name, synthesized


def states(dr) -> dict[str, str]:
    return {ti.task_id: str(ti.state) for ti in dr.get_task_instances()}


@pytest.fixture
def no_retries(dag, monkeypatch):
    for task in dag.tasks:
        monkeypatch.setattr(task, "retries", 0)


def timetable(kind: str):
    """The two timetables ``@daily`` can mean in Airflow 3 (``[scheduler] create_cron_data_intervals``)."""
    from airflow.timetables.interval import CronDataIntervalTimetable
    from airflow.timetables.trigger import CronTriggerTimetable

    if kind == "trigger":  # Airflow 3's default
        return CronTriggerTimetable("0 0 * * *", timezone="UTC")
    return CronDataIntervalTimetable("0 0 * * *", timezone="UTC")


def next_info(kind: str, earliest: datetime):
    """The DagRunInfo the scheduler computes for the first run at or after ``earliest``."""
    from airflow.timetables.base import TimeRestriction

    return timetable(kind).next_dagrun_info(
        last_automated_data_interval=None, restriction=TimeRestriction(earliest=earliest, latest=None, catchup=True))


def scheduled_run(dag, monkeypatch, info, **test_kwargs):
    """``dag.test()`` of a run created like the scheduler's (run type scheduled, the timetable's
    logical date, data interval and run_after) instead of dag.test's manual one."""
    from airflow.models import dagrun as dagrun_module
    from airflow.models.dagrun import DagRun
    from airflow.utils.state import DagRunState
    from airflow.utils.types import DagRunTriggeredByType, DagRunType
    from sqlalchemy import select

    def create(*, dag, session, **_ignored):
        existing = session.scalar(select(DagRun).where(DagRun.dag_id == dag.dag_id,
                                                       DagRun.logical_date == info.logical_date))
        if existing is not None and existing.run_type == DagRunType.BACKFILL_JOB:
            existing.state = DagRunState.RUNNING  # created by the backfill: run it as the scheduler would
            session.commit()
            existing.dag = dag
            return existing
        if existing is not None:  # an earlier test's run of that date (dag.test replaces it the same way)
            session.delete(existing)
            session.commit()
        return dag.create_dagrun(
            run_id=DagRun.generate_run_id(run_type=DagRunType.SCHEDULED, logical_date=info.logical_date,
                                          run_after=info.run_after),
            logical_date=info.logical_date, data_interval=info.data_interval, run_after=info.run_after,
            conf=None, run_type=DagRunType.SCHEDULED, state=DagRunState.RUNNING,
            triggered_by=DagRunTriggeredByType.TIMETABLE, start_date=info.run_after, session=session)

    with monkeypatch.context() as m:
        m.setattr(dagrun_module, "get_or_create_dagrun", create)
        return dag.test(logical_date=info.logical_date, run_after=info.run_after, **test_kwargs)


def run_dates(fake_k8s) -> list[str]:
    out = []
    for c in fake_k8s.calls_to("create_namespaced_custom_object"):
        args = c["body"]["spec"]["arguments"]
        out.append(args[args.index("--run-date") + 1])
    return out


ONLY_SPARK = "promotion_gate|deploy_champion"  # mark_success_pattern: the day tests need the Spark tasks only


# --- #13 item 1: the day a run processes ---------------------------------------------------------

@pytest.mark.parametrize("kind", ["trigger", "data-interval"])
def test_a_scheduled_run_processes_the_last_complete_day(airflow_db, dag, fake_k8s, monkeypatch, kind):
    info = next_info(kind, datetime(2026, 11, 20, tzinfo=UTC))
    assert info.run_after == datetime(2026, 11, 20, tzinfo=UTC) or kind == "data-interval"
    if kind == "trigger":  # Airflow 3's default: the 00:00 run of D has logical date D
        assert info.logical_date == info.data_interval.end == datetime(2026, 11, 20, tzinfo=UTC)
    dr = scheduled_run(dag, monkeypatch, info, mark_success_pattern=ONLY_SPARK)
    assert str(dr.state) == "success", states(dr)
    assert dr.data_interval_end == info.data_interval.end
    day = (info.data_interval.end - timedelta(days=1)).date().isoformat()
    assert run_dates(fake_k8s) == [day, day]  # feature engineering and training: the day that ended
    assert fake_k8s.spark_apps == {}  # deleted on termination


def test_a_manual_run_mid_day_processes_yesterday(airflow_db, dag, fake_k8s):
    dr = dag.test(logical_date=datetime(2026, 11, 21, 14, 30, tzinfo=UTC), mark_success_pattern=ONLY_SPARK)
    assert str(dr.state) == "success", states(dr)
    assert run_dates(fake_k8s) == ["2026-11-20", "2026-11-20"]


def test_a_backfill_processes_one_complete_day_per_run(airflow_db, dag, fake_k8s, monkeypatch):
    """Airflow's own backfill code creates the runs (logical dates and intervals from the DAG's timetable)."""
    from airflow.models.backfill import _create_backfill
    from airflow.models.dagrun import DagRun
    from airflow.utils.types import DagRunType
    from sqlalchemy import select

    from airflow.utils.session import create_session

    dag.test(logical_date=datetime(2026, 10, 1, tzinfo=UTC), mark_success_pattern=".*")  # DAG serialized in the DB
    _create_backfill(dag_id=DAG_ID, from_date=datetime(2026, 3, 3, tzinfo=UTC),
                     to_date=datetime(2026, 3, 5, tzinfo=UTC), max_active_runs=1, reverse=False,
                     dag_run_conf=None, triggering_user_name="tests")
    with create_session() as session:
        runs = session.scalars(select(DagRun).where(DagRun.dag_id == DAG_ID,
                                                    DagRun.run_type == DagRunType.BACKFILL_JOB)
                               .order_by(DagRun.logical_date)).all()
        infos = [(r.logical_date, r.data_interval_start, r.data_interval_end, r.run_after) for r in runs]
    assert [i[0].date().isoformat() for i in infos] == ["2026-03-03", "2026-03-04", "2026-03-05"]

    from airflow.timetables.base import DagRunInfo, DataInterval

    processed = []
    for _logical, start, end, run_after in infos:
        fake_k8s.calls.clear()
        info = DagRunInfo(run_after=run_after, data_interval=DataInterval(start, end))
        dr = scheduled_run(dag, monkeypatch, info, mark_success_pattern=ONLY_SPARK)
        assert str(dr.state) == "success", states(dr)
        assert dr.run_type == DagRunType.BACKFILL_JOB
        processed.append(run_dates(fake_k8s)[0])
    assert processed == ["2026-03-02", "2026-03-03", "2026-03-04"]  # each run: the day before its run time


def test_day_rule(dag_module):
    f = dag_module.last_complete_day
    assert f(datetime(2026, 11, 2, tzinfo=UTC)) == "2026-11-01"
    assert f(datetime(2026, 11, 2, 23, 59, tzinfo=UTC)) == "2026-11-01"
    assert f(datetime(2026, 11, 2, 1, 0, tzinfo=__import__("datetime").timezone(timedelta(hours=2)))) == "2026-10-31"
    with pytest.raises(ValueError, match="data interval"):
        f(None)


# --- the whole pipeline --------------------------------------------------------------------------

def test_pipeline_submits_synthesized_specs_gates_and_deploys(airflow_db, dag, fake_k8s, mlflow_server, monkeypatch):
    (v1,) = mlflow_server.seed({"test_auc": 0.7, "alias": "challenger"})
    info = next_info("trigger", datetime(2026, 11, 2, tzinfo=UTC))
    dr = scheduled_run(dag, monkeypatch, info)
    assert states(dr) == {"feature_engineering": "success", "model_training": "success",
                          "promotion_gate": "success", "deploy_champion": "success"}
    assert str(dr.state) == "success"

    # --- the two SparkApplications: exact API call, exact body ---------------------------------
    creates = fake_k8s.calls_to("create_namespaced_custom_object")
    assert [c["body"]["metadata"]["name"].rsplit("-", 1)[0] for c in creates] == [
        "feature-engineering", "model-training"]
    specs = synthesized()
    for call, (task_id, app) in zip(creates, [("feature_engineering", "feature-engineering"),
                                               ("model_training", "model-training")], strict=True):
        assert {k: call[k] for k in SPARK_API} == SPARK_API
        sent = call["body"]
        assert sent == expected_submission(specs[app], sent, task_id=task_id, run_date="2026-11-01")
        assert "{{" not in json.dumps(sent)
    assert run_dates(fake_k8s) == ["2026-11-01", "2026-11-01"]
    deletes = fake_k8s.calls_to("delete_namespaced_custom_object")
    assert [d["name"] for d in deletes] == [c["body"]["metadata"]["name"] for c in creates]
    assert [c["container"] for c in fake_k8s.calls_to("read_namespaced_pod_log")][:2] == [
        "spark-kubernetes-driver", "spark-kubernetes-driver"]

    # --- the gate pod: values from the synthesized model-training spec, no sidecar, no exec --------
    (pod_call,) = fake_k8s.calls_to("create_namespaced_pod")
    assert pod_call["namespace"] == "processing-jobs"
    pod = pod_call["body"]
    (base,) = pod["spec"]["containers"]
    training = specs["model-training"]["spec"]
    assert base["image"] == training["image"]
    (tracking,) = [e for e in training["driver"]["env"] if e["name"] == "MLFLOW_TRACKING_URI"]
    assert base["env"] == [tracking]
    assert base["command"] == ["python", "/opt/spark/jobs/promotion_gate.py"]
    assert base["args"] == ["--model-name", model_name(), "--metric", "test_auc", "--min-improvement", "0.0",
                            "--higher-is-better", "--decision-id", dr.run_id]
    assert base["securityContext"] == RESTRICTED
    assert pod["spec"]["automountServiceAccountToken"] is False
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    (gate,) = fake_k8s.gate_runs
    assert gate["exit_code"] == 0, gate["stdout"] + gate["stderr"]
    assert json.loads(gate["stdout"].strip().splitlines()[-1])["decision"] == "promoted"
    assert fake_k8s.calls_to("connect_get_namespaced_pod_exec") == []
    assert fake_k8s.calls_to("delete_namespaced_pod") == [{"name": pod["metadata"]["name"],
                                                           "namespace": "processing-jobs"}]

    # --- the decision travels through MLflow into deploy_champion -------------------------------
    champion = mlflow_server.version_of("champion")
    assert champion["version"] == v1
    assert champion["tags"]["promotion.decision_id"] == dr.run_id
    (patch,) = fake_k8s.calls_to("patch_namespaced_deployment")
    assert patch["name"] == "model-serving"
    assert patch["namespace"] == "ml-lifecycle"
    annotations = patch["body"]["spec"]["template"]["metadata"]["annotations"]
    assert list(patch["body"]) == ["spec"] and list(annotations) == ["kubectl.kubernetes.io/restartedAt"]
    restarted = datetime.strptime(annotations["kubectl.kubernetes.io/restartedAt"], "%Y-%m-%dT%H:%M:%SZ")
    assert abs((datetime.now(UTC).replace(tzinfo=None) - restarted).total_seconds()) < 300
    assert dr.get_task_instance("deploy_champion").xcom_pull(task_ids="deploy_champion")["version"] == v1


def test_rejected_challenger_skips_deploy(airflow_db, dag, fake_k8s, mlflow_server, monkeypatch):
    monkeypatch.setenv("AIRFLOW_VAR_PROMOTION_GATE_MIN_IMPROVEMENT", "0.02")
    champion, _challenger = mlflow_server.seed(
        {"test_auc": 0.80, "alias": "champion"},
        {"test_auc": 0.81, "champion_test_auc": 0.80, "alias": "challenger"})  # +0.01 on the same holdout
    dr = dag.test(logical_date=datetime(2026, 11, 3, tzinfo=UTC))
    assert states(dr) == {"feature_engineering": "success", "model_training": "success",
                          "promotion_gate": "success", "deploy_champion": "skipped"}
    assert str(dr.state) == "success"
    (gate,) = fake_k8s.gate_runs
    assert gate["argv"][gate["argv"].index("--min-improvement") + 1] == "0.02"  # Airflow Variable
    assert mlflow_server.version_of("challenger")["tags"]["promotion.decision"] == "rejected"
    assert mlflow_server.version_of("champion")["version"] == champion
    assert fake_k8s.calls_to("patch_namespaced_deployment") == []


def test_retried_gate_after_the_alias_moved_still_deploys(airflow_db, dag, fake_k8s, mlflow_server):
    """#13 item 2: an earlier try of the gate moved `champion` onto the challenger and died; this try
    must reach "promoted" so that serving is rolled onto it."""
    (v,) = mlflow_server.seed({"test_auc": 0.9, "alias": ["champion", "challenger"]})
    dr = dag.test(logical_date=datetime(2026, 11, 4, tzinfo=UTC))
    assert states(dr)["deploy_champion"] == "success", states(dr)
    assert len(fake_k8s.calls_to("patch_namespaced_deployment")) == 1
    assert mlflow_server.version_of("champion")["version"] == v


def test_deploy_reads_only_this_runs_decision(airflow_db, dag, fake_k8s, mlflow_server, no_retries):
    """#18 item 10: no decision of this run in MLflow (here: the gate did not run) -> the deploy fails."""
    mlflow_server.seed({"test_auc": 0.9, "alias": "challenger"})
    dr = dag.test(logical_date=datetime(2026, 11, 6, tzinfo=UTC), mark_success_pattern="promotion_gate")
    assert states(dr)["deploy_champion"] == "failed"
    assert fake_k8s.calls_to("patch_namespaced_deployment") == []


def test_failed_spark_application_fails_the_task(airflow_db, dag, fake_k8s, no_retries):
    fake_k8s.spark_state = "FAILED"
    dr = dag.test(logical_date=datetime(2026, 11, 7, tzinfo=UTC))
    assert states(dr) == {"feature_engineering": "failed", "model_training": "upstream_failed",
                          "promotion_gate": "upstream_failed", "deploy_champion": "upstream_failed"}
    assert str(dr.state) == "failed"
    assert len(fake_k8s.calls_to("create_namespaced_custom_object")) == 1
    assert fake_k8s.calls_to("get_namespaced_custom_object_status")
    assert fake_k8s.calls_to("patch_namespaced_deployment") == []


def test_failed_spark_driver_fails_the_task(airflow_db, dag, fake_k8s, no_retries):
    """The application started, then its driver failed: the task fails and the application is deleted."""
    fake_k8s.driver_exit_code = 1
    dr = dag.test(logical_date=datetime(2026, 11, 8, tzinfo=UTC))
    assert states(dr)["feature_engineering"] == "failed"
    assert str(dr.state) == "failed"
    (create,) = fake_k8s.calls_to("create_namespaced_custom_object")
    assert [d["name"] for d in fake_k8s.calls_to("delete_namespaced_custom_object")] == [
        create["body"]["metadata"]["name"]]


def test_gate_error_fails_the_gate_and_does_not_deploy(airflow_db, dag, fake_k8s, mlflow_server, no_retries):
    # The challenger's run did not score this champion on its holdout: the gate cannot decide.
    mlflow_server.seed({"test_auc": 0.8, "alias": "champion"}, {"test_auc": 0.9, "alias": "challenger"})
    dr = dag.test(logical_date=datetime(2026, 11, 9, tzinfo=UTC))
    assert states(dr) == {"feature_engineering": "success", "model_training": "success",
                          "promotion_gate": "failed", "deploy_champion": "upstream_failed"}
    assert fake_k8s.gate_runs[0]["exit_code"] == 1
    assert "champion_test_auc" in fake_k8s.gate_runs[0]["stdout"]
    assert fake_k8s.calls_to("patch_namespaced_deployment") == []
