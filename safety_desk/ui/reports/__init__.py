"""Exports and reports: the export dialog, the PDF preview with print, the reports page (veto, monthly, roll-up, summary)."""
