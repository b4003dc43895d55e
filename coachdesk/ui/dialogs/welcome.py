"""First start: who uses this laptop, and demo data or an empty start."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from coachdesk.domain import models as m
from coachdesk.domain.labels import choice_label
from coachdesk.services.choices import school_names
from coachdesk.services.users import check_user, register_user
from coachdesk.storage.database import holds_data
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.forms import save_showing_errors
from coachdesk.ui.tasks import failure_text, run_operation
from coachdesk.ui.widgets.messages import error_label


class WelcomeDialog(QDialog):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.context = context
        self.setWindowTitle(self.tr("Welcome to CoachDesk"))
        intro = QLabel(self.tr(
            "<h2>Welcome to CoachDesk</h2>"
            "<p>CoachDesk keeps track of BPV placements, coaching contacts and dropout risks, "
            "on this laptop and without internet. First tell us who uses this laptop.</p>"))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Your role"))
        for role in m.CoachRole:
            self.role.addItem(choice_label(role), role.value)
        self.school = QComboBox()
        self.school.setEditable(True)
        self.school.setAccessibleName(self.tr("Your school"))
        self.school.lineEdit().setPlaceholderText(self.tr("Name of your school"))
        self.start_demo = QRadioButton(self.tr("Load demo data to try things out (fictitious students and employers)"))
        self.start_demo.setObjectName("start-demo")
        self.start_empty = QRadioButton(self.tr("Start empty"))
        self.start_empty.setObjectName("start-empty")
        group = QButtonGroup(self)
        group.addButton(self.start_demo)
        group.addButton(self.start_empty)
        with context.database.session() as session:
            has_data = holds_data(context.database)
            for name in school_names(session):
                self.school.addItem(name)
        self.start_demo.toggled.connect(self._offer_demo_schools)
        self.start_demo.setChecked(not has_data)
        self.start_empty.setChecked(has_data)
        self.start_demo.setEnabled(not has_data)
        self.error = error_label("welcome-error")
        form = QFormLayout()
        form.addRow(self.tr("Your name *"), self.name)
        form.addRow(self.tr("Your role *"), self.role)
        form.addRow(self.tr("Your school *"), self.school)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.finish)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if not has_data:
            layout.addWidget(self.start_demo)
            layout.addWidget(self.start_empty)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.operation = None

    def _offer_demo_schools(self, demo: bool) -> None:
        from coachdesk.services.demo import DEMO_SCHOOLS

        if demo and self.school.count() == 0:
            self.school.addItems(DEMO_SCHOOLS)
            self.school.setCurrentIndex(0)
        elif not demo and [self.school.itemText(i) for i in range(self.school.count())] == list(DEMO_SCHOOLS):
            # "Start empty": the demo's schools go with the demo; a name the user typed himself stays
            typed = self.school.currentText()
            self.school.clear()
            self.school.setCurrentText("" if typed in DEMO_SCHOOLS else typed)

    def finish(self) -> None:
        name, role, school = self.name.text(), self.role.currentData(), self.school.currentText()
        if self.start_demo.isChecked() and self.start_demo.isEnabled():
            from coachdesk.services.demo import fill_demo

            def work(session, progress):
                fill_demo(session, "small", progress=progress.report)  # one transaction: no demo without its user
                return register_user(session, name, role, school)

            if not save_showing_errors(self.context, self.error, lambda session: check_user(name, role, school)):
                return  # a missing name is said at once, before the demo data is made
            self.start_demo.setEnabled(False)
            self.operation = run_operation(self, self.context, self.tr("Loading demo data…"), work,
                                           on_success=lambda _: self._done(), on_failure=self._failed)
        elif save_showing_errors(self.context, self.error, lambda session: register_user(session, name, role, school)):
            self._done()

    def _failed(self, error: Exception) -> None:
        self.operation = None
        self.error.setText(failure_text(error))
        self.error.show()
        self.start_demo.setEnabled(not holds_data(self.context.database))

    def _done(self) -> None:
        self.operation = None
        self.context.reload_settings()
        self.accept()

    def reject(self) -> None:
        """Closing the welcome ends the app without saving anything; the next start asks again."""
        if getattr(self, "operation", None) is None:
            super().reject()
