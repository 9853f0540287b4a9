"""Rendered-manifests diff: what a change does to everything Argo CD would apply (`make diff`)."""
