"""Where cold synth time goes: jsii round trips (per request kind and per chart), the time to load each
jsii assembly, and what one object costs in each construction style. Figures only, nothing asserted.

Run in a fresh process (`python bench/bench_synth_profile.py`): every assembly load is counted once.
"""
from __future__ import annotations

import collections
import subprocess
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

START = time.perf_counter()
from jsii._kernel.providers import process  # noqa: E402

TRIPS: collections.Counter = collections.Counter()
TRIP_SECONDS: collections.Counter = collections.Counter()
LOADS: dict[str, float] = {}
_send = process._NodeProcess.send


def _counting_send(self, request, response_type):
    kind = type(request).__name__.removesuffix("Request")
    start = time.perf_counter()
    try:
        return _send(self, request, response_type)
    finally:
        elapsed = time.perf_counter() - start
        TRIPS[kind] += 1
        TRIP_SECONDS[kind] += elapsed
        if kind == "Load":
            LOADS[request.name] = elapsed


process._NodeProcess.send = _counting_send


def _snapshot() -> tuple[int, float]:
    return sum(TRIPS.values()) - TRIPS["Load"], time.perf_counter()


def styles(n: int = 50) -> list[tuple[str, int, float]]:
    """(style, round trips per object, ms per object) for n ConfigMap-sized objects of each style."""
    import cdk8s

    from constructs_lib import custom_resource as cr

    rows = []
    app = cdk8s.App()

    def measure(style: str, make) -> None:
        chart = cdk8s.Chart(app, style.split()[0] + str(len(rows)), disable_resource_name_hashes=True)
        make(chart, "warm")  # the first call of a kind pays for its type lookups
        trips, start = _snapshot()
        for i in range(n):
            make(chart, f"o{i}")
        chart.to_json()
        after, end = _snapshot()
        rows.append((style, round((after - trips) / n, 1), 1000 * (end - start) / n))

    spec = {"replicas": 1, "roles": ["broker"], "storage": {"type": "ephemeral"}}
    measure("ApiObject + JSON patch (plain dict)", lambda c, i: _patched(c, i, spec))
    measure("custom_resource() (checked plain dict)", lambda c, i: cr.custom_resource(
        c, i, api_version="kafka.strimzi.io/v1", kind="KafkaNodePool", name=i, namespace="x",
        component="bench", environment="dev", spec=spec))
    from cdk8s_plus_28 import k8s
    measure("cdk8s-plus-28 k8s.Kube* (L1)", lambda c, i: k8s.KubeServiceAccount(
        c, i, metadata=k8s.ObjectMeta(name=i, namespace="x"), automount_service_account_token=False))
    import cdk8s_plus_28 as kplus
    measure("cdk8s-plus-28 L2 (kplus.ServiceAccount)", lambda c, i: kplus.ServiceAccount(
        c, i, metadata=cdk8s.ApiObjectMetadata(name=i, namespace="x"), automount_token=False))
    return rows


def binding_imports() -> list[tuple[str, float]]:
    """(module, seconds) to import each jsii module the synth uses besides cdk8s, after `import cdk8s`, in
    a fresh process: the assembly load plus the Python module's own import. (The generated CRD bindings
    once measured here are gone: CONTRIBUTING.md, "Building objects", has their figures.)"""
    code = "import cdk8s, time, importlib; t = time.perf_counter(); importlib.import_module({!r}); " \
           "print(time.perf_counter() - t)"
    modules = ["cdk8s_plus_28"]
    rows = []
    for module in modules:
        out = subprocess.run([sys.executable, "-O", "-c", code.format(module)], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.split()[-1]
        rows.append((module, float(out)))
    return rows


def _patched(chart, id_, spec):
    import cdk8s

    obj = cdk8s.ApiObject(chart, id_, api_version="kafka.strimzi.io/v1", kind="KafkaNodePool",
                          metadata=cdk8s.ApiObjectMetadata(name=id_, namespace="x"))
    obj.add_json_patch(cdk8s.JsonPatch.add("/spec", spec))


def main() -> None:
    import main as synth_main

    envs = ["dev", "prod"]
    t0 = time.perf_counter()
    import cdk8s  # noqa: F401
    t_cdk8s = time.perf_counter() - t0
    from constructs_lib.config import environment_names

    envs = environment_names(ROOT / "environments")
    trips0, t1 = _snapshot()
    rendered = synth_main.synthesize(envs)
    trips1, t2 = _snapshot()
    objects = sum(text.count("\nkind: ") + text.startswith("kind: ") for files in rendered.values()
                  for name, text in files.items() if "/" not in name)
    print(f"\n{'assembly loaded':<40}{'ms':>8}")
    for name, seconds in LOADS.items():
        print(f"{name:<40}{1000 * seconds:>8.0f}")
    print(f"{'import cdk8s (process start + loads)':<40}{1000 * t_cdk8s:>8.0f}")
    print(f"\n{'round trips by request':<40}{'count':>8}{'ms':>8}")
    for kind, count in TRIPS.most_common():
        print(f"{kind:<40}{count:>8}{1000 * TRIP_SECONDS[kind]:>8.0f}")
    print(f"synth of {', '.join(envs)}: {objects} objects, {trips1 - trips0} round trips "
          f"({(trips1 - trips0) / max(objects, 1):.1f} per object), {t2 - t1:.2f} s in synthesize(); "
          f"process so far {time.perf_counter() - START:.2f} s")

    print(f"\n{'style (50 objects)':<48}{'trips/obj':>10}{'ms/obj':>8}")
    for style, trips, ms in styles():
        print(f"{style:<48}{trips:>10}{ms:>8.2f}")
    print(f"{'(cdk8s-plus-28 assembly load)':<48}{'':>10}{1000 * LOADS.get('cdk8s-plus-28', 0):>8.0f}")
    if "--imports" in sys.argv:
        print(f"\n{'import after cdk8s (fresh process)':<48}{'ms':>8}")
        for module, seconds in binding_imports():
            print(f"{module:<48}{1000 * seconds:>8.0f}")


if __name__ == "__main__":
    main()
