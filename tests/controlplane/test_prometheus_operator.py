"""The real Prometheus Operator (kube-prometheus-stack's, v0.93.1, built from the Go module proxy) reconciles
the chart's Prometheus in the tier: what it writes is what the Prometheus server would load.

- the configuration Secret `prometheus-<name>` (gzipped prometheus.yaml.gz) exists, and every
  PodMonitor/ServiceMonitor of the environment (dist/ and the rendered charts) is a scrape job in it,
  endpoint by endpoint, and nothing else is (selection by selectors.MONITOR_LABELS and the namespace
  selector; test_zz_breakages proves a monitor outside the selection is left out);
- the configuration passes `promtool check config` (the pinned promtool = the chart's Prometheus);
- every PrometheusRule is in the rules ConfigMaps `prometheus-<name>-rulefiles-*` with its groups, and
  `promtool check rules` passes on the files as Prometheus would load them;
- the operator's status on the Prometheus CR: reconciled, not available (no kubelet runs its Pods).
The generated configuration and rule files are kept in build/controlplane/<env>/prometheus/.
"""
from __future__ import annotations

import re
import subprocess

import pytest
import yaml

from conftest import ARTIFACTS
from testing.controlplane import wait_for
from testing.controlplane import prometheus_operator as po
from testing.tools import pinned_tools_bin

MONITOR_KINDS = ("PodMonitor", "ServiceMonitor")


def _rendered(synced, kind: str) -> list[dict]:
    """Objects of this kind the sync applied (dist/ files and rendered charts), one per (namespace, name)."""
    out = {}
    for objs in synced.report.rendered.values():
        for obj in objs:
            if obj.get("kind") == kind and obj.get("apiVersion", "").startswith("monitoring.coreos.com/"):
                out[(obj["metadata"].get("namespace"), obj["metadata"]["name"])] = obj
    return [out[k] for k in sorted(out)]


def test_operator_is_the_charts_version(synced):
    """The binary that runs is the pinned version, which is the image tag the chart's Deployment runs."""
    from conftest import ROOT
    pin = re.search(r"^PROMETHEUS_OPERATOR_VERSION=(\S+)", (ROOT / "tools" / "versions.env").read_text(), re.M).group(1)
    standin = synced.operators.standins[po.RELEASE][0]
    image = standin.container["image"]
    assert image.rsplit(":", 1)[1] == pin, (image, pin)
    version = subprocess.run([str(standin.binary), "--version"], capture_output=True, text=True, check=True)
    assert f"version {pin.lstrip('v')}" in version.stdout + version.stderr, version.stdout + version.stderr


@pytest.fixture(scope="module")
def prometheus(synced) -> dict:
    found = _rendered(synced, "Prometheus")
    assert len(found) == 1, f"expected the chart's one Prometheus, found {[p['metadata']['name'] for p in found]}"
    return found[0]


@pytest.fixture(scope="module")
def expected_jobs(synced) -> dict[str, str]:
    """job name -> the monitor it comes from, over every monitor of the environment."""
    jobs = {}
    for kind in MONITOR_KINDS:
        for monitor in _rendered(synced, kind):
            for job in po.job_names(monitor):
                jobs[job] = f"{kind} {monitor['metadata']['namespace']}/{monitor['metadata']['name']}"
    return jobs


@pytest.fixture(scope="module")
def generated(synced, prometheus, expected_jobs) -> dict:
    """The operator's configuration once it holds every monitor (it regenerates on each monitor event;
    the last monitors are synced shortly before the tests start)."""
    admin, ns, name = synced.cluster.admin, prometheus["metadata"]["namespace"], prometheus["metadata"]["name"]
    operator = synced.operators.standins[po.RELEASE][0]

    def complete():
        if not operator.process.alive():
            raise AssertionError(f"the Prometheus Operator exited:\n{operator.process.tail()}")
        config = po.generated_config(admin, ns, name)
        return config if config is not None and set(expected_jobs) <= po.scrape_jobs(config) else None
    try:
        config = wait_for("the operator's configuration to hold every monitor", complete, timeout=180)
    except TimeoutError:
        config = po.generated_config(admin, ns, name)
    out = ARTIFACTS / synced.env / "prometheus"
    out.mkdir(parents=True, exist_ok=True)
    if config is not None:
        (out / "prometheus.yaml").write_text(po.generated_config_text(admin, ns, name))
    return config or {}


