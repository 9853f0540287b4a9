from datetime import UTC, datetime

def test_run(airflow_db, dag, fake_k8s):
    dr = dag.test(logical_date=datetime(2026, 11, 20, tzinfo=UTC))
    print(dr.state, {ti.task_id: ti.state for ti in dr.get_task_instances()})
    for c in fake_k8s.calls: print(c[0], str(c[1])[:300])
    print(fake_k8s.gate_runs)
    assert dr.state == "success"
