"""reportlab (PDF) and openpyxl (xlsx) writers: domain objects in, files out. No Qt."""
