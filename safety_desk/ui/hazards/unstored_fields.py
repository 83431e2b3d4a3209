"""The hazard form's fields that show a value which is not stored (a date not finished, funds that are not money):
marked red with why and what is stored, named in one message, revertible to the stored values.

A part of ``FindingDialog`` (a mixin: it uses the form's widgets, labels and error line). Its texts are filed under the
"FindingDialog" context, where they always were (``QCoreApplication.translate`` with that context, not ``self.tr``:
pyside6-lupdate would file ``self.tr`` here under this class's name, which the translator never looks up).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit

from safety_desk.domain.findings import format_funds
from safety_desk.services import findings as finding_service
from safety_desk.ui.common.date_field import DateField
from safety_desk.ui.common.vocabulary import select_value, shown

INVALID_STYLE = "border: 2px solid #b00020;"


class UnstoredFields:
    """Expects of the form: ``store``, ``finding_id``, ``_widgets`` and ``_labels`` (field → widget / label),
    ``_invalid`` (field → why), ``_found``, ``error``, ``revert_button``, ``finish_edits()`` and ``_show_state()``."""

    def _mark_invalid(self, field: str, why: str) -> None:
        self._invalid[field] = why
        widget = self._widgets[field]
        widget.setStyleSheet(INVALID_STYLE)
        widget.setToolTip(why + "\n" + QCoreApplication.translate("FindingDialog", "Stored: %1").replace("%1", self._stored_text(field)))
        self._show_invalid_summary()

    def _clear_mark(self, field: str) -> None:
        widget = self._widgets[field]
        widget.setStyleSheet("")
        widget.setToolTip("")

    def _stored_text(self, field: str) -> str:
        """The stored value of a field, as the form would show it (for messages)."""
        f = finding_service.get_finding(store=self.store, finding_id=self.finding_id)
        value = stored_values(f).get(field, "")
        if field == "funds":
            value = format_funds(f.five.funds_fen)
        elif isinstance(value, bool):
            value = "是" if value else "否"
        elif isinstance(value, date):
            value = value.isoformat()
        elif field in ("level", "rectification_mode"):
            value = shown(value)
        value = value or ""
        if len(value) > 40:
            value = value[:40] + "…"
        return value or QCoreApplication.translate("FindingDialog", "(empty)")

    def _shown_text(self, field: str) -> str:
        widget = self._widgets[field]
        if isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            text = widget.currentText()
        elif isinstance(widget, QCheckBox):
            text = "是" if widget.isChecked() else "否"
        else:
            text = widget.text()
        return (text[:40] + "…" if len(text) > 40 else text) or QCoreApplication.translate("FindingDialog", "(empty)")

    def _show_invalid_summary(self) -> None:
        """One message naming every field shown invalid, what it shows, why, and the value that is stored."""
        lines = [QCoreApplication.translate("FindingDialog", "%1: “%2” is not stored (%3); stored: %4").replace("%1", self._labels[f])
                 .replace("%2", self._shown_text(f)).replace("%3", why.rstrip("。")).replace("%4", self._stored_text(f))
                 for f, why in self._invalid.items()]
        self.error.setText("\n".join(lines))
        self.revert_button.setVisible(bool(self._invalid))

    def has_unstored_values(self) -> bool:
        return bool(self._invalid)

    def _refuse_while_invalid(self) -> bool:
        """True (and the fields pointed out) if a field shows a value that is not stored: nothing may rely on it."""
        if self.finish_edits():
            return False
        self._show_invalid_summary()
        self.error.setText(QCoreApplication.translate("FindingDialog", "Fix the fields marked red, or keep the stored values:") + "\n" + self.error.text())
        self._widgets[next(iter(self._invalid))].setFocus()
        return True

    def revert_invalid(self) -> None:
        """Show the stored value again in every field marked invalid (the user's choice to keep what is stored)."""
        f = finding_service.get_finding(store=self.store, finding_id=self.finding_id)
        stored = stored_values(f)
        for field in list(self._invalid):
            widget = self._widgets[field]
            widget.blockSignals(True)  # showing what is stored is not an edit
            if isinstance(widget, DateField):
                widget.set_date(stored[field])
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(stored[field])
            elif isinstance(widget, QComboBox):
                select_value(widget, stored[field])
            elif isinstance(widget, QCheckBox):
                widget.setChecked(stored[field])
            else:
                widget.setText(stored[field])
            widget.blockSignals(False)
            self._clear_mark(field)
        self._invalid.clear()
        self._found = f.found_date
        self._show_invalid_summary()
        self._show_state(f)


def stored_values(f) -> dict:
    """Each field's stored value as its widget takes it (funds as plain text, dates as dates)."""
    return {
        "funds": format_funds(f.five.funds_fen).replace(",", ""), "deadline": f.five.deadline,
        "found_date": f.found_date, "level": f.level, "rectification_mode": f.rectification_mode,
        "description": f.description, "location": f.location, "responsible_unit": f.five.responsible_unit,
        "responsible_person": f.five.responsible_person, "measures": f.five.measures,
        "contingency_plan": f.five.contingency_plan, "three_violations": f.three_violations,
    }
