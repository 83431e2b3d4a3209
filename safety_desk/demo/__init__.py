"""The sample-data generator: a simulated campaign for trying the program (uses services; only cli/ and ui/ import it)."""
