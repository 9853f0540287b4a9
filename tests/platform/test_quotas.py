"""processing-jobs ResourceQuota and LimitRange follow processing_jobs_quota of each environment."""
from __future__ import annotations

import yaml

from conftest import ROOT, run_synth


def _objects(charts, kind):
    return [d for d in charts["security"] if d["kind"] == kind]


def test_quota_and_limit_range_follow_the_config(synthesized):
    for env, charts in synthesized.items():
        config = yaml.safe_load((ROOT / "environments" / f"{env}.yaml").read_text())["processing_jobs_quota"]
        (quota,) = _objects(charts, "ResourceQuota")
        assert quota["metadata"]["namespace"] == "processing-jobs"
        assert quota["spec"]["hard"] == {
            "requests.cpu": config["requests_cpu"], "requests.memory": config["requests_memory"],
            "limits.cpu": config["limits_cpu"], "limits.memory": config["limits_memory"],
            "pods": str(config["pods"]), "persistentvolumeclaims": str(config.get("persistent_volume_claims", 10)),
        }
        (limits,) = [d for d in _objects(charts, "LimitRange") if d["metadata"]["namespace"] == "processing-jobs"]
        (item,) = limits["spec"]["limits"]
        assert item["type"] == "Container"
        assert item["default"]["cpu"] == config["default_cpu_limit"]
        assert set(item["defaultRequest"]) == {"cpu", "memory"} and "memory" in item["max"]


def test_quota_changes_with_the_environment_file(environments_copy, tmp_path):
    dev = environments_copy / "dev.yaml"
    data = yaml.safe_load(dev.read_text())
    data["processing_jobs_quota"]["pods"] = 7
    dev.write_text(yaml.safe_dump(data, sort_keys=False))
    result = run_synth("--env", "dev", "--dist", str(tmp_path), "--environments", str(environments_copy))
    assert result.returncode == 0, result.stderr
    docs = [d for d in yaml.safe_load_all((tmp_path / "dev" / "security.yaml").read_text()) if d]
    (quota,) = [d for d in docs if d["kind"] == "ResourceQuota"]
    assert quota["spec"]["hard"]["pods"] == "7"


def test_container_defaults_in_every_other_platform_namespace(synthesized):
    """Operator-created containers without resources (CNPG Jobs, Strimzi's init container) get requests
    and a memory limit from config.container_defaults."""
    for env, charts in synthesized.items():
        data = yaml.safe_load((ROOT / "environments" / f"{env}.yaml").read_text())
        config = data["container_defaults"]
        ranges = {d["metadata"]["namespace"]: d for d in _objects(charts, "LimitRange")
                  if d["metadata"]["name"] == "container-defaults"}
        assert set(ranges) == {"platform-operators", "data-plane", "orchestration", "ml-lifecycle"}, env
        for limit_range in ranges.values():
            (item,) = limit_range["spec"]["limits"]
            assert item["defaultRequest"] == {"cpu": config["cpu_request"], "memory": config["memory_request"]}
            assert item["default"] == {"memory": config["memory_limit"]}
