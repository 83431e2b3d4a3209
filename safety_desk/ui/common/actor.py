"""Who is recording (经办人): asked once on this computer, remembered, and shown.

The name is kept per database (services.lifecycle) and also in the user's Qt settings, so that a database opened
later on the same computer (the sample data, a colleague's copy) starts with it instead of asking again. It is never
the login name: the audit log names a person.

    prompt = ensure_actor(window, store)   # None when a name is known; else a window-modal question, open
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from safety_desk.errors import UserError
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.store.database import Store

ACTOR_SETTING = "actor/name"


def remember_name(store: Store, name: str) -> str:
    """Remember ``name`` in this database and on this computer; returns it as stored (trimmed)."""
    name = lifecycle_service.remember_actor(store=store, name=name)
    QSettings().setValue(ACTOR_SETTING, name)
    return name


def ensure_actor(parent: QWidget, store: Store, on_named=None) -> QInputDialog | None:
    """Make sure ``store`` knows who records changes. Asks (window-modal, not blocking) only when neither the
    database nor this computer knows yet; ``on_named(name)`` runs once a name is given."""
    if lifecycle_service.has_remembered_actor(store=store):
        return None
    known = str(QSettings().value(ACTOR_SETTING, "") or "").strip()
    if known:
        remember_name(store, known)
        if on_named:
            on_named(known)
        return None
    prompt = QInputDialog(parent)
    prompt.setObjectName("actorPrompt")
    prompt.setWindowTitle(QCoreApplication.translate("ActorName", "Your name"))
    prompt.setLabelText(QCoreApplication.translate(
        "ActorName", "Welcome. Please enter your name: it is recorded with every change you make, and you can "
                     "change it later with File → Set my name…"))
    prompt.setInputMode(QInputDialog.InputMode.TextInput)
    prompt.setTextEchoMode(QLineEdit.EchoMode.Normal)
    prompt.setWindowModality(Qt.WindowModality.WindowModal)

    def accepted(text: str) -> None:
        try:
            name = remember_name(store, text)
        except UserError:
            return  # an empty name: nothing remembered, the next start asks again
        if on_named:
            on_named(name)

    prompt.textValueSelected.connect(accepted)
    prompt.open()
    return prompt
