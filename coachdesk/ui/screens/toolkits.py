"""Toolkits: choose a toolkit and its recipients, preview it, save it as PDF, print it.

Qt's own PDF module is not in the PySide6 wheels, so pages are rendered with
pypdfium2 for the preview and for printing. Building runs in the background.
"""
from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.list_queries import search_form
from coachdesk.ui.context import AppContext
from coachdesk.ui.tasks import BackgroundOperation, run_with_progress
from coachdesk.ui.widgets.files import documents_folder

PREVIEW_SCALE = 1.1


def page_images(pdf: bytes, scale: float) -> list[QImage]:
    from coachdesk.documents.pdf_pages import render_pages

    formats = {4: QImage.Format.Format_RGBA8888, 3: QImage.Format.Format_RGB888}
    return [QImage(page.pixels, page.width, page.height, page.stride, formats[page.channels]).copy() for page in render_pages(pdf, scale)]


class ToolkitsScreen(QWidget):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("toolkits")
        self.context = context
        self.kind = QComboBox()
        self.kind.setObjectName("toolkit-kind")
        self.kind.setAccessibleName(self.tr("Kind of toolkit"))
        self.kind.addItem(self.tr("Employers"), "employer")
        self.kind.addItem(self.tr("Students and parents"), "student")
        self.general = QRadioButton(self.tr("General"))
        self.personal = QRadioButton(self.tr("Personalised for:"))
        self.general.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.general)
        group.addButton(self.personal)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setAccessibleName(self.tr("Search recipients"))
        self.recipients = QListWidget()
        self.recipients.setObjectName("toolkit-recipients")
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.recipients.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.select_all = QPushButton(self.tr("Select all shown"))
        self.combined = QCheckBox(self.tr("Also one combined file for printing"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("toolkit-preview")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.ics_button = QPushButton(self.tr("Export calendar (.ics)…"))
        self.student_ics_button = QPushButton(self.tr("Calendar for this student (.ics)…"))
        self.student_ics_button.setObjectName("toolkit-student-calendar")
        self.student_ics_button.setToolTip(self.tr("Only the activities that fit the chosen student, with reminders, for his or her phone."))
        self.warnings = QLabel()
        self.warnings.setObjectName("toolkit-warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b26a00;")
        self.status = QLabel()
        self.status.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Toolkit for")))
        left_layout.addWidget(self.kind)
        left_layout.addWidget(self.general)
        left_layout.addWidget(self.personal)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.recipients, 1)
        left_layout.addWidget(self.select_all)
        left_layout.addWidget(self.combined)
        for button in (self.preview_button, self.save_button, self.print_button, self.ics_button, self.student_ics_button):
            left_layout.addWidget(button)
        left_layout.addWidget(self.warnings)
        left_layout.addWidget(self.status)

        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        hint = QLabel(self.tr("Choose a toolkit and its recipients on the left, then click Preview."))
        hint.setEnabled(False)
        self.pages_layout.addWidget(hint)
        self.preview = QScrollArea()
        self.preview.setObjectName("toolkit-preview-area")
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(self.pages)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([330, 800])
        QVBoxLayout(self).addWidget(splitter)

        self.kind.currentIndexChanged.connect(self.load_recipients)
        self.search.textChanged.connect(self._filter_recipients)
        self.recipients.itemSelectionChanged.connect(lambda: self.personal.setChecked(True))
        self.select_all.clicked.connect(self._select_all_shown)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_toolkit)
        self.ics_button.clicked.connect(self.export_calendar)
        self.student_ics_button.clicked.connect(self.export_student_calendar)
        self.operation: BackgroundOperation | None = None
        self.last_pdf: bytes | None = None
        self.load_recipients()

    # --- choosing ------------------------------------------------------------------

    def load_recipients(self) -> None:
        from coachdesk.documents.batch import toolkit_recipients

        self.recipients.clear()
        self.student_ics_button.setVisible(self.kind.currentData() != "employer")  # a calendar is for a student
        with self.context.database.session() as session:
            for recipient_id, name in toolkit_recipients(session, self.context.actor, self.kind.currentData()):
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, recipient_id)
                self.recipients.addItem(item)
        self.general.setChecked(True)
        self._filter_recipients()

    def _filter_recipients(self) -> None:
        words = search_form(self.search.text()).split()
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            item.setHidden(not all(word in search_form(item.text()) for word in words))

    def _select_all_shown(self) -> None:
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            item.setSelected(not item.isHidden())

    def chosen(self) -> list[tuple[str | None, str]]:
        """The recipients: (id, name) pairs, or one general toolkit."""
        if self.general.isChecked():
            return [(None, self.tr("general"))]
        return [(item.data(Qt.ItemDataRole.UserRole), item.text()) for item in self.recipients.selectedItems()]

    # --- building ---------------------------------------------------------------------

    def _build_one(self, recipient_id: str | None) -> tuple[bytes, list[str]]:
        from coachdesk.documents import toolkits

        with self.context.database.session() as session:
            data = toolkits.gather(session, self.context.actor, self.kind.currentData(), recipient_id)
        buffer = io.BytesIO()
        toolkits.build(data, buffer)
        return buffer.getvalue(), data.warnings

    def show_preview(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.status.setText(self.tr("Choose a recipient, or General."))
            return
        recipient_id = chosen[0][0]
        self.status.setText(self.tr("Making the preview…"))

        def work(progress):
            pdf, warnings = self._build_one(recipient_id)
            return pdf, warnings, page_images(pdf, PREVIEW_SCALE)

        self.operation = BackgroundOperation(work, on_success=self._show_pages, on_failure=self._failed, parent=self).start()

    def _show_pages(self, result) -> None:
        pdf, warnings, images = result
        self.last_pdf = pdf
        while self.pages_layout.count():
            self.pages_layout.takeAt(0).widget().deleteLater()
        for number, image in enumerate(images, 1):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setAccessibleName(self.tr("Page %d") % number)
            page.setStyleSheet("border: 1px solid palette(mid); background: white;")
            self.pages_layout.addWidget(page)
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.status.setText(self.tr("%n page(s).", "", len(images)))

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.tr("The toolkit could not be made: %s") % error)

    def save(self) -> None:
        from coachdesk.documents.batch import make_toolkits

        chosen = self.chosen()
        if not chosen:
            self.status.setText(self.tr("Choose a recipient, or General."))
            return
        kind = self.kind.currentData()
        if len(chosen) == 1:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save toolkit"), str(documents_folder() / f"toolkit-{kind}.pdf"),
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return
            folder, single = None, Path(path)
        else:
            directory = QFileDialog.getExistingDirectory(self, self.tr("Folder for the toolkits"), str(documents_folder()))
            if not directory:
                return
            folder, single = Path(directory), None
        combine = self.combined.isChecked() and len(chosen) > 1
        actor, database = self.context.actor, self.context.database

        def work(progress):
            with database.session() as session:
                # The combined file starts every toolkit on an odd page, with a bookmark per toolkit.
                return make_toolkits(session, actor, kind, chosen, folder, single,
                                     progress=lambda done, total: progress.report(100 * done // total, f"{done} / {total}"),
                                     combined=folder / f"toolkits-{kind}-samen.pdf" if combine and folder else None)

        self.operation = run_with_progress(self, self.tr("Making toolkits…"), work, on_success=self._saved, on_failure=self._failed)

    def _saved(self, written: list[Path]) -> None:
        self.status.setText(self.tr("%n toolkit(s) saved.", "", len(written)))

    def print_toolkit(self) -> None:
        if self.last_pdf is None:
            self.status.setText(self.tr("Make a preview first; that is what will be printed."))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            pages = page_images(self.last_pdf, printer.resolution() / 72 if printer.resolution() < 400 else 300 / 72)  # type: ignore[arg-type]
            for number, image in enumerate(pages):
                if number:
                    printer.newPage()
                target = QRectF(painter.viewport())
                scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
        finally:
            painter.end()

    def chosen_student(self) -> str | None:
        """The one student chosen for a personal calendar, or None."""
        chosen = self.chosen()
        if self.kind.currentData() != "student" or len(chosen) != 1 or chosen[0][0] is None:
            return None
        return chosen[0][0]

    def export_student_calendar(self) -> None:
        student_id = self.chosen_student()
        if student_id is None:
            self.status.setText(self.tr("Choose Students and parents, and one student in the list."))
            return
        self.export_calendar(student_id)

    def export_calendar(self, student_id: str | None = None) -> None:
        from coachdesk.documents.calendar import events_calendar
        from coachdesk.domain.errors import UserError
        from coachdesk.storage.outputs import write_atomically

        name = "activiteiten-leerling.ics" if student_id else "matchingsevents.ics"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export calendar"), name, self.tr("Calendar files (*.ics)"))
        if not path:
            return
        try:
            with self.context.database.session() as session:
                write_atomically(Path(path), events_calendar(session, student_id=student_id if isinstance(student_id, str) else None))
        except UserError as error:
            QMessageBox.warning(self, self.tr("Export calendar"), str(error))
            return
        self.status.setText(self.tr("Calendar saved: %s") % path)
