"""Real servers for the metrics tests, on 127.0.0.1 only: started in their own process group, stopped with it,
their output kept in a log file whose tail a failure shows."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def venv_python(name: str) -> Path:
    """The Python of requirements/<name>.txt's venv (scripts/venv.sh, a setup step of scripts/test.sh)."""
    result = subprocess.run([str(ROOT / "scripts" / "venv.sh"), name], cwd=ROOT, capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        pytest.fail(f"`scripts/venv.sh {name}` failed (scripts/test.sh observability runs it in its setup):\n"
                    f"{result.stderr[-2000:]}")
    return Path(result.stdout.strip().splitlines()[-1]) / "bin" / "python"


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, name: str, cmd: list[str], *, env: dict[str, str], log: Path, cwd: Path):
        self.name, self.log = name, log
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd,
                                         start_new_session=True)

    def tail(self, chars: int = 3000) -> str:
        return f"--- {self.name} log ({self.log}):\n{self.log.read_text(errors='replace')[-chars:]}"

    def wait_http(self, url: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2) as r:
                    if r.status == 200:
                        return
            except (OSError, urllib.error.URLError):
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"{self.name} did not answer {url}\n{self.tail()}")
            time.sleep(0.5)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)


def run(name: str, cmd: list[str], *, env: dict[str, str], log: Path, cwd: Path, timeout: float) -> None:
    """A command that must succeed (its output in `log`)."""
    with open(log, "wb") as out:
        result = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd, timeout=timeout,
                                check=False)
    if result.returncode != 0:
        pytest.fail(f"{name} failed ({result.returncode}): {' '.join(cmd)}\n{log.read_text(errors='replace')[-3000:]}")


_SAMPLE = re.compile(r"^([A-Za-z_:][A-Za-z0-9_:]*)(?:\{(.*)\})?\s+(\S+)")
_LABEL = re.compile(r'([A-Za-z_][A-Za-z0-9_]*)="((?:[^"\\]|\\.)*)"')


def parse_exposition(text: str) -> list[tuple[str, dict[str, str], float]]:
    """Samples of the Prometheus text format: (name, labels, value)."""
    samples = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        m = _SAMPLE.match(line)
        if m:
            samples.append((m.group(1), dict(_LABEL.findall(m.group(2) or "")), float(m.group(3))))
    return samples


def scrape(url: str, *, host: str | None = None) -> list[tuple[str, dict[str, str], float]]:
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    with urllib.request.urlopen(request, timeout=10) as r:
        return parse_exposition(r.read().decode())


# Labels Prometheus attaches from the scrape target (PodMonitor: the pod's namespace, pod, container, the job and
# instance), not from the exporter.
TARGET_LABELS = frozenset({"namespace", "pod", "container", "endpoint", "job", "instance", "service"})
