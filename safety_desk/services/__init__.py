"""Use cases that the UI and the CLI both call: keyword-only arguments, one transaction per use case."""
