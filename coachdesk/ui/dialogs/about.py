"""About CoachDesk: version, where the data lives, and the licences of what is bundled."""
from __future__ import annotations

from html import escape
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from coachdesk import __version__

# (distribution on PyPI or None, shown name, licence)
BUNDLED = [
    (None, "Qt 6", "LGPL v3"),
    ("PySide6-Essentials", "PySide6 (Qt for Python)", "LGPL v3"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("reportlab", "ReportLab", "BSD"),
    ("pypdfium2", "pypdfium2 / PDFium", "Apache 2.0 / BSD-3-Clause"),
    ("pillow", "Pillow", "MIT-CMU"),
    ("icalendar", "icalendar", "BSD-2-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    (None, "DejaVu fonts", "Bitstream Vera / public domain"),
    (None, "GeoNames postcode coordinates (geonames.org)", "CC BY 4.0"),
    (None, "Python", "PSF License"),
]


def _version(distribution: str | None) -> str:
    if distribution is None:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("About CoachDesk"))
        tagline = self.tr("BPV placements, coaching contacts and dropout risks, offline.")
        title = QLabel(f"<h2>CoachDesk {__version__}</h2><p>{escape(tagline)}</p>")
        folder = QLabel(self.tr("Your data is kept in:") + f"<br><b>{escape(str(data_dir))}</b>")
        folder.setObjectName("about-data-folder")
        folder.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.setObjectName("about-open-folder")
        open_folder.clicked.connect(self.open_data_folder)
        rows = "".join(f"<tr><td>{escape(name)}</td><td>{escape(_version(dist))}</td><td>{escape(licence)}</td></tr>" for dist, name, licence in BUNDLED)
        notice = self.tr(
            "Qt and PySide6 are used under the GNU Lesser General Public License version 3. "
            "You may replace the Qt libraries in the installation folder with your own build; "
            "the source code of Qt and PySide6 is available from the Qt Project.")
        licences = QTextBrowser()
        licences.setObjectName("about-licences")
        headers = "".join(f"<th align='left'>{escape(header)}</th>" for header in (self.tr("Component"), self.tr("Version"), self.tr("Licence")))
        licences.setHtml(f"<table cellpadding='3'><tr>{headers}</tr>{rows}</table><p>{escape(notice)}</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(folder)
        layout.addWidget(open_folder)
        layout.addWidget(licences, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
