"""Environment configuration: strict typed models, cross-field rules, one loader."""
from constructs_lib.config.loader import ConfigError, load_environment, environment_names
from constructs_lib.config.models import PlatformConfig

__all__ = ["ConfigError", "PlatformConfig", "environment_names", "load_environment"]
