"""The validation gate: every object in dist/ checked against the real pinned schemas."""
