"""Observability: the kube-prometheus-stack release's generated values, how Prometheus and Grafana find
monitors, rules and dashboards (selectors.py), and what each component exposes (catalog.py)."""
