"""The tier runs inside a network namespace with only loopback: nothing it starts can send a packet
off the machine (webhook Services and Pod addresses are in 10.96.0.0/16 and the like)."""
from __future__ import annotations

import os
import socket

from testing.controlplane import interfaces


def test_namespace_has_only_loopback(private_network):
    """Asserted before any component starts (this fixture starts none)."""
    assert interfaces() == ["lo"]
    assert os.stat("/proc/thread-self/ns/net").st_ino == private_network.inode


def test_cluster_addresses_are_unreachable(private_network):
    """A Service address dialled from inside fails at once: there is no route."""
    with socket.socket() as s:
        s.settimeout(2)
        assert s.connect_ex(("10.96.0.1", 443)) != 0


ONE_SHOT = ("dag-submit",)   # the DAG's submission (conftest.submit_dag_applications) exits when done


def test_every_component_runs_in_the_namespace(synced, private_network):
    assert synced.cluster.processes
    for proc in synced.cluster.processes:
        if proc.name in ONE_SHOT and proc.popen.poll() == 0:
            continue
        assert proc.alive(), f"{proc.name} exited:\n{proc.tail()}"
        assert os.stat(f"/proc/{proc.pid}/ns/net").st_ino == private_network.inode, proc.name
