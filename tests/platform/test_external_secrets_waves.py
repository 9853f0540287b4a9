"""Resource sync waves inside the Applications that carry ExternalSecrets (`monitoring`, `secrets`,
`secret-copies`; constructs_lib/external_secrets.py):
everything an ExternalSecret needs (its generator, its SecretStore, the store's ServiceAccount and RBAC, the
ExternalSecret whose Secret it copies) is in an earlier wave of the same Application, or in an earlier
Application. Argo CD applies a wave and waits for it to be Healthy before the next; in one wave ESO reports
the ExternalSecret not Ready (Degraded) until the missing input appears, and the root's sync fails."""
from __future__ import annotations

import pytest

from constructs_lib import external_secrets

ENVS = ("dev", "prod")
CHARTS = ("monitoring", "secrets", "secret-copies")   # in the order of their Applications' waves
WAVE = "argocd.argoproj.io/sync-wave"


def wave(doc: dict) -> int:
    return int((doc["metadata"].get("annotations") or {}).get(WAVE, "0"))


def key(kind: str, namespace: str, name: str) -> tuple[str, str, str]:
    return kind, namespace, name


def dependencies(es: dict) -> list[tuple[str, str, str]]:
    """The objects of the platform an ExternalSecret needs before ESO can write its Secret."""
    ns, spec = es["metadata"]["namespace"], es["spec"]
    needs = []
    store = spec.get("secretStoreRef") or {}
    if store.get("kind") == "SecretStore":
        needs.append(key("SecretStore", ns, store["name"]))
    for entry in spec.get("dataFrom") or []:
        generator = ((entry.get("sourceRef") or {}).get("generatorRef") or {})
        if generator:
            needs.append(key(generator["kind"], ns, generator["name"]))
    return needs


def ordered(charts: dict[str, list[dict]]) -> list[str]:
    """Every dependency that is not in an earlier wave of the same chart (or in an earlier chart)."""
    where: dict[tuple[str, str, str], tuple[int, int]] = {}   # object -> (chart index, wave)
    for index, chart in enumerate(CHARTS):
        for doc in charts[chart]:
            where[key(doc["kind"], doc["metadata"].get("namespace", ""), doc["metadata"]["name"])] = (index, wave(doc))
    # A copy's SecretStore reads its source Secret, written by the ExternalSecret of that name.
    stores = {key("SecretStore", d["metadata"]["namespace"], d["metadata"]["name"]): d
              for chart in CHARTS for d in charts[chart] if d["kind"] == "SecretStore"}
    problems = []
    for index, chart in enumerate(CHARTS):
        for es in (d for d in charts[chart] if d["kind"] == "ExternalSecret"):
            me = (index, wave(es))
            needs = dependencies(es)
            for need in list(needs):
                if need in stores:
                    provider = stores[need]["spec"]["provider"]["kubernetes"]
                    for item in (es["spec"].get("data") or []) + (es["spec"].get("dataFrom") or []):
                        source = (item.get("remoteRef") or item.get("extract") or {}).get("key")
                        if source:
                            needs.append(key("ExternalSecret", provider["remoteNamespace"], source))
            for need in needs:
                if need in where and where[need] >= me:
                    problems.append(f"{chart}: ExternalSecret {es['metadata']['namespace']}/{es['metadata']['name']} "
                                    f"(wave {me[1]}) needs {need} in the same or a later wave {where[need]}")
                elif need[0] != "ExternalSecret" and need not in where:
                    problems.append(f"{chart}: {need} needed by {es['metadata']['name']} is synthesized nowhere")
    return problems


@pytest.mark.parametrize("env", ENVS)
def test_the_charts_with_external_secrets_are_these_in_this_order(synthesized, env):
    apps = {d["spec"]["source"]["directory"]["include"]: wave(d) for d in synthesized[env]["argocd-apps"]
            if d["kind"] == "Application" and "source" in d["spec"] and "directory" in d["spec"]["source"]}
    with_es = {chart for chart, docs in synthesized[env].items() if any(d["kind"] == "ExternalSecret" for d in docs)}
    assert with_es - {"argocd-project"} == set(CHARTS)   # argocd-project: applied at bootstrap, wave -100
    assert sorted(CHARTS, key=lambda c: apps[f"{c}.yaml"]) == list(CHARTS)


@pytest.mark.parametrize("env", ENVS)
def test_every_external_secret_comes_after_what_it_needs(synthesized, env):
    problems = ordered(synthesized[env])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("env", ENVS)
def test_copies_are_in_a_later_wave_than_their_sources(synthesized, env):
    copies = [d for chart in CHARTS for d in synthesized[env][chart]
              if d["kind"] == "ExternalSecret" and (d["spec"].get("secretStoreRef") or {}).get("kind") == "SecretStore"]
    assert copies, env
    assert {wave(d) for d in copies} == {int(external_secrets.COPIES_WAVE[WAVE])}


@pytest.mark.parametrize("env", ENVS)
def test_one_wave_would_be_reported(synthesized, env):
    """Guard that the check can fail: without the waves every generator and copy source is in the same wave."""
    flat = {chart: [{**d, "metadata": {k: v for k, v in d["metadata"].items() if k != "annotations"}}
                    for d in synthesized[env][chart]] for chart in CHARTS}
    problems = ordered(flat)
    assert any("Password" in p for p in problems) and any("ExternalSecret" in p.split("needs")[1] for p in problems)