def test_operator_writes_the_configuration_secret(synced, prometheus, generated):
    secret = po.config_secret_name(prometheus["metadata"]["name"])
    assert generated, (f"no Secret {prometheus['metadata']['namespace']}/{secret} with {po.CONFIG_KEY}: "
                       f"operator log:\n{synced.operators.standins[po.RELEASE][0].process.tail(60)}")
    assert generated.get("scrape_configs"), "the generated configuration has no scrape job"


def test_every_monitor_is_a_scrape_job(synced, expected_jobs, generated):
    jobs = po.scrape_jobs(generated)
    missing = sorted(f"{job} ({source})" for job, source in expected_jobs.items() if job not in jobs)
    assert not missing, (f"{len(missing)} monitor endpoint(s) of {synced.env} not scraped by the operator's "
                         "configuration (label or namespace outside the selection, or the operator rejected the "
                         "monitor: see its log):\n" + "\n".join(missing))
    # Our own monitors are among them (not only the chart's).
    assert any(src.split()[1].split("/")[0] not in ("monitoring", "monitoring-node-exporter")
               for src in expected_jobs.values()), expected_jobs


def test_nothing_else_is_scraped(expected_jobs, generated):
    """Every job comes from a monitor of the environment (no stray monitor, no probe or scrape config)."""
    extra = sorted(po.scrape_jobs(generated) - set(expected_jobs))
    assert not extra, f"scrape jobs from nothing the platform ships: {extra}"


def _promtool(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(pinned_tools_bin() / "promtool"), *args], capture_output=True, text=True,
                          check=False, cwd=cwd)


