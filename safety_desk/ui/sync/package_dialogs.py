"""文件 → 导出数据包 / 导入数据包: file choosers, a summary before import, work off the UI thread with progress."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from safety_desk.errors import UserError
from safety_desk.services.packages import (
    ImportSummary,
    PackageResult,
    export_package,
    import_package,
    import_packages,
    preview_package,
)
from safety_desk.store import Store
from safety_desk.ui.common.worker import BackgroundTask

# lupdate files a module-level wrapper's strings under an empty context that the translator never looks up (the
# dialogs showed in English): each call names its context, and the constant is marked for lupdate.
_FILTER = QT_TRANSLATE_NOOP("PackageDialogs", "Safety Desk package (*.sdpkg);;All files (*)")


def _filter() -> str:
    return QCoreApplication.translate("PackageDialogs", _FILTER)


def export_package_interactive(
    parent: QWidget, store: Store, *, path: str | None = None, all_records: bool = False
) -> BackgroundTask | None:
    """Ask for a file, then export in the background. Returns the running task (None if the user cancelled)."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("PackageDialogs", "Export data package"), "", _filter()
        )
        if not path:
            return None
    task = BackgroundTask(
        parent,
        QCoreApplication.translate("PackageDialogs", "Exporting data package…"),
        lambda progress: export_package(store=store, out_path=path, all_records=all_records, progress=progress),
    )
    task.succeeded.connect(
        lambda r: QMessageBox.information(
            parent,
            QCoreApplication.translate("PackageDialogs", "Export data package"),
            QCoreApplication.translate(
                "PackageDialogs", "Exported {records} records and {photos} photos to {path}"
            ).format(records=r.records, photos=r.photos, path=r.path),
        )
    )
    task.failed.connect(
        lambda msg: QMessageBox.warning(
            parent, QCoreApplication.translate("PackageDialogs", "Export data package"), msg
        )
    )
    task.start()
    return task


def summary_text(summary: ImportSummary) -> str:
    text = QCoreApplication.translate(
        "PackageDialogs",
        "From {device}: {new} new, {updated} updated, {conflicts} conflicting records, {photos} photos. Import?",
    ).format(
        device=summary.source_device,
        new=summary.new,
        updated=summary.updated,
        conflicts=summary.conflicts,
        photos=summary.photos,
    )
    kept = summary.kept_changed + summary.kept_referenced
    if summary.deleted or kept:
        text += "\n" + QCoreApplication.translate(
            "PackageDialogs",
            "{deleted} deleted, {kept} kept although deleted on the other side (changed or still used here).",
        ).format(deleted=summary.deleted, kept=kept)
    return text


def import_package_interactive(
    parent: QWidget, store: Store, *, path: str | None = None, confirm=None
) -> BackgroundTask | None:
    """Ask for one package or several. One: check it and show what it would change, then merge it in the
    background. Several: ``import_packages_interactive``.

    ``confirm(summary) -> bool`` replaces the question box (tests)."""
    if path is None:
        paths, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("PackageDialogs", "Import data package"), "", _filter()
        )
        if not paths:
            return None
        if len(paths) > 1:
            return import_packages_interactive(parent, store, paths)
        path = paths[0]
    try:
        summary = preview_package(store=store, path=path)
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("PackageDialogs", "Import data package"), str(exc))
        return None
    if confirm is None:

        def confirm(s: ImportSummary) -> bool:
            answer = QMessageBox.question(
                parent, QCoreApplication.translate("PackageDialogs", "Import data package"), summary_text(s)
            )
            return answer == QMessageBox.StandardButton.Yes

    if not confirm(summary):
        return None
    task = BackgroundTask(
        parent,
        QCoreApplication.translate("PackageDialogs", "Importing data package…"),
        lambda progress: import_package(store=store, path=path, progress=progress),
    )
    task.failed.connect(
        lambda msg: QMessageBox.warning(
            parent, QCoreApplication.translate("PackageDialogs", "Import data package"), msg
        )
    )
    task.start()
    return task


def import_packages_interactive(
    parent: QWidget, store: Store, paths: list[str], *, confirm=None, show=None
) -> BackgroundTask | None:
    """Merge several packages in the background (a week's packages from every laptop), then list what became of
    each. No preview first: each is checked in full before its merge, and a refused one changes nothing.

    ``confirm(paths) -> bool`` and ``show(title, text, details, all_merged)`` replace the message boxes (tests)."""
    title = QCoreApplication.translate("PackageDialogs", "Import data packages")
    if confirm is None:

        def confirm(chosen: list[str]) -> bool:
            answer = QMessageBox.question(parent, title, QCoreApplication.translate(
                "PackageDialogs",
                "Import {count} data packages? Each is checked in full before it is merged; a package that is "
                "refused changes nothing and the others are still imported.").format(count=len(chosen)))
            return answer == QMessageBox.StandardButton.Yes

    if not confirm(paths):
        return None
    if show is None:

        def show(heading: str, text: str, details: str, all_merged: bool) -> None:
            box = QMessageBox(QMessageBox.Icon.Information if all_merged else QMessageBox.Icon.Warning,
                              heading, text, QMessageBox.StandardButton.Ok, parent)
            box.setDetailedText(details)
            box.setStyleSheet("QTextEdit { min-width: 640px; min-height: 240px; }")  # a line per package, unwrapped
            box.exec()

    task = BackgroundTask(
        parent,
        QCoreApplication.translate("PackageDialogs", "Importing data packages…"),
        lambda progress: import_packages(store=store, paths=paths, progress=progress),
    )
    task.succeeded.connect(lambda results: show(title, *batch_text(results)))
    task.failed.connect(lambda msg: QMessageBox.warning(parent, title, msg))
    task.start()
    return task


def batch_text(results: list[PackageResult]) -> tuple[str, str, bool]:
    """(the message, one line per package, whether every package was merged)."""
    merged = [r for r in results if r.summary is not None]
    new = sum(r.summary.new for r in merged)
    updated = sum(r.summary.updated for r in merged)
    conflicts = sum(r.summary.conflicts for r in merged)
    text = QCoreApplication.translate(
        "PackageDialogs",
        "{merged} of {count} data packages imported: {new} new, {updated} updated, {conflicts} conflicting "
        "records.").format(merged=len(merged), count=len(results), new=new, updated=updated, conflicts=conflicts)
    refused = [r for r in results if r.summary is None]
    if refused:
        text += "\n" + QCoreApplication.translate(
            "PackageDialogs", "Not imported ({count}): {names}. See the details for why.").format(
            count=len(refused), names=QCoreApplication.translate("PackageDialogs", ", ").join(
                r.path.name for r in refused))
    lines = []
    for r in results:
        if r.summary is not None:
            lines.append(QCoreApplication.translate("PackageDialogs", "{name} (from {device}): {summary}").format(
                name=r.path.name, device=r.summary.source_device, summary=r.summary.describe()))
        else:
            lines.append(QCoreApplication.translate("PackageDialogs", "{name}: not imported — {why}").format(
                name=r.path.name, why=r.error))
    return text, "\n".join(lines), not refused
