"""Promotion gate: compares the `challenger` model version with the `champion` and promotes or rejects.

  promotion_gate.py --model-name purchase-propensity --metric test_auc --min-improvement 0.0 \
      [--higher-is-better | --no-higher-is-better] [--challenger-alias challenger] [--champion-alias champion]

Rules (decide()):
  - no champion yet                        -> promoted ("first model")
  - challenger already is the champion     -> rejected (nothing to do)
  - improvement = challenger - champion (higher is better, the default) or champion - challenger;
    promoted iff improvement > min_improvement (strictly), else rejected.
Promotion sets alias `champion` on the challenger's version. The decision is recorded as tags on the
challenger's version: promotion.decision, promotion.metric, promotion.challenger_value,
promotion.champion_value, promotion.champion_version, promotion.min_improvement, promotion.reason,
promotion.decided_at. The metric is read from the version's training run.
Prints the decision as JSON. Exit 0 whether promoted or rejected; 1 on errors (no challenger,
metric missing, server unreachable). Tracking URI only from MLFLOW_TRACKING_URI.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Decision:
    decision: str  # "promoted" | "rejected"
    reason: str
    metric: str
    challenger_version: str
    challenger_value: float
    champion_version: str | None
    champion_value: float | None
    min_improvement: float
    higher_is_better: bool

    @property
    def promoted(self) -> bool:
        return self.decision == "promoted"


def decide(metric: str, challenger_version: str, challenger_value: float,
           champion_version: str | None, champion_value: float | None,
           min_improvement: float = 0.0, higher_is_better: bool = True) -> Decision:
    """Pure decision function (no I/O)."""
    def check(name, v):
        if v is None or not isinstance(v, (int, float)) or math.isnan(v) or math.isinf(v):
            raise ValueError(f"{name} {metric} is not a finite number: {v!r}")

    check("challenger", challenger_value)
    if min_improvement < 0 or math.isnan(min_improvement):
        raise ValueError(f"min_improvement must be >= 0, got {min_improvement}")
    common = dict(metric=metric, challenger_version=str(challenger_version),
                  challenger_value=float(challenger_value), champion_version=champion_version,
                  champion_value=champion_value, min_improvement=float(min_improvement),
                  higher_is_better=higher_is_better)
    if champion_version is None:
        return Decision("promoted", "no champion yet: first model is promoted", **common)
    if str(champion_version) == str(challenger_version):
        return Decision("rejected", f"version {challenger_version} already is the champion", **common)
    check("champion", champion_value)
    common["champion_value"] = float(champion_value)
    delta = (challenger_value - champion_value) if higher_is_better else (champion_value - challenger_value)
    better = "higher" if higher_is_better else "lower"
    if delta > min_improvement:
        return Decision("promoted", f"{metric} improves by {delta:.6g} ({better} is better) "
                        f"> min_improvement {min_improvement:g}", **common)
    return Decision("rejected", f"{metric} improvement {delta:.6g} ({better} is better) "
                    f"is not > min_improvement {min_improvement:g}", **common)


def _version_for_alias(client, model_name: str, alias: str):
    from mlflow.exceptions import MlflowException

    try:
        return client.get_model_version_by_alias(model_name, alias)
    except MlflowException as e:
        if "RESOURCE_DOES_NOT_EXIST" in str(e.error_code) or "INVALID_PARAMETER_VALUE" in str(e.error_code):
            return None
        raise


def metric_of(client, mv, metric: str) -> float:
    if not mv.run_id:
        raise RuntimeError(f"model version {mv.version} has no run to read {metric} from")
    metrics = client.get_run(mv.run_id).data.metrics
    if metric not in metrics:
        raise RuntimeError(f"run {mv.run_id} of version {mv.version} has no metric {metric!r} "
                           f"(has: {sorted(metrics)})")
    return float(metrics[metric])


def run_gate(model_name: str, metric: str, min_improvement: float = 0.0, higher_is_better: bool = True,
             challenger_alias: str = "challenger", champion_alias: str = "champion") -> Decision:
    from mlflow import MlflowClient

    client = MlflowClient()  # tracking URI from MLFLOW_TRACKING_URI
    challenger = _version_for_alias(client, model_name, challenger_alias)
    if challenger is None:
        raise RuntimeError(f"model {model_name!r} has no version with alias {challenger_alias!r}")
    champion = _version_for_alias(client, model_name, champion_alias)
    d = decide(metric, challenger.version, metric_of(client, challenger, metric),
               champion.version if champion else None,
               metric_of(client, champion, metric) if champion and champion.version != challenger.version
               else None,
               min_improvement, higher_is_better)
    if d.promoted:
        client.set_registered_model_alias(model_name, champion_alias, challenger.version)
    tags = {
        "promotion.decision": d.decision,
        "promotion.metric": metric,
        "promotion.challenger_value": repr(d.challenger_value),
        "promotion.champion_value": "none" if d.champion_value is None else repr(d.champion_value),
        "promotion.champion_version": d.champion_version or "none",
        "promotion.min_improvement": repr(d.min_improvement),
        "promotion.higher_is_better": str(d.higher_is_better).lower(),
        "promotion.reason": d.reason,
        "promotion.decided_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    for k, v in tags.items():
        client.set_model_version_tag(model_name, challenger.version, k, v)
    return d


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="Promote the challenger model version if it beats the champion")
    ap.add_argument("--model-name", required=True)
    ap.add_argument("--metric", default="test_auc")
    ap.add_argument("--min-improvement", type=float, default=0.0)
    ap.add_argument("--higher-is-better", action=argparse.BooleanOptionalAction, default=True,
                    help="default: higher is better (e.g. AUC); --no-higher-is-better for losses")
    ap.add_argument("--challenger-alias", default="challenger")
    ap.add_argument("--champion-alias", default="champion")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    a = parse_args(argv)
    try:
        d = run_gate(a.model_name, a.metric, a.min_improvement, a.higher_is_better,
                     a.challenger_alias, a.champion_alias)
    except Exception as e:  # noqa: BLE001 - any failure is an error exit with a message
        print(json.dumps({"error": f"{type(e).__name__}: {e}", "model_name": a.model_name}), flush=True)
        return 1
    # The last stdout line is the decision the Airflow DAG reads (`promoted` decides the deploy step).
    print(json.dumps({"model_name": a.model_name, "promoted": d.promoted, **asdict(d)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
