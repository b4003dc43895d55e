"""Instellingen: who uses this laptop, language, attention thresholds, print header, coaches."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import translate
from coachdesk.domain.labels import choice_label
from coachdesk.domain.policy import CREATE
from coachdesk.services.choices import coach_choices
from coachdesk.services.operations import EVERY_KIND
from coachdesk.services.settings import save_settings
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.forms import RecordDialog
from coachdesk.ui.tasks import BackgroundOperation, busy_cursor, failure_text, perform, report_failure, run_operation
from coachdesk.ui.widgets.record_list import ListScreen

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


class SettingsScreen(QWidget):
    language_changed = Signal(str)

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.context = context
        self.spins: dict[str, QSpinBox] = {}
        self.operation = None
        self.students_due: list[tuple] = []
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("settings-save")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        left = QVBoxLayout()  # one panel per concern; "Save settings" saves the two above it
        left.addWidget(self._general_box())
        left.addWidget(self._thresholds_box())
        left.addLayout(buttons)
        left.addWidget(self._safety_box())
        left.addWidget(self._retention_box())
        left.addWidget(self._demo_box())
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self._scrolling(left), 2)
        layout.addWidget(self._coaches_box(), 3)
        context.changed.connect(self._on_changed)

    @staticmethod
    def _scrolling(panels: QVBoxLayout) -> QScrollArea:
        """The panels scroll when the screen is low (a 1366x768 laptop with a taskbar), instead of being cut off."""
        inner = QWidget()
        inner.setLayout(panels)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        scroll.setMinimumWidth(inner.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        return scroll

    def _spin(self, key: str, label: str, maximum: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, maximum)
        spin.setAccessibleName(label)
        self.spins[key] = spin
        return spin

    def _general_box(self) -> QGroupBox:
        self.user = QComboBox()
        self.user.setObjectName("settings-user")
        self.user.setAccessibleName(self.tr("Who uses this laptop"))
        self.language = QComboBox()
        self.language.setObjectName("settings-language")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.school_name = QLineEdit()
        self.school_name.setAccessibleName(self.tr("School name on printed toolkits"))
        self.print_header = QLineEdit()
        self.print_header.setAccessibleName(self.tr("Header line on printed toolkits"))
        self.region = QLineEdit()
        self.region.setAccessibleName(self.tr("Labour market region"))
        self.user_note = QLabel()
        self.user_note.setObjectName("settings-user-note")
        self.user_note.setWordWrap(True)
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("Who uses this laptop"), self.user)
        form.addRow("", self.user_note)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("School name on toolkits"), self.school_name)
        form.addRow(self.tr("Header line on toolkits"), self.print_header)
        form.addRow(self.tr("Labour market region"), self.region)
        lock_label = self.tr("Lock after (minutes without use)")
        form.addRow(lock_label, self._spin("lock_after_minutes", lock_label, 240))
        if not self.context.actor.may_do("team_settings"):  # the team's, a coordinator's to change: never a refusal at Save
            for editor in (self.school_name, self.print_header, self.region):
                editor.setEnabled(False)
                editor.setToolTip(self.tr("These are the team's settings; a coordinator changes them."))
        return general

    def _thresholds_box(self) -> QGroupBox:
        thresholds = QGroupBox(self.tr("Attention list"))
        form = QFormLayout(thresholds)
        thresholds.setEnabled(self.context.actor.may_do("team_settings"))  # the team's: a coordinator's to change
        if not thresholds.isEnabled():
            thresholds.setToolTip(self.tr("These are the team's settings; a coordinator changes them."))
        for key, label, maximum in (
            ("searching_weeks", self.tr("Searching for a place longer than (weeks)"), 52),
            ("contact_interval_weeks", self.tr("Contact with an active placement at least every (weeks)"), 26),
            ("minimum_contacts", self.tr("Contacts per placement at least"), 20),
            ("ending_within_weeks", self.tr("Placement ends within (weeks)"), 26),
            ("retention_years", self.tr("Keep student files after leaving (years)"), 10),
            ("hold_days", self.tr("A proposal holds the place for (days)"), 90),
        ):
            form.addRow(label, self._spin(key, label, maximum))
        return thresholds

    def _safety_box(self) -> QGroupBox:
        safety = QGroupBox(self.tr("Backups and passphrase"))
        grid = QGridLayout(safety)
        self.backup_button = QPushButton(self.tr("Make a backup…"))
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.clicked.connect(self.restore_backup)
        self.passphrase_button = QPushButton(self.tr("Change the passphrase…"))
        self.passphrase_button.setObjectName("change-passphrase")
        self.passphrase_button.clicked.connect(self.change_passphrase)
        grid.addWidget(self.backup_button, 0, 0)
        grid.addWidget(self.restore_button, 0, 1)
        grid.addWidget(self.passphrase_button, 1, 0)
        return safety

    def _coaches_box(self) -> QGroupBox:
        context = self.context
        self.coaches = ListScreen(context, "coaches", new_label=self.tr("New coach") if context.actor.may("coaches", CREATE) else "")
        self.coaches.new_record.connect(lambda: RecordDialog(context, "coaches", parent=self).open())
        self.coaches.open_record.connect(lambda coach_id: RecordDialog(context, "coaches", record_id=coach_id, parent=self).open())
        box = QGroupBox(self.tr("Coaches"))
        QVBoxLayout(box).addWidget(self.coaches)
        return box

    def _retention_box(self) -> QGroupBox:
        self.retention_box = QGroupBox(self.tr("Retention (AVG)"))
        self.retention_box.setObjectName("retention")
        self.retention_label = QLabel()
        self.retention_label.setWordWrap(True)
        self.erase_due_button = QPushButton(self.tr("Erase them…"))
        self.erase_due_button.setObjectName("erase-due")
        self.erase_due_button.clicked.connect(lambda: self.erase_students_due())
        layout = QVBoxLayout(self.retention_box)
        layout.addWidget(self.retention_label)
        layout.addWidget(self.erase_due_button)
        return self.retention_box

    def _demo_box(self) -> QGroupBox:
        self.demo_box = QGroupBox(self.tr("Demo data"))
        self.demo_box.setObjectName("demo-data")
        self.demo_label = QLabel(self.tr("The fictitious demo students, employers and events are still here. "
                                         "Remove them when you start with real data; what you entered yourself stays."))
        self.demo_label.setWordWrap(True)
        self.remove_demo_button = QPushButton(self.tr("Remove the demo data…"))
        self.remove_demo_button.setObjectName("remove-demo")
        self.remove_demo_button.clicked.connect(self.remove_demo_data)
        layout = QVBoxLayout(self.demo_box)
        layout.addWidget(self.demo_label)
        layout.addWidget(self.remove_demo_button)
        return self.demo_box

    def _show_demo(self) -> None:
        from coachdesk.services.demo import MSG_IN_TEAM, has_demo_data

        with self.context.database.session() as session:
            present = has_demo_data(session)
        self.demo_box.setVisible(present and self.context.actor.may_do("remove_demo"))
        self.remove_demo_button.setEnabled(not self.context.team_member)
        if self.context.team_member:  # said before the click, not after
            self.demo_label.setText(translate("Errors", MSG_IN_TEAM))

    def remove_demo_data(self) -> None:
        from coachdesk.services.demo import demo_records_left, remove_demo_data

        question = QMessageBox(QMessageBox.Icon.Question, self.tr("Demo data"), self.tr(
            "Remove all demo students, employers, contacts and events? Records you entered yourself stay, "
            "and so do demo records they use (such as the school of a student you added)."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        question.setObjectName("remove-demo-confirm")
        question.setDefaultButton(QMessageBox.StandardButton.No)
        if question.exec() != QMessageBox.StandardButton.Yes:
            return
        actor = self.context.actor

        def remove(session, progress) -> tuple[int, int]:
            removed = sum(remove_demo_data(session, actor, progress.report).values())
            return removed, demo_records_left(session)

        def done(counts: tuple[int, int]) -> None:
            removed, left = counts
            text = self.tr("Demo data removed: %n record(s).", "", removed)
            if left:
                text += " " + self.tr("%n demo record(s) stay because your own records use them.", "", left)
            self.saved_label.setText(text)
            self.reload()
            self.saved_label.setText(text)

        self.operation = run_operation(self, self.context, self.tr("Removing the demo data…"), remove,
                                       on_success=done, on_failure=lambda error: self.saved_label.setText(failure_text(error)))

    def _show_retention(self) -> None:
        from coachdesk.services.privacy import due_for_deletion

        coordinator = self.context.actor.may_do("privacy_requests")  # AVG requests are handled by a coordinator
        self.retention_box.setVisible(coordinator)
        if not coordinator:
            return
        years = self.context.settings.retention_years
        with self.context.database.session() as session:
            self.students_due = [(s.id, s.full_name, s.left_on) for s in due_for_deletion(session, years)]
        count = len(self.students_due)
        self.retention_label.setText(
            self.tr("%n student(s) left school more than {years} years ago and may be erased.", "", count).format(years=years)
            if count else self.tr("No student is past the retention period of {years} years.").format(years=years))
        self.erase_due_button.setEnabled(bool(count))

    def erase_students_due(self, confirmed: bool = False) -> None:
        from coachdesk.services.privacy import erase_students_due

        if not self.students_due:
            return
        if not confirmed:
            names = "\n".join(f"• {name} ({left:%d-%m-%Y})" for _, name, left in self.students_due[:12])
            more = len(self.students_due) - 12
            if more > 0:
                names += "\n" + self.tr("and %n more", "", more)
            question = self.tr("Erase these students with everything about them? This cannot be undone.") + "\n\n" + names
            if QMessageBox.question(self, self.tr("Retention (AVG)"), question) != QMessageBox.StandardButton.Yes:
                return
        from coachdesk.services.workspace import erase_from_backups

        database, actor, years = self.context.database, self.context.actor, self.context.settings.retention_years
        ids = [student_id for student_id, _, _ in self.students_due]

        def done(erased: int) -> None:
            database.checkpoint()  # no copy of the erased rows stays behind in the write-ahead log
            self.backups_cleaning = BackgroundOperation(  # nor in the backups of the data folder (seconds per backup)
                lambda progress: erase_from_backups(database, ids), parent=self,
                on_failure=lambda error: report_failure(error, self, "erase from backups")).start()
            self.saved_label.setText(self.tr("%n student(s) erased.", "", erased))
            self._show_retention()

        self.operation = run_operation(self, self.context, self.tr("Erasing…"),
                                       lambda session, progress: erase_students_due(session, actor, years, progress=progress.report),
                                       on_success=done, on_failure=lambda error: self.saved_label.setText(failure_text(error)))

    def _on_changed(self, kinds: set) -> None:
        if "coaches" in kinds and self.isVisible():
            self.coaches.reload()

    def reload(self) -> None:
        settings = self.context.settings
        self.user.clear()
        with self.context.database.session() as session:
            for coach_id, name, role in coach_choices(session):
                self.user.addItem(f"{name} · {choice_label(role)}", coach_id)
        if settings.user_coach_id and self.user.findData(settings.user_coach_id) < 0 and self.context.user is not None:
            self.user.addItem(self.context.user.name, settings.user_coach_id)  # never another user by default: Save would switch
        self.user.setCurrentIndex(max(0, self.user.findData(settings.user_coach_id)))
        if self.context.team_member:  # a team member is who the signed roster says, not a choice on this laptop
            self.user.setCurrentIndex(max(0, self.user.findData(self.context.actor.coach_id)))
            self.user.setEnabled(False)
            self.user_note.setText(self.tr("In a team the signed roster says who you are and which role you have: each member "
                                           "signs in as himself on his own laptop. A coordinator changes roles."))
        else:
            self.user_note.setText(self.tr("Another user (and so another role) asks for the passphrase again, and is kept in the audit trail. "
                                           "A laptop used by several people is best used as a team, where each signs in as himself."))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        for key, spin in self.spins.items():
            spin.setValue(getattr(settings, key))
        self.school_name.setText(settings.school_name)
        self.print_header.setText(settings.print_header)
        self.region.setText(settings.region)
        self.coaches.reload()
        self._show_retention()
        self._show_demo()
        self.saved_label.clear()

    def make_backup(self, target: str | None = None) -> None:
        from coachdesk.storage.backups import make_backup
        from coachdesk.storage.database import backup_path
        from coachdesk.ui.tasks import run_with_progress

        if target is None:
            suggestion = str(backup_path(self.context.database.data_dir, "manual"))
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Make a backup"), suggestion, self.tr("CoachDesk backups (*.sqlite)"))
            if not target:
                return
        database = self.context.database
        self.operation = run_with_progress(
            self, self.tr("Making a backup…"), lambda progress: make_backup(database, Path(target)),
            on_success=lambda path: self.saved_label.setText(self.tr("Backup saved: %s") % path),
            on_failure=lambda error: self.saved_label.setText(str(error)),
        )

    def restore_backup(self, source: str | None = None) -> bool:
        from coachdesk.domain.errors import UserError
        from coachdesk.services.workspace import open_workspace

        if source is None:
            source, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), str(self.context.database.data_dir / "backups"),
                                                    self.tr("CoachDesk backups (*.sqlite)"))
            if not source:
                return False
            answer = QMessageBox.question(self, self.tr("Restore a backup"), self.tr(
                "All data will be replaced by the backup. The current data is kept as a backup first. Continue?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        from coachdesk.storage.backups import backup_if_due

        data_dir, passphrase = self.context.database.data_dir, self.context.database.key.copy()  # the key, not the passphrase, is kept
        self.context.database.lock()  # closes every connection and wipes the key it held
        try:
            kept = self._restore_asking_its_passphrase(data_dir, Path(source), passphrase)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Restore a backup"), str(error))
            kept = None
        self.context.database = open_workspace(data_dir, passphrase)
        if kept is None:
            return False
        try:
            backup_if_due(self.context.database)  # a big change: today's backup, if there is none yet
        except UserError:
            pass
        self.context.reload_settings()
        self.saved_label.setText(self.tr("Restored. The data that was there is kept in %s") % kept)
        self.context.notify(*EVERY_KIND)  # the whole data file was replaced
        return True

    def change_passphrase(self) -> None:
        from coachdesk.storage.backups import change_passphrase
        from coachdesk.ui.dialogs.lock import NewPassphraseDialog

        database = self.context.database
        self.passphrase_dialog = NewPassphraseDialog(
            self.tr("Change the passphrase"),
            self.tr("The data is encrypted again with the new passphrase, and a backup is made with it. "
                    "Older backups keep opening with the passphrase they were made with."),
            self.tr("Change"), lambda current, new: change_passphrase(database, current, new), ask_current=True, parent=self)
        self.passphrase_dialog.accepted.connect(lambda: self.saved_label.setText(self.tr("The passphrase is changed.")))
        self.passphrase_dialog.open()

    def _restore_asking_its_passphrase(self, data_dir: Path, source: Path, passphrase) -> Path | None:
        """Restore; a backup from before the passphrase was changed needs the passphrase of then."""
        from coachdesk.storage.backups import BackupPassphraseNeeded, restore

        backup_passphrase = None
        while True:
            try:
                with busy_cursor():  # the data is closed meanwhile, so this does not run in the background
                    return restore(data_dir, source, passphrase, backup_passphrase, actor_id=self.context.settings.user_coach_id)
            except BackupPassphraseNeeded as error:
                backup_passphrase, given = QInputDialog.getText(self, self.tr("Restore a backup"), str(error) + "\n\n" + self.tr("Passphrase of the backup:"),
                                                                QLineEdit.EchoMode.Password)
                if not given or not backup_passphrase:
                    return None

    def _passphrase_again(self) -> bool:
        from coachdesk.services.users import confirm_user_change
        from coachdesk.ui.dialogs.lock import ConfirmPassphraseDialog

        database = self.context.database
        dialog = ConfirmPassphraseDialog(
            self.tr("Another user of this laptop"),
            self.tr("CoachDesk will act as {name}, with that role. Type the passphrase of the data again to confirm; "
                    "the change is kept in the audit trail.").format(name=self.user.currentText()),
            self.tr("Change user"), lambda passphrase: confirm_user_change(database, passphrase), parent=self)
        return dialog.exec() == ConfirmPassphraseDialog.DialogCode.Accepted

    def save(self) -> None:
        settings = self.context.settings
        old_language, old_user = settings.language, settings.user_coach_id
        settings.user_coach_id = self.user.currentData()
        settings.language = self.language.currentData()
        for key, spin in self.spins.items():
            setattr(settings, key, spin.value())
        settings.school_name = self.school_name.text().strip()
        settings.print_header = self.print_header.text().strip()
        settings.region = self.region.text().strip()
        checked = settings.user_coach_id != old_user and old_user is not None
        if checked and not self._passphrase_again():
            self.context.reload_settings()  # nothing changes without it
            self.user.setCurrentIndex(max(0, self.user.findData(old_user)))
            return
        try:
            actor = self.context.actor
            perform(self.context, lambda session: save_settings(session, actor, settings, passphrase_checked=checked))
        except UserError as error:
            self.context.reload_settings()  # what is stored stays as it was
            QMessageBox.warning(self, self.tr("Settings"), str(error))
            return
        self.context.reload_settings()
        self.saved_label.setText(self.tr("Saved."))
        self._show_retention()
        if settings.user_coach_id != old_user:
            self.context.actor_changed.emit()
        if settings.language != old_language:
            self.language_changed.emit(settings.language)
