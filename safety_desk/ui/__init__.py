"""PySide6 only: the main window, views, Qt models over services, dialogs."""
