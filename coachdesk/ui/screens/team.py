"""The team: its members, their roles (from the signed roster) and when they last synced; sync now;
a coordinator invites and removes members."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import models as m
from coachdesk.domain.errors import UserError
from coachdesk.domain.labels import choice_label
from coachdesk.services import team
from coachdesk.services.choices import coach_choices
from coachdesk.storage.outputs import check_output
from coachdesk.ui.context import AppContext
from coachdesk.ui.tasks import failure_text
from coachdesk.ui.team_sync import TeamSync
from coachdesk.ui.widgets.files import documents_folder
from coachdesk.ui.widgets.formatting import format_datetime
from coachdesk.ui.widgets.messages import error_label


def _when(stamp: str | None) -> str:
    """A stored moment (ISO 8601) as people read it: 23-11-2026 14:32."""
    return format_datetime(datetime.fromisoformat(stamp)) if stamp else ""


class TeamScreen(QWidget):
    synced = Signal(dict)

    def __init__(self, context: AppContext, team_sync: TeamSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team-screen")
        self.context = context
        self.team_sync = team_sync
        self.members: list[dict] = []
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("team-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("team-members")
        self.table.setAccessibleName(self.tr("Team members"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Last seen")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync-now")
        self.sync_button.clicked.connect(self.sync_now)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        self.invite_button = QPushButton(self.tr("Invite a member…"))
        self.invite_button.setObjectName("team-invite")
        self.invite_button.clicked.connect(self.invite)
        self.remove_button = QPushButton(self.tr("Remove from the team…"))
        self.remove_button.setObjectName("team-remove")
        self.remove_button.clicked.connect(self.remove)
        self.role_button = QPushButton(self.tr("Change role…"))
        self.role_button.setObjectName("team-role")
        self.role_button.clicked.connect(self.change_role)
        coordinator = context.actor.may_do("manage_team")
        for button in (self.invite_button, self.role_button, self.remove_button):
            button.setVisible(coordinator)  # the roster is signed by a coordinator
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.problems = QLabel()
        self.problems.setObjectName("team-problems")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        self.error = error_label("team-error")
        layout.addWidget(self.error)
        self.reload()

    def reload(self) -> None:
        try:
            rows = team.members(self.context.database)
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            rows = []
        self.members = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            role = choice_label(m.CoachRole(row["role"]))
            for column, value in enumerate((row["name"], role, _when(row["last_seen"]) or "—")):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        with self.context.database.session() as session:
            last = team.last_sync(session)
        self.status.setText(self.tr("Last sync: %s") % (_when(last) or self.tr("never")))

    def sync_now(self) -> None:
        """In the background, as every sync of the app; the result shows here when it is in."""
        self.error.hide()
        self.sync_button.setEnabled(False)
        self.team_sync.sync_now(on_done=self._synced)
        if not self.team_sync.running:  # it failed at once
            self.sync_button.setEnabled(True)

    def _synced(self, result: dict) -> None:
        self.sync_button.setEnabled(True)
        self.problems.setText("\n".join(result["problems"]))
        self.reload()
        self.synced.emit(result)

    def _failed(self, text: str) -> None:
        self.sync_button.setEnabled(True)
        self.error.setText(text)
        self.error.show()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not getattr(self, "_listening", False):
            self._listening = True
            self.team_sync.failed.connect(self._failed)

    def invite(self) -> None:
        dialog = InviteDialog(self.context, {row["coach_id"] for row in self.members}, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.error.hide()
        try:
            out = check_output(dialog.path(), data_dir=self.context.database.data_dir)  # never into the data folder
            code = team.invite(self.context.database, dialog.coach_id(), out)
        except (UserError, OSError) as error:
            self.error.setText(failure_text(error))
            self.error.show()
            return
        self.reload()
        message = QMessageBox(QMessageBox.Icon.Information, self.tr("Invitation written"), self.tr(
            "The invitation is in %s. Send that file (e-mail, Teams).\n\nGive this one-time code separately, in person "
            "or by phone; without it the file is useless:\n\n%s") % (out, code), parent=self)
        message.setObjectName("invitation-code")
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message.exec()

    def _chosen_member(self) -> dict | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.members):
            self.error.setText(self.tr("Choose a member in the list first."))
            self.error.show()
            return None
        return self.members[row]

    def change_role(self) -> None:
        member = self._chosen_member()
        if member is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("change-role")
        dialog.setWindowTitle(self.tr("Change role"))
        dialog.setLabelText(self.tr("New role of %s (what he may see and change follows it):") % member["name"])
        roles = [role for role in m.CoachRole if role.value != member["role"]]
        dialog.setComboBoxItems([choice_label(role) for role in roles])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        role = roles[[choice_label(r) for r in roles].index(dialog.textValue())]
        self.error.hide()
        try:
            team.change_role(self.context.database, member["coach_id"], role.value)
        except (UserError, OSError) as error:
            self.error.setText(failure_text(error))
            self.error.show()
            return
        self.reload()
        self.context.notify("coaches")

    def remove(self) -> None:
        member = self._chosen_member()
        if member is None:
            return
        question = self.tr("Remove %s from the team? He keeps what he has, but receives nothing new.") % member["name"]
        if QMessageBox.question(self, self.tr("Remove from the team"), question) != QMessageBox.StandardButton.Yes:
            return
        self.error.hide()
        try:
            team.remove(self.context.database, member["coach_id"])
        except (UserError, OSError) as error:
            self.error.setText(failure_text(error))
            self.error.show()
            return
        self.reload()


class InviteDialog(QDialog):
    """Whom to invite (a coach record not yet in the team) and where to write his invitation."""

    def __init__(self, context: AppContext, members: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invite-dialog")
        self.setWindowTitle(self.tr("Invite a member"))
        with context.database.session() as session:
            coaches = [(i, name, role) for i, name, role in coach_choices(session) if i not in members]
        self.coach = QComboBox()
        self.coach.setObjectName("invite-coach")
        for coach_id, name, role in coaches:
            self.coach.addItem(f"{name} ({choice_label(role)})", coach_id)
        self.file = QLineEdit()
        self.file.setObjectName("invite-file")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Coach"), self.coach)
        form.addRow(self.tr("Save the invitation as"), where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not coaches:
            layout.addWidget(QLabel(self.tr("Every coach is in the team already. Add the colleague as a coach first (Settings).")))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.coach.currentIndexChanged.connect(self._suggest)
        self._suggest()
        self.coach.setFocus()

    def _suggest(self) -> None:
        documents = documents_folder()
        name = self.coach.currentText().split(" (")[0].split(" ")[0].lower() or "collega"
        self.file.setText(str(documents / f"uitnodiging-{name}.cdinvite"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the invitation as"), self.file.text(), self.tr("Invitations (*.cdinvite)"))
        if chosen:
            self.file.setText(chosen)

    def coach_id(self) -> str:
        return self.coach.currentData()

    def path(self) -> Path:
        return Path(self.file.text().strip())

    def accept(self) -> None:
        if self.coach.currentData() is None or not self.file.text().strip():
            return
        super().accept()
