"""Promotion gate: compares the `challenger` model version with the `champion` and promotes or rejects.

  promotion_gate.py --model-name purchase-propensity --metric test_auc --min-improvement 0.0 \
      [--higher-is-better | --no-higher-is-better] [--challenger-alias challenger] \
      [--champion-alias champion] [--decision-id ID]

Same holdout: both values come from the challenger's training run. training.py scores the champion
it found (tag `holdout.champion_version`) on the challenger's own test set and logs it as metric
`champion_<metric>`; the gate compares `<metric>` with `champion_<metric>`. If the champion has
moved since that run, the gate cannot compare on the same data and fails (exit 1).

Rules (decide()):
  - no champion yet                        -> promoted ("first model")
  - challenger already is the champion     -> promoted: an earlier attempt moved the alias (its
    recorded values are kept); serving must still be rolled onto it, so the deploy runs again
  - improvement = challenger - champion (higher is better, the default) or champion - challenger;
    promoted iff improvement > min_improvement (strictly), else rejected.

Idempotent: the decision is recorded first (tags `promotion.*` on the challenger's version:
decision, metric, challenger_value, champion_value, champion_version, min_improvement,
higher_is_better, reason, decided_at, decision_id), the `champion` alias moves last. A retry after
any partial success reaches the same decision. The recorded tags are the hand-off to the deploy
step: it reads `promotion.decision` and `promotion.decision_id` (the Airflow run id) from MLflow.
Prints the decision as JSON. Exit 0 whether promoted or rejected; 1 on errors (no challenger,
metric missing, champion moved, server unreachable). Tracking URI only from MLFLOW_TRACKING_URI.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from dataclasses import asdict, dataclass

TAG = "promotion."
HOLDOUT_CHAMPION_TAG = "holdout.champion_version"  # set by training.py on the challenger's run
NO_CHAMPION = "none"


def champion_metric(metric: str) -> str:
    """Name of the champion's score on the challenger's holdout, logged by training.py."""
    return f"champion_{metric}"


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
        return Decision("promoted", f"version {challenger_version} already is the champion "
                        "(an earlier attempt promoted it): the rollout must still happen", **common)
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


def metric_of(run, version: str, metric: str) -> float:
    metrics = run.data.metrics
    if metric not in metrics:
        raise RuntimeError(f"run {run.info.run_id} of version {version} has no metric {metric!r} "
                           f"(has: {sorted(metrics)})")
    return float(metrics[metric])


def holdout_champion_value(run, challenger_version: str, champion_version: str, metric: str) -> float:
    """The champion's `metric` on the challenger's test set, as the challenger's training run measured it."""
    scored = run.data.tags.get(HOLDOUT_CHAMPION_TAG)
    if scored != str(champion_version):
        raise RuntimeError(
            f"the training run of version {challenger_version} scored champion {scored!r} on its holdout, "
            f"but the champion is now version {champion_version}: the two cannot be compared on the same "
            "test set; re-run training")
    return metric_of(run, challenger_version, champion_metric(metric))


def _recorded(tags: dict, key: str):
    value = tags.get(TAG + key)
    return None if value in (None, NO_CHAMPION) else value


def run_gate(model_name: str, metric: str, min_improvement: float = 0.0, higher_is_better: bool = True,
             challenger_alias: str = "challenger", champion_alias: str = "champion",
             decision_id: str | None = None) -> Decision:
    from mlflow import MlflowClient

    client = MlflowClient()  # tracking URI from MLFLOW_TRACKING_URI
    challenger = _version_for_alias(client, model_name, challenger_alias)
    if challenger is None:
        raise RuntimeError(f"model {model_name!r} has no version with alias {challenger_alias!r}")
    if not challenger.run_id:
        raise RuntimeError(f"model version {challenger.version} has no run to read {metric} from")
    run = client.get_run(challenger.run_id)
    champion = _version_for_alias(client, model_name, champion_alias)
    if champion is not None and champion.version == challenger.version:
        # An earlier attempt got as far as moving the alias: keep the values it recorded.
        previous = challenger.tags or {}
        value = _recorded(previous, "champion_value")
        d = decide(metric, challenger.version, metric_of(run, challenger.version, metric),
                   champion.version, None, min_improvement, higher_is_better)
        d = Decision(**{**asdict(d), "champion_version": _recorded(previous, "champion_version"),
                        "champion_value": None if value is None else float(value)})
    else:
        d = decide(metric, challenger.version, metric_of(run, challenger.version, metric),
                   champion.version if champion else None,
                   holdout_champion_value(run, challenger.version, champion.version, metric) if champion else None,
                   min_improvement, higher_is_better)
    tags = {
        "decision": d.decision,
        "metric": metric,
        "challenger_value": repr(d.challenger_value),
        "champion_value": NO_CHAMPION if d.champion_value is None else repr(d.champion_value),
        "champion_version": d.champion_version or NO_CHAMPION,
        "min_improvement": repr(d.min_improvement),
        "higher_is_better": str(d.higher_is_better).lower(),
        "reason": d.reason,
        "decided_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "decision_id": decision_id or "",
    }
    # Record first, move the alias last: a failure in between leaves a decision a retry re-derives.
    for k, v in tags.items():
        client.set_model_version_tag(model_name, challenger.version, TAG + k, v)
    if d.promoted:
        client.set_registered_model_alias(model_name, champion_alias, challenger.version)
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
    ap.add_argument("--decision-id", default=None,
                    help="recorded as tag promotion.decision_id (the Airflow run id: the deploy step "
                         "checks that the decision it reads is this run's)")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    a = parse_args(argv)
    try:
        d = run_gate(a.model_name, a.metric, a.min_improvement, a.higher_is_better,
                     a.challenger_alias, a.champion_alias, a.decision_id)
    except Exception as e:  # noqa: BLE001 - any failure is an error exit with a message
        print(json.dumps({"error": f"{type(e).__name__}: {e}", "model_name": a.model_name}), flush=True)
        return 1
    print(json.dumps({"model_name": a.model_name, "promoted": d.promoted, **asdict(d)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
