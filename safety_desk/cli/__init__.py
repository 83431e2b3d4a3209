"""The command line: ``safety-desk COMMAND``, a thin layer over services, one module per command group."""

from safety_desk.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
