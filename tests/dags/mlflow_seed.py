"""Seeds the test MLflow registry (run with the Spark venv's MLflow client):

    mlflow_seed.py URI MODEL '[{"test_auc": 0.7, "champion_test_auc": null, "alias": "champion"}, ...]'

Deletes MODEL, then registers one version per entry, in order, each from its own run with the
metrics training.py logs (test_auc; champion_test_auc and tag holdout.champion_version = the
champion at that point, as training.py scores it on the same holdout) and a small model artifact,
and sets the entry's alias. Prints the version numbers as JSON.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path


def main(uri: str, model: str, versions: list[dict]) -> list[str]:
    from mlflow import MlflowClient
    from mlflow.exceptions import MlflowException

    c = MlflowClient(uri)
    try:
        c.delete_registered_model(model)
    except MlflowException:
        pass
    c.create_registered_model(model)
    exp = c.get_experiment_by_name("dag-tests") or c.get_experiment(c.create_experiment("dag-tests"))
    out, champion = [], "none"
    for v in versions:
        run = c.create_run(exp.experiment_id)
        c.log_metric(run.info.run_id, "test_auc", v["test_auc"])
        c.set_tag(run.info.run_id, "holdout.champion_version", champion)
        if v.get("champion_test_auc") is not None:
            c.log_metric(run.info.run_id, "champion_test_auc", v["champion_test_auc"])
        with tempfile.TemporaryDirectory() as d:
            (Path(d) / "MLmodel").write_text("flavors: {}\n")
            c.log_artifacts(run.info.run_id, d, "model")
        c.set_terminated(run.info.run_id)
        mv = c.create_model_version(model, source=f"{run.info.artifact_uri}/model", run_id=run.info.run_id)
        aliases = [v["alias"]] if isinstance(v["alias"], str) else v["alias"]
        for alias in aliases:
            c.set_registered_model_alias(model, alias, mv.version)
        if "champion" in aliases:
            champion = mv.version
        out.append(mv.version)
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))))
