"""文件 → 备份数据 / 从备份恢复, and the automatic daily backup, each run off the UI thread.

The restore asks first (it replaces every record on this computer), says where the data it replaces was saved, and
leaves the caller to rebuild its views (``on_restored``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from safety_desk.services.backups import auto_backup_if_due, auto_keep, backup_to, restore_from
from safety_desk.store import Store
from safety_desk.ui.common.worker import BackgroundTask

# Every string is translated with the literal context "BackupDialogs" where it is written: lupdate files calls of a
# module-level tr() wrapper under an empty context, which the translator then never finds.
_BACKUP_FILTER = QT_TRANSLATE_NOOP("BackupDialogs", "Safety Desk backup (*.zip)")
_RESTORE_FILTER = QT_TRANSLATE_NOOP("BackupDialogs", "Safety Desk backup or database (*.zip *.db);;All files (*)")
# Checked at start (after a pause, so the window is up first) and then every hour: an app left open over midnight
# still makes the next day's backup.
AUTO_FIRST_DELAY_MS = 5_000
AUTO_INTERVAL_MS = 60 * 60 * 1000


def tr(text: str) -> str:
    """For the marked constants above; literal strings below call QCoreApplication.translate themselves."""
    return QCoreApplication.translate("BackupDialogs", text)


def _default_backup_path() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    name = QCoreApplication.translate("BackupDialogs", "Safety Desk backup")
    return str(Path(folder) / f"{name} {date.today():%Y-%m-%d}.zip")


def backup_interactive(parent: QWidget, store: Store, *, path: str | None = None) -> BackgroundTask | None:
    """Ask where (unless ``path``), then write the backup in the background. Returns the running task."""
    title = QCoreApplication.translate("BackupDialogs", "Back up data")
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, title, _default_backup_path(), tr(_BACKUP_FILTER))
        if not path:
            return None
        if not path.lower().endswith(".zip"):
            path += ".zip"
    label = QCoreApplication.translate("BackupDialogs", "Backing up the database and photos…")
    task = BackgroundTask(parent, label, lambda progress: backup_to(store=store, out_path=path, progress=progress))

    def done(result) -> None:
        text = QCoreApplication.translate("BackupDialogs", "Backed up the database and {photos} photos to {path}")
        text = text.format(photos=result.photos, path=result.path)
        if result.missing_photos:
            text += "\n" + QCoreApplication.translate(
                "BackupDialogs", "{n} photo files were missing and are not in the backup.").format(
                n=len(result.missing_photos))
        QMessageBox.information(parent, title, text)

    task.succeeded.connect(done)
    task.failed.connect(lambda message: QMessageBox.warning(parent, title, message))
    task.start()
    return task


def restore_interactive(parent: QWidget, store: Store, on_restored: Callable[[], None], *, path: str | None = None,
                        confirm: Callable[[str], bool] | None = None) -> BackgroundTask | None:
    """Ask for a backup and for confirmation, then restore in the background; ``on_restored`` runs afterwards on
    the UI thread. ``confirm(path) -> bool`` replaces the question box (tests)."""
    title = QCoreApplication.translate("BackupDialogs", "Restore from backup")
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", tr(_RESTORE_FILTER))
        if not path:
            return None
    if confirm is None:
        def confirm(chosen: str) -> bool:
            question = QCoreApplication.translate(
                "BackupDialogs", "Replace all data on this computer with the backup {path}?\n\nThe current data is "
                "saved first in the backups folder, so this can be undone by restoring that file.")
            answer = QMessageBox.question(parent, title, question.format(path=chosen))
            return answer == QMessageBox.StandardButton.Yes
    if not confirm(path):
        return None
    label = QCoreApplication.translate("BackupDialogs", "Restoring from backup…")
    task = BackgroundTask(parent, label, lambda progress: restore_from(store=store, path=path, progress=progress))

    def restored(outcome) -> None:
        on_restored()
        text = QCoreApplication.translate(
            "BackupDialogs", "Restored {findings} hazards and {photos} photos from {path}.\nThe data it replaced was "
            "saved as {previous}")
        QMessageBox.information(parent, title, text.format(
            findings=outcome.counts.get("findings", 0), photos=outcome.counts.get("photos", 0), path=outcome.source,
            previous=outcome.previous))

    task.succeeded.connect(restored)
    task.failed.connect(lambda message: QMessageBox.warning(parent, title, message))
    task.start()
    return task


class AutoBackup(QObject):
    """Makes the day's automatic backup in the background, quietly; ``made(path)`` when one was written."""

    made = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget, store_of: Callable[[], Store | None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._store_of = store_of
        self.task: BackgroundTask | None = None
        self.timer = QTimer(self, interval=AUTO_INTERVAL_MS)
        self.timer.timeout.connect(self.run)

    def start(self, first_delay_ms: int = AUTO_FIRST_DELAY_MS) -> None:
        QTimer.singleShot(first_delay_ms, self, self.run)
        self.timer.start()

    def run(self) -> BackgroundTask | None:
        store = self._store_of()
        if store is None or store.path is None or auto_keep() == 0 or (self.task is not None and not self.task.wait(0)):
            return None
        label = QCoreApplication.translate("BackupDialogs", "Backing up…")
        self.task = BackgroundTask(self._parent, label, lambda progress: auto_backup_if_due(store=store))
        self.task.dialog.setMinimumDuration(24 * 3600 * 1000)  # quiet: no progress window for the daily backup
        self.task.succeeded.connect(lambda result: result is not None and self.made.emit(str(result.path)))
        self.task.failed.connect(self.failed.emit)
        self.task.start()
        return self.task
