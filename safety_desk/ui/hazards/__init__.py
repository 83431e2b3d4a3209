"""A hazard from finding to write-off: the hazard form (five fields, photos, history), lifecycle bar and dialogs, the hazards view and the dashboard."""
