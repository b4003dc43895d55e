"""The "Export" button of a list: the rows as they stand on screen (search, filters, sort) to .xlsx or .csv."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from coachdesk.domain.errors import UserError
from coachdesk.ui.widgets.files import documents_folder


def choose_path(parent: QWidget, suggestion: str) -> str:
    """Where to save; replaced in tests. The dialog itself asks before replacing a file."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ExportAction", "Export list"), suggestion, QCoreApplication.translate("ExportAction", "Excel workbook (*.xlsx);;CSV, semicolons (*.csv)"))
    return path


def export_button(screen) -> QPushButton:
    """A small button for a ListScreen; it exports the rows shown, in the order shown."""
    button = QPushButton(QCoreApplication.translate("ExportAction", "Export…"))
    button.setObjectName("export-list")
    button.setToolTip(QCoreApplication.translate("ExportAction", "Save the rows shown as an Excel or CSV file"))
    button.clicked.connect(lambda: export_shown_rows(screen))
    return button


def shown_ids(screen) -> list[str]:
    from coachdesk.ui.widgets.record_list import ID_ROLE

    proxy = screen.proxy
    return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]


def export_shown_rows(screen, path: str | None = None) -> Path | None:
    from coachdesk.storage.outputs import check_output
    from coachdesk.transfer.export import export_list

    context = screen.context
    kind = screen.spec.kind
    if path is None:
        path = choose_path(screen, str(documents_folder() / f"{kind}.xlsx"))
        if not path:
            return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".xlsx")
    try:
        target = check_output(target, data_dir=context.database.data_dir, force=True)
        with context.database.session() as session:
            count = export_list(session, context.actor, kind, target, ids=shown_ids(screen))
    except UserError as error:
        QMessageBox.warning(screen, QCoreApplication.translate("ExportAction", "Export list"), str(error))
        return None
    screen.count_label.setText(QCoreApplication.translate("ExportAction", "{count} rows saved in {path}").format(count=count, path=target))
    return target
