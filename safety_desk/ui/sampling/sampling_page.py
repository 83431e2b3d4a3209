"""The 双随机 tab: choose a plan; see its items, its draws and its tasks; draw (the seed shown before confirming),
verify, set a task's inspection date and enter its result, export the draw record and the public notice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safety_desk.errors import UserError
from safety_desk.services import draws as draw_service
from safety_desk.services import lifecycle as lifecycle_service
from safety_desk.services import sampling as sampling_service
from safety_desk.services import sampling_tasks as task_service
from safety_desk.services.sampling_exports import export_draw_record, export_publicity
from safety_desk.store.database import Store
from safety_desk.ui.common.dialogs import show_error
from safety_desk.ui.common.replaced_note import replaced_note, show_replaced
from safety_desk.ui.common.worker import BackgroundTask
from safety_desk.ui.sampling.sampling_dialogs import DrawDialog, RecusalDialog, ResultDialog, VisitDateDialog
from safety_desk.ui.sampling.sampling_models import DrawsModel, PlanItemsModel, RecusalsModel, TasksModel
from safety_desk.domain.ids import short_id


def _table(model, name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setVisible(False)
    return view


class SamplingPage(QWidget):
    """Everything of 双随机 for one plan at a time. ``open_inspection`` asks the window to walk a task's inspection."""

    open_inspection = Signal(str)
    changed = Signal()  # tasks or results changed: the inspections list and the dashboard follow

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.task: BackgroundTask | None = None
        self.last_export = None
        self.replaced_box = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan")))
        self.plan_combo = QComboBox(objectName="planCombo")
        self.plan_combo.setMinimumContentsLength(30)
        self.plan_combo.currentIndexChanged.connect(self.show_plan)
        top.addWidget(self.plan_combo, 1)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
                ("import", self.tr("Import plan…"), self.import_plan),
                ("draw", self.tr("Draw…"), self.draw),
                ("redraw", self.tr("Draw again…"), self.redraw),
                ("verify", self.tr("Verify draw"), self.verify),
                ("record", self.tr("Export draw record…"), self.export_record),
                ("notice", self.tr("Export public notice…"), self.export_notice)):
            button = QPushButton(text, objectName=f"sampling_{name}")
            button.clicked.connect(slot)
            self.buttons[name] = button
            top.addWidget(button)
        layout.addLayout(top)
        self.summary = QLabel(objectName="samplingSummary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.inner = QTabWidget(objectName="samplingTabs")
        self.tasks_model, self.draws_model, self.items_model = TasksModel(self), DrawsModel(self), PlanItemsModel(self)
        tasks_box = QWidget()
        tasks_layout = QVBoxLayout(tasks_box)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        task_buttons = QHBoxLayout()
        for name, text, slot in (("open", self.tr("Walk the inspection"), self.walk),
                                 ("date", self.tr("Inspection date…"), self.set_visit_date),
                                 ("result", self.tr("Enter result…"), self.enter_result)):
            button = QPushButton(text, objectName=f"task_{name}")
            button.clicked.connect(slot)
            self.buttons[f"task_{name}"] = button
            task_buttons.addWidget(button)
        task_buttons.addStretch(1)
        tasks_layout.addLayout(task_buttons)
        self.tasks_view = _table(self.tasks_model, "samplingTasks")
        self.tasks_view.activated.connect(lambda _index: self.enter_result())
        tasks_layout.addWidget(self.tasks_view)
        self.draws_view = _table(self.draws_model, "samplingDraws")
        self.items_view = _table(self.items_model, "samplingItems")
        self.inner.addTab(tasks_box, self.tr("Tasks and results"))
        self.inner.addTab(self.draws_view, self.tr("Draws"))
        self.inner.addTab(self.items_view, self.tr("Items"))
        recusal_box = QWidget()
        recusal_layout = QVBoxLayout(recusal_box)
        recusal_layout.setContentsMargins(0, 0, 0, 0)
        recusal_buttons = QHBoxLayout()
        for name, text, slot in (("declare", self.tr("Declare…"), self.declare_recusal),
                                 ("withdraw", self.tr("Withdraw"), self.withdraw_recusal)):
            button = QPushButton(text, objectName=f"recusal_{name}")
            button.clicked.connect(slot)
            self.buttons[f"recusal_{name}"] = button
            recusal_buttons.addWidget(button)
        recusal_buttons.addWidget(QLabel(self.tr("An inspector who declared a conflict of interest with an enterprise "
                                                 "is never drawn to inspect it.")), 1)
        recusal_layout.addLayout(recusal_buttons)
        self.recusals_model = RecusalsModel(self)
        self.recusals_view = _table(self.recusals_model, "samplingRecusals")
        recusal_layout.addWidget(self.recusals_view)
        self.inner.addTab(recusal_box, self.tr("Conflicts of interest"))
        layout.addWidget(self.inner, 1)
        self.status = QLabel(objectName="samplingStatus", wordWrap=True)
        layout.addWidget(self.status)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.enter_result)
        self.reload()

    # -- data --------------------------------------------------------------------------------------------------------
    def plan_id(self) -> str | None:
        return self.plan_combo.currentData()

    def reload(self, select: str | None = None) -> None:
        current = select or self.plan_id()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for p in sampling_service.list_plans(store=self.store):
            label = self.tr("%1 (%2 to %3)").replace("%2", str(p.start_date)).replace("%3", str(p.end_date))
            self.plan_combo.addItem(label.replace("%1", p.name), p.id)
        index = self.plan_combo.findData(current) if current else 0
        self.plan_combo.setCurrentIndex(max(index, 0))
        self.plan_combo.blockSignals(False)
        self.show_plan()

    def show_plan(self) -> None:
        self.recusals_model.set_records(sampling_service.list_recusals(store=self.store))
        plan_id = self.plan_id()
        has_plan = plan_id is not None
        for name in ("draw", "redraw", "verify", "record", "notice"):
            self.buttons[name].setEnabled(has_plan)
        if not has_plan:
            for model in (self.items_model, self.draws_model, self.tasks_model):
                model.set_records([])
            self.summary.setText(self.tr("No plan yet: import one (forms/sampling/plan_example.yaml is an example)."))
            return
        plan = sampling_service.get_plan(store=self.store, plan_id=plan_id)
        self.items_model.set_records(plan.items)
        draws = draw_service.list_draws(store=self.store, plan_id=plan_id)
        self.draws_model.set_records(draws)
        tasks = task_service.list_tasks(store=self.store, plan_id=plan_id)
        self.tasks_model.set_records(tasks.rows)
        current = next((d for d in draws if not d.replaced_by), None)
        self.buttons["draw"].setEnabled(current is None)
        self.buttons["redraw"].setEnabled(current is not None)
        self.buttons["verify"].setEnabled(current is not None)
        self.buttons["record"].setEnabled(current is not None)
        text = self.tr("%1 items, departments: %2.").replace("%1", str(len(plan.items))).replace(
            "%2", "、".join(plan.departments))
        if current is not None:
            entered = sum(1 for t in tasks.rows if t.result)
            text += " " + self.tr("Current draw %1: seed %2, %3 enterprises, %4 results entered.").replace(
                "%1", short_id(current.id)).replace("%2", str(current.seed)).replace("%3", str(len(tasks.rows))).replace(
                "%4", str(entered))
        else:
            text += " " + self.tr("Not drawn yet.")
        if tasks.warnings:
            text += "\n" + "\n".join(tasks.warnings)
        self.summary.setText(text)
        for view in (self.items_view, self.draws_view, self.tasks_view):
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 320))

    def current_draw_id(self) -> str | None:
        return next((d.id for d in self.draws_model.records() if not d.replaced_by), None)

    def selected_task(self):
        index = self.tasks_view.currentIndex()
        return self.tasks_model.record_at(index.row()) if index.isValid() else None

    # -- plans and draws ---------------------------------------------------------------------------------------------
    def import_plan(self, path: str | None = None) -> str | None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import sampling plan"), "",
                                                  self.tr("Sampling plan (*.yaml *.yml)"))
        if not path:
            return None
        try:
            plan_id = sampling_service.import_plan(store=self.store, path=path)
        except UserError as exc:
            show_error(self, self.tr("Cannot import the plan"), str(exc))
            return None
        self.reload(select=plan_id)
        self.changed.emit()
        self.status.setText(self.tr("Plan imported."))
        return plan_id

    def draw_dialog(self, *, replaces: str | None = None) -> DrawDialog:
        plan = sampling_service.get_plan(store=self.store, plan_id=self.plan_id())
        return DrawDialog(plan, replaces=replaces, actor=lifecycle_service.current_actor(store=self.store),
                          parent=self)

    def draw(self) -> None:
        if self.plan_id() is None:
            return
        dialog = self.draw_dialog()
        if dialog.exec():
            self.run_draw(dialog)

    def redraw(self) -> None:
        current = self.current_draw_id()
        if self.plan_id() is None or current is None:
            return
        dialog = self.draw_dialog(replaces=current)
        if dialog.exec():
            self.run_draw(dialog)

    def run_draw(self, dialog: DrawDialog) -> None:
        """Draw in the background (a large register takes seconds); the tables follow when it is saved."""
        store, plan_id, seed = self.store, self.plan_id(), dialog.seed_value()
        drawn_by, witnesses, replaces, reason = (dialog.drawn_by.text(), dialog.witness_names(), dialog.replaces,
                                                 dialog.reason.text())

        def work(progress):
            return draw_service.run_draw(store=store, plan_id=plan_id, seed=seed, drawn_by=drawn_by,
                                         witnesses=witnesses, replaces=replaces, reason=reason)

        self._background(self.tr("Drawing…"), work, self._drawn, self.tr("Cannot draw"))

    def _drawn(self, record) -> None:
        self.show_plan()
        self.changed.emit()
        self.status.setText(self.tr("Drawn with seed %1: %2 enterprises. Register fingerprint %3").replace(
            "%1", str(record.seed)).replace("%2", str(len(record.tasks))).replace("%3", record.registers_sha256))

    def verify(self) -> bool | None:
        draw_id = self.current_draw_id()
        if draw_id is None:
            return None
        report = draw_service.verify_draw(store=self.store, draw_id=draw_id)
        self.status.setText("\n".join(report.lines()))
        return report.identical

    # -- tasks -------------------------------------------------------------------------------------------------------
    def walk(self) -> None:
        task = self.selected_task()
        if task is not None and task.inspection_id:
            self.open_inspection.emit(task.inspection_id)

    def set_visit_date(self, day=None, finished: bool = True) -> None:
        task = self.selected_task()
        if task is None:
            return
        if day is None:
            dialog = VisitDateDialog(task.enterprise, task.inspection_date, parent=self)
            dialog.save = lambda: self._save_visit(task.id, dialog.value(), dialog.finished.isChecked())
            dialog.exec()
            return
        self._save_visit(task.id, day, finished)

    def _save_visit(self, task_id: str, day, finished: bool) -> bool:
        try:
            task_service.set_visit_date(store=self.store, task_id=task_id, day=day, completed=finished)
        except UserError as exc:
            show_error(self, self.tr("Cannot set the date"), str(exc))
            return False
        self._refresh_keeping(task_id)
        self.changed.emit()
        return True

    def result_dialog(self) -> ResultDialog | None:
        task = self.selected_task()
        if task is None:
            return None
        return ResultDialog(task.enterprise, due=task.due, result=task.result, note=task.result_note,
                            actor=task.result_by or lifecycle_service.current_actor(store=self.store), parent=self)

    def enter_result(self) -> None:
        dialog = self.result_dialog()
        if dialog is not None:
            dialog.save = lambda: self.save_result(dialog)  # a refused result keeps the dialog and what was typed
            dialog.exec()

    def save_result(self, dialog: ResultDialog) -> bool:
        task = self.selected_task()
        if dialog.dates.refuse():  # the dialog's OK refuses this too; a caller may skip the dialog's OK
            return False
        try:
            task_service.record_result(store=self.store, task_id=task.id, result=dialog.result.currentData(),
                                       result_on=dialog.day.date_value(), note=dialog.note.toPlainText(),
                                       entered_by=dialog.by.text())
        except UserError as exc:
            show_error(self, self.tr("Cannot enter the result"), str(exc))
            return False
        self._refresh_keeping(task.id)
        self.changed.emit()
        return True

    def _refresh_keeping(self, task_id: str) -> None:
        self.show_plan()
        row = self.tasks_model.row_of(task_id)
        if row >= 0:
            self.tasks_view.selectRow(row)

    # -- conflicts of interest (回避) ---------------------------------------------------------------------------------
    def recusal_dialog(self) -> RecusalDialog:
        from safety_desk.services import registers as register_service

        inspectors = [(f"{i.name}（{i.department}）", i.id) for i in register_service.list_inspectors(store=self.store)]
        enterprises = [(e.name, e.id) for e in register_service.list_enterprises(store=self.store)]
        return RecusalDialog(inspectors, enterprises, self)

    def declare_recusal(self) -> None:
        dialog = self.recusal_dialog()
        dialog.save = lambda: self.save_recusal(dialog)
        dialog.exec()

    def save_recusal(self, dialog: RecusalDialog) -> bool:
        if dialog.dates.refuse():
            return False
        enterprise_id = dialog.enterprise_id()
        if not enterprise_id or not dialog.inspector.currentData():
            show_error(self, self.tr("Cannot declare"), self.tr("Choose an inspector and an enterprise of the register"))
            return False
        try:
            sampling_service.declare_recusal(store=self.store, inspector_id=dialog.inspector.currentData(),
                                             enterprise_id=enterprise_id, reason=dialog.reason.text(),
                                             declared_on=dialog.day.date_value())
        except UserError as exc:
            show_error(self, self.tr("Cannot declare"), str(exc))
            return False
        self.recusals_model.set_records(sampling_service.list_recusals(store=self.store))
        return True

    def withdraw_recusal(self) -> None:
        index = self.recusals_view.currentIndex()
        if not index.isValid():
            return
        try:
            sampling_service.withdraw_recusal(store=self.store, recusal_id=self.recusals_model.record_at(index.row()).id)
        except UserError as exc:
            show_error(self, self.tr("Cannot withdraw"), str(exc))
        self.recusals_model.set_records(sampling_service.list_recusals(store=self.store))

    # -- publication -------------------------------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, pattern: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), pattern)
        return path

    def export_record(self, path: str | None = None) -> None:
        draw_id = self.current_draw_id()
        if draw_id is None:
            return
        path = path or self._ask_path(self.tr("Export draw record"), f"摇号记录_{short_id(draw_id)}.pdf",
                                      self.tr("PDF (*.pdf)"))
        if path:
            store = self.store
            self._background(self.tr("Exporting…"), lambda progress: export_draw_record(
                store=store, draw_id=draw_id, out_path=path), self._exported, self.tr("Cannot export"))

    def export_notice(self, path: str | None = None) -> None:
        plan_id = self.plan_id()
        if plan_id is None:
            return
        path = path or self._ask_path(self.tr("Export public notice"), "抽查结果公示.pdf",
                                      self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"))
        if path:
            store = self.store
            self._background(self.tr("Exporting…"), lambda progress: export_publicity(
                store=store, plan_id=plan_id, out_path=path), self._exported, self.tr("Cannot export"))

    def _background(self, label: str, work, on_success, failure_title: str) -> None:
        """Run ``work`` off the UI thread (it opens its own connection); one task at a time."""
        if self.task is not None:
            return
        self.task = BackgroundTask(self, label, work)
        self.task.succeeded.connect(on_success)
        self.task.failed.connect(lambda message: show_error(self, failure_title, message))
        self.task.done.connect(self._task_done)
        self.task.start()

    def _task_done(self) -> None:
        self.task = None

    def _exported(self, result) -> None:
        self.last_export = result
        self.status.setText(self.tr("Exported %1 rows to %2").replace("%1", str(result.rows)).replace(
            "%2", str(result.path)) + replaced_note(result))
        self.replaced_box = show_replaced(self, result)
