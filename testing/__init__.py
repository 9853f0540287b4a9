"""Test infrastructure shared by test suites (not shipped with the platform)."""
