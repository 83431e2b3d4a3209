"""PySide6 only: the main window, views, Qt models over services, dialogs."""

from safety_desk.ui.common import none_refs as _none_refs

_none_refs.install()  # before any widget: PySide6 6.12 drops a reference to None in some calls (see the module)
