"""The import wizard: file -> mapping -> preview -> result, the long steps in the background with progress and cancel.

All rules live in coachdesk.transfer and the services: this dialog only shows the
suggested mapping, the preview (nothing stored) and the outcome of the commit.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import translate
from coachdesk.ui.context import AppContext
from coachdesk.ui.widgets.messages import error_label

PREVIEW_ROWS_SHOWN = 2000  # the table shows this many rows; the counts cover all
SET_FIELDS = ("school_type", "vso_profile", "leerweg", "school", "coach_id")  # students: one value for all rows, chosen here


class ImportWizard(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coachdesk.transfer.mapping import IMPORT_KINDS, SOURCES

        self.context = context
        self.table = None  # the file read (coachdesk.transfer.readers.Table)
        self.plan = None
        self.outcome = None
        self.operation = None
        self.setWindowTitle(self.tr("Import"))
        self.setObjectName("import-wizard")
        self.resize(900, 600)
        self.pages = QStackedWidget()

        # 1. the file
        file_page = QWidget()
        form = QFormLayout(file_page)
        self.kind = QComboBox()
        for kind, label in zip(IMPORT_KINDS, (self.tr("Students"), self.tr("Employers (leerbedrijven)"), self.tr("Placements (BPV)"))):
            self.kind.addItem(label, kind)
        self.source = QComboBox()
        for source, label in zip(SOURCES, ("Magister", "Somtoday", "Eduarte", self.tr("Other / CoachDesk template"))):
            self.source.addItem(label, source)
        self.source.setCurrentIndex(len(SOURCES) - 1)
        self.path = QLineEdit()
        self.path.setObjectName("import-file")
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("What to import"), self.kind)
        form.addRow(self.tr("Exported from"), self.source)
        form.addRow(self.tr("File (.csv, .xlsx, .xls, .ods)"), row)
        form.addRow(QLabel(self.tr("Nothing is stored until you confirm the preview. A column with a BSN is never imported.")))
        self.batches_button = QPushButton(self.tr("Earlier imports…"))
        self.batches_button.setObjectName("import-batches")
        self.batches_button.setToolTip(self.tr("The imports done so far, and undoing one while that is still possible"))
        self.batches_button.clicked.connect(self.show_batches)
        form.addRow(self.batches_button)
        self.pages.addWidget(file_page)

        # 2. the mapping
        mapping_page = QWidget()
        layout = QVBoxLayout(mapping_page)
        layout.addWidget(QLabel(self.tr("Which column holds what? CoachDesk suggests; change where needed.")))
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("import-mapping")
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First value"), self.tr("Imported as")])
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.mapping_table, 1)
        self.set_group = QGroupBox(self.tr("One value for all rows (where the file gives none; a stored value is never overwritten)"))
        self.set_group.setObjectName("import-set-values")
        self.set_form = QFormLayout(self.set_group)
        self.set_boxes: dict[str, QComboBox] = {}
        layout.addWidget(self.set_group)
        self.pages.addWidget(mapping_page)

        # 3. the preview
        preview_page = QWidget()
        layout = QVBoxLayout(preview_page)
        self.summary = QLabel()
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview_table = QTableWidget(0, 5)
        self.preview_table.setObjectName("import-preview")
        self.preview_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Result"), self.tr("Name"), self.tr("Column"), self.tr("Details")])
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.preview_table)
        self.all_or_nothing = QCheckBox(self.tr("Store nothing if any row has an error"))
        layout.addWidget(self.all_or_nothing)
        self.pages.addWidget(preview_page)

        # 4. the result
        result_page = QWidget()
        layout = QVBoxLayout(result_page)
        self.result_label = QLabel()
        self.result_label.setObjectName("import-result")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.error_file_button = QPushButton(self.tr("Save the rows to fix…"))
        self.error_file_button.clicked.connect(lambda: self.save_error_file())
        layout.addWidget(self.error_file_button)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setObjectName("import-undo")
        self.undo_button.clicked.connect(self.undo)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)
        self.pages.addWidget(result_page)

        self.error = error_label("import-error")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("import-next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        main = QVBoxLayout(self)
        main.addWidget(self.pages, 1)
        main.addWidget(self.error)
        main.addLayout(buttons)
        # Enter is Next (on the preview: Import), wherever the focus is; never another button that has taken the
        # focus (after a step in the background the focus may land on Close, and Enter would close without a word).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.next_button.setAutoDefault(True)
        self.next_button.setDefault(True)
        self._show_page(0)

    # --- navigation ---------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(index in (1, 2))
        self.next_button.setVisible(index < 3)
        self.next_button.setText(self.tr("Import") if index == 2 else self.tr("Next"))
        self.next_button.setDefault(index < 3)
        self.error.hide()
        if index == 2:
            self.preview_table.setFocus()
        elif index == 3:
            self.result_label.setFocus()

    def reject(self) -> None:
        """Close; on the preview, only after saying that nothing was imported (Escape and Close, not Enter)."""
        if self.pages.currentIndex() == 2 and self.plan is not None and not self._confirm_close():
            return
        super().reject()

    def _confirm_close(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the import?"),
                          self.tr("Nothing has been imported yet: the preview is not stored. Close the import anyway?"), parent=self)
        box.setObjectName("import-close-question")
        close = box.addButton(self.tr("Close without importing"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Back to the preview"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is close

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pages.currentIndex() < 3:
            if self.next_button.isEnabled():  # the focused widget did not use Enter: it is Next, or nothing while busy
                self.next_button.click()
            return
        super().keyPressEvent(event)

    def _fail(self, error: Exception) -> None:
        self.next_button.setEnabled(True)
        self.error.setText(str(error) if isinstance(error, UserError) else self.tr("Something went wrong: %s") % error)
        self.error.show()

    def back(self) -> None:
        self._show_page(max(0, self.pages.currentIndex() - 1))

    def next(self) -> None:
        step = self.pages.currentIndex()
        if step == 0:
            self.read_file()
        elif step == 1:
            self.preview()
        elif step == 2:
            self.commit()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the export"), str(Path.home()),
                                              self.tr("Spreadsheets (*.csv *.xlsx *.xls *.ods)"))
        if path:
            self.path.setText(path)

    def _run(self, title: str, work, on_success) -> None:
        from coachdesk.ui.tasks import run_with_progress

        self.next_button.setEnabled(False)

        def succeeded(result) -> None:
            self.next_button.setEnabled(True)
            on_success(result)

        self.operation = run_with_progress(self, title, work, on_success=succeeded, on_failure=self._fail)
        self.operation.signals.cancelled.connect(lambda: self.next_button.setEnabled(True))

    # --- 1 -> 2: read the file and suggest a mapping ------------------------------------

    def read_file(self) -> None:
        from coachdesk.transfer.importer import load_table, mapping_for

        path = Path(self.path.text().strip()).expanduser()
        kind, source, database = self.kind.currentData(), self.source.currentData(), self.context.database
        if self.context.actor.is_jpo:
            from coachdesk.transfer.plan import MSG_JPO

            self.error.setText(translate("Import", MSG_JPO))
            self.error.show()
            return

        def work(progress):
            table = load_table(path)
            with database.session() as session:
                return table, mapping_for(session, kind, table, source)

        self._run(self.tr("Reading the file…"), work, self._show_mapping)

    def _show_mapping(self, result) -> None:
        from coachdesk.transfer.mapping import fields_of, text_of

        self.table, mapping = result
        choices = [("", self.tr("(not imported)"))] + [(f.name, translate("Fields", f.label)) for f in fields_of(self.kind.currentData())]
        self.mapping_table.setRowCount(len(self.table.headers))
        first = self.table.rows[0][1] if self.table.rows else []
        for row, header in enumerate(self.table.headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            sample = text_of(first[row]) if row < len(first) else ""
            self.mapping_table.setItem(row, 1, QTableWidgetItem((sample or "")[:40]))
            box = QComboBox()
            for name, label in choices:
                box.addItem(label, name)
            box.setCurrentIndex(max(0, box.findData(mapping.get(header, ""))))
            box.setAccessibleName(self.tr("Imported as, for column %s") % header)
            self.mapping_table.setCellWidget(row, 2, box)
        self.mapping_table.resizeColumnsToContents()
        self._fill_set_boxes()
        self._show_page(1)

    def _fill_set_boxes(self) -> None:
        """For students: a school type, exit profile, pathway, school and coach for every row (a Magister export of a
        praktijkschool has no school type; imported students can be given their coach here)."""
        from coachdesk.domain import models as m
        from coachdesk.domain.labels import choice_label
        from coachdesk.services.choices import coach_choices, reference_choices

        while self.set_form.rowCount():
            self.set_form.removeRow(0)
        self.set_boxes = {}
        students = self.kind.currentData() == "students"
        self.set_group.setVisible(students)
        if not students:
            return
        with self.context.database.session() as session:
            coaches = [(i, name) for i, name, role in coach_choices(session) if role != m.CoachRole.JPO]
            schools = reference_choices(session, self.context.actor, "schools", {})
        options = {
            "school_type": [(t.value, choice_label(t)) for t in m.SchoolType],
            "vso_profile": [(p.value, choice_label(p)) for p in m.VsoProfile],
            "leerweg": [(w.value, choice_label(w)) for w in m.Leerweg],
            "school": list(schools),
            "coach_id": coaches,
        }
        labels = {"school_type": self.tr("School type"), "vso_profile": self.tr("VSO exit profile"), "leerweg": self.tr("Learning pathway (BOL/BBL)"),
                  "school": self.tr("School"), "coach_id": self.tr("Coach of the new students")}
        for name in SET_FIELDS:
            box = QComboBox()
            box.setObjectName(f"import-set-{name}")
            box.setAccessibleName(labels[name])
            box.addItem(self.tr("(as in the file)"), None)
            for value, label in options[name]:
                box.addItem(label, value)
            self.set_boxes[name] = box
            self.set_form.addRow(labels[name], box)

    def set_values(self) -> dict[str, str]:
        return {name: box.currentData() for name, box in self.set_boxes.items() if box.currentData()}

    def mapping(self) -> dict[str, str]:
        return {self.table.headers[row]: self.mapping_table.cellWidget(row, 2).currentData()  # type: ignore[union-attr]
                for row in range(self.mapping_table.rowCount())}

    # --- 2 -> 3: the preview ---------------------------------------------------------------

    def preview(self) -> None:
        from coachdesk.transfer.plan import build_plan

        table, mapping, kind, set_values = self.table, self.mapping(), self.kind.currentData(), self.set_values()
        database, actor = self.context.database, self.context.actor

        def work(progress):
            with database.session() as session:
                plan = build_plan(session, actor, kind, table, mapping, progress=progress.report, cancelled=lambda: progress.cancelled,
                                  set_values=set_values)
                session.rollback()
            return plan

        self._run(self.tr("Checking every row…"), work, self._show_preview)

    def _show_preview(self, plan) -> None:
        if plan.cancelled:
            return
        self.plan = plan
        labels = {"new": self.tr("New"), "update": self.tr("Update"), "unchanged": self.tr("Unchanged"), "error": self.tr("Error")}
        lines = []
        for notice in plan.column_notices:
            lines.append((notice.line, self.tr("Skipped column") if notice.column else self.tr("Note"), "", notice.column, notice.message))
        for row in plan.rows:
            if row.status == "error":
                lines += [(e.line, labels["error"], row.name, e.column, e.message) for e in row.errors]
            else:
                details = ", ".join(row.changes)
                if row.to_complete:
                    lacking = ", ".join(translate("Fields", label) for label in row.to_complete)
                    details = "; ".join(filter(None, [details, self.tr("still to fill in: %s") % lacking]))
                lines.append((row.line, labels[row.status], row.name, "", details))
            if len(lines) >= PREVIEW_ROWS_SHOWN:
                break
        self.preview_table.setRowCount(len(lines))
        for index, values in enumerate(lines):
            for column, value in enumerate(values):
                self.preview_table.setItem(index, column, QTableWidgetItem(str(value)))
        self.preview_table.resizeColumnsToContents()
        self.summary.setText(self.tr("%1 new, %2 to update, %3 unchanged, %4 rows with errors. Nothing is stored yet.")
                             .replace("%1", str(plan.count("new"))).replace("%2", str(plan.count("update")))
                             .replace("%3", str(plan.count("unchanged"))).replace("%4", str(plan.count("error")))
                             + (" " + self.tr("%n students will be stored as still to be completed (filter 'Completeness' on the students list, and Vandaag).",
                                              "", plan.to_complete) if plan.to_complete else ""))
        self._show_page(2)

    # --- 3 -> 4: store ---------------------------------------------------------------------------

    def commit(self) -> None:
        from coachdesk.transfer.importer import run_import

        table, mapping, kind, source = self.table, self.mapping(), self.kind.currentData(), self.source.currentData()
        database, actor, all_or_nothing = self.context.database, self.context.actor, self.all_or_nothing.isChecked()
        set_values = self.set_values()

        def work(progress):
            # Checked again inside the transaction that stores: the data may have changed since the preview.
            with database.transaction() as session:
                outcome = run_import(session, actor, kind, table, mapping, source=source, all_or_nothing=all_or_nothing,
                                     progress=progress.report, set_values=set_values)
            return outcome

        self._run(self.tr("Importing…"), work, self._show_result)

    def _show_result(self, outcome) -> None:
        self.outcome, self.plan = outcome, outcome.plan
        report = outcome.report()
        if report["batch"]:
            text = self.tr("Stored: %1 new, %2 updated, %3 unchanged.").replace("%1", str(report["new"])).replace(
                "%2", str(report["updated"])).replace("%3", str(report["unchanged"]))
        else:
            text = self.tr("Nothing was stored.")
        errors = self.plan.count("error")
        if errors:
            text += " " + self.tr("%1 rows had errors; save them to fix and import them again.").replace("%1", str(errors))
        self.result_label.setText(text)
        self.error_file_button.setVisible(bool(errors))
        self.undo_button.setVisible(bool(report["batch"]))
        self.context.notify(self.kind.currentData(), "students", "employers", "placements")
        self._show_page(3)

    def save_error_file(self, path: str | None = None) -> Path | None:
        from coachdesk.transfer.export import error_file_name, write_error_file

        if self.plan is None:
            return None
        if path is None:
            suggestion = str(error_file_name(self.table.path))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rows to fix"), suggestion)
            if not path:
                return None
        try:
            write_error_file(self.plan, Path(path))
        except UserError as error:
            self._fail(error)
            return None
        self.result_label.setText(self.result_label.text() + "\n" + self.tr("Saved: %s") % path)
        return Path(path)

    def undo(self) -> None:
        from coachdesk.transfer.commit import undo_batch

        batch = self.outcome.result.batch_id if self.outcome and self.outcome.result else None
        if not batch:
            return
        try:
            with self.context.database.transaction() as session:
                undo_batch(session, self.context.actor, batch)
        except UserError as error:
            self._fail(error)
            return
        self.result_label.setText(self.tr("The import was undone."))
        self.undo_button.hide()
        self.context.notify(self.kind.currentData(), "students", "employers", "placements")


    def show_batches(self) -> None:
        from coachdesk.ui.dialogs.import_batches import open_import_batches

        self.batches_dialog = open_import_batches(self.context, self)


def open_import_wizard(context: AppContext, parent: QWidget | None = None) -> ImportWizard:
    wizard = ImportWizard(context, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
