"""The post-build pipeline that both engines' builds run (pipeline.py), and its steps."""

from .pipeline import NAMES, STEPS, Step, run
from .site import BuiltSite

__all__ = ["NAMES", "STEPS", "BuiltSite", "Step", "run"]
