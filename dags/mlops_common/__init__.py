"""Helpers shared by this repository's DAGs (excluded from DAG parsing by dags/.airflowignore)."""
