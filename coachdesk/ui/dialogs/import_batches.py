"""The imports done so far (date, file, who, rows), each with "Undo" while that is still possible.

Reached from the menu (CoachDesk > Earlier imports…) and from the import wizard's first page, so that an
import can be undone later, not only on the wizard's last page. The rules live in coachdesk.transfer.commit.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import UserError
from coachdesk.ui.context import AppContext
from coachdesk.ui.widgets.formatting import format_datetime
from coachdesk.ui.widgets.messages import error_label

BATCH_ROLE = Qt.ItemDataRole.UserRole + 20


class ImportBatchesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.batches: list = []
        self.setWindowTitle(self.tr("Earlier imports"))
        self.setObjectName("import-batches-dialog")
        self.resize(900, 420)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("import-batches-table")
        self.table.setAccessibleName(self.tr("Earlier imports"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("File"), self.tr("What"), self.tr("By"), self.tr("Rows"),
                                              self.tr("Can be undone")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._update_button())
        self.empty = QLabel(self.tr("No imports yet."))
        self.result = QLabel()
        self.result.setObjectName("import-batches-result")
        self.result.setWordWrap(True)
        self.error = error_label("import-batches-error")
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setObjectName("import-batches-undo")
        self.undo_button.clicked.connect(self.undo_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.undo_button, close):
            button.setAutoDefault(False)  # Enter never undoes an import by itself
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        from coachdesk.transfer.commit import list_batches

        with self.context.database.session() as session:
            self.batches = list_batches(session, self.context.actor)
        kinds = {"students": self.tr("Students"), "employers": self.tr("Employers"), "placements": self.tr("Placements")}
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            rows = self.tr("%1 new, %2 updated").replace("%1", str(batch.created)).replace("%2", str(batch.updated))
            state = self.tr("Yes") if batch.undoable else batch.why_not
            for column, text in enumerate([format_datetime(batch.finished_at), batch.file_name, kinds.get(batch.kind, batch.kind),
                                           batch.actor_name or "—", rows, state]):
                item = QTableWidgetItem(text)
                item.setData(BATCH_ROLE, batch.id)
                if column == 5:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.batches)
        if self.batches and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
        self._update_button()

    def selected(self):
        row = self.table.currentRow()
        return self.batches[row] if 0 <= row < len(self.batches) else None

    def _update_button(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undoable)
        self.undo_button.setToolTip(batch.why_not if batch is not None and not batch.undoable else "")

    def undo_selected(self) -> None:
        from coachdesk.transfer.commit import undo_batch
        from coachdesk.ui.tasks import perform

        batch = self.selected()
        if batch is None or not batch.undoable or not self._confirm(batch):
            return
        self.error.hide()
        try:
            result = perform(self.context, lambda session: undo_batch(session, self.context.actor, batch.id))
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            self.reload()
            return
        self.result.setText(self.tr("Import of %1 undone: %2 records removed, %3 restored.").replace("%1", batch.file_name)
                            .replace("%2", str(result.created)).replace("%3", str(result.updated)))
        self.reload()

    def _confirm(self, batch) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Undo the import?"),
                          self.tr("Undo the import of %1 (%2)? The %3 records it created are removed and the %4 it changed get their "
                                  "earlier values back.").replace("%1", batch.file_name).replace("%2", format_datetime(batch.finished_at))
                          .replace("%3", str(batch.created)).replace("%4", str(batch.updated)), parent=self)
        box.setObjectName("import-undo-question")
        undo = box.addButton(self.tr("Undo the import"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is undo


def open_import_batches(context: AppContext, parent: QWidget | None = None) -> ImportBatchesDialog:
    dialog = ImportBatchesDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
