"""`python` inside the fake gate pod: runs a job script of the Spark image from the repository.

    in_pod.py /opt/spark/jobs/promotion_gate.py ARGS...

The image path maps to jobs/spark/ of the repository (MLOPS_TEST_REPO); the cluster Service names in
MLOPS_TEST_SERVICES ({"host:port": "127.0.0.1:port"}) resolve to the loopback test servers (only
socket.getaddrinfo is redirected; the MLflow client and its HTTP stack are real).
"""
from __future__ import annotations

import json
import os
import runpy
import socket
import sys
from pathlib import Path

IMAGE_JOBS = "/opt/spark/jobs/"


def main() -> None:
    script = sys.argv[1]
    if not script.startswith(IMAGE_JOBS):
        raise SystemExit(f"in_pod.py: {script} is not a job of the Spark image ({IMAGE_JOBS})")
    local = Path(os.environ["MLOPS_TEST_REPO"]) / "jobs" / "spark" / script.removeprefix(IMAGE_JOBS)
    services = {}
    for cluster, loopback in json.loads(os.environ.get("MLOPS_TEST_SERVICES", "{}")).items():
        host, port = cluster.rsplit(":", 1)
        lhost, lport = loopback.rsplit(":", 1)
        services[(host, int(port))] = (lhost, int(lport))
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *a, **kw):
        target = services.get((host, int(port or 0)))
        return real(*target, *a, **kw) if target else real(host, port, *a, **kw)

    socket.getaddrinfo = getaddrinfo
    sys.argv = [str(local), *sys.argv[2:]]
    sys.path.insert(0, str(local.parent))
    runpy.run_path(str(local), run_name="__main__")


if __name__ == "__main__":
    main()
