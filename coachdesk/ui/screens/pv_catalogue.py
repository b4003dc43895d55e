"""The werkproces catalogue of the praktijkverklaring: the dossier versions and their werkprocessen; a coordinator
imports a file (bad rows named by line), exports it, and corrects a werkproces in its form."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import translate
from coachdesk.domain.policy import CREATE
from coachdesk.services import praktijkverklaring as pv
from coachdesk.transfer import pv_catalogue
from coachdesk.ui.context import AppContext
from coachdesk.ui.tasks import perform
from coachdesk.ui.widgets.formatting import format_date

KINDS = {"dossiers", "kerntaken", "werkprocessen"}


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PvCatalogueScreen(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("pv-catalogue")
        self._dossier_ids: list[str] = []
        self._werkproces_ids: list[str] = []
        title = QLabel(f"<h2>{escape(self.tr('Work processes (praktijkverklaring)'))}</h2>")
        note = QLabel(self.tr("The qualification files the school uses, each version on its own: a route keeps the version it "
                              "was made with. Take the work processes from the file on s-bb.nl (crebo and version) and import them. ")
                      + translate("Praktijkverklaring", pv.OUT_OF_SCOPE))
        note.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import file…"))
        self.import_button.setObjectName("pv-import")
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("pv-export")
        self.export_button.clicked.connect(lambda: self.export_file())
        buttons = QHBoxLayout()
        buttons.addWidget(title)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.dossiers = _table([self.tr("Crebo"), self.tr("Title"), self.tr("Version"), self.tr("Level"), self.tr("Work processes"),
                                self.tr("Source"), self.tr("Taken on")], "pv-dossiers")
        self.dossiers.itemSelectionChanged.connect(self._dossier_selected)
        self.werkprocessen = _table([self.tr("Core task"), self.tr("Code"), self.tr("Work process"), self.tr("Learning lines")],
                                    "pv-werkprocessen")
        self.werkprocessen.itemActivated.connect(lambda item: self.edit_werkproces())
        self.result = QLabel()
        self.result.setObjectName("pv-import-result")
        self.result.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(self.dossiers)
        splitter.addWidget(self.werkprocessen)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.result)
        context.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, kinds) -> None:
        if set(kinds) & KINDS:
            self.refresh()

    def refresh(self) -> None:
        actor = self.context.actor
        self.import_button.setVisible(actor.may("dossiers", CREATE))
        with self.context.database.session() as session:
            rows = pv.dossiers(session, actor)
        selected = self.current_dossier_id()
        self.dossiers.setRowCount(len(rows))
        self._dossier_ids = [dossier.id for dossier, _count in rows]
        for row, (dossier, count) in enumerate(rows):
            for column, value in enumerate([dossier.crebo, dossier.title, dossier.version, str(dossier.level or ""), str(count),
                                            dossier.source or "", format_date(dossier.source_date) if dossier.source_date else ""]):
                self.dossiers.setItem(row, column, QTableWidgetItem(value))
        if self._dossier_ids:
            self.dossiers.selectRow(self._dossier_ids.index(selected) if selected in self._dossier_ids else 0)
        else:
            self.werkprocessen.setRowCount(0)

    def current_dossier_id(self) -> str | None:
        row = self.dossiers.currentRow()
        return self._dossier_ids[row] if 0 <= row < len(self._dossier_ids) else None

    def _dossier_selected(self) -> None:
        dossier_id = self.current_dossier_id()
        if dossier_id is None:
            return
        with self.context.database.session() as session:
            rows = pv.werkprocessen_of(session, dossier_id)
        self._werkproces_ids = [werkproces.id for _kerntaak, werkproces in rows]
        self.werkprocessen.setRowCount(len(rows))
        for row, (kerntaak, werkproces) in enumerate(rows):
            for column, value in enumerate([f"{kerntaak.code} {kerntaak.title}", werkproces.code, werkproces.title,
                                            ", ".join(werkproces.leerlijnen or [])]):
                item = QTableWidgetItem(value)
                if column == 2 and werkproces.description:
                    item.setToolTip(werkproces.description)
                self.werkprocessen.setItem(row, column, item)
        self.werkprocessen.resizeColumnsToContents()

    def edit_werkproces(self):
        row = self.werkprocessen.currentRow()
        if not 0 <= row < len(self._werkproces_ids) or not self.context.actor.may("werkprocessen", "change"):
            return None
        from coachdesk.ui.dialogs.forms import RecordDialog

        dialog = RecordDialog(self.context, "werkprocessen", record_id=self._werkproces_ids[row], parent=self)
        dialog.open()
        return dialog

    def import_file(self, path: str | None = None) -> pv.CatalogueImport | None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import work processes"), "",
                                                        self.tr("Spreadsheets and CSV (*.xlsx *.csv *.ods *.xls)"))
        if not path:
            return None
        actor = self.context.actor
        try:
            result = perform(self.context, lambda session: pv_catalogue.import_catalogue(session, actor, path))
        except UserError as error:
            self.result.setText(f"⚠ {error}")
            return None
        self.context.notify(*KINDS)
        lines = [self.tr("Added: %1 qualification file(s), %2 core task(s), %3 work process(es).")
                 .replace("%1", str(result.dossiers)).replace("%2", str(result.kerntaken)).replace("%3", str(result.werkprocessen))]
        lines += [self.tr("Line %1, %2: %3").replace("%1", str(e.line)).replace("%2", e.column).replace("%3", e.message) for e in result.errors[:20]]
        self.result.setText("\n".join(lines))
        return result

    def export_file(self, path: str | None = None) -> int | None:
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export work processes"), "werkprocessen.xlsx",
                                                        self.tr("Spreadsheet (*.xlsx);;CSV (*.csv)"))
        if not path:
            return None
        from pathlib import Path

        with self.context.database.session() as session:
            try:
                count = pv_catalogue.export_catalogue(session, self.context.actor, Path(path))
            except UserError as error:
                self.result.setText(f"⚠ {error}")
                return None
        self.result.setText(self.tr("%1 rows written.").replace("%1", str(count)))
        return count
