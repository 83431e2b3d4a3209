"""Safety Desk: offline hazard-inspection campaigns for safety-production work (安全生产隐患排查)."""

__version__ = "0.1.0"
