"""A private network namespace with only `lo`, entered by this process (and so by every process it
starts afterwards).

The API server calls webhook Services and controllers dial addresses in the cluster's ranges
(10.96.0.0/16 ...). Outside a private namespace such packets would leave the machine; inside one
whose only interface is `lo` they cannot. unshare(2) with CLONE_NEWNET moves only the calling
thread, so call `enter()` from the main thread before starting any component; `leave()` returns it
to the namespace it came from (components started inside keep theirs).
"""
from __future__ import annotations

import ctypes
import os
import subprocess

CLONE_NEWNET = 0x40000000
_libc = ctypes.CDLL(None, use_errno=True)


class NetnsError(RuntimeError):
    pass


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise NetnsError(f"{what} failed: {os.strerror(err)} (needs root / CAP_SYS_ADMIN)")


def current_inode() -> int:
    return os.stat("/proc/thread-self/ns/net").st_ino


def interfaces() -> list[str]:
    """Names of the network interfaces the calling thread sees (`ip`, run in its namespace: /sys/class/net
    shows the namespace sysfs was mounted in, not the thread's)."""
    out = subprocess.run(["ip", "-o", "link", "show"], capture_output=True, text=True, check=True).stdout
    return sorted(line.split(":")[1].strip().split("@")[0] for line in out.splitlines() if line.strip())


def addresses() -> list[str]:
    out = subprocess.run(["ip", "-o", "addr", "show"], capture_output=True, text=True, check=True).stdout
    return sorted(line.split()[3] for line in out.splitlines() if line.strip())


class PrivateNetwork:
    """`with PrivateNetwork() as net:` -> this thread (and its children) in a fresh netns, lo up."""

    def __init__(self) -> None:
        self._origin_fd: int | None = None
        self.inode: int | None = None

    def enter(self) -> "PrivateNetwork":
        self._origin_fd = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
        _check(_libc.unshare(CLONE_NEWNET), "unshare(CLONE_NEWNET)")
        self.inode = current_inode()
        subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
        return self

    def leave(self) -> None:
        if self._origin_fd is not None:
            _check(_libc.setns(self._origin_fd, CLONE_NEWNET), "setns(original netns)")
            os.close(self._origin_fd)
            self._origin_fd = None

    def __enter__(self) -> "PrivateNetwork":
        return self.enter()

    def __exit__(self, *exc) -> None:
        self.leave()
