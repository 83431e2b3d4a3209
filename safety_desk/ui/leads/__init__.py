"""The 线索 tab: complaints, handed-over cases and monitoring leads — a filtered list and a keyboard-first form."""
