"""A real Kubernetes control plane for tests (see cluster.py): a private network namespace with only
`lo`, etcd + kube-apiserver + kube-controller-manager built from the Go module proxy
(scripts/build-controlplane.sh), a small REST client, Argo CD-ordered sync of dist/ and the
rendered Helm releases, and the operators that build from the Go module proxy."""
from .client import ApiError, Client, wait_for
from .cluster import ApplyResult, Cluster, ControlPlaneError, binaries_dir, ref
from .netns import PrivateNetwork, interfaces

__all__ = ["ApiError", "ApplyResult", "Client", "Cluster", "ControlPlaneError", "PrivateNetwork", "binaries_dir",
           "interfaces", "ref", "wait_for"]
