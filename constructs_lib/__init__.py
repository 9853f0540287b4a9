"""cdk8s constructs of the MLOps platform: one platform component per module."""