def test_generated_configuration_passes_promtool(synced, prometheus, generated, tmp_path):
    """`promtool check config --syntax-only`: the configuration as Prometheus parses it (scrape configs,
    Kubernetes service discovery, relabelling, TLS/authorization blocks). Not checked: the files it names
    (rule files under /etc/prometheus/rules, the ServiceAccount token, the TLS assets) exist only in the
    Prometheus Pod; the rule files are checked below from the ConfigMaps that hold them."""
    assert generated, "no generated configuration (see test_operator_writes_the_configuration_secret)"
    path = tmp_path / "prometheus.yaml"
    path.write_text(po.generated_config_text(synced.cluster.admin, prometheus["metadata"]["namespace"],
                                             prometheus["metadata"]["name"]))
    result = _promtool("check", "config", "--syntax-only", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_configuration_passes_promtool_with_the_pod_files(synced, prometheus, generated, tmp_path):
    """`promtool check config` in full, over the files the Prometheus container would see: the volumes
    of the operator's StatefulSet (rules ConfigMaps, TLS assets, web config) and its ServiceAccount
    token written below a scratch directory, the configuration's paths rewritten to it. This loads and
    checks every rule file through the configuration's rule_files globs and every credential/CA file
    it names. Not checked: that the files' contents are what Prometheus accepts at scrape time (TLS
    handshakes, tokens against targets)."""
    assert generated
    ns, name = prometheus["metadata"]["namespace"], prometheus["metadata"]["name"]
    statefulset = synced.cluster.admin.get("apps/v1", "StatefulSet", f"prometheus-{name}", ns)
    mounts = po.pod_files(synced.cluster, statefulset, "prometheus", tmp_path / "pod")
    text = po.generated_config_text(synced.cluster.admin, ns, name)
    referenced = sorted(set(re.findall(r"(?:^|\s)(/(?:etc|var)/[^\s*]+)", text, re.M)))
    outside = [p for p in referenced if not any(p == m or p.startswith(m + "/") for m in mounts)]
    assert not outside, f"the configuration names files no volume of the Prometheus container provides: {outside}"
    path = tmp_path / "prometheus.yaml"
    path.write_text(po.rewrite_paths(text, mounts))
    result = _promtool("check", "config", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    rule_files = [line for line in result.stdout.splitlines() if "rule" in line.lower() and "SUCCESS" in line]
    assert rule_files, f"promtool checked no rule file:\n{result.stdout}"


def test_promtool_rejects_a_broken_generated_configuration(synced, prometheus, generated, tmp_path):
    """The check above can fail: the same configuration with one Kubernetes SD role misspelt is refused."""
    assert generated
    broken = yaml.safe_load(po.generated_config_text(synced.cluster.admin, prometheus["metadata"]["namespace"],
                                                     prometheus["metadata"]["name"]))
    job = next(j for j in broken["scrape_configs"] if j.get("kubernetes_sd_configs"))
    job["kubernetes_sd_configs"][0]["role"] = "pods"
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(broken))
    result = _promtool("check", "config", "--syntax-only", str(path))
    assert result.returncode != 0 and "pods" in result.stdout + result.stderr, result.stdout + result.stderr


@pytest.fixture(scope="module")
def loaded_rules(synced, prometheus, generated) -> dict[str, str]:
    files = po.rule_files(synced.cluster.admin, prometheus["metadata"]["namespace"], prometheus["metadata"]["name"])
    out = ARTIFACTS / synced.env / "prometheus" / "rules"
    out.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (out / name).write_text(content)
    return files


def test_every_rule_is_loaded_with_its_groups(synced, loaded_rules):
    admin = synced.cluster.admin
    rules = _rendered(synced, "PrometheusRule")
    assert rules, "no PrometheusRule in the environment"
    problems = []
    for rule in rules:
        meta = rule["metadata"]
        live = admin.get(po.API, "PrometheusRule", meta["name"], meta["namespace"])
        key = po.rule_file_key(live)
        if key not in loaded_rules:
            problems.append(f"{meta['namespace']}/{meta['name']}: no rule file {key}")
            continue
        loaded = [g["name"] for g in (yaml.safe_load(loaded_rules[key]) or {}).get("groups", [])]
        wanted = [g["name"] for g in rule["spec"]["groups"]]
        if loaded != wanted:
            problems.append(f"{meta['namespace']}/{meta['name']}: groups {loaded}, expected {wanted}")
    assert not problems, "\n".join(problems)
    chart_rules = {(o["metadata"].get("namespace"), o["metadata"]["name"]) for app, objs in synced.report.rendered.items()
                   if app.endswith(po.RELEASE) for o in objs if o.get("kind") == "PrometheusRule"}
    ours = [r for r in rules if (r["metadata"]["namespace"], r["metadata"]["name"]) not in chart_rules]
    assert ours, "none of the platform's own PrometheusRules (dist/) is among the loaded rules"


def test_loaded_rule_files_pass_promtool(loaded_rules, tmp_path):
    assert loaded_rules, "no rule files in the operator's rulefiles ConfigMaps"
    for name, content in loaded_rules.items():
        (tmp_path / name).write_text(content)
    result = _promtool("check", "rules", *sorted(loaded_rules), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_prometheus_status(synced, prometheus, generated):
    """What the operator reports without a kubelet: it reconciled the Prometheus (StatefulSet and its
    Secrets/ConfigMaps written: Reconciled True), and no replica is available (the StatefulSet's Pods
    exist but never run: Available False)."""
    meta = prometheus["metadata"]

    def conditions():
        live = synced.cluster.admin.get(po.API, "Prometheus", meta["name"], meta["namespace"])
        found = {c["type"]: c for c in (live.get("status") or {}).get("conditions") or []}
        return found if {"Reconciled", "Available"} <= set(found) else None
    found = wait_for("the Prometheus status conditions", conditions, timeout=60)
    (ARTIFACTS / synced.env / "prometheus" / "status.yaml").write_text(yaml.safe_dump(found))
    assert found["Reconciled"]["status"] == "True", found["Reconciled"]
    assert found["Available"]["status"] == "False", found["Available"]
    statefulset = f"prometheus-{meta['name']}"
    assert synced.cluster.admin.get_or_none("apps/v1", "StatefulSet", statefulset, meta["namespace"]), statefulset
